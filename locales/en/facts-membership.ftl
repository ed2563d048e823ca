# membership: Belarus's membership history and legal ties with the Council of Europe, its conventions and partial agreements, and the 2022 suspension

## Membership history

fact-coe-purpose = According to the Council of Europe, it was created to anchor human rights, democracy and respect for the rule of law across the whole continent. In 2024 it had 46 member states; Belarus is the only European country that has never been one of them.
    .title = Purpose of the Council of Europe
    .keywords = Council of Europe, CoE, purpose, aims, mission, founding idea, human rights, democracy, rule of law, whole continent, 46 member states, member states, number of members, European organisation
    .questions =
        What was the Council of Europe created for?
        What is the purpose of the Council of Europe?
        How many member states did the Council of Europe have in 2024?
        Which values does the Council of Europe want to anchor across the continent?
        Why does the Council of Europe exist?
        Why was the CoE set up in the first place?
        What is the Strasbourg organisation's mission?
        How many countries belong to the Council of Europe?
        What values does the Council of Europe stand for across Europe?
        Council of Europe 46 member states 2024
        In what way does the Council of Europe want to shape the whole continent?
        Which three principles was the Strasbourg body set up to spread across Europe?
        What is that Strasbourg club of European states, the one that is not the EU, actually meant to do?
        What goals was the pan-European body that counted 46 countries in 2024 founded to pursue?
        council of europe whats the point of it
        What is the Council of Europe for?
        Council of Europe mission and values
        Which three things was the Council of Europe set up to root across Europe, and how many states had joined it by 2024?
    .unanswered =
        What is the Council of Europe's annual budget?
        Which countries founded the Council of Europe?
        How many people work for the Council of Europe?
        Where was the Statute of the Council of Europe signed?
        Which of the 46 member states pays the most to the Council of Europe?
        Which of the 46 member states joined the Council of Europe last?
        Are all 46 Council of Europe member states also in the EU?
        How many member states did the Council of Europe have when it was founded?
        What is the combined population of the Council of Europe's 46 member states?
        Which of the 46 member states is the smallest?
fact-relations-1992 = According to the Council of Europe, from 1992 Belarus signed a number of Council of Europe conventions and took part in various Council of Europe projects and programmes. All this ended in March 2022, after Russia launched a full-scale war of aggression against Ukraine and was expelled from the Council of Europe: the next day, 17 March 2022, the Committee of Ministers suspended all cooperation with the Belarusian authorities.
    .title = Start of relations (1992)
    .keywords = start of relations, beginning of relations, 1992, first contacts, early cooperation, history of relations, signing of conventions, Council of Europe projects, programmes, Belarus–Council of Europe relations, end of cooperation, beginning, since 1992, signed conventions, took part in programmes, projects
    .questions =
        When did relations between Belarus and the Council of Europe begin?
        What did Belarus do in its relations with the Council of Europe from 1992?
        Since when has Belarus signed Council of Europe conventions?
        Since what year has Belarus cooperated with the Council of Europe?
        When did Minsk's ties with Strasbourg start?
        Belarus and the Council of Europe in 1992: how it all began
        From what year was Belarus involved in Council of Europe projects?
        How did the links Belarus built with the Council of Europe from 1992 come to an end?
        What did Russia's war against Ukraine and its expulsion change for Belarus's projects with the Council of Europe?
        Belarus Council of Europe projects 1992–2022
        How long did Belarus take part in Council of Europe programmes before the 2022 break?
        When did Belarus first start dealing with the Strasbourg human rights organisation, and when did that stop?
        What kinds of joint work did Minsk and Strasbourg do together from the early nineties onwards?
        belarus council of europe since when working together
        What did Belarus start doing with the Council of Europe in 1992?
        Belarus CoE conventions and projects since 1992
        Over which years did Belarus sign Strasbourg treaties and join its projects before everything stopped?
        On what date in March 2022 did the Committee of Ministers suspend all cooperation with the Belarusian authorities?
    .unanswered =
        How many Council of Europe projects did Belarus take part in between 1992 and 2022?
        How much money did the Council of Europe spend on projects in Belarus?
        Who represented Belarus at the Council of Europe in the 1990s?
        Who signed the Council of Europe conventions on behalf of Belarus?
        Which Belarusian ministry coordinated the Council of Europe projects and programmes?
        Who headed Belarus in 1992 when its ties with Strasbourg began?
        Were the Council of Europe projects in Belarus a success?
        Which Council of Europe projects in Belarus were the largest?
        When did Russia join the Council of Europe?
        On what date did Russia launch its full-scale invasion of Ukraine?
        How many member states voted to expel Russia from the Council of Europe?
fact-guest-status-1992 = According to the Belarusian foreign ministry, on 16 September 1992 the Parliamentary Assembly of the Council of Europe (PACE) granted the parliament of Belarus special guest status. The PACE Bureau suspended this status in January 1997, according to Wikipedia because of a lack of democratic progress.
    .title = Special guest status in PACE (1992)
    .keywords = special guest status, special guest, guest status, PACE, APCE, Parliamentary Assembly of the Council of Europe, Belarusian parliament, parliament of Belarus, status granted, 16 September 1992, September 1992, parliamentary ties, Parliamentary Assembly, parliament, granted
    .questions =
        When did Belarus get special guest status in PACE?
        What status did PACE grant the Belarusian parliament in 1992?
        What happened on 16 September 1992?
        When were Belarusian MPs given guest status at the Assembly?
        Belarus PACE special guest status 1992
        Which year did Belarusian lawmakers get a guest seat in the Parliamentary Assembly?
        Is it true that the Strasbourg assembly made Belarus's parliament a special guest in 1992?
        How long did the Belarusian parliament keep its special guest status in PACE?
        According to Belarus's foreign ministry, when did PACE welcome Belarusian MPs as special guests?
        Who exactly received special guest status in PACE in 1992, the Belarusian government or its parliament?
        In 1992 the assembly of European MPs gave Belarusian deputies some kind of special seat: what was it?
        Which day in autumn 1992 opened the doors of the European parliamentary assembly to Belarusian legislators?
        belarus parliament pace guest 1992 which date
        Who got special guest status on 16 September 1992?
        When was Belarus's parliament admitted to PACE as a special guest?
        Belarusian MPs PACE special guests since 1992
        Why did the PACE Bureau suspend Belarus's special guest status in January 1997?
    .unanswered =
        Who led the Belarusian delegation to PACE when it had special guest status?
        How many Belarusian MPs took part in PACE sessions as special guests?
        Could the Belarusian special guests vote in PACE?
        Which other countries had special guest status in PACE at that time?
        Has Belarus ever asked PACE to restore its special guest status?
        Who proposed giving the Belarusian parliament special guest status?
        What was the Belarusian parliament called in 1992?
        On what grounds did PACE make Belarus a special guest?
        Who was President of the Parliamentary Assembly in 1992?
        How many members does the PACE Bureau have?
        Who heads the Belarusian foreign ministry today?
fact-application-1993 = On 12 March 1993 Belarus applied for membership of the Council of Europe. According to Wikipedia, it was not admitted because of concerns over its democratic credentials and human-rights record.
    .title = Membership application (1993)
    .keywords = membership application, application to join, accession request, bid for membership, candidacy, 12 March 1993, March 1993, 1993, not admitted, rejection, democratic credentials, human rights record, attempt to join, applied to join, bid, rejected, refused, wanted to join, asked to join, tried to join
    .questions =
        Why was Belarus not admitted to the Council of Europe?
        What happened on 12 March 1993?
        In which year did Belarus ask to become a member of the Council of Europe?
        When did Minsk first knock on Strasbourg's door?
        Belarus bid to become a Council of Europe member in 1993
        Why was Belarus's 1993 request to join the Council of Europe turned down?
        Which year did Minsk ask to be let into the Council of Europe?
        Belarus accession request March 1993
        Is it true that Belarus's 1993 bid failed over democracy and human rights?
        When did Belarus formally ask to join the Strasbourg organisation of European democracies, and what came of it?
        Which doubts about the country kept Minsk's spring 1993 paperwork for membership from succeeding?
        belarus wanted into council of europe 1993 why no
        Did Belarus's 1993 membership application succeed?
        What reasons does Wikipedia give for Belarus not being admitted after its 1993 application?
    .unanswered =
        Who signed Belarus's application to join the Council of Europe?
        Who led Belarus when it applied to join the Council of Europe?
        Which PACE rapporteur examined Belarus's 1993 membership application?
        Is Belarus's 1993 membership bid still pending, or was it withdrawn?
        How long did Strasbourg take to consider Belarus's membership application?
        Which countries supported Belarus joining the Council of Europe?
        Who was Belarus's foreign minister in 1993?
        How many countries belonged to the Council of Europe when Belarus applied in 1993?
        Which other countries applied to join the Council of Europe in 1993?
fact-guest-suspended-1997 = In January 1997 the Bureau of the Parliamentary Assembly (PACE) suspended the special guest status that PACE had granted Belarus's parliament on 16 September 1992. According to Wikipedia, the reason was a lack of democratic progress.
    .title = Special guest status suspended (1997)
    .keywords = special guest status suspended, suspension of guest status, loss of guest status, PACE Bureau, Bureau of the Parliamentary Assembly, January 1997, 1997, lack of democratic progress, status withdrawn, Belarusian parliament, lost guest status, Parliamentary Assembly, suspension, withdrawn, revoked, stripped, parliament, Council of Europe
    .questions =
        Who suspended the special guest status of the Belarusian parliament?
        Why did PACE suspend Belarus's special guest status?
        What happened to Belarus in PACE in January 1997?
        When did Belarus lose its special guest status?
        When did the Assembly strip Belarusian MPs of their guest seat?
        Why were Belarusian lawmakers dropped as PACE guests in 1997?
        Which PACE body froze the Belarusian parliament's guest status?
        PACE Bureau Belarus January 1997
        Is it true that Belarus lost its PACE guest seat because democracy in the country was not moving forward?
        The special place Belarusian deputies had in the European parliamentarians' assembly was taken away in the late nineties: when and why?
        Which leadership organ of the Strasbourg assembly cut off the Belarusian legislature's privileges at the start of 1997?
        pace took belarus guest status away 97 why
        What reason does Wikipedia give for PACE suspending Belarus's guest status in 1997?
        Did Belarus keep its special guest status in PACE after January 1997?
        PACE Bureau suspends Belarusian parliament's guest status
        When had PACE granted Belarus's parliament the special guest status suspended in January 1997?
    .unanswered =
        How did the PACE Bureau vote on suspending Belarus's special guest status?
        Who chaired the PACE Bureau in January 1997?
        How did the Belarusian authorities react to losing their special guest status?
        Has Belarus ever asked PACE to restore its special guest status?
        Which other countries had special guest status in PACE at that time?
        Was the 1996 referendum behind PACE freezing Belarus's guest status?
        Who proposed stripping Belarus of its guest status in 1997?
        Did the EU also freeze relations with Belarus in 1997?
        What is the PACE Bureau responsible for?
        How often does the Bureau of the Parliamentary Assembly meet?
        How many deputies sat in the Belarusian parliament in 1997?
