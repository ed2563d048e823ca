# membership: Belarus's membership history and legal ties with the Council of Europe, its conventions and partial agreements, and the 2022 suspension

## Membership history

fact-relations-1992 = According to the Council of Europe, Belarus began signing Council of Europe conventions and taking part in its projects and programmes in 1992. This cooperation with the Belarusian authorities ended in March 2022, when the Committee of Ministers suspended it.
    .title = Start of relations (1992)
    .keywords = start of relations, when did relations begin, beginning, first contacts, since 1992, early cooperation, signed conventions, took part in programmes, projects, history of relations, how long
fact-guest-status-1992 = On 16 September 1992 the Parliamentary Assembly of the Council of Europe (PACE) granted Belarus's parliament special guest status. The PACE Bureau suspended this status in January 1997.
    .title = Special guest status in PACE (1992)
    .keywords = special guest status, special guest, guest status, PACE, Parliamentary Assembly, parliament, Supreme Council, granted, 16 September 1992, parliamentary ties, observer in PACE, status in PACE
fact-application-1993 = On 12 March 1993 Belarus applied for membership of the Council of Europe. It was not admitted because of concerns over its democratic credentials and human-rights record.
    .title = Membership application (1993)
    .keywords = membership application, applied to join, application to join, accession, join the Council of Europe, become a member, bid, candidacy, 12 March 1993, why not admitted, rejected, refused, wanted to join, asked to join, ask to join, tried to join
fact-guest-suspended-1997 = In January 1997 the Bureau of the Parliamentary Assembly (PACE) suspended the special guest status of Belarus's parliament because of a lack of democratic progress.
    .title = Special guest status suspended (1997)
    .keywords = special guest status suspended, lost guest status, PACE Bureau, Parliamentary Assembly, January 1997, suspension, withdrawn, revoked, stripped, lack of democratic progress, why suspended, parliament, special guest, guest status
fact-never-member = Belarus has never been a member of the Council of Europe; the Council of Europe calls it the only European country that has never belonged to the organisation. Its 1993 application did not succeed, and full membership remained out of reach because of continued concerns about democracy, the rule of law and human rights.
    .title = Belarus has never been a member
    .keywords = is Belarus a member, member state, membership, not a member, non-member, only European country, never joined, why not a member, full membership, outside the organisation, status of Belarus
fact-future-membership = In a resolution of 25 January 2024 PACE declared that a future democratic, independent, sovereign, peaceful and prosperous Belarus will one day be welcomed into the Council of Europe. The Council of Europe says Belarus's non-membership has not stopped it promoting its values there and bringing the country closer to membership standards.
    .title = Prospect of future membership (2024)
    .keywords = future membership, will Belarus join, can Belarus join, when will Belarus join, democratic Belarus, welcomed into the Council of Europe, membership prospects, future accession, new Belarus, standards for membership, Resolution 2530
fact-relations-today = Belarus is not a member of the Council of Europe, and since 17 March 2022 all cooperation with the Belarusian authorities has been suspended. The Council of Europe now works with Belarusian democratic forces and civil society in exile, notably through the Contact Group it decided to set up in September 2022.
    .title = Relations today (since 2022)
    .keywords = current status, relations now, today, current relations, state of relations, cooperation now, does the Council of Europe work with Minsk, official relations, Lukashenka regime, authorities, democratic forces, exile, overview

## Partial agreements and bodies

fact-partial-agreements = Besides conventions, Belarus took part in various forms in four Council of Europe bodies and partial agreements: the Venice Commission, the Enlarged Partial Agreement on Sport (EPAS), the Group of States against Corruption (GRECO) and the European Pharmacopoeia. After 2022 this participation was either ended or suspended.
    .title = Partial agreements and bodies
    .keywords = partial agreements, four partial agreements, participation, bodies, Venice Commission, GRECO, EPAS, European Pharmacopoeia, sport, anti-corruption, forms of participation, observer, associate member, where did Belarus take part
