# Sources added for the coe-work domain.
source-tsikhanouskaya-speech-2022-11 = Sviatlana Tsikhanouskaya: speech at the opening of the Contact Group, 7 November 2022