fact-never-member = Belarus has never been a member of the Council of Europe: the Council of Europe calls it the only European country never to have belonged to it, but says this has not stopped it spreading its values there and bringing the country closer to the standards needed for membership. According to Wikipedia, full membership stayed out of reach because of continued concerns about democracy, the rule of law and human rights.
    .title = Belarus has never been a member
    .keywords = non-member, not a member, never a member, only European country, never joined, outside the Council of Europe, full membership, membership standards, Council of Europe values, status of Belarus, outside the organisation
    .questions =
        Why has Belarus never become a full member of the Council of Europe?
        Has Belarus ever belonged to the Council of Europe?
        Does the Council of Europe promote its values in Belarus although it is not a member?
        Is it true that Belarus is the only European state outside the Council of Europe?
        What keeps Belarus out of the Council of Europe?
        Belarus non-member status in the Council of Europe
        Does the Council of Europe try to bring Belarus up to its standards even though it has never joined?
        Belarus not a Council of Europe member
        Why was Minsk never let into the Council of Europe as a full member?
        Which concerns about democracy and the rule of law kept Belarus from full membership?
        Is there a country in Europe that has stayed outside the continent's main human rights organisation the whole time, and why?
        What has held Minsk back from getting a full seat among the Strasbourg member states?
        Has staying outside stopped the Council of Europe from spreading its values in Belarus?
    .unanswered =
        Does Belarus have a permanent representative at the Council of Europe although it is not a member?
        How much would Belarus pay each year as a member of the Council of Europe?
        Can Belarusians apply to the European Court of Human Rights although Belarus is not a member of the Council of Europe?
        Does Lukashenka want Belarus to become a full member of the Council of Europe?
        How many Belarusians support joining the Council of Europe, according to polls?
        Would Belarus have to abolish the death penalty to join the Council of Europe?
        How many years would it take Belarus to become a member?
        Who decides whether a country is admitted to the Council of Europe?
        How many European countries have been refused membership of the Council of Europe?
fact-future-membership = In Resolution 2530 (2024) “A democratic future for Belarus” of 25 January 2024 PACE declared that “a future democratic, independent, sovereign, peaceful and prosperous Belarus” will one day be welcomed into the Council of Europe, and encouraged European states to “continue to differentiate between the Lukashenka regime and the people of Belarus”.
    .title = Prospect of future membership (2024)
    .keywords = future membership, membership prospects, future accession, democratic Belarus, welcome into the Council of Europe, Resolution 2530, January 2024, PACE declaration, sovereign Belarus, welcomed into the Council of Europe, A democratic future for Belarus, prosperous Belarus
    .questions =
        Can a democratic Belarus join the Council of Europe in the future?
        What did PACE declare in January 2024 about Belarus's future membership?
        Will Belarus one day be welcomed into the Council of Europe?
        What kind of Belarus does PACE want to welcome into the Council of Europe?
        Could Belarus become a member of the Council of Europe one day?
        Has PACE promised a future democratic Belarus a place in the Council of Europe?
        Resolution 2530 and Belarus's membership prospects
        What did European parliamentarians say in 2024 about Belarus one day becoming a member state?
        What is the title of the PACE resolution saying a democratic Belarus will one day be welcomed into the Council of Europe?
        On what conditions will Belarus be welcomed into the Council of Europe, according to PACE?
        Did the Strasbourg assembly back Belarus's future membership of the Council of Europe?
        The European parliamentarians' document from early 2024 about Belarus: does it say the country will be let in one day?
        Which adjectives does the Strasbourg assembly use for the Belarus it expects to accept as a member state?
        pace 2024 will a free belarus get into council of europe
        Is there a place in the Council of Europe for a future free Belarus?
        Will a free, independent Belarus be let into the Council of Europe one day?
        PACE promise of membership for a democratic Belarus
        Did PACE say in its January 2024 resolution that Belarus will become a member one day?
    .unanswered =
        Is Resolution 2530 legally binding on Council of Europe member states?
        How many PACE members voted against Resolution 2530?
        How did Minsk react to PACE's promise to welcome a democratic Belarus into the Council of Europe?
        What did Sviatlana Tsikhanouskaya say about PACE's promise of future membership?
        Is there a roadmap for a democratic Belarus's future membership of the Council of Europe?
        Which member states have promised to back a democratic Belarus joining?
        How long is the term of office of the President of PACE?
fact-relations-today = Belarus is not a member of the Council of Europe, and on 17 March 2022 the Committee of Ministers suspended all cooperation with the Belarusian authorities. Since then the Council of Europe has worked with Belarusian democratic forces and civil society in exile, especially young people, independent media and human rights defenders, including through the Contact Group it decided to set up in September 2022.
    .title = Relations today (since 2022)
    .keywords = current relations, relations today, present state of relations, current status, official relations, Belarusian authorities, overview, relationship with the Council of Europe, relations now, today, state of relations, cooperation now, authorities
    .questions =
        What are relations between Belarus and the Council of Europe like today?
        Does the Council of Europe cooperate with the Belarusian authorities now?
        What is the current state of relations between Belarus and the Council of Europe?
        Where do things stand between Minsk and Strasbourg now?
        Does the Council of Europe still deal with the Lukashenka regime?
        Belarus and the Council of Europe: an overview of relations now
        Belarus CoE relations after 2022
        Is Belarus in the Council of Europe at all, and whom does Strasbourg deal with instead of the regime?
        Sum up for me where Belarus and the Council of Europe stand since March 2022
        belarus coe relations in short since 2022
        How do things stand between Belarus and the Council of Europe at present?
        Belarus–Council of Europe relationship today in a nutshell
        Is Belarus a member, a partner or neither for the Council of Europe right now?
    .unanswered =
        Will the Council of Europe resume cooperation with the Belarusian authorities?
        How much does the Council of Europe spend on its work with Belarusians in exile?
        Does Belarus have an embassy in Strasbourg to deal with the Council of Europe?
        Could relations between Strasbourg and Minsk improve if political prisoners are freed?
        What does the Lukashenka regime say about the Council of Europe today?
        How many Council of Europe staff deal with Belarus now?
        In how many Council of Europe member states do Belarusian exiles live?
        Where are the Belarusian democratic forces in exile based?

## Partial agreements and bodies

fact-partial-agreements = Besides conventions, Belarus used various forms of participation in the Venice Commission, the Enlarged Partial Agreement on Sport (EPAS), the Group of States against Corruption (GRECO) and the European Pharmacopoeia. On 17 March 2022 the Committee of Ministers suspended its associate membership of the Venice Commission, its observer seats in EPAS and the Pharmacopoeia Commission, and its GRECO representation except where GRECO examines Belarus under ETS 173, 174 and 191.
    .title = Partial agreements and bodies
    .keywords = partial agreements, four partial agreements, Council of Europe bodies, participation, forms of participation, Council of Europe structures
    .questions =
        What were the four partial agreements Belarus took part in?
        What happened to Belarus's participation in the Venice Commission, EPAS, GRECO and the Pharmacopoeia in 2022?
        Besides conventions, how did Belarus take part in the work of the Council of Europe?
        Apart from treaties, which Council of Europe structures was Belarus involved in?
        Belarus partial agreements: Venice Commission, GRECO, EPAS, Pharmacopoeia
        Did Belarus lose its seats in all four partial agreements in March 2022?
        Which Council of Europe partial agreements counted Belarus as a participant?
        Belarus CoE partial agreements 2022 suspension
        Where was Belarus an observer and where an associate member among the Council of Europe's partial agreements?
        Apart from treaties, in which smaller Council of Europe groupings on law, sport, bribery and medicines did Belarus have a place?
        What became in March 2022 of Belarus's places in the Council of Europe structures on constitutional law, sport, bribery and drug quality?
        belarus venice commission greco epas pharmacopoeia what status
        Apart from conventions, what forms of participation did Belarus use in the Council of Europe?
        Belarus's four Council of Europe partial agreements
        Which Council of Europe bodies outside the treaties counted Belarus, and how did the 2022 decision affect each of them?
    .unanswered =
        How much money did Belarus pay each year to take part in the partial agreements?
        Who represented Belarus in the Council of Europe's partial agreements?
        Will Belarus get its seats in the partial agreements back?
        How many countries are members of EPAS?
        What did Belarus gain from taking part in the partial agreements?
        Which other non-member states take part in Council of Europe partial agreements?
        How did Minsk react when it lost its seats in the four partial agreements?
        How many member states does GRECO have?
        How many plenary sessions does the Venice Commission hold a year?