fact-venice-commission = According to the Belarusian foreign ministry, Belarus became an associate member of the Venice Commission (European Commission for Democracy through Law) in 2010. On 17 March 2022 the Committee of Ministers suspended Belarus's associate membership.
    .title = Venice Commission: associate membership (2010)
    .keywords = Venice Commission, European Commission for Democracy through Law, associate member, associate membership, status in the Venice Commission, 2010, suspended 2022, democracy through law, constitutional advice
fact-greco = Belarus took part in GRECO, the Group of States against Corruption. On 17 March 2022 the Committee of Ministers suspended its GRECO representation except where GRECO examines Belarus under ETS 173, 174 and 191, so Wikipedia's statement that participation was suspended overstates it. By a law of 5 January 2024 Belarus denounced those three conventions.
    .title = GRECO and Belarus (2022)
    .keywords = GRECO, Group of States against Corruption, anti-corruption, corruption, evaluation, monitoring, representation suspended, partial suspension, ETS 173, ETS 174, ETS 191, denounced, status in GRECO
fact-epas = Belarus took part as an observer in the Enlarged Partial Agreement on Sport (EPAS). On 17 March 2022 the Committee of Ministers suspended Belarus's observer seat in EPAS.
    .title = EPAS: observer seat suspended (2022)
    .keywords = EPAS, Enlarged Partial Agreement on Sport, sport, sports policy, observer, observer seat, suspended, partial agreement, athletes, anti-doping
fact-pharmacopoeia = Belarus took part in the work of the European Pharmacopoeia as an observer in the European Pharmacopoeia Commission. On 17 March 2022 the Committee of Ministers suspended this observer seat.
    .title = European Pharmacopoeia: observer seat suspended (2022)
    .keywords = European Pharmacopoeia, Pharmacopoeia Commission, pharmacopeia, medicines, medicine quality, pharmaceuticals, observer, observer seat, suspended, partial agreement

## Co-operation programmes

fact-cooperation-programmes = The Council of Europe ran co-operation action plans for Belarus: one for 2016–2017, adopted on 18 October 2016 and extended to 2018, and one for 2019–2021, adopted on 10 July 2019. According to the Council of Europe, nothing under them has been implemented since August 2020.
    .title = Action plans for Belarus (2016–2021)
    .keywords = action plan, co-operation programme, cooperation programmes, technical cooperation, projects in Belarus, 2016-2017, 2019-2021, 18 October 2016, 10 July 2019, extended to 2018, programmes
fact-programmes-halted-2020 = According to the Council of Europe's programmes page, no co-operation activities with Belarus have been implemented since August 2020, the month of the disputed presidential election. In March 2022 the Committee of Ministers suspended all cooperation with the Belarusian authorities.
    .title = Co-operation halted (August 2020)
    .keywords = cooperation stopped, programmes halted, frozen, no activities, since August 2020, when did cooperation stop, projects stopped, after the election, action plan not implemented, technical cooperation ended
fact-election-2020 = After the disputed presidential election of 9 August 2020 and the crackdown on the protests that followed, the Council of Europe intensified its criticism of the Belarusian authorities.
    .title = Reaction to the 2020 election
    .keywords = 2020 election, presidential election, 9 August 2020, disputed election, rigged, fraud, protests, crackdown, repression, criticism, condemned, reaction, Lukashenka, Lukashenko

## The 2022 suspension

fact-suspension-2022 = On 17 March 2022, the day after Russia was expelled from the Council of Europe over its war against Ukraine, the Committee of Ministers suspended all relations and cooperation with the Belarusian authorities because of Belarus's complicity in the aggression against Ukraine. Work with Belarusian civil society and democratic forces in exile continues.
    .title = All cooperation suspended (March 2022)
    .keywords = suspension, suspended, why did the Council of Europe stop working with Minsk, cut ties, broke off relations, complicity, aggression against Ukraine, war, invasion, Russia expelled, Committee of Ministers, 17 March 2022, freeze, reason