fact-venice-commission = According to the Belarusian foreign ministry, Belarus became an associate member of the Venice Commission (European Commission for Democracy through Law) in 2010. On 17 March 2022 the Committee of Ministers suspended this associate membership.
    .title = Venice Commission: associate membership (2010)
    .short = Venice Commission associate membership
    .keywords = Venice Commission, European Commission for Democracy through Law, democracy through law, associate member, associate membership, 2010, suspended in 2022, constitutional law
    .questions =
        What is the full name of the Venice Commission?
        What status did Belarus have in the Venice Commission?
        When was Belarus's associate membership of the Venice Commission suspended?
        When did Belarus join the Venice Commission?
        On what terms did Belarus sit in the Venice Commission?
        Belarus Venice Commission associate status 2010
        Did the Council of Europe's ministers freeze Belarus's place in the Venice Commission?
        When did Minsk enter the Commission for Democracy through Law?
        Belarus Venice Commission 2022
        How long was Belarus an associate member of the Venice Commission?
        Who suspended Belarus's associate membership of the Venice Commission?
        That Council of Europe panel of constitutional law experts: how was Belarus connected to it?
        In which year was Minsk admitted, though not as a full member, to the Council of Europe's advisers on constitutions?
        belarus venice commission member since when
        Since 2010, what was Belarus's status in the Commission for Democracy through Law?
        According to Belarus's foreign ministry, when did the country become an associate member of the Venice Commission?
    .unanswered =
        When was the Venice Commission founded?
        Where is the Venice Commission based?
        Who chairs the Venice Commission?
        Has the Venice Commission ever given an opinion on the Belarusian constitution?
        How many member states does the Venice Commission have?
        Which Belarusian lawyer sat on the Venice Commission?
        Did the Venice Commission review Belarus's electoral code?
        Does the Venice Commission work with Tsikhanouskaya's team?
        How many associate members does the Venice Commission have?
        What rights does an associate member of the Venice Commission have?
        Which department of the Belarusian foreign ministry dealt with the Council of Europe?
fact-greco = Belarus took part in the Group of States against Corruption (GRECO). On 17 March 2022 the Committee of Ministers suspended its GRECO representation except where GRECO examines Belarus under ETS 173, 174 and 191, and by a law of 5 January 2024 Belarus denounced those three treaties. Wikipedia describes Belarus's participation in GRECO as suspended in 2022.
    .title = GRECO and Belarus (2022)
    .keywords = GRECO, Group of States against Corruption, anti-corruption body, corruption monitoring, evaluation of Belarus, GRECO representation, partial suspension, 2022, evaluation, monitoring, representation suspended
    .questions =
        Did Belarus take part in GRECO?
        What did the 2022 decision change for Belarus in GRECO?
        In which cases could GRECO still examine Belarus after March 2022?
        Is Belarus still in the Council of Europe's anti-corruption group?
        Was Belarus kicked out of GRECO in 2022?
        Belarus representation in the Council of Europe anti-corruption body
        What is left of Belarus's role in GRECO after it denounced the anti-corruption treaties?
        Belarus GRECO suspension 2022
        Who froze Belarus's seat in the Group of States against Corruption?
        That group of countries which checks how states fight bribery: did Belarus stay part of it after 2022?
        After Minsk tore up the three bribery treaties in 2024, was anything left for the Council of Europe's corruption watchdog to review in Belarus?
        greco belarus still in or not
        Does Belarus still have a representative in GRECO?
        Belarus in the Group of States against Corruption after March 2022
        How does Wikipedia describe what happened to Belarus's GRECO participation in 2022?
    .unanswered =
        When did Belarus join GRECO?
        What did GRECO's evaluation reports say about corruption in Belarus?
        Has GRECO published any report on Belarus since March 2022?
        Why did the 2022 decision keep GRECO's examination of Belarus under the anti-corruption treaties?
        Who heads GRECO?
        In what year was GRECO set up?
        Did Belarus implement GRECO's recommendations?
        How many GRECO evaluation rounds did Belarus go through?
        Where is GRECO's secretariat based?
        Did Belarus keep paying its GRECO contributions after March 2022?
fact-epas = Belarus took part as an observer in the Enlarged Partial Agreement on Sport (EPAS). On 17 March 2022 the Committee of Ministers suspended Belarus's observer seat in EPAS.
    .title = EPAS: observer seat suspended (2022)
    .short = Agreement on Sport: seat suspended
    .keywords = EPAS, Enlarged Partial Agreement on Sport, partial agreement on sport, sport, sports policy, observer, observer seat, observer status, suspended in 2022, suspended
    .questions =
        What does EPAS stand for?
        What was Belarus's role in the Enlarged Partial Agreement on Sport?
        When was Belarus's observer seat in EPAS suspended?
        Was Belarus an observer in a Council of Europe agreement on sport?
        Was Belarus's observer place in the Council of Europe's sports agreement taken away?
        Belarus in EPAS: observer status until 2022
        Was Minsk a full participant or just an observer in EPAS?
        What did the Council of Europe's ministers do to Belarus's EPAS seat in March 2022?
        Belarus sport agreement observer
        Who took away Belarus's observer seat in EPAS?
        That Council of Europe platform where countries line up their sports policy: was Belarus in it?
        Could Belarus only watch, without full rights, in the Council of Europe's sport cooperation, and until when?
        belarus in the coe sports deal just an observer?
        Which Council of Europe sports body had Belarus as an observer?
        Belarus EPAS observer seat frozen in March 2022
        What did Belarus lose in the Enlarged Partial Agreement on Sport in 2022?
    .unanswered =
        When did Belarus become an observer in EPAS, the Council of Europe's agreement on sport?
        In what year was EPAS founded?
        How many countries are members of EPAS?
        Who represented Belarus in the sports agreement EPAS?
        Where is EPAS based?
        Who chairs EPAS?
        Did Belarus pay contributions to EPAS?
        Did EPAS back banning Belarusian athletes from international competitions?
        How many observers does EPAS have?
        What rights does an observer have in EPAS?
fact-pharmacopoeia = Belarus took part in the work of the European Pharmacopoeia as an observer in the European Pharmacopoeia Commission. On 17 March 2022 the Committee of Ministers suspended this observer seat.
    .title = European Pharmacopoeia: observer seat suspended (2022)
    .short = Pharmacopoeia: observer seat suspended
    .keywords = European Pharmacopoeia, Pharmacopoeia Commission, pharmacopeia, medicines, quality of medicines, pharmaceuticals, observer, observer seat, suspended in 2022, suspended, medicine quality
    .questions =
        Did Belarus take part in the European Pharmacopoeia?
        What status did Belarus have in the European Pharmacopoeia Commission?
        When was Belarus's observer seat in the Pharmacopoeia Commission suspended?
        Was Belarus involved in the Council of Europe's efforts on the quality of medicines?
        Belarus European Pharmacopoeia observer suspension
        Did the Council of Europe cut Belarus out of the Pharmacopoeia Commission in 2022?
        What role did Minsk play in the European Pharmacopoeia?
        Belarus Pharmacopoeia Commission observer
        Who suspended Belarus's observer seat in the European Pharmacopoeia Commission?
        Did Belarus sit in on the European Pharmacopoeia's work on medicines until March 2022?
        That European body which sets quality standards for medicines: did Belarus sit in on its work?
        Did Minsk keep its chance to follow the work on the European rulebook for drugs after spring 2022?
        belarus pharmacopoeia observer until 2022
        Belarus observer in the European Pharmacopoeia Commission
        Which seat did Belarus hold in the work on the European Pharmacopoeia?
        What happened in March 2022 to Belarus's place as an observer in the body that sets European medicine standards?
    .unanswered =
        When did Belarus become an observer in the European Pharmacopoeia Commission?
        Where is the European Pharmacopoeia Commission based?
        When was the European Pharmacopoeia founded?
        How many countries take part in the work on the quality of medicines in the European Pharmacopoeia?
        Which Belarusian agency worked with the European Pharmacopoeia?
        Does Belarus still use European Pharmacopoeia standards for its medicines?
        Who runs the European Pharmacopoeia?
        Did the suspension affect medicine supplies to Belarus?
        How often does the European Pharmacopoeia Commission meet?
        What rights does an observer in the European Pharmacopoeia Commission have?

## Co-operation programmes

fact-cooperation-programmes = The Council of Europe ran two co-operation action plans for Belarus: for 2016–2017 (adopted on 18 October 2016, extended to 2018) and for 2019–2021 (adopted on 10 July 2019). According to its programmes page, nothing under them has been implemented since August 2020.
    .title = Co-operation action plans for Belarus (2016–2021)
    .keywords = co-operation programme, cooperation programmes, action plans for Belarus, two action plans, technical cooperation, projects in Belarus, 2016–2021, Council of Europe programmes, action plan, programmes, adoption of the action plans
    .questions =
        Did the Council of Europe have co-operation programmes with Belarus?
        Which action plans did the Council of Europe run for Belarus?
        How many co-operation action plans did the Council of Europe have for Belarus?
        What Council of Europe projects ran in Belarus between 2016 and 2021?
        Council of Europe action plans for Belarus 2016–2021
        Did Strasbourg have assistance programmes for Minsk before 2020?
        What cooperation plans did Strasbourg have with Minsk before the 2020 election?
        When were the Council of Europe's two action plans for Belarus adopted?
        Which of the two Council of Europe action plans for Belarus was extended, and until when?
        Council of Europe technical cooperation Belarus
        For which years did Strasbourg draw up co-operation plans for Belarus?
        Those two multi-year Council of Europe roadmaps for joint work in Belarus: what were they?
        How many packages of joint projects did the Council of Europe prepare for Belarus, and when were they approved?
        coe plans for belarus 2016 2019 what are they
        How many co-operation action plans did Strasbourg draw up for Belarus in all?
        Both Council of Europe action plans for Belarus
        Which periods did the Council of Europe's co-operation plans for Belarus cover, and has anything been done under them since August 2020?
    .unanswered =
        What was the budget of the Council of Europe's action plans for Belarus?
        Who paid for the Council of Europe's two action plans for Belarus?
        Did the Council of Europe have an office in Minsk to run its programmes?
        What did the Council of Europe's programmes in Belarus achieve?
        Who drew up the action plans with the Council of Europe on the Belarusian side?
        How many projects did the 2016–2021 action plans include?
        Did Belarusian NGOs take part in the Council of Europe's two action plans?
        Does the Council of Europe run similar action plans for other non-member states?
        When was the Council of Europe's programmes page on Belarus last updated?
fact-action-plan-2016 = The Council of Europe's action plan for Belarus for 2016–2017 was adopted on 18 October 2016 and later extended to 2018.
    .title = Action plan 2016–2017 (adopted 2016)
    .keywords = action plan 2016–2017, action plan for Belarus 2016–2017, 18 October 2016, October 2016, adoption, extended to 2018, extension
    .questions =
        Until when was the 2016–2017 action plan for Belarus extended?
        What did the Council of Europe adopt for Belarus on 18 October 2016?
        When did the Council of Europe approve its 2016–2017 plan for Belarus?
        Was the Council of Europe's 2016–2017 plan for Belarus prolonged?
        How long did the 2016–2017 Belarus action plan actually run?
        Belarus action plan October 2016
        Which Council of Europe plan for Belarus was adopted in autumn 2016?
        The earlier of the two Council of Europe programmes for Belarus: when was it approved and how long did it run?
        Was the Strasbourg plan for Belarus that was meant to end in 2017 given an extra year?
        action plan 2016 belarus extended till when
        Was the first Belarus action plan prolonged until 2018?
        2016–2017 Belarus plan adoption date
        On which day in October 2016 did the Council of Europe approve its plan for Belarus, and was it later extended?
    .unanswered =
        What was the budget of the 2016–2017 action plan for Belarus?
        Who signed the 2016–2017 action plan on behalf of Belarus?
        What results did the 2016–2017 action plan for Belarus achieve?
        Which Belarusian ministries worked on the 2016–2017 action plan?
        Which areas did the 2016–2017 action plan cover?
        Why was the 2016–2017 plan prolonged until 2018?
        Which NGOs took part in the 2016–2017 action plan?
        Which Council of Europe body signed off on the 2016–2017 plan for Belarus?
        How many Council of Europe experts worked in Belarus under the 2016–2017 plan?
fact-action-plan-2019 = The Council of Europe's action plan for Belarus for 2019–2021 was adopted on 10 July 2019. According to the Council of Europe, nothing under it has been implemented since August 2020.
    .title = Action plan 2019–2021 (adopted 2019)
    .keywords = action plan 2019–2021, action plan for Belarus 2019–2021, 10 July 2019, July 2019, adoption, not implemented
    .questions =
        What happened to the 2019–2021 action plan after August 2020?
        What did the Council of Europe adopt for Belarus on 10 July 2019?
        When was the 2019–2021 Council of Europe plan for Belarus approved?
        Belarus action plan 2019–2021 adoption date
        Was the 2019–2021 plan for Belarus carried out at all after August 2020?
        Which plan for Belarus did Strasbourg approve in July 2019?
        Belarus 2019–2021 action plan unimplemented
        How long did the Council of Europe's 2019–2021 plan for Belarus actually work before it stalled?
        The later of the two Council of Europe programmes for Belarus, the one approved in summer 2019: what became of it?
        Which Strasbourg plan for Belarus covering 2019 to 2021 was left on paper after August 2020?
        belarus plan 2019 2021 when adopted
        Belarus action plan 10 July 2019
        Was anything under the 2019–2021 Council of Europe plan for Belarus carried out after summer 2020?
    .unanswered =
        Who signed the 2019–2021 action plan on behalf of Belarus?
        Which Belarusian ministries worked on the 2019–2021 action plan?
        Which areas did the 2019–2021 action plan cover?
        How much of the 2019–2021 plan was carried out before August 2020?
        What results did the 2019–2021 action plan for Belarus achieve?
        Which NGOs took part in the 2019–2021 action plan?
        Who in Strasbourg approved the 2019–2021 plan for Belarus?
        Was the 2019–2021 action plan ever formally cancelled?
fact-programmes-halted-2020 = According to the Council of Europe's programmes page, no co-operation activities with Belarus have been implemented since August 2020, the month of the disputed presidential election. On 17 March 2022 the Committee of Ministers suspended all cooperation with the Belarusian authorities.
    .title = Co-operation halted (August 2020)
    .keywords = cooperation halted, programmes frozen, no activities, August 2020, projects stopped, after the 2020 election, end of technical cooperation, freeze of programmes, cooperation stopped, programmes halted, frozen, since August 2020, technical cooperation ended
    .questions =
        Since when have no Council of Europe co-operation activities been carried out in Belarus?
        What happened to Council of Europe programmes in Belarus after the 2020 election?
        When did the Council of Europe's projects in Belarus stop?
        When did Council of Europe work on the ground in Belarus grind to a halt?
        Did the Council of Europe freeze its Belarus projects after the August 2020 vote?
        Council of Europe programmes in Belarus frozen since August 2020
        Is it true that no Council of Europe activities have taken place in Belarus since the disputed 2020 election?
        Which came first: the halt of Council of Europe projects in Belarus or the 2022 suspension?
        For how long were Council of Europe programmes in Belarus idle before the formal break in March 2022?
        The month of the contested vote in Belarus: is that when all the Council of Europe's joint work in the country ended?
        Has anything from the Strasbourg projects been done in Belarus since the summer of the disputed election?
        coe projects in belarus dead since aug 2020
        Has the Council of Europe carried out any co-operation activity in Belarus since August 2020?
        CoE co-operation with Belarus halted August 2020
        According to the programmes page, in which month did Council of Europe activities in Belarus stop?
    .unanswered =
        Will Council of Europe programmes in Belarus ever resume?
        Did the Council of Europe have an office in Minsk to run its programmes?
        How many Council of Europe staff worked on projects in Belarus before August 2020?
        Who decided to halt the Council of Europe programmes in Belarus in August 2020?
        Which projects were interrupted when the programmes froze in 2020?
        What happened to the money left in the frozen Belarus programmes?
        Did the Belarusian authorities ask the Council of Europe to continue the projects after 2020?
        How many candidates ran in the August 2020 presidential election in Belarus?
        How many polling stations were open in the August 2020 presidential election?
fact-election-2020 = According to Wikipedia, after the disputed presidential election of 9 August 2020 and the subsequent government crackdown on protests, the Council of Europe intensified its criticism of the Belarusian authorities.
    .title = Reaction to the 2020 election
    .keywords = 2020 election, presidential election 2020, 9 August 2020, disputed election, undemocratic election, protests, crackdown, repression of protesters, criticism, reaction of the Council of Europe, post-election crisis, presidential election, repression, condemned, reaction
    .questions =
        How did the Council of Europe react to the 2020 presidential election in Belarus?
        When was the disputed presidential election in Belarus held?
        What did the Council of Europe do after the crackdown on the 2020 protests?
        Did the Council of Europe condemn Minsk after the 2020 vote?
        Council of Europe criticism of Belarus after the August 2020 election
        How did Strasbourg respond to the violent dispersal of Belarusian protesters in 2020?
        What was the CoE's stance after the contested 2020 presidential vote in Belarus?
        CoE reaction 9 August 2020
        Did Strasbourg slam the regime harder after the 2020 crackdown on protesters?
        What did Europe's human rights body say about Belarus after the 2020 vote that ended in mass arrests of protesters?
        Did Strasbourg sharpen its tone towards the Belarusian leadership once the 2020 street protests were suppressed?
        coe on belarus elections 2020 what reaction
        Did Strasbourg step up its criticism of Minsk after 9 August 2020?
        Council of Europe response to the crackdown on Belarusian protests
        How did the Council of Europe's tone towards the Belarusian authorities change after the disputed vote?
    .unanswered =
        How many people were detained after the 2020 presidential election in Belarus?
        Did the Council of Europe send observers to the 2020 presidential election in Belarus?
        How many protesters were killed during the 2020 crackdown in Belarus?
        What official result did Lukashenka get in the disputed 2020 presidential election?
        Which PACE resolution condemned the 2020 crackdown in Belarus?
        Did Council of Europe officials visit Belarus after the 2020 crackdown on protests?
        How many votes did Tsikhanouskaya get in 2020?
        How long did the 2020 protests in Belarus last?
        How many people took part in the largest protest march in Minsk in 2020?

## The 2022 suspension

fact-suspension-2022 = On 17 March 2022, the day after Russia was expelled from the Council of Europe over its full-scale war of aggression against Ukraine, the Committee of Ministers suspended all cooperation with the Belarusian authorities. According to Wikipedia, it cited Belarus's complicity in the invasion of Ukraine. Work with Belarusian civil society and democratic forces in exile continues, especially with young people, independent media and human rights defenders.
    .title = All cooperation suspended (March 2022)
    .keywords = suspension of cooperation, cooperation suspended, 17 March 2022, March 2022, Committee of Ministers decision, complicity, aggression against Ukraine, war in Ukraine, invasion, expulsion of Russia, Russia expelled, cut ties, freeze of relations, end of cooperation, suspension, suspended, broke off relations, war, Committee of Ministers, freeze, reason
    .questions =
        Why did the Council of Europe suspend all cooperation with the Belarusian authorities?
        Who decided to suspend cooperation with Belarus in March 2022?
        What happened the day after Russia was expelled from the Council of Europe?
        When did Strasbourg cut off Minsk?
        Why did the CoE's ministers freeze all ties with the Lukashenka regime?
        Did the Council of Europe break with Belarus over its role in Russia's invasion of Ukraine?
        Council of Europe suspension of Belarus, March 2022
        CoE Belarus complicity 2022
        How soon after Russia's expulsion did the Council of Europe cut ties with Minsk?
        What was that March 2022 decision in which Europe's human rights body froze everything with the Belarusian regime?
        On what grounds did Strasbourg shut the door on Minsk officials in spring 2022?
        why coe cut off belarus 2022 ukraine
        What part in Russia's invasion did the Council of Europe hold against Belarus?
        Why was Belarus cut off the day after Russia's expulsion?
        Council of Europe freezes all cooperation with Minsk, 17 March 2022
    .unanswered =
        How did Aliaksandr Lukashenka react to the Council of Europe suspending cooperation?
        Was the decision to suspend cooperation with Belarus unanimous?
        Do experts think the Council of Europe was right to suspend cooperation with Minsk?
        Will the Council of Europe resume cooperation with the Belarusian authorities?
        Did the EU or the OSCE take similar steps against Minsk in 2022?
        Who drafted the decision to suspend all cooperation with Belarus?
        Were the Belarusian authorities consulted before cooperation was suspended?
        How did Moscow react to being expelled from the Council of Europe?
        When did Russia stop being a party to the European Convention on Human Rights?
        How many Belarusian soldiers took part in the invasion of Ukraine?