fact-suspension-2022-scope = Decision CM/Del/Dec(2022)1429/2.5 of 17 March 2022 suspended Belarus from the Committee of Ministers, the Congress of Local and Regional Authorities and their bodies, its observer seats in the European Pharmacopoeia Commission and EPAS, its associate membership of the Venice Commission and its GRECO representation, with two exceptions.
    .title = What the 2022 decision covered
    .keywords = scope, what was suspended, decision 1429, CM/Del/Dec(2022)1429/2.5, 1429th meeting, Committee of Ministers, Congress, Venice Commission, GRECO, EPAS, Pharmacopoeia, observer seats, which bodies, details
fact-suspension-2022-exceptions = The 17 March 2022 decision made two exceptions: Belarus kept its rights as a party to the European Cultural Convention (ETS 18), and its GRECO representation stayed where GRECO examines Belarus under ETS 173, 174 and 191. Wikipedia's statement that GRECO participation was simply suspended is therefore imprecise.
    .title = Exceptions in the 2022 decision
    .keywords = exceptions, what was not suspended, kept rights, European Cultural Convention, ETS 18, GRECO evaluation, ETS 173, ETS 174, ETS 191, partial suspension, remaining ties, carve-out
fact-civil-society-engagement = While suspending relations with the Belarusian authorities in March 2022, the Council of Europe kept working with Belarusian civil society and democratic forces in exile, especially young people, independent media and human rights defenders. In September 2022 it decided to set up a Contact Group for this cooperation.
    .title = Work with civil society continues (since 2022)
    .keywords = civil society, democratic forces in exile, opposition, still cooperates, continues, engagement, who does the Council of Europe work with, youth, independent media, human rights defenders, after suspension, exiled Belarusians
fact-extremist-2025 = According to Wikipedia, in 2025 the Belarusian authorities added the Council of Europe website to the list of extremist materials.
    .title = Council of Europe website listed as extremist (2025)
    .keywords = extremist materials, list of extremist materials, extremist list, website, coe.int, banned, blocked, declared extremist, 2025, Belarusian authorities, retaliation, censorship

## Conventions

fact-conventions-12 = By the Council of Europe's count as of 2020, Belarus had ratified 12 Council of Europe conventions and protocols and took part in four partial agreements (Venice Commission, GRECO, EPAS, European Pharmacopoeia). Since then Belarus suspended the European Cultural Convention (November 2023) and denounced ETS 173, 174 and 191 by a law of 5 January 2024.
    .title = 12 conventions ratified (as of 2020)
    .keywords = how many conventions, number of treaties, 12 conventions, twelve, ratified, ratifications, treaties, legal ties, party to conventions, count, how many agreements, ETS, CoE, international treaties, signed and ratified, how many treaties
fact-conventions-list = The Council of Europe treaties Belarus ratified include: the European Cultural Convention (ETS 18); the Convention on Information on Foreign Law (ETS 62) and its Protocol; the Bern Convention (ETS 104); the Anti-Doping Convention (ETS 135) and its Protocol; the Lisbon Recognition Convention (ETS 165); the anti-trafficking Convention (CETS 197); the corruption treaties ETS 173, 174 and 191.
    .title = Which conventions Belarus ratified
    .keywords = which conventions, list of conventions, which treaties, names of treaties, what did Belarus ratify, signed, party to, cultural, doping, higher education, trafficking, corruption, wildlife, foreign law
fact-conv-cultural = Belarus is a party to the European Cultural Convention (ETS 18). The Committee of Ministers' decision of 17 March 2022 expressly kept Belarus's rights as a party to it, but in November 2023 Belarus suspended the convention.
    .title = European Cultural Convention (ETS 18)
    .keywords = European Cultural Convention, ETS 18, culture, cultural cooperation, education, heritage, suspended, November 2023, kept rights
fact-conv-foreign-law = Belarus is a party to the European Convention on Information on Foreign Law (ETS 62) and its Additional Protocol, which are among the 12 Council of Europe treaties and protocols it had ratified by the Council of Europe's 2020 count.
    .title = Convention on Information on Foreign Law (ETS 62)
    .keywords = Information on Foreign Law, foreign law, ETS 62, Additional Protocol, legal information, courts, judicial cooperation, exchange of legal information