fact-suspension-2022-scope = By decision CM/Del/Dec(2022)1429/2.5 (1429th meeting, 17 March 2022) the Committee of Ministers suspended Belarus from the Committee of Ministers, the Congress of Local and Regional Authorities and their bodies (except its rights under the European Cultural Convention, ETS 18), and its observer seats in the European Pharmacopoeia Commission and EPAS, its associate membership of the Venice Commission and its GRECO representation (except where GRECO examines Belarus under ETS 173, 174 and 191).
    .title = What the 2022 decision covered
    .keywords = scope of the decision, decision 1429, CM/Del/Dec(2022)1429/2.5, 1429th meeting, Congress of Local and Regional Authorities, Committee of Ministers bodies, bodies affected, scope, Committee of Ministers, Congress
    .questions =
        What did the Committee of Ministers' decision of 17 March 2022 suspend?
        At which meeting did the Committee of Ministers suspend Belarus?
        Was Belarus suspended from the Congress of Local and Regional Authorities?
        Which Council of Europe bodies was Minsk shut out of in March 2022?
        What exactly did the ministers' 1429th meeting decide on Belarus?
        Scope of the Committee of Ministers' 2022 decision on Belarus
        Did the 2022 decision also cover Belarus's seats in the Venice Commission, EPAS and GRECO?
        Committee of Ministers 1429th meeting Belarus
        Was Belarus kicked out of the Committee of Ministers itself in 2022?
        That long-numbered ministers' decision of March 2022: from which Strasbourg bodies did it remove Belarus?
        Did Minsk also lose its place in the Council of Europe's chamber of municipalities and regions in 2022?
        which bodies belarus suspended from march 2022 list
        What is the number of the Committee of Ministers' decision on Belarus of 17 March 2022?
        Was Belarus suspended from the Congress and the Committee of Ministers' bodies?
        Decision CM/Del/Dec(2022)1429/2.5 Belarus
    .unanswered =
        Which member states proposed the decision of the Committee of Ministers' 1429th meeting?
        Who chaired the Committee of Ministers' 1429th meeting?
        How many votes did the decision at the 1429th meeting get?
        Were any other exceptions discussed before the 2022 decision was taken?
        When will the ministers review the decision taken at the 1429th meeting?
        Did the 1429th meeting also discuss sanctions against Belarusian officials?
        How many Belarusian officials lost seats in the Congress and Committee of Ministers bodies?
        What does the abbreviation CM/Del/Dec in the decision's number stand for?
        How many observers does the European Pharmacopoeia Commission have?
fact-suspension-2022-exceptions = The Committee of Ministers' decision of 17 March 2022 made two exceptions: Belarus kept its rights as a party to the European Cultural Convention (ETS 18) and its GRECO representation where GRECO examines Belarus under ETS 173, 174 and 191. Belarus itself later suspended the Cultural Convention (November 2023) and denounced ETS 173, 174 and 191 (law of 5 January 2024).
    .title = Exceptions in the 2022 decision
    .keywords = exceptions, two exceptions, carve-out, rights kept, GRECO evaluation, remaining ties, partial suspension, kept rights, exemptions
    .questions =
        What exceptions did the 2022 suspension decision make?
        Which rights did Belarus keep after 17 March 2022?
        What was not suspended by the decision of 17 March 2022?
        What did Strasbourg leave intact when it cut ties with Minsk in 2022?
        Which Council of Europe links with Belarus survived the March 2022 decision?
        Exceptions to the 2022 suspension of Belarus
        Did Belarus itself later give up the ties the 2022 decision had spared?
        Cultural Convention and GRECO exceptions 2022
        How many exceptions did the Committee of Ministers make for Belarus in March 2022?
        When Strasbourg froze ties with Minsk in 2022, which two threads did it deliberately leave uncut?
        Did the 2022 freeze spare Belarus's culture treaty and the anti-bribery reviews?
        2022 decision belarus what was left untouched
        Which two carve-outs were in the ministers' 2022 decision on Belarus?
        What survived the 17 March 2022 decision, and what did Minsk do with it later?
        Exceptions in the Belarus suspension decision
    .unanswered =
        Who proposed the exceptions in the 2022 decision?
        Were any other exceptions discussed before the 2022 decision was taken?
        How long were the exceptions in the 2022 decision meant to last?
        Why did the 2022 decision make an exception for the European Cultural Convention?
        Did the Cultural Convention exception help Belarusian students?
        Did the Belarusian democratic forces criticise the exceptions in the 2022 decision?
        Did the Council of Europe keep similar rights for Russia after expelling it?
        Which other non-member states are parties to the European Cultural Convention?
        How many plenary meetings does GRECO hold a year?
fact-civil-society-engagement = When it suspended all cooperation with the Belarusian authorities in March 2022, the Council of Europe kept working with Belarusian civil society and democratic forces in exile, especially young people, independent media and human rights defenders. In September 2022 it decided to set up a Contact Group for this cooperation.
    .title = Work with civil society continues (since 2022)
    .short = Work with civil society continues
    .keywords = civil society, democratic forces in exile, Belarusian opposition, continued engagement, youth, young people, independent media, human rights defenders, exiled Belarusians, cooperation after the suspension, opposition, still cooperates, continues, engagement, after suspension
    .questions =
        Whom did the Council of Europe keep working with after March 2022?
        Does the Council of Europe still cooperate with Belarusian civil society?
        Which groups of Belarusians in exile does the Council of Europe especially work with?
        Does Strasbourg still support the Belarusian opposition abroad?
        Does the Council of Europe back young Belarusians, free media and human rights activists in exile?
        Council of Europe engagement with exiled Belarusian civil society
        Did the Council of Europe abandon Belarusians in exile after March 2022?
        Council of Europe and the Belarusian diaspora
        In what way did the Council of Europe keep helping Belarusians after cutting off the regime?
        Those Belarusians who had to leave the country: does Europe's human rights organisation go on working with them after 2022?
        Are students, the free press and rights defenders who fled Belarus among the Council of Europe's partners after March 2022?
        coe works with exiled belarusians after 2022 which ones
        Which groups of exiled Belarusians does Strasbourg single out: youth, independent media, rights defenders?
        Council of Europe support for young Belarusians and independent journalists in exile
        Did the Council of Europe carry on with Belarusian civil society when it suspended cooperation with the authorities?
    .unanswered =
        How much money does the Council of Europe give Belarusian civil society in exile?
        Which Belarusian human rights defenders in exile has the Council of Europe worked with since March 2022?
        Which Belarusian youth groups in exile has the Council of Europe worked with since March 2022?
        How many Belarusian organisations in exile work with the Council of Europe?
        Which Belarusian independent media outlets has the Council of Europe kept working with since 2022?
        Which Belarusian exiles have been tried in absentia for working with the Council of Europe?
        Has the Council of Europe's continued engagement with the Belarusian opposition in exile made a difference?
        How many Belarusian independent media outlets now work from exile?
        How many human rights defenders are currently imprisoned in Belarus?
        How many young Belarusians have left the country since 2020?
fact-extremist-2025 = According to Wikipedia, in 2025 the Belarusian authorities added the Council of Europe website to the list of extremist materials.
    .title = Council of Europe website listed as extremist (2025)
    .short = CoE website listed as extremist
    .keywords = extremist materials, list of extremist materials, extremist list, Council of Europe website, coe.int, ban, blocking, declared extremist, 2025, Belarusian authorities, censorship, Council of Europe site, website, banned, blocked
    .questions =
        Did Belarus declare the Council of Europe website extremist?
        When was the Council of Europe website added to the list of extremist materials?
        Is coe.int banned in Belarus?
        Did Minsk brand the Council of Europe's site extremist?
        Council of Europe website on the Belarusian extremist list, 2025
        What did the Lukashenka regime do to the Council of Europe's web pages in 2025?
        coe.int extremist materials list
        Who put the Council of Europe website on the list of extremist materials?
        Which Council of Europe resource did the Belarusian authorities put on the extremist list in 2025?
        That 2025 story where Belarus outlawed the internet pages of Europe's human rights body: what happened?
        Onto which official blacklist did the Belarusian authorities put the Council of Europe's online portal in 2025?
        coe site banned in belarus 2025 extremist
        Is the Council of Europe website on Belarus's list of extremist materials?
        coe.int extremist 2025
    .unanswered =
        What penalty do Belarusians face for visiting the Council of Europe website?
        Which court declared the Council of Europe website extremist?
        How did the Council of Europe respond to its website being listed as extremist?
        Are the websites of the UN or the OSCE also on the Belarusian extremist list?
        Why did the Belarusian authorities call the Council of Europe site extremist?
        Is the PACE website also blocked in Belarus?
        Can people in Belarus still open coe.int with a VPN?
        How many items are on the Belarusian list of extremist materials?
        Since what year has Belarus kept a list of extremist materials?

## Conventions

fact-conventions-12 = By the Council of Europe's 2020 count, Belarus had ratified 12 of its conventions and protocols, including the Anti-Doping Convention, the Convention on the Recognition of Higher Education Qualifications and the Convention on Action against Trafficking in Human Beings, and until 2022 took part in four partial agreements (Venice Commission, GRECO, EPAS, European Pharmacopoeia). It later suspended the European Cultural Convention (November 2023) and denounced ETS 173, 174 and 191 (January 2024).
    .title = 12 conventions ratified (as of 2020)
    .keywords = number of conventions, 12 conventions, twelve conventions, ratified treaties, ratifications, treaties and protocols, 2020 count, treaty count, legal ties, party to conventions, number of treaties, twelve, ratified, treaties, count, CoE, international treaties, signed and ratified
    .questions =
        How many treaties and protocols had Belarus ratified by 2020?
        Which treaties has Belarus suspended or denounced since 2020?
        How many Council of Europe treaties is Belarus bound by?
        Number of CoE conventions Minsk has signed up to
        Is it true that Belarus joined a dozen Council of Europe treaties?
        How many Council of Europe agreements was Belarus a party to in 2020, and what has changed since?
        Which three conventions does the Council of Europe name among the 12 ratified by Belarus?
        12 CoE treaties Belarus 2020
        According to whose count had Belarus ratified 12 Council of Europe treaties?
        About a dozen European agreements Belarus had signed up to by 2020: exactly how many was it?
        How many Strasbourg legal instruments, counting protocols, had Minsk made binding on itself by 2020?
        how many coe treaties belarus has
        How many Council of Europe treaties had Belarus ratified according to the 2020 tally?
        Belarus CoE ratifications total
        Has the number of Council of Europe treaties binding Belarus gone down since 2020?
    .unanswered =
        Which was the first Council of Europe convention Belarus ratified?
        Which Belarusian body decides on ratifying Council of Europe conventions?
        Does Belarus plan to ratify any more Council of Europe conventions?
        How many Council of Europe treaties signed by Belarus are still awaiting ratification?
        How many Council of Europe treaties has Russia ratified compared with Belarus?
        Does Belarus actually comply with the 12 Council of Europe treaties it ratified?
        How many partial agreements does the Council of Europe run in total?
        Which Council of Europe treaty has the largest number of parties?
fact-conventions-list = By the Council of Europe's 2020 count, Belarus's 12 treaties included the European Cultural Convention (ETS 18), the Convention on Information on Foreign Law (ETS 62) and its Protocol, the Bern Convention (ETS 104), the Anti-Doping Convention (ETS 135) and its Protocol, the Lisbon Recognition Convention (ETS 165), the anti-trafficking Convention (CETS 197) and ETS 173, 174 and 191 on corruption. Belarus suspended ETS 18 in November 2023 and denounced ETS 173, 174 and 191 in January 2024.
    .title = Which conventions Belarus ratified
    .short = Which conventions Belarus ratified
    .keywords = list of conventions, names of treaties, treaties of Belarus, ratified conventions, treaty list
    .questions =
        Which Council of Europe conventions has Belarus ratified?
        What are the names of the Council of Europe treaties Minsk has joined?
        List of Council of Europe treaties Belarus has joined
        Name the Council of Europe conventions that apply to Belarus
        Does Belarus belong to Council of Europe treaties on culture, wildlife, doping, diplomas and human trafficking?
        Belarus CoE conventions with ETS numbers
        For which of its Council of Europe treaties did Belarus also ratify a protocol?
        Give me the titles of all the Strasbourg treaties Belarus had ratified by 2020, with their numbers
        Which Council of Europe documents on nature, sport and university degrees are on Belarus's record?
        belarus coe treaty names all
        Which Council of Europe treaties, by name and number, did Belarus ratify?
        Which conventions and protocols make up Belarus's Council of Europe treaties?
        List Belarus CoE treaties
    .unanswered =
        Has Belarus ratified the Istanbul Convention on violence against women?
        Has Belarus ratified the Budapest Convention on Cybercrime?
        Has Belarus ratified the European Social Charter?
        Is Belarus a party to the European Convention on Human Rights?
        Has Belarus signed the European Convention for the Prevention of Torture?
        Is Belarus part of the European Convention on Extradition?
        Has Belarus ratified the Framework Convention for the Protection of National Minorities?
        Which African countries are parties to the Bern Convention?
        How many articles does the Lisbon Recognition Convention have?
fact-conv-cultural = The European Cultural Convention (ETS 18) is one of the 12 Council of Europe treaties Belarus had ratified by the Council of Europe's 2020 count. The Committee of Ministers' decision of 17 March 2022 expressly kept Belarus's rights as a party to it, but in November 2023 Belarus suspended the convention.
    .title = European Cultural Convention (ETS 18)
    .keywords = European Cultural Convention, ETS 18, cultural convention, culture, cultural cooperation, party rights, heritage
    .questions =
        Is Belarus a party to the European Cultural Convention?
        What is ETS 18?
        Did the 2022 suspension affect Belarus's rights under the European Cultural Convention?
        Is Minsk bound by the Council of Europe's culture treaty?
        Belarus and the European Cultural Convention: status
        Did the Council of Europe let Belarus stay in the Cultural Convention in 2022?
        Did Belarus ratify the Council of Europe's convention on culture?
        Belarus culture treaty ETS 18
        The Council of Europe's treaty on culture and heritage: was Belarus a party, and what became of it?
        How did Belarus's position in the Strasbourg agreement on cultural ties change between 2022 and 2023?
        belarus cultural convention party or not
        Which Council of Europe culture treaty had Belarus ratified?
        Is the European Cultural Convention one of the 12 treaties Belarus ratified?
        ETS 18 party rights for Belarus
    .unanswered =
        In what year was the European Cultural Convention adopted?
        How many states are parties to the European Cultural Convention?
        Which Belarusian cultural projects were supported under the European Cultural Convention?
        When did the European Cultural Convention (ETS 18) enter into force for Belarus?
        What obligations does the European Cultural Convention impose?
        Which Belarusian ministry handled cultural cooperation under ETS 18?
        Where was the European Cultural Convention, ETS 18, signed?
        How often does the chairmanship of the Committee of Ministers change hands?
        Who was Belarus's minister of culture when the Cultural Convention was ratified?
fact-conv-foreign-law = The European Convention on Information on Foreign Law (ETS 62) and its Additional Protocol are among the 12 Council of Europe treaties and protocols Belarus had ratified by the Council of Europe's 2020 count.
    .title = Convention on Information on Foreign Law (ETS 62)
    .short = Convention on foreign law information
    .keywords = European Convention on Information on Foreign Law, information on foreign law, foreign law, ETS 62, Additional Protocol, legal information, exchange of legal information, judicial cooperation, courts
    .questions =
        Is Belarus a party to the European Convention on Information on Foreign Law?
        What is ETS 62?
        Has Belarus ratified the Additional Protocol to the convention on information on foreign law?
        Does Belarus share information on its laws under a Council of Europe treaty?
        Belarus foreign law information convention ETS 62
        Is Minsk bound by the Council of Europe treaty on exchanging legal information between states?
        ETS 62 Belarus ratified
        Is it true that Belarus ratified both the foreign law information convention and its Additional Protocol?
        Was the convention on information on foreign law among the 12 Council of Europe treaties Belarus had ratified by 2020?
        That treaty under which countries tell each other what their laws say: is Belarus in it?
        Did Minsk sign up, together with the protocol, to the European arrangement for answering questions about other countries' legislation?
        belarus foreign law convention yes or no
        Which Council of Europe treaty on other countries' legislation has Belarus ratified?
        Belarus convention on information about foreign law and its protocol
        Is the treaty on exchanging information on foreign law binding on Belarus?
    .unanswered =
        In what year was the ETS 62 convention adopted?
        How many requests for legal information has Belarus sent under ETS 62?
        Which Belarusian ministry handles requests for information on foreign law?
        How many states are parties to the convention on information on foreign law?
        When did Belarus join the convention on information on foreign law?
        What does the Additional Protocol to ETS 62 add?
        Does Belarus still exchange information on foreign law under ETS 62 after 2022?
        In which city was the convention on information on foreign law signed?
        In which languages can requests under ETS 62 be sent?
fact-conv-bern = The Convention on the Conservation of European Wildlife and Natural Habitats, the Bern Convention (ETS 104), is one of the 12 Council of Europe treaties and protocols Belarus had ratified by the Council of Europe's 2020 count.
    .title = Bern Convention (ETS 104)
    .keywords = Bern Convention, Berne Convention, ETS 104, European wildlife, natural habitats, nature conservation, environment, biodiversity, flora and fauna, wildlife, nature, conservation
    .questions =
        Has Belarus ratified the Bern Convention?
        What is ETS 104?
        Is Belarus a party to the Council of Europe convention on wildlife and natural habitats?
        Is Belarus part of the European treaty on protecting wild animals and plants?
        Belarus Bern Convention on wildlife and habitats
        Does Minsk belong to the Council of Europe's nature conservation convention?
        Bern Convention Belarus ETS 104
        What is the full name of the Bern Convention that Belarus ratified?
        That Council of Europe treaty on protecting animals, plants and their habitats, named after a Swiss city: has Belarus ratified it?
        Is Minsk bound by the European pact on saving wild species and the places where they live?
        belarus bern wildlife treaty ratified
        Is Belarus in the Convention on the Conservation of European Wildlife and Natural Habitats?
        Which Council of Europe nature treaty has Belarus ratified?
        Belarus wildlife habitats convention ETS 104 ratification
    .unanswered =
        In what year was the Bern Convention adopted?
        How many countries are parties to the Bern Convention?
        Has the Bern Convention's Standing Committee examined any complaints about Belarus?
        Which Belarusian nature reserves are covered by the Bern Convention?
        When did the Bern Convention enter into force for Belarus?
        Which Belarusian animal species does the Bern Convention protect?
        Is Belarus still bound by the Bern Convention on wildlife today?
        Where is the secretariat of the Bern Convention?
        How many species are listed in the appendices of the Bern Convention?
fact-conv-anti-doping = Belarus has ratified the Council of Europe Anti-Doping Convention (ETS 135) and its Additional Protocol. The Council of Europe names the Anti-Doping Convention among the 12 conventions Belarus had ratified by its 2020 count.
    .title = Anti-Doping Convention (ETS 135)
    .keywords = Anti-Doping Convention, anti-doping, doping, doping in sport, ETS 135, Additional Protocol, drugs in sport, athletes
    .questions =
        Has Belarus ratified the Anti-Doping Convention?
        What is ETS 135?
        Is Belarus a party to the Additional Protocol to the Anti-Doping Convention?
        Is Belarus bound by the Council of Europe's rules against doping in sport?
        Belarus anti-doping treaty ETS 135 and its protocol
        Has Minsk signed up to the Council of Europe convention against drugs in sport?
        doping Council of Europe Belarus
        Which Council of Europe treaty against doping has Belarus ratified?
        Is the Anti-Doping Convention one of the 12 Council of Europe treaties Belarus ratified?
        The Council of Europe treaty on banned substances in sport: has Belarus ratified it together with its protocol?
        Did Minsk commit to the Strasbourg rules meant to keep athletes off performance-enhancing drugs?
        belarus doping convention ratified or not
        Has Belarus also ratified the Additional Protocol to ETS 135?
        Belarus Anti-Doping Convention ratification
        Does the Council of Europe name the convention against doping among Belarus's treaties in its 2020 count?
    .unanswered =
        In what year was the Anti-Doping Convention adopted?
        How many Belarusian athletes have been caught doping?
        Which Belarusian body enforces the Anti-Doping Convention?
        How many states are parties to the Anti-Doping Convention?
        When did the Anti-Doping Convention become binding on Belarus?
        What does the Additional Protocol to the Anti-Doping Convention add?
        Does the World Anti-Doping Agency work with Belarus under the convention?
        In which city was the Anti-Doping Convention signed?
        Which Council of Europe body monitors how states apply the Anti-Doping Convention?