fact-conv-bern = Belarus is a party to the Convention on the Conservation of European Wildlife and Natural Habitats, the Bern Convention (ETS 104), one of the 12 Council of Europe treaties and protocols it had ratified by the Council of Europe's 2020 count.
    .title = Bern Convention (ETS 104)
    .keywords = Bern Convention, Berne Convention, ETS 104, wildlife, natural habitats, nature, environment, biodiversity, flora and fauna, conservation
fact-conv-anti-doping = Belarus is a party to the Council of Europe Anti-Doping Convention (ETS 135) and its Additional Protocol. The Council of Europe names the Anti-Doping Convention among the 12 conventions Belarus ratified.
    .title = Anti-Doping Convention (ETS 135)
    .keywords = Anti-Doping Convention, doping, anti-doping, ETS 135, sport, athletes, Additional Protocol, drugs in sport
fact-conv-lisbon = Belarus is a party to the Convention on the Recognition of Qualifications concerning Higher Education in the European Region, the Lisbon Recognition Convention (ETS 165). The Council of Europe names it among the 12 conventions Belarus ratified.
    .title = Lisbon Recognition Convention (ETS 165)
    .keywords = Lisbon Recognition Convention, Lisbon Convention, ETS 165, higher education, diplomas, degrees, recognition of qualifications, universities, students, education
fact-conv-trafficking = The Council of Europe Convention on Action against Trafficking in Human Beings (CETS 197) has been in force for Belarus since 1 March 2014; Belarus was the first non-member state to join it.
    .title = Anti-trafficking Convention (CETS 197, 2014)
    .keywords = trafficking in human beings, human trafficking, anti-trafficking, CETS 197, ETS 197, GRETA, first non-member state, 1 March 2014, entry into force, slavery, exploitation
fact-conv-corruption-criminal = Belarus was a party to the Criminal Law Convention on Corruption (ETS 173). The Committee of Ministers' decision of 17 March 2022 left Belarus's GRECO representation in place where GRECO examines Belarus under it, but by a law of 5 January 2024 Belarus denounced the convention.
    .title = Criminal Law Convention on Corruption (ETS 173)
    .keywords = Criminal Law Convention on Corruption, ETS 173, corruption, bribery, criminal law, anti-corruption, denounced, withdrew, GRECO, 2024
fact-conv-corruption-civil = Belarus was a party to the Civil Law Convention on Corruption (ETS 174). By a law of 5 January 2024 Belarus denounced it, together with the Criminal Law Convention on Corruption and its Additional Protocol.
    .title = Civil Law Convention on Corruption (ETS 174)
    .keywords = Civil Law Convention on Corruption, ETS 174, corruption, civil law, compensation, anti-corruption, denounced, withdrew, GRECO, 2024
fact-conv-corruption-protocol = Belarus was a party to the Additional Protocol to the Criminal Law Convention on Corruption (ETS 191). By a law of 5 January 2024 Belarus denounced it, together with ETS 173 and ETS 174.
    .title = Additional Protocol on corruption (ETS 191)
    .keywords = Additional Protocol to the Criminal Law Convention on Corruption, ETS 191, protocol, corruption, bribery, arbitrators, jurors, denounced, withdrew, 2024
fact-denunciation-2024 = By a law of 5 January 2024 Belarus denounced three Council of Europe anti-corruption treaties: the Criminal Law Convention on Corruption (ETS 173), its Additional Protocol (ETS 191) and the Civil Law Convention on Corruption (ETS 174).
    .title = Corruption conventions denounced (2024)
    .keywords = denounced, denunciation, withdrew, withdrawal, left, pulled out, which conventions did Belarus denounce, ETS 173, ETS 174, ETS 191, corruption conventions, law of 5 January 2024, GRECO
fact-cultural-suspended-2023 = In November 2023 Belarus suspended the European Cultural Convention (ETS 18), the treaty whose party rights the Committee of Ministers had expressly preserved when it suspended relations with Belarus in March 2022.
    .title = European Cultural Convention suspended (2023)
    .keywords = European Cultural Convention, ETS 18, suspended, suspension, November 2023, culture, cultural cooperation, stopped applying, withdrew