fact-conv-lisbon = Belarus has ratified the Convention on the Recognition of Qualifications concerning Higher Education in the European Region, the Lisbon Recognition Convention (ETS 165). The Council of Europe names it among the 12 conventions Belarus had ratified by its 2020 count.
    .title = Lisbon Recognition Convention (ETS 165)
    .keywords = Lisbon Recognition Convention, Lisbon Convention, ETS 165, higher education, recognition of qualifications, recognition of diplomas, degrees, universities, students, diplomas, education
    .questions =
        Has Belarus ratified the Lisbon Recognition Convention?
        What is ETS 165?
        Does Belarus recognise European university degrees under a Council of Europe treaty?
        Belarus diploma recognition convention ETS 165
        Is Minsk party to the Lisbon convention on university qualifications?
        Lisbon Recognition Convention Belarus
        What is the full name of the Lisbon Recognition Convention that Belarus ratified?
        Is the Lisbon Recognition Convention among the 12 Council of Europe treaties Belarus ratified?
        That European treaty named after Portugal's capital, about accepting university degrees across countries: is Belarus party to it?
        Is Belarus part of the European system for accepting foreign academic credentials?
        belarus lisbon diploma treaty ratified
        Has Belarus ratified the Convention on the Recognition of Qualifications concerning Higher Education in the European Region?
        Does Belarus take part in the Council of Europe treaty on recognising higher-education qualifications?
        Belarus ETS 165 ratified
    .unanswered =
        In what year was the Lisbon Recognition Convention adopted?
        How many states are parties to the Lisbon Recognition Convention?
        Is Belarus part of the Bologna Process in higher education?
        When did the Lisbon Recognition Convention enter into force for Belarus?
        How can a Belarusian in exile get their diploma recognised in Poland?
        Which Belarusian body handles the recognition of foreign diplomas?
        Which organisation drew up the Lisbon convention on recognising qualifications together with the Council of Europe?
        Which network of national information centres works under the Lisbon Recognition Convention?
        How many foreign diplomas does Belarus recognise each year?
fact-conv-trafficking = The Council of Europe Convention on Action against Trafficking in Human Beings (CETS 197) entered into force for Belarus on 1 March 2014; Belarus was the first non-member state of the Council of Europe to join it. The Council of Europe names it among the 12 conventions Belarus had ratified by its 2020 count.
    .title = Anti-trafficking Convention (CETS 197, 2014)
    .short = Anti-trafficking Convention
    .keywords = trafficking in human beings, human trafficking, anti-trafficking convention, CETS 197, ETS 197, GRETA, first non-member state, 1 March 2014, entry into force, exploitation, anti-trafficking, slavery
    .questions =
        When did the anti-trafficking convention enter into force for Belarus?
        Which was the first non-member state to join the Convention on Action against Trafficking in Human Beings?
        What is CETS 197?
        Has Belarus joined the Council of Europe convention against human trafficking?
        Since when has the Council of Europe treaty on human trafficking applied to Belarus?
        Belarus anti-trafficking convention 2014, first non-member
        Is it true that Belarus was the first country outside the Council of Europe to sign up to its trafficking convention?
        When did Belarus become bound by the Council of Europe convention against the trade in people?
        CETS 197 Belarus 1 March 2014
        How did Belarus stand out among non-member states on the human trafficking convention?
        The Council of Europe treaty that fights the exploitation of people: since what date has it applied to Belarus?
        Which treaty did Belarus sign up to in 2014 ahead of every other country outside the Council of Europe?
        trafficking convention belarus since when
        Which treaty made Belarus the first non-member party, and from when?
        Has the human trafficking convention been in force for Belarus since 1 March 2014?
        First state outside the Council of Europe to join CETS 197
    .unanswered =
        How many victims of human trafficking have been identified in Belarus?
        How many states are parties to the anti-trafficking convention?
        What did GRETA's reports on human trafficking in Belarus conclude?
        Who is the head of GRETA?
        How many people have been convicted of human trafficking in Belarus?
        Which countries outside the Council of Europe followed Belarus's example on the trafficking convention?
        Does Belarus still cooperate with GRETA on human trafficking now that relations are suspended?
        In which city was the anti-trafficking convention opened for signature?
        How many ratifications did the anti-trafficking convention need to enter into force?
fact-conv-corruption-criminal = Belarus was a party to the Criminal Law Convention on Corruption (ETS 173). The Committee of Ministers' decision of 17 March 2022 kept Belarus's GRECO representation where GRECO examines Belarus under it, but by a law of 5 January 2024 Belarus denounced the convention, together with its Additional Protocol (ETS 191) and the Civil Law Convention on Corruption (ETS 174).
    .title = Criminal Law Convention on Corruption (ETS 173)
    .short = Criminal Law Convention on Corruption
    .keywords = Criminal Law Convention on Corruption, ETS 173, corruption, bribery, criminal law, anti-corruption, denounced
    .questions =
        Is Belarus still a party to the Criminal Law Convention on Corruption?
        What is ETS 173?
        When did Belarus denounce the Criminal Law Convention on Corruption?
        What did the 2022 decision keep for Belarus in GRECO under ETS 173?
        Did Belarus pull out of the Council of Europe treaty on criminalising bribery?
        Belarus Criminal Law Convention on Corruption withdrawal 2024
        Is Minsk still bound by the Council of Europe's criminal anti-bribery convention?
        ETS 173 Belarus denunciation
        Which law took Belarus out of the Criminal Law Convention on Corruption?
        Is it true that Belarus dropped the criminal anti-bribery convention even though the 2022 decision had kept its GRECO ties under it?
        The Council of Europe treaty on punishing bribe-taking as a crime: when did Minsk walk away from it?
        Did Belarus scrap its part in the Strasbourg pact on prosecuting graft by a law in early 2024?
        belarus left criminal corruption convention when
        Was Belarus a party to ETS 173?
        Criminal Law Convention on Corruption: is Belarus still in it after January 2024?
        Belarus criminal-law anti-bribery treaty status
        Together with which treaties did Belarus denounce the Criminal Law Convention on Corruption?
    .unanswered =
        What reason did the Belarusian authorities give for denouncing the Criminal Law Convention on Corruption?
        In what year did Belarus ratify the Criminal Law Convention on Corruption?
        When does Belarus's denunciation of ETS 173 take effect?
        How many bribery cases has Belarus prosecuted under ETS 173?
        Which crimes does the Criminal Law Convention on Corruption cover?
        How did the Council of Europe react to Belarus denouncing the Criminal Law Convention on Corruption?
        Did Belarus change its criminal law on bribery after leaving the Criminal Law Convention on Corruption?
        How many countries have joined the Criminal Law Convention on Corruption, ETS 173?
        In which year was the Criminal Law Convention on Corruption opened for signature?
fact-conv-corruption-civil = Belarus was a party to the Civil Law Convention on Corruption (ETS 174). The Committee of Ministers' decision of 17 March 2022 kept Belarus's GRECO representation where GRECO examines Belarus under it. By a law of 5 January 2024 Belarus denounced the convention, together with the Criminal Law Convention on Corruption and its Additional Protocol.
    .title = Civil Law Convention on Corruption (ETS 174)
    .short = Civil Law Convention on Corruption
    .keywords = Civil Law Convention on Corruption, ETS 174, corruption, civil law, compensation for damage, anti-corruption, denounced, GRECO
    .questions =
        Is Belarus a party to the Civil Law Convention on Corruption?
        What is ETS 174?
        When did Belarus denounce the Civil Law Convention on Corruption?
        Did Belarus quit the Council of Europe's civil-law anti-corruption treaty?
        Belarus Civil Law Convention on Corruption withdrawal 2024
        Is Minsk still bound by the Council of Europe's civil convention against corruption?
        ETS 174 Belarus denunciation
        Which law took Belarus out of the Civil Law Convention on Corruption?
        Together with which treaties did Belarus drop the Civil Law Convention on Corruption?
        The Council of Europe treaty that lets people harmed by corruption claim damages: is Belarus a party to it?
        When did Minsk drop out of the Strasbourg agreement on corruption under private law?
        belarus civil corruption treaty quit 2024
        Was Belarus a party to ETS 174?
        Civil Law Convention on Corruption: Belarus status
        Is Belarus still in the Council of Europe treaty on civil liability for corruption after January 2024?
        What did the Committee of Ministers' decision of 17 March 2022 keep for Belarus in GRECO under ETS 174?
    .unanswered =
        What reason did the Belarusian authorities give for denouncing the Civil Law Convention on Corruption?
        When does Belarus's denunciation of ETS 174 take effect?
        Have Belarusian courts ever awarded compensation under the Civil Law Convention on Corruption?
        When did Belarus join the Civil Law Convention on Corruption?
        What rights does the Civil Law Convention on Corruption give victims?
        How did GRECO respond when Belarus quit the Civil Law Convention on Corruption?
        Can Belarus rejoin the Civil Law Convention on Corruption later?
        How many countries have ratified the Civil Law Convention on Corruption?
        In what year was the Civil Law Convention on Corruption adopted?
fact-conv-corruption-protocol = Belarus was a party to the Additional Protocol to the Criminal Law Convention on Corruption (ETS 191). The Committee of Ministers' decision of 17 March 2022 kept Belarus's GRECO representation where GRECO examines Belarus under it, but by a law of 5 January 2024 Belarus denounced the protocol, together with ETS 173 and ETS 174.
    .title = Additional Protocol on corruption (ETS 191)
    .keywords = Additional Protocol to the Criminal Law Convention on Corruption, ETS 191, protocol, corruption, bribery, arbitrators, jurors, denounced, GRECO
    .questions =
        What is ETS 191?
        Did Belarus denounce the Additional Protocol to the Criminal Law Convention on Corruption?
        Together with which treaties did Belarus denounce ETS 191?
        Did Belarus quit the protocol to the Council of Europe's criminal anti-bribery convention?
        Belarus additional anti-corruption protocol withdrawal 2024
        Is Minsk still bound by the extra protocol on corruption, ETS 191?
        ETS 191 Belarus denunciation
        When did Belarus denounce the Additional Protocol on corruption, ETS 191?
        Which Belarusian law ended its participation in ETS 191?
        That add-on to the criminal anti-bribery convention, the one covering arbitrators and jurors: did Belarus abandon it?
        Did Minsk scrap its part in the supplement to the Strasbourg criminal corruption treaty at the start of 2024?
        belarus corruption protocol 191 left or not
        Was Belarus a party to ETS 191?
        Is Belarus still in the Additional Protocol to the Criminal Law Convention on Corruption?
        Protocol to ETS 173: did Belarus leave it in January 2024?
        What did the Committee of Ministers' decision of 17 March 2022 keep for Belarus in GRECO under ETS 191?
    .unanswered =
        What reason did the Belarusian authorities give for denouncing ETS 191?
        How many bribery cases involving arbitrators or jurors has Belarus prosecuted under ETS 191?
        When does Belarus's denunciation of ETS 191 take effect?
        When did Belarus ratify the Additional Protocol on corruption, ETS 191?
        What does ETS 191 add to the Criminal Law Convention on Corruption?
        Who proposed that Belarus leave the Additional Protocol on corruption?
        How many states are parties to the Additional Protocol to the Criminal Law Convention on Corruption?
        Since when has the Additional Protocol on corruption, ETS 191, been open for signature?
        How many countries other than Belarus have withdrawn from ETS 191?
fact-denunciation-2024 = By a law of 5 January 2024 Belarus denounced three Council of Europe anti-corruption treaties: the Criminal Law Convention on Corruption (ETS 173), its Additional Protocol (ETS 191) and the Civil Law Convention on Corruption (ETS 174).
    .title = Corruption conventions denounced (2024)
    .keywords = denunciation, denounced, withdrawal, pulling out, law of 5 January 2024, January 2024, anti-corruption treaties, corruption conventions, withdrew, left, pulled out, three anti-corruption treaties
    .questions =
        Which Council of Europe conventions did Belarus denounce in 2024?
        When did Belarus denounce the anti-corruption conventions?
        What did the Belarusian law of 5 January 2024 do?
        How many Council of Europe treaties did Belarus denounce?
        Which Council of Europe conventions did Belarus withdraw from in 2024?
        Which anti-bribery treaties did Minsk pull out of in January 2024?
        Belarus withdrawal from Council of Europe corruption conventions 2024
        Is it true that Belarus quit three Council of Europe anti-corruption agreements at once?
        Which three Council of Europe treaties did a single Belarusian law drop in 2024?
        5 January 2024 denunciation law
        Did the Belarusian regime break with the Council of Europe's anti-corruption treaties in 2024?
        That law from the very start of 2024 taking Belarus out of several European anti-graft agreements: which ones?
        How many Strasbourg treaties against bribery did Minsk tear up in one go, and on what date?
        belarus quit corruption treaties 2024 which
        What did Belarus's law of January 2024 do to Council of Europe treaties?
        Three anti-corruption treaties dropped by Belarus on 5 January 2024
        Belarus denunciation of the CoE corruption conventions: which ones and when?
    .unanswered =
        What reason did the Belarusian authorities give for denouncing the three anti-corruption treaties?
        Who signed the law of 5 January 2024 on denouncing the conventions?
        When does the denunciation of the three anti-corruption treaties take effect?
        How did the Belarusian parliament vote on the law denouncing the anti-corruption conventions?
        How did GRECO react to the law of 5 January 2024?
        Which ministry drafted the law of 5 January 2024?
        What did Belarusian experts say about the law of 5 January 2024?
        Did Russia also denounce the three anti-corruption treaties?
        What is the official number of the Belarusian law of 5 January 2024?
        Where was the law of 5 January 2024 officially published?
fact-cultural-suspended-2023 = In November 2023 Belarus suspended the European Cultural Convention (ETS 18), the treaty whose party rights the Committee of Ministers had expressly preserved when it suspended relations with Belarus in March 2022.
    .title = European Cultural Convention suspended (2023)
    .short = European Cultural Convention suspended
    .keywords = European Cultural Convention, ETS 18, suspension of the convention, November 2023, 2023, stopped applying, suspended, suspension
    .questions =
        When did Belarus suspend the European Cultural Convention?
        What did Belarus do with the European Cultural Convention in November 2023?
        Which Council of Europe convention did Belarus suspend in 2023?
        When did Minsk stop applying the Council of Europe's culture convention?
        Belarus freezes the European Cultural Convention, November 2023
        Did Belarus put the European Cultural Convention on hold?
        Which Council of Europe treaty did Belarus freeze even though the ministers had spared it in 2022?
        ETS 18 suspension November 2023
        Who suspended the European Cultural Convention for Belarus in 2023, Minsk or Strasbourg?
        The culture treaty Strasbourg had spared for Belarus in 2022: what did Minsk itself do with it in late 2023?
        In autumn 2023 did Belarus stop honouring the European treaty on culture?
        belarus paused culture treaty 2023
        Did Belarus itself suspend ETS 18 in November 2023?
        Belarus suspends the European Cultural Convention
        In which month of 2023 did Minsk stop applying the cultural treaty it had been allowed to keep?
    .unanswered =
        What reason did the Belarusian authorities give for suspending the European Cultural Convention?
        How did the Council of Europe react when Belarus suspended the European Cultural Convention?
        Who signed Belarus's decision to suspend the European Cultural Convention?
        For how long has Belarus suspended the European Cultural Convention?
        On what exact day in November 2023 did Belarus suspend the Cultural Convention?
        What does suspending the Cultural Convention mean for Belarusian museums and students?
        Did Russia suspend the European Cultural Convention too?
        Was the European Cultural Convention suspended in Belarus by a law or by a decree?
        Which Council of Europe body did Belarus notify when it suspended the Cultural Convention?
fact-treaty-series = ETS and CETS numbers identify Council of Europe treaties: the Council of Europe Treaty Series (CETS), formerly the European Treaty Series (ETS), groups together all the conventions concluded within the organisation since 1949. The European Cultural Convention, for example, is ETS 18 and the anti-trafficking Convention is CETS 197.
    .title = ETS and CETS: Council of Europe treaty numbers
    .short = Council of Europe treaty numbers
    .keywords = ETS, CETS, European Treaty Series, Council of Europe Treaty Series, treaty number, ETS number, treaty series, abbreviation, numbering of treaties, 1949
    .questions =
        What does ETS stand for?
        What does CETS mean?
        What do treaty numbers such as ETS 18 or CETS 197 mean?
        How are Council of Europe treaties numbered?
        What is the meaning of ETS in a convention name?
        What is the European Treaty Series?
        Council of Europe treaty numbering explained
        Why do Council of Europe conventions have numbers like ETS 104?
        ETS CETS difference
        Since what year have Council of Europe conventions been collected in one treaty series?
        What are those letters and numbers after Council of Europe convention names, like 197 or 18?
        Which collection brings together every agreement made within the Strasbourg organisation since 1949, and what was it called before?
        ets cets what is it
        What is the full name behind the abbreviation CETS?
        What was the Council of Europe Treaty Series called before?
        What does the Council of Europe Treaty Series bring together?
    .unanswered =
        How many treaties are there in the Council of Europe Treaty Series?
        In what year was the European Treaty Series renamed the Council of Europe Treaty Series?
        Which is the most recent treaty in the Council of Europe Treaty Series?
        Who assigns the numbers to Council of Europe treaties?
        What was the first treaty in the European Treaty Series?
        Where can I read the full text of a Council of Europe treaty?
        Are EU treaties also numbered in the European Treaty Series?
        Which treaty has the number ETS 5?
        How many conventions were concluded within the Council of Europe in its first decade?
fact-non-member-accession = According to the Council of Europe Treaty Office, most Council of Europe conventions allow states that are not members of the organisation to become parties by accession, on the invitation of the Committee of Ministers. Belarus, never a member, had ratified 12 Council of Europe treaties and protocols by the Council of Europe's 2020 count.
    .title = Conventions open to non-member states
    .short = Conventions open to non-member states
    .keywords = non-member states, accession, invitation to accede, treaties open to non-members, party without membership, Treaty Office, invitation by the Committee of Ministers
    .questions =
        Can a state that is not a member of the Council of Europe join its conventions?
        How can Belarus be a party to Council of Europe conventions without being a member?
        Who invites non-member states to accede to Council of Europe conventions?
        Do you have to be a Council of Europe member to sign up to its treaties?
        How did Belarus join Council of Europe conventions while staying outside the organisation?
        Council of Europe treaties open to non-member countries
        Who has to invite an outside country before it can join a Council of Europe treaty?
        non-member accession to CoE treaties
        Is it true that most Council of Europe conventions are open to countries outside the organisation?
        If a country is not in the Strasbourg organisation, can it still sign up to its agreements, and how?
        Is being outside the organisation an obstacle to joining most Council of Europe treaties?
        can non members join coe conventions
        Is an invitation from the Committee of Ministers needed to accede to a Council of Europe convention?
        What does the Treaty Office say about non-member states joining conventions?
        Accession by invitation to CoE conventions
    .unanswered =
        Which Council of Europe conventions are closed to non-member states?
        How long does it take a non-member state to accede to a Council of Europe convention?
        When did the Committee of Ministers first invite Belarus to accede to a convention?
        Which other non-member states have been invited to accede to Council of Europe conventions?
        Does a non-member state pay anything to accede to a Council of Europe convention?
        Can the Committee of Ministers refuse to invite a non-member state to accede?
        Can the democratic forces in exile sign Council of Europe treaties on behalf of Belarus?
        Where is the Council of Europe Treaty Office based?
        Who heads the Council of Europe Treaty Office?
