# coe-work: what the Council of Europe's bodies have done about Belarus since 2022 (Contact Group, Committee of Ministers, PACE, Congress, Commissioner, activities)

## Dialogue with the democratic forces and the Contact Group

fact-tsikhanouskaya-cm-2022 = On 6 July 2022 the Committee of Ministers held an exchange of views with Sviatlana Tsikhanouskaya, leader of Belarus's democratic forces; it was her first address to the Committee, at the invitation of its Irish Presidency. The Committee then agreed to hold regular exchanges with her and other representatives of the Belarusian democratic forces in exile, and in September 2022 it invited the Secretary General to set up a contact group.
    .title = Committee of Ministers meets Tsikhanouskaya (July 2022)
    .short = CoE ministers meet Tsikhanouskaya
    .keywords = Tsikhanouskaya, Tikhanovskaya, Tsikhanovskaya, Committee of Ministers, exchange of views, first address to the Committee of Ministers, 6 July 2022, July 2022, Irish Presidency, regular exchanges, regular dialogue, democratic forces, opposition leader, Ireland, invitation
    .questions =
        When did Sviatlana Tsikhanouskaya first address the Committee of Ministers?
        What happened at the Committee of Ministers on 6 July 2022?
        At whose invitation did Tsikhanouskaya speak to the Committee of Ministers?
        What did the Committee of Ministers agree after its exchange of views with Tsikhanouskaya?
        When did Tsikhanouskaya first speak before the Council of Europe's ministers?
        Tsikhanouskaya at the Committee of Ministers, July 2022
        Is it true that Ireland, chairing the Committee of Ministers, invited Tsikhanouskaya in 2022?
        Did the CoE ministers promise regular talks with the Belarusian opposition leader after she spoke to them in July 2022?
        Tsikhanouskaya first address ministers
        Which country chaired the Committee of Ministers when Tsikhanouskaya first spoke there?
        Who besides Tsikhanouskaya did the ministers agree to meet regularly after July 2022?
        When did the Belarusian opposition leader first speak to the Council of Europe's foreign ministers, and who had invited her?
        After hearing from the exiled Belarusian leader in summer 2022, what did the ministers promise to keep doing?
        tsikhanouskaya ministers july 2022 irish invite
        Was Tsikhanouskaya's July 2022 appearance before the Committee of Ministers her first one?
        What kind of meeting did the ministers hold with Tsikhanouskaya on 6 July 2022?
        Irish chairmanship invitation to Tsikhanouskaya, 2022
    .unanswered =
        What did Tsikhanouskaya say to the ministers in her speech of July 2022?
        How long did Tsikhanouskaya's exchange of views with the Committee of Ministers last?
        Which country chairs the Committee of Ministers now?
        How many ministers took part in the exchange of views with Tsikhanouskaya?
        When did Tsikhanouskaya first address PACE?
        Who was Ireland's foreign minister when Tsikhanouskaya spoke to the Committee of Ministers?
        On what date did the ministers and Tsikhanouskaya hold their next exchange of views?
        How did the Belarusian authorities react to Tsikhanouskaya's first address to the Committee of Ministers?
        Who accompanied Tsikhanouskaya at the Committee of Ministers in July 2022?
        When did Ireland's presidency of the Committee of Ministers end?
        Which country took over the chairmanship of the Committee of Ministers from Ireland?
        Who was the Council of Europe's Secretary General before Marija Pejčinović Burić?
fact-contact-group = On 7 September 2022 (decision CM/Del/Dec(2022)1441/2.5), after suspending all cooperation with the Belarusian authorities in March 2022, the Committee of Ministers decided to launch the Council of Europe Contact Group on Cooperation with Belarusian Democratic Forces and Civil Society. It invited Secretary General Marija Pejčinović Burić to set up the group to work with representatives of the Belarusian democratic opposition and to report back to the Committee twice a year.
    .title = Contact Group on Belarus created (2022)
    .keywords = Contact Group, Contact Group on Belarus, Contact Group on Cooperation with Belarusian Democratic Forces and Civil Society, creation, establishment, September 2022, Committee of Ministers decision, Secretary General, Pejčinović Burić, Pejcinovic Buric, democratic opposition, civil society, twice-yearly reports, created, set up, established, founded, 1441, CM/Del/Dec(2022)1441/2.5, democratic forces, cooperation with the opposition, reports twice a year, launched, report back
    .questions =
        When was the Council of Europe Contact Group on Belarus created?
        What is the full name of the Contact Group on Belarus?
        Who decided to set up the Contact Group?
        Whom did the Committee of Ministers ask to set up the Contact Group?
        Which year did the Council of Europe launch its group for working with the Belarusian opposition?
        Who was tasked in September 2022 with forming the Contact Group?
        How many times a year must the Contact Group brief the ministers?
        Contact Group on Belarus founding decision, September 2022
        Pejčinović Burić Belarus Contact Group
        Is it true that Strasbourg set up a separate group for the Belarusian opposition and civil society in autumn 2022?
        What is the Strasbourg body set up in autumn 2022 to cooperate with Belarusian democrats and civil society called?
        Which Secretary General was asked to form the Belarus group in 2022, and how often must it update the ministers?
        In which month of 2022 was the Contact Group launched?
        Contact Group on Cooperation with Belarusian Democratic Forces and Civil Society: when and by whom?
        Was the Contact Group created after the suspension of cooperation with the Belarusian authorities?
    .unanswered =
        Who chairs the Contact Group on Belarus?
        How many members does the Contact Group on Belarus have?
        What is the Contact Group's annual budget?
        In which city does the Contact Group have its office?
        How did the Belarusian authorities respond to the creation of the Contact Group?
        How many people work in the Contact Group's secretariat?
        Which member state first suggested setting up the Contact Group on Belarus?
        Was the September 2022 decision on the Contact Group adopted unanimously?
        Which country does Marija Pejčinović Burić come from?
        In what year was Marija Pejčinović Burić elected Secretary General?
        What post did Marija Pejčinović Burić hold before she became Secretary General?
fact-contact-group-first-meeting = The Contact Group first met on 7 November 2022 in Strasbourg, two months after the decision to create it; Secretary General Marija Pejčinović Burić and Sviatlana Tsikhanouskaya opened the meeting together. Since then the group has met several times a year.
    .title = First meeting of the Contact Group (2022)
    .keywords = first meeting, inaugural meeting, opening, 7 November 2022, November 2022, Strasbourg, Pejčinović Burić, Pejcinovic Buric, Secretary General, Tsikhanouskaya, Tikhanovskaya, Contact Group meetings, several times a year, frequency of meetings, opened, first session, two months after the decision
    .questions =
        When did the Contact Group on Belarus first meet?
        Where was the first meeting of the Contact Group held?
        How often does the Contact Group meet?
        How long after its creation did the Contact Group first meet?
        When did the Contact Group hold its inaugural session?
        Did Tsikhanouskaya and the Secretary General jointly kick off the Contact Group's work in November 2022?
        Contact Group first session, Strasbourg, November 2022
        Contact Group 7 November 2022
        Which Council of Europe leader opened the Contact Group's first meeting together with Tsikhanouskaya?
        Did the Contact Group keep meeting after its first session in November 2022, and how regularly?
        The group for Belarusian democrats first gathered in November 2022: who kicked off that meeting?
        How many months passed between the decision on the Belarus group and its first gathering in Strasbourg?
        contact group first met when and where
        Which city hosted the Contact Group's opening meeting in November 2022?
        On what date did the Contact Group hold its first session?
    .unanswered =
        How many people took part in the first meeting of the Contact Group?
        What did the Contact Group decide at its first meeting?
        What did Tsikhanouskaya say when she opened the Contact Group's first meeting?
        When is the Contact Group's next meeting planned?
        How many sessions has the Contact Group held so far?
        Which other Belarusian opposition figures attended the Contact Group's first meeting?
        Was the Contact Group's inaugural session open to the press?
        Where did the Contact Group's most recent meeting take place?
        In which country was Tsikhanouskaya living in exile in November 2022?
        How many times had Pejčinović Burić met Tsikhanouskaya before November 2022?
fact-contact-group-work = According to Wikipedia, the Contact Group was designed to continue engagement with Belarusian opposition groups, independent media, human rights defenders and exiled political activists. It supports training of Belarusian lawyers and human rights defenders on European legal standards, awareness campaigns against the death penalty in Belarus, the democratic forces' participation in PACE sessions and the Congress, and support for journalists and civil society organisations in exile.
    .title = What the Contact Group does (according to Wikipedia)
    .keywords = Contact Group, purpose, aim, tasks, mandate, engagement, opposition groups, independent media, human rights defenders, exiled political activists, training of lawyers, European legal standards, death penalty campaigns, civil society organisations, activities, support, opposition, exiles, NGOs in exile, scope of work, Wikipedia
    .questions =
        What does the Contact Group on Belarus do?
        What is the purpose of the Council of Europe Contact Group on Belarus?
        Whom does the Contact Group work with?
        Which activities does the Contact Group support?
        What is the Contact Group's mandate, according to Wikipedia?
        Which Belarusians in exile is the Contact Group meant to engage with?
        Does the Contact Group back campaigns against capital punishment?
        What kind of work does the Council of Europe's Belarus Contact Group carry out?
        Belarus Contact Group tasks
        In what way does the Contact Group back independent media and rights defenders in exile?
        What does the Council of Europe group for Belarusian democrats and civil society actually do, according to Wikipedia?
        Does the Belarus group help lawyers learn European legal standards and support exiled NGOs and reporters?
        what does the belarus contact group do lawyers death penalty exiles
        Overall, what kinds of activity does the Contact Group support, according to Wikipedia?
        Does the Contact Group keep working with exiled political activists and human rights defenders?
        Contact Group scope: opposition groups, independent media, rights defenders
    .unanswered =
        How much money does the Contact Group spend on its activities?
        How many Belarusian lawyers and human rights defenders has the Contact Group trained so far?
        Has the Contact Group's work changed anything inside Belarus?
        Does the Contact Group give grants to exiled Belarusian NGOs?
        How can an exiled Belarusian civil society organisation apply to the Contact Group?
        Has anyone evaluated what the Contact Group's activities have achieved?
        Which countries pay for the Contact Group's activities?
        How many independent Belarusian media outlets work in exile?
        How many Belarusian civil society organisations are registered abroad?
        How many Belarusian political activists have left the country since 2020?
fact-contact-group-priorities = Among the Contact Group's priorities are the rule of law in Belarus (study visits for Belarusian lawyers, one-day seminars on the European Convention on Human Rights and the Strasbourg Court's case-law) and work with international journalists' organisations and European governments so that journalists in exile can counter the authorities' disinformation and propaganda and work: easing visa restrictions, political or financial support, algorithms telling propaganda from real journalism.
    .title = Priorities of the Contact Group
    .keywords = priorities, focus, goals, main directions, two priorities, priority areas, main lines of work
    .questions =
        What are the Contact Group's main goals?
        Which two areas does the Contact Group focus on?
        What two things does the Contact Group prioritise?
        Is the Contact Group focused on lawyers and exiled journalists?
        Main lines of the Council of Europe Contact Group's work on Belarus
        Contact Group two priorities
        What two things does the Strasbourg group for Belarusian democrats concentrate on?
        contact group main focus lawyers and exiled media
        What does the Contact Group put first in its work on Belarus?
        What are the Contact Group's priority areas?
        Are both the rule of law and exiled journalists among the Contact Group's priorities?
        Do the Contact Group's priorities include easing visa restrictions and algorithms telling propaganda from real journalism?
    .unanswered =
        Who decided the Contact Group's priorities?
        Have the Contact Group's priorities changed since it was set up?
        How is the Contact Group's funding split between its priorities?
        When were the Contact Group's two priorities set?
        Why are political prisoners not among the Contact Group's priorities?
        In which of its priorities has the Contact Group been more successful?
        Is the Contact Group planning to add a third priority?
        How many Belarusian journalists have left the country since 2020?
        How many Belarusian lawyers have been imprisoned since 2020?
        Which Belarusian state media spread the authorities' propaganda?
fact-contact-group-rule-of-law = One of the Contact Group's priorities is to support the development of the rule of law in Belarus: it organises study visits for Belarusian lawyers and one-day training seminars on the European Convention on Human Rights (ECHR) and the case-law of the European Court of Human Rights.
    .title = Contact Group priority: the rule of law
    .short = Contact Group: rule of law
    .keywords = rule of law, study visits, study trips, one-day seminars, training seminars, lawyers, advocates, ECHR, European Convention on Human Rights, European Court of Human Rights, ECtHR, case-law, Strasbourg court, ECtHR case-law
    .questions =
        How does the Contact Group support the rule of law in Belarus?
        What training does the Contact Group offer Belarusian lawyers?
        What are the one-day seminars for Belarusian lawyers about?
        What does ECHR stand for?
        Does the Contact Group send Belarusian lawyers on study trips?
        Seminars on Strasbourg court case-law for Belarusian advocates
        How does the Council of Europe teach Belarusian attorneys about the European Convention on Human Rights?
        study visits Belarusian lawyers
        How long are the Contact Group's seminars on the European Convention on Human Rights?
        Which court's case-law do Belarusian lawyers study at the Contact Group's seminars?
        What study trips and one-day courses does the Council of Europe's Belarus group arrange for lawyers?
        Do Belarusian legal professionals get taught the Strasbourg court's judgments through the Contact Group?
        rule of law belarus lawyers study visits
        Are study visits for Belarusian lawyers part of the Contact Group's rule-of-law priority?
        What does the Contact Group teach Belarusian lawyers about the European Court of Human Rights?
        Contact Group rule of law priority: study visits and one-day ECHR seminars
    .unanswered =
        How many Belarusian lawyers have gone on the Contact Group's study visits?
        Which European countries hosted Belarusian lawyers on the Contact Group's study visits?
        Who teaches at the Contact Group's seminars on the European Convention on Human Rights?
        How can a Belarusian lawyer apply for a Contact Group study visit?
        When did the first study visit for Belarusian lawyers take place?
        How many one-day seminars on Strasbourg case-law have been held so far?
        In what language are the Contact Group's one-day ECHR seminars held?
        Is it safe for lawyers who stayed in Belarus to join the Contact Group's one-day ECHR seminars?
        In what year was the European Convention on Human Rights signed?
        Who is the President of the European Court of Human Rights?
fact-contact-group-journalists = Another priority of the Contact Group is to work with international journalists' organisations and European governments to help Belarusian journalists in exile counter disinformation and propaganda coming from the Belarusian authorities and to enable them to work, for example by facilitating the easing of visa restrictions, providing political or financial support and developing algorithms that can distinguish propaganda from real journalism.
    .title = Contact Group priority: journalists in exile
    .short = Contact Group: journalists in exile
    .keywords = journalists in exile, exiled journalists, independent media, disinformation, propaganda, visa restrictions, visas, financial support, political support, algorithms, international journalists' organisations, European governments, media support, easing visa restrictions
    .questions =
        How does the Contact Group help Belarusian journalists in exile?
        What support does the Council of Europe seek for exiled Belarusian journalists?
        With whom does the Contact Group work to support journalists?
        What are the algorithms against propaganda for?
        How does the Contact Group counter propaganda by the Belarusian authorities?
        Does the Council of Europe push for easier visas for exiled Belarusian reporters?
        What does the Contact Group seek for Belarusian media workers abroad: visas, money, political backing?
        Algorithms to spot propaganda in the media
        How does the Contact Group help émigré journalists fight the regime's fake news?
        visas for exiled Belarusian journalists
        What for does the Contact Group seek financial support for Belarusian journalists in exile?
        Does the Contact Group team up with international press organisations to help Belarusian reporters abroad?
        How does the Council of Europe's Belarus group try to keep émigré reporters working against the regime's lies?
        Does the Contact Group want software that can separate propaganda from genuine reporting?
        contact group help exiled belarusian journalists visas money
        Why does the Contact Group work with European governments on behalf of Belarusian journalists?
        What technology does the Contact Group want developed against propaganda?
        contact group priority journalists disinformation
    .unanswered =
        How many Belarusian journalists in exile has the Contact Group helped?
        Which European governments have eased visa rules for Belarusian journalists?
        How much financial support have exiled Belarusian journalists received through the Contact Group?
        Who is developing the algorithms that tell propaganda from real journalism?
        In which countries do most exiled Belarusian journalists work now?
        Have the algorithms against propaganda been launched yet?
        Does the Contact Group pay salaries to exiled Belarusian journalists?
        Does the Contact Group train exiled journalists to debunk fake news themselves?
        Which international journalists' organisations does the Contact Group work with?
        How many exiled Belarusian journalists have been refused a visa?
        Which European governments have given money to exiled Belarusian media?
fact-reykjavik-summit-2023 = The Reykjavík Summit Declaration, adopted at the Council of Europe Summit in Reykjavík in 2023, underlined the need for cooperation and the commitment to pursue the work of the Contact Group on Belarus. The Council of Europe presents it as continuing the momentum that followed the group's first meeting.
    .title = Reykjavík Summit declaration (2023)
    .keywords = Reykjavik, Reykjavík, Reykjavik Summit, Summit Declaration, Council of Europe Summit, Fourth Summit, Iceland, 2023, momentum, commitment, continuing the Contact Group, cooperation, summit, heads of state, declaration, continue the Contact Group
    .questions =
        Where was the Council of Europe Summit held in 2023?
        Did the Reykjavík Summit support the Contact Group on Belarus?
        Which summit declaration mentions the Contact Group?
        Did Council of Europe leaders in Iceland back continuing the Belarus Contact Group?
        Reykjavík declaration 2023 and Belarus
        Which 2023 summit pledged to keep the Contact Group on Belarus going?
        Reykjavík Summit Contact Group
        How does the Council of Europe link the Reykjavík Declaration to the Contact Group's first meeting?
        Is it true that the 2023 summit in Reykjavík underlined the need for cooperation on Belarus?
        What did the 2023 declaration of the Council of Europe leaders' summit in Iceland say about the Belarus group?
        Did the heads of state meeting in Iceland in 2023 commit to carrying on the Contact Group's work?
        reykjavik 2023 belarus contact group
        What does the 2023 Reykjavík Declaration promise about the Contact Group?
        Which Council of Europe summit declaration carried on the momentum of the Contact Group's first meeting?
        Iceland summit 2023 commitment to the Belarus group
    .unanswered =
        Which heads of state and government attended the Reykjavík Summit?
        Who chaired the 2023 Council of Europe Summit in Reykjavík?
        Was Tsikhanouskaya invited to the Reykjavík Summit?
        What did the Reykjavík Summit agree on compensation for Ukraine?
        On what dates did the Reykjavík Summit take place?
        Did the Reykjavík Declaration condemn the Lukashenka regime?
        Where can I read the full text of the Reykjavík Declaration?
        How did official Minsk comment on the Reykjavík Summit?
        How many countries signed the Reykjavík Declaration?
        Who was Iceland's prime minister at the time of the Reykjavík Summit?
        When will the next Council of Europe Summit be held?
fact-action-plan-15 = An action plan of 15 activities for Belarus began in February 2023. It foresaw projects promoting human rights and the rule of law, changing attitudes to the death penalty, supporting journalists in exile, political prisoners, women and minorities facing discrimination, and strengthening pluralist democracy at national and local level, with a special focus on involving civil society and youth. Wikipedia calls it a 15-point plan promoting human rights, independent media and democracy.
    .title = Action plan of 15 activities (2023)
    .keywords = action plan, 15 activities, 15-point plan, fifteen activities, February 2023, human rights, rule of law, attitudes to the death penalty, journalists in exile, political prisoners, women, minorities, discrimination, pluralist democracy, local level, civil society, youth, fifteen measures, plan for Belarus, 15 projects
    .questions =
        What was the action plan of 15 activities for Belarus?
        When did the 15-point plan for Belarus start?
        What did the 2023 action plan for Belarus cover?
        Did the 15-activity plan include support for political prisoners?
        Whose involvement did the 2023 action plan focus on?
        What was in the Council of Europe's fifteen-point programme for Belarus launched in 2023?
        Did the 2023 plan for Belarus deal with women and minorities?
        When did the Council of Europe roll out its 15 measures for Belarus?
        Council of Europe plan for Belarus, February 2023
        How many points did the Council of Europe's 2023 plan for Belarus have?
        Did the 15-activity plan of 2023 deal with local democracy in Belarus?
        Did the Council's 2023 plan for Belarus try to change attitudes to executions?
        What did the Council of Europe's first programme of fifteen projects for Belarus, started in early 2023, include?
        Did the February 2023 plan for Belarus have projects on political prisoners and discrimination against women and minorities?
        15 activities plan belarus 2023
        Which groups facing discrimination did the 15-activity plan want to support?
        At what levels did the 2023 action plan aim to strengthen pluralist democracy?
        action plan February 2023 fifteen projects Belarus
    .unanswered =
        How much money was spent on the action plan of 15 activities?
        Who gave financial support to the 15-point plan for Belarus?
        How many of the 15 activities were actually carried out?
        Who prepared the 2023 action plan for Belarus?
        When did the 15-activity action plan end?
        Was the 15-point plan for Belarus a success?
        Was Tsikhanouskaya's team consulted when the 15-point plan was drawn up?
        Which political prisoners did the 2023 action plan actually help?
        Which Belarusian organisations defend women's rights?
        Which national minorities live in Belarus?
        Which minorities face discrimination in Belarus?
fact-activities-2024-2025 = In January 2024 the Committee of Ministers supported the list of activities for 2024–2025 agreed by the Contact Group, a continuation of the earlier action plan of 15 activities. It covers training for Belarusian lawyers and human rights defenders, awareness-raising initiatives on abolishing the death penalty, the democratic forces' participation in PACE part-sessions and Congress activities, and a number of events for Belarusian journalists, civil society and youth organisations in exile.
    .title = List of activities for 2024–2025
    .short = List of activities for 2024–2025
    .keywords = activities 2024-2025, list of activities, work plan, January 2024, support of the Committee of Ministers, continuation, journalists, civil society, youth organisations, events in exile, programme, endorsed, approved, two-year programme
    .questions =
        What activities were planned for Belarus in 2024–2025?
        When was the list of activities for 2024–2025 supported?
        Who agreed and who supported the 2024–2025 activities?
        What events are planned for Belarusians in exile in 2024–2025?
        How do the 2024–2025 activities relate to the 15-activity plan?
        What is in the Council of Europe's work plan on Belarus for 2024 and 2025?
        Did the Committee of Ministers endorse a new Belarus programme in January 2024?
        Successor to the 15-activity plan for Belarus
        What does the 2024–2025 programme offer Belarusian youth organisations in exile?
        Does the 2024–2025 list include anything for Belarusian journalists in exile?
        What to-do list on Belarus did the Council's ministers back in January 2024?
        What did the follow-up to the 15-point plan, endorsed by the ministers in January 2024, include?
        Which programme of events for Belarusians in exile did the Contact Group agree for 2024 and 2025?
        belarus activities list 2024 2025
        What does the 2024–2025 list foresee for Belarusian civil society in exile?
        Is the 2024–2025 list of activities a continuation of the earlier action plan?
        two-year Belarus programme endorsed in January 2024: overview
    .unanswered =
        What is the budget for the 2024–2025 activities for Belarus?
        Which member states give money for the 2024–2025 activities for Belarus?
        How many events are on the 2024–2025 list of activities?
        What will follow the 2024–2025 list of activities?
        Which exiled youth organisations take part in the 2024–2025 activities?
        Who at the Council of Europe coordinates the 2024–2025 list of activities?
        Has the 2024–2025 programme been fully carried out?
        On which day in January 2024 did the ministers back the list of activities?
        How many Belarusian youth organisations are active in exile?
        Who chaired the Contact Group when it agreed the 2024–2025 list of activities?
fact-activities-2024-training = The list of activities for 2024–2025, agreed by the Contact Group and supported by the Committee of Ministers in January 2024, foresees online and offline training for Belarusian lawyers and human rights defenders on European human rights standards and principles, such as equality and non-discrimination.
    .title = Training for lawyers and defenders (2024–2025)
    .keywords = training, online training, offline training, courses, lawyers, human rights defenders, European human rights standards, principles, equality, non-discrimination, 2024-2025, equal treatment, in-person training
    .questions =
        What will the training for Belarusian lawyers in 2024–2025 focus on?
        Will the Council of Europe train Belarusian human rights defenders?
        Is the 2024–2025 training online or offline?
        Which human rights principles does the training cover?
        Courses on equality and non-discrimination for Belarusian lawyers
        Will Belarusian attorneys and rights activists get courses on European human rights standards in 2024–2025?
        Are the 2024–2025 courses for Belarusian lawyers remote or in person?
        training Belarusian human rights defenders 2024–2025
        For whom is the 2024–2025 training on European human rights standards intended?
        Who backed the training of Belarusian lawyers for 2024–2025, and when?
        Will Belarusian attorneys and rights activists learn about equal treatment and anti-discrimination rules both on the internet and face to face in 2024–2025?
        What sort of teaching on European rights norms does the Council of Europe's two-year Belarus programme promise legal professionals?
        2024 2025 training lawyers rights defenders online and in person
        Does the 2024–2025 plan include courses on non-discrimination for Belarusian human rights defenders?
        Which two principles are given as examples for the 2024–2025 training of lawyers?
        training on equality and non-discrimination 2024–2025
    .unanswered =
        How many lawyers and human rights defenders will be trained in 2024–2025?
        How can a Belarusian human rights defender sign up for the 2024–2025 courses?
        Will participants in the 2024–2025 training get a certificate?
        Is the 2024–2025 training free for Belarusian lawyers?
        Which organisations will run the 2024–2025 courses for Belarusian lawyers?
        How long does each 2024–2025 course for human rights defenders last?
        Are the 2024–2025 courses taught in Belarusian or in Russian?
        Does Belarus have an anti-discrimination law?
        Who heads the Belarusian Republican Bar Association?
fact-activities-2024-death-penalty = The list of activities for 2024–2025, agreed by the Contact Group and supported by the Committee of Ministers in January 2024, foresees preparing awareness-raising initiatives on the abolition of the death penalty.
    .title = Death-penalty awareness initiatives (2024–2025)
    .short = Death-penalty awareness initiatives
    .keywords = death penalty, capital punishment, abolition, awareness-raising, awareness campaign, initiatives, 2024-2025, preparing initiatives
    .questions =
        What is planned on the death penalty in Belarus for 2024–2025?
        Are there awareness-raising initiatives on abolishing the death penalty?
        What does the 2024–2025 list of activities say about the death penalty?
        Will the Council of Europe campaign against capital punishment in Belarus in 2024–2025?
        2024–2025 initiatives to inform Belarusians about ending executions
        Does the 2024–2025 Belarus plan include raising awareness about scrapping the death penalty?
        death penalty awareness 2024–2025
        Who backed the 2024–2025 plans to raise awareness about abolishing the death penalty?
        What kind of initiatives on capital punishment does the 2024–2025 list of activities foresee?
        What does the Council of Europe's two-year Belarus programme backed in January 2024 plan for informing people about ending capital punishment?
        Will there be campaigns in 2024–2025 to spread the word about scrapping executions in Belarus?
        death penalty awareness 2024 2025
        What does the 2024–2025 list foresee preparing on the abolition of the death penalty?
        Is raising public awareness of abolishing capital punishment part of the Contact Group's 2024–2025 list?
        2024–2025 plan capital punishment awareness initiatives
    .unanswered =
        Which NGOs will run the 2024–2025 awareness initiatives on the death penalty?
        How much money is set aside for the death-penalty awareness initiatives?
        How many people will the 2024–2025 death-penalty awareness initiatives reach?
        Have the 2024–2025 awareness initiatives changed Belarusians' views on the death penalty?
        When was the last execution carried out in Belarus?
        What form will the death-penalty awareness initiatives take: videos, exhibitions, street campaigns?
        Is the campaign “Human Rights Defenders against the Death Penalty” involved in the 2024–2025 initiatives?
        Which social networks will carry the 2024–2025 awareness campaign on abolishing the death penalty?
        Which European countries were the last to abolish the death penalty?
        How many people are on death row in Belarus now?
fact-activities-2024-pace-congress = The list of activities for 2024–2025, agreed by the Contact Group and supported by the Committee of Ministers in January 2024, foresees the participation of representatives of the Belarusian democratic forces in part-sessions of the annual plenary session of the Parliamentary Assembly and their involvement in the activities of the Congress of Local and Regional Authorities.
    .title = Democratic forces in PACE and the Congress (2024–2025)
    .short = Democratic forces in PACE and Congress
    .keywords = democratic forces, representatives, part-sessions, PACE sessions, plenary session, annual session, annual plenary session, Parliamentary Assembly, Congress of Local and Regional Authorities, involvement, participation, 2024-2025, Congress activities
    .questions =
        Will Belarusian democratic forces take part in PACE sessions in 2024–2025?
        What does the 2024–2025 list of activities say about PACE part-sessions?
        Does the 2024–2025 list of activities give the Belarusian opposition a place at Assembly sessions?
        Belarusian opposition at PACE plenary sittings and in the local authorities Congress: the 2024–2025 plan
        Under the 2024–2025 activities, will representatives of Belarus's democratic forces join the work of the Congress of Local and Regional Authorities?
        In parts of which annual session of PACE will the Belarusian democratic forces take part under the 2024–2025 list?
        democratic forces PACE part-sessions
        Who backed the 2024–2025 plan to involve the Belarusian democratic forces in PACE and the Congress?
        Will Belarusian opposition representatives sit in on Strasbourg parliamentarians' sittings and join the local authorities' body under the 2024–2025 programme?
        What part in the Assembly's yearly session and in the Congress's work does the two-year Belarus programme give the democrats?
        opposition in pace and congress 2024 2025 plan
        Does the 2024–2025 list of activities involve the Belarusian democratic forces in the Congress's activities?
        Does the Contact Group's 2024–2025 plan give Belarusian democrats a role in both PACE and the Congress?
        2024–2025 list democratic forces part-sessions Congress activities
    .unanswered =
        Who represents the Belarusian democratic forces at PACE part-sessions?
        Who pays for the democratic forces' travel to PACE sessions?
        How many PACE part-sessions have the Belarusian democratic forces attended so far?
        Can the Belarusian democratic forces speak in Congress debates?
        Who represents the Belarusian democratic forces at the Congress?
        Do the democratic forces' representatives get voting rights at PACE under the 2024–2025 plan?
        How did the Lukashenka authorities react to the opposition taking part in PACE sessions?
        Do the Belarusian democratic forces have observer status in the Congress chambers?
        Where does PACE hold its part-sessions?
        In which months does PACE hold its part-sessions?
        Into how many chambers is the Congress of Local and Regional Authorities divided?

## Committee of Ministers

fact-committee-of-ministers = The Committee of Ministers has been at the forefront of the Council of Europe's support for Belarusian democratic forces and human rights defenders. On 6 July 2022 it met Sviatlana Tsikhanouskaya, the de facto leader of the democratic opposition, and agreed to hold regular meetings with her and representatives of the democratic forces in exile; in September 2022 it invited Secretary General Marija Pejčinović Burić to set up the Contact Group, which reports back to it twice a year.
    .title = Committee of Ministers and Belarus
    .keywords = Committee of Ministers, CM, ministers, decision-making body, forefront, support for democratic forces, human rights defenders, foreign ministers, ministers' deputies, role, executive body, leading role, Pejčinović Burić
    .questions =
        What role does the Committee of Ministers play on Belarus?
        What has the Committee of Ministers done for the Belarusian democratic forces?
        How has the Council of Europe's executive body backed the Belarusian opposition?
        Which Council of Europe body leads its support for Belarusian human rights defenders?
        Role of the Council of Europe's ministers in Belarusian affairs since 2022
        Committee of Ministers Belarusian opposition
        How has the body of the Council of Europe's foreign ministers supported the Belarusian democratic forces and human rights defenders since 2022?
        committee of ministers what did it do on belarus
        Is the Committee of Ministers at the forefront of the Council of Europe's support for Belarusian democrats?
        What has the Committee of Ministers done overall for Belarusian human rights defenders since 2022?
        Overview of what the Committee of Ministers has done on Belarus since 2022
        committee of ministers role support belarusian democrats human rights defenders
    .unanswered =
        Who currently chairs the Committee of Ministers?
        Who chairs the Contact Group on Belarus?
        How many times has the Committee of Ministers met Tsikhanouskaya since 2022?
        Has the Committee of Ministers imposed sanctions on Belarusian officials?
        How often do the Ministers' Deputies discuss Belarus?
        Does the Committee of Ministers pay for the Contact Group out of the ordinary budget?
        Are the Committee of Ministers' regular meetings with the democratic forces in exile public?
        Where does the Committee of Ministers meet?
        How many times a year does the Committee of Ministers meet at the level of ministers?
        In which country does Tsikhanouskaya's office in exile work?
fact-cm-statement-2024-05 = According to Wikipedia, the Committee of Ministers, which has played a central role in shaping the Council of Europe's policy towards Belarus, in May 2024 reaffirmed its commitment to working with the Belarusian democratic forces, stating: “There is a need to enhance cooperation with Belarusian human rights defenders, democratic forces, free media, and civil society in exile.”
    .title = Committee of Ministers statement (May 2024)
    .keywords = Committee of Ministers, May 2024, central role, policy towards Belarus, reaffirmed commitment, statement, quote, enhanced cooperation, human rights defenders, free media, civil society in exile, reaffirmed, commitment, enhance cooperation, position, need to enhance cooperation
    .questions =
        Did the Committee of Ministers reaffirm its commitment to the Belarusian democratic forces?
        With whom did the Committee of Ministers want closer cooperation in 2024?
        What did the CoE ministers pledge on Belarus in May 2024?
        Committee of Ministers May 2024 quote on cooperation with Belarusian civil society in exile
        Did the Council's executive body call for stronger ties with free Belarusian media in 2024?
        Committee of Ministers May 2024 statement
        Which body, according to Wikipedia, has played a central role in the Council of Europe's policy towards Belarus?
        Did the CoE ministers double down on working with the Belarusian democratic forces in May 2024?
        What did the Council of Europe's ministers declare in May 2024 about cooperating with Belarusian rights defenders, free media and civil society in exile?
        Which spring 2024 statement said cooperation with exiled Belarusian civil society needs to be enhanced?
        committee of ministers may 2024 belarus statement
        Which four groups did the Committee of Ministers name in its May 2024 call for closer cooperation?
        What exactly did the ministers say in May 2024 there was a need to do?
        committee of ministers may 2024 quote enhance cooperation free media
    .unanswered =
        At which session was the Committee of Ministers' May 2024 statement on Belarus adopted?
        What was the Belarusian authorities' reaction to the Committee of Ministers' statement of May 2024?
        What concrete steps followed the Committee of Ministers' May 2024 statement?
        On what exact day in May 2024 did the ministers make their statement on Belarus?
        Which country chaired the Committee of Ministers in May 2024?
        Who drafted the Committee of Ministers' May 2024 text on Belarus?
        Which free Belarusian media outlets work from abroad?
        How many Belarusian human rights defenders have been forced to leave the country?

## Parliamentary Assembly (PACE)

fact-pace = The Parliamentary Assembly of the Council of Europe (PACE), which brings together parliamentarians from the Council of Europe's 46 member states, has been at the forefront of generating support for Belarus's democratic forces, condemning repression by the Lukashenka regime and demanding the release of political prisoners. Wikipedia adds that PACE has consistently condemned the Belarusian government's human rights violations and lack of democratic legitimacy.
    .title = PACE and Belarus
    .keywords = PACE, Parliamentary Assembly, Parliamentary Assembly of the Council of Europe, APCE, parliamentarians, 46 member states, forefront, condemnation of repression, Lukashenka regime, political prisoners, release, human rights violations, role, position, condemns repression, support for democratic forces
    .questions =
        What is PACE's position on Belarus?
        What does PACE stand for?
        Does PACE demand the release of Belarusian political prisoners?
        What has PACE said about the Lukashenka regime?
        Does the Strasbourg assembly criticise the crackdown by the Lukashenka regime?
        Does the Parliamentary Assembly push for freedom for Belarus's political prisoners?
        PACE Lukashenka repression
        Does the Assembly slam Minsk for human rights violations?
        Which assembly of parliamentarians from 46 countries backs the Belarusian democratic forces?
        What does the Strasbourg assembly of MPs from 46 countries do about repression in Belarus?
        Does PACE condemn the Lukashenka regime's human rights abuses and call for freeing political prisoners?
        pace and belarus position
        Has PACE been at the forefront of support for Belarus's democratic forces?
        How has the Parliamentary Assembly generated support for the Belarusian democratic forces?
        PACE 46 member states Belarus repression political prisoners
    .unanswered =
        Who heads the Parliamentary Assembly of the Council of Europe today?
        Since what year has PACE existed?
        How many votes do PACE's resolutions on Belarus usually get?
        How many parliamentarians sit in PACE?
        How many part-sessions does PACE hold each year?
        Which party groups in the Parliamentary Assembly are most vocal about Belarusian political prisoners?
        What is the annual budget of the Parliamentary Assembly of the Council of Europe?
        Since what year has Aliaksandr Lukashenka ruled Belarus?
        Which country was the last to join the Council of Europe?
        Which Belarusian political prisoners has PACE named in its resolutions?
fact-pace-dialogue = Sviatlana Tsikhanouskaya, leader of Belarus's democratic forces, has addressed PACE on several occasions. The Assembly has deepened its long-standing dialogue with exiled opposition figures and with Belarusian civil society and journalists who share the Council of Europe's values.
    .title = PACE dialogue with the Belarusian opposition
    .short = PACE dialogue with the opposition
    .keywords = Tsikhanouskaya, Tikhanovskaya, speeches in PACE, address to PACE, dialogue, long-standing dialogue, exiled opposition figures, opposition in exile, civil society, journalists, shared values, deepened dialogue, several occasions
    .questions =
        Has Tsikhanouskaya spoken at PACE?
        How often has Tsikhanouskaya addressed PACE?
        Does PACE hold a dialogue with the Belarusian opposition in exile?
        With whom does PACE keep a dialogue on Belarus?
        Has the Belarusian opposition leader spoken before the Strasbourg assembly?
        Does the Parliamentary Assembly talk to Belarusian journalists and civil society who share its values?
        PACE contacts with exiled Belarusian opposition figures
        Tsikhanouskaya PACE speeches
        Is PACE's dialogue with the Belarusian opposition new or long-standing?
        Have PACE members stepped up their contacts with Belarusian opposition figures who had to leave?
        Does the Strasbourg assembly of European MPs keep talking with Belarusian opposition figures, activists and reporters who fled abroad?
        Has Tsikhanouskaya spoken before the Parliamentary Assembly more than once?
        pace dialogue belarusian opposition in exile
        Has PACE deepened its dialogue with Belarusian civil society and journalists?
        Which Belarusians who share Council of Europe values does PACE keep talking to?
        tsikhanouskaya addressed pace on several occasions
    .unanswered =
        When did Tsikhanouskaya first address PACE?
        What message did Tsikhanouskaya give in her speeches at PACE?
        Which Belarusian journalists take part in the dialogue with PACE?
        Which exiled opposition figures besides Tsikhanouskaya have spoken at PACE?
        In which year did PACE start talking to the Belarusian opposition?
        Did PACE members give Tsikhanouskaya a standing ovation?
        Which PACE committee handles the dialogue with Belarusian civil society and journalists?
        Which PACE rapporteur is in charge of the dialogue with exiled Belarusian opposition figures?
        In which languages does Tsikhanouskaya give her speeches?
        Which Belarusian journalists' associations work in exile?
fact-pace-2023-exiles = On 20 June 2023 PACE adopted Resolution 2499 (2023) “Addressing the specific challenges faced by the Belarusians in exile” (rapporteur Paul Galles). It hailed their “resilience, courage and determination” and called for legal and practical steps to ease their stay outside Belarus, keep them safe from reprisals and support Belarusian education and culture. Wikipedia sums it up as advocating visa facilitation and protection measures.
    .title = PACE resolution on Belarusians in exile (2023)
    .short = PACE resolution on exiled Belarusians
    .keywords = Resolution 2499, 2499 (2023), June 2023, Belarusians in exile, exiles, diaspora, emigrants, Paul Galles, resilience courage and determination, stay abroad, visa facilitation, reprisals, protection, education, culture, visas, Council of Europe, legal and practical steps
    .questions =
        What did PACE Resolution 2499 say about Belarusians in exile?
        When did PACE adopt its resolution on Belarusians in exile?
        Who was the rapporteur on Belarusians in exile?
        What did the Assembly decide about the Belarusian diaspora in June 2023?
        Did PACE ask for easier visas for Belarusian emigrants in 2023?
        Paul Galles report on Belarusians abroad
        Which 2023 resolution praised the courage of Belarusians forced to leave?
        PACE Resolution 2499 exiles
        Did PACE call in 2023 for support for Belarusian education and culture abroad?
        How did PACE want to protect Belarusians who fled the regime from reprisals?
        What was that June 2023 PACE text about Belarusians who had to leave the country, prepared by Paul Galles?
        What did the 2023 Assembly resolution on the Belarusian diaspora propose: visas, protection from reprisals, support for culture?
        pace resolution 2499 belarusians in exile
        What legal and practical steps did PACE's June 2023 resolution call for?
        What number does PACE's 2023 resolution on exiled Belarusians have?
        Resolution 2499 Galles June 2023 exiles visas culture
    .unanswered =
        How many votes did PACE Resolution 2499 receive?
        Which country does rapporteur Paul Galles come from?
        Have member states put Resolution 2499 into practice?
        Which political group does Paul Galles belong to?
        Did the Belarusian authorities respond to Resolution 2499?
        Which PACE committee prepared the report on Belarusians in exile?
        Which party is rapporteur Paul Galles a member of?
        Is Paul Galles still a member of PACE?
        Which Belarusian cultural institutions work in exile?
        Which Belarusian universities operate in exile?
fact-pace-2024-democratic-future = On 25 January 2024 PACE passed Resolution 2530 and Recommendation 2266 “A democratic future for Belarus” (rapporteur Kimmo Kiljunen). It created a representative delegation of Belarusian democratic forces and a General Rapporteur for a Democratic Belarus, declared that a future democratic Belarus will one day be welcomed into the Council of Europe and urged European states to keep distinguishing the Lukashenka regime from the people. Wikipedia speaks of recognising the opposition in PACE.
    .title = PACE: “A democratic future for Belarus” (2024)
    .short = PACE: democratic future for Belarus
    .keywords = Resolution 2530, Recommendation 2266, January 2024, A democratic future for Belarus, Kimmo Kiljunen, rapporteur, representative delegation, General Rapporteur for a Democratic Belarus, recognition of the opposition, wide-ranging proposals, democratic future, General Rapporteur, Council of Europe
    .questions =
        What did PACE decide on Belarus in January 2024?
        What is PACE Resolution 2530 (2024)?
        Who was the rapporteur of “A democratic future for Belarus”?
        Did PACE recognise the Belarusian opposition in 2024?
        What is the General Rapporteur for a Democratic Belarus?
        What is PACE Recommendation 2266 (2024)?
        Kimmo Kiljunen report on Belarus's democratic future
        Which 2024 resolution set up a General Rapporteur post for a democratic Belarus?
        Did the Assembly create a delegation of the Belarusian democratic forces with Resolution 2530?
        Resolution 2530 Recommendation 2266
        On what date did PACE adopt “A democratic future for Belarus”?
        What did Kimmo Kiljunen's 2024 report propose for Belarus?
        Which January 2024 PACE decision gave the Belarusian democrats their own delegation and created a special rapporteur post on Belarus?
        What did Kimmo Kiljunen's 2024 report propose for a free Belarus?
        pace resolution 2530 democratic future belarus
        What was Kimmo Kiljunen's role in PACE's 2024 work on Belarus?
        democratic future for belarus 2024 kiljunen delegation general rapporteur
        Did “A democratic future for Belarus” declare that a future democratic Belarus will one day be welcomed into the Council of Europe?
    .unanswered =
        Which parliamentarian was named General Rapporteur for a Democratic Belarus?
        Which delegations voted against PACE's January 2024 resolution on Belarus?
        Has the Committee of Ministers replied to Recommendation 2266?
        How are the members of the Belarusian democratic forces' delegation to PACE chosen?
        How many seats does the democratic forces' delegation get under Resolution 2530?
        When is the General Rapporteur for a Democratic Belarus due to present a first report?
        Which political group in PACE does Kimmo Kiljunen belong to?
        For how long is the General Rapporteur for a Democratic Belarus appointed?
fact-pace-regime-vs-people = In Resolution 2530 (2024) “A democratic future for Belarus” of 25 January 2024 PACE encouraged European states to “continue to differentiate between the Lukashenka regime and the people of Belarus”, and declared that a future democratic, independent, sovereign, peaceful and prosperous Belarus will one day be welcomed into the Council of Europe. In the same resolution it voted to welcome a representative delegation of Belarusian democratic forces to take part in some of its work.
    .title = PACE: the regime and the people are different (2024)
    .short = PACE: the regime is not the people
    .keywords = differentiate, distinction, regime and people, Lukashenka regime, people of Belarus, ordinary Belarusians, European states, treatment of Belarusians, future democratic Belarus, future membership, distinguish, regime not the people, sovereign peaceful prosperous Belarus, Resolution 2530
    .questions =
        Does PACE distinguish between the Lukashenka regime and the Belarusian people?
        What did PACE ask European states to do in January 2024?
        What did PACE say about a future democratic Belarus?
        Will a democratic Belarus be welcomed into the Council of Europe, according to PACE?
        Did PACE tell European countries not to treat ordinary Belarusians the same as the regime?
        What kind of Belarus does PACE expect to join the Council of Europe one day?
        PACE 2024: Lukashenka's regime is not the Belarusian people
        Lukashenka regime and Belarusian people
        Did the Assembly warn Europe against lumping Belarusians in with Lukashenka's regime?
        In which resolution did PACE say a democratic Belarus would one day be welcomed into the Council of Europe?
        What did PACE say in January 2024 about not confusing ordinary Belarusians with Lukashenka's government?
        Did PACE urge European states in January 2024 to keep telling those in power in Minsk apart from the Belarusian nation?
        pace regime not the people belarus
        Which words did PACE use in 2024 for the Belarus it will one day welcome?
        What did PACE encourage European states to continue doing about the Lukashenka regime and the people?
        pace democratic independent sovereign peaceful prosperous belarus in the council of europe
        What is the number of the PACE resolution that called for differentiating between the Lukashenka regime and the people of Belarus?
        Did the resolution urging states to differentiate between the Lukashenka regime and the people also welcome a delegation of Belarusian democratic forces?
    .unanswered =
        Which European states have followed PACE's call to differentiate between the regime and the people?
        How did the Lukashenka regime react to PACE's January 2024 resolution?
        Which countries voted against the call to differentiate between the Lukashenka regime and the people?
        Has the EU applied PACE's call to tell the regime apart from the people in its sanctions?
        Did Tsikhanouskaya welcome PACE's call to distinguish Lukashenka's regime from Belarusians?
        Which Belarusian opposition figures asked PACE to distinguish between the regime and the people?
        Which European states have stopped issuing visas to Belarusians?
        How many times has Lukashenka been re-elected?
fact-pace-2025-elections = On 30 January 2025 PACE adopted Resolution 2587 (2025) “The urgent need for free and fair elections in Belarus” (rapporteur Ryszard Petru). It found no grounds to recognise Aliaksandr Lukashenka as the legitimate president after the presidential election of 26 January 2025. Wikipedia puts it this way: PACE declared that the election lacked democratic legitimacy and refused to recognise Lukashenka as President of Belarus.
    .title = PACE does not recognise Lukashenka (2025)
    .keywords = Resolution 2587, January 2025, presidential election 2025, 26 January 2025, free and fair elections, non-recognition, illegitimacy, legitimacy, Lukashenka, Lukashenko, Ryszard Petru, president, not recognised, illegitimate, refused to recognise, lack of democratic legitimacy, Council of Europe, no grounds to recognise
    .questions =
        Does PACE recognise Lukashenka as president of Belarus?
        What did PACE say about the 2025 presidential election in Belarus?
        What is PACE Resolution 2587 (2025)?
        Who was the rapporteur of the 2025 resolution on elections in Belarus?
        When was the 2025 presidential election in Belarus held?
        Is Lukashenka a legitimate president in the eyes of the Parliamentary Assembly after the January 2025 vote?
        Did PACE refuse to accept Lukashenka as president in 2025?
        What did the Ryszard Petru resolution of January 2025 conclude?
        Did European parliamentarians accept the outcome of Belarus's 2025 presidential vote?
        Did PACE declare that the 2025 presidential election in Belarus lacked democratic legitimacy?
        PACE Lukashenka illegitimate 2025
        When did PACE adopt its resolution refusing to recognise Lukashenka?
        What is the title of PACE Resolution 2587?
        What did the Strasbourg parliamentarians decide after Lukashenka's re-election in January 2025?
        Which 2025 PACE text by Ryszard Petru called for free and fair elections in Belarus?
        pace does not recognise lukashenka 2025
        Did PACE find any grounds to recognise Lukashenka as legitimate president in 2025?
        Which presidential election did PACE's January 2025 resolution refer to?
        pace 2025 no grounds to recognise lukashenka legitimate
    .unanswered =
        What share of the vote did Lukashenka officially get in the 2025 election?
        What was the turnout in the 2025 presidential election in Belarus?
        Who were the other candidates in the 2025 presidential election in Belarus?
        Which country does rapporteur Ryszard Petru come from?
        How did Lukashenka react to PACE's refusal to recognise him?
        Did the EU also refuse to recognise the 2025 Belarusian election?
        Were there OSCE observers at the 2025 presidential election in Belarus?
        Which political group in PACE does Ryszard Petru belong to?
        When was Lukashenka sworn in after the 2025 election?
        How old is Aliaksandr Lukashenka?
fact-pace-tribunal = In one of its resolutions PACE demanded an international tribunal for Belarusian leaders involved in the aggression against Ukraine. The Council of Europe's Contact Group page does not give the date.
    .title = PACE calls for a tribunal
    .keywords = tribunal, international tribunal, prosecution, accountability, war, aggression against Ukraine, Belarusian leaders, complicity, court, punish, Belarusian leadership, involvement in aggression
    .questions =
        Did PACE call for a tribunal for Belarusian leaders?
        Which Belarusians should an international tribunal try, according to PACE?
        Should the Belarusian leadership face an international court over the war against Ukraine, according to PACE?
        International tribunal for the Belarusian leadership: the PACE position
        Did the Assembly want Belarusian leaders held to account for complicity in attacking Ukraine?
        When did PACE demand a tribunal for Belarusian leaders?
        PACE tribunal Belarusian leaders
        What kind of court did PACE want for Belarus's leaders over the war against Ukraine?
        Is it true that PACE wanted Minsk's leaders tried for the aggression against Ukraine?
        Did PACE want an international court to try Belarusian leaders for helping attack Ukraine?
        Does the Council of Europe's Contact Group page say when PACE demanded a tribunal for Belarusian leaders?
        pace tribunal belarus leaders ukraine war
        Which PACE resolution called for putting Belarusian leaders before an international tribunal?
        Does PACE hold Belarus's leaders responsible for the aggression against Ukraine?
        pace international tribunal belarusian leadership aggression
    .unanswered =
        Which member states have backed PACE's call for a tribunal for Belarusian leaders?
        Where would the international tribunal for Belarusian leaders sit?
        Has the tribunal for Belarusian leaders been set up?
        What is the number of PACE's resolution on a tribunal for Belarusian leaders?
        Does PACE want Lukashenka personally to stand trial before the tribunal?
        How did Minsk respond to PACE's demand for a tribunal?
        Will the Special Tribunal for the crime of aggression against Ukraine also cover Belarus?
        Did Belarusian troops take part in the fighting in Ukraine?
        Which Belarusian officials are under EU sanctions over the war against Ukraine?
        Has the International Criminal Court opened a case against Lukashenka?
fact-pace-olympics = In one of its resolutions PACE urged a total ban on Belarusian athletes taking part in the Paris Olympics. The Council of Europe's Contact Group page does not give the date.
    .title = PACE: ban on Belarusian athletes at the Olympics
    .short = PACE: Olympic ban on Belarusians
    .keywords = Olympics, Olympic Games, Paris Olympics, Paris, athletes, sportsmen, sport, total ban, exclusion, Belarusian athletes, IOC, ban
    .questions =
        Did PACE want Belarusian athletes banned from the Paris Olympics?
        From which Olympics did PACE want Belarusian athletes excluded?
        Did the Parliamentary Assembly want Belarusian sportspeople barred from the Paris Games?
        PACE ban on Belarusian athletes at the Olympic Games in Paris
        When did PACE call for excluding Belarusians from the Olympics?
        Did PACE want a full or a partial ban on Belarusian athletes at the Olympics?
        Is it true that the Assembly wanted Belarusians kicked out of the Paris Games?
        Did European MPs in Strasbourg want Belarusian sportsmen kept out of the Paris Olympics completely?
        Does the Contact Group page say when PACE called for a total ban on Belarusians at the Paris Olympics?
        pace olympics ban belarus athletes
        Which Olympic Games did PACE want Belarusian athletes barred from entirely?
        Did PACE call for a complete ban on Belarusian sportspeople at the Paris Games?
    .unanswered =
        Did Belarusian athletes compete at the Paris Olympics in the end?
        How did the International Olympic Committee respond to PACE's call?
        How many Belarusian athletes took part in the Paris Olympics?
        What is the number of PACE's resolution on banning Belarusian athletes?
        Did Belarusians win any medals at the Paris Olympics?
        Did PACE also call for a ban on Russian athletes?
        What did the National Olympic Committee of Belarus say about PACE's call?
        When did the Paris Olympics take place?
        Who heads the National Olympic Committee of Belarus?
fact-democratic-forces-in-pace = In January 2024 PACE decided to welcome a representative delegation of Belarusian democratic forces to take part in some of its work. The Council of Europe's Contact Group page credits special efforts over two years with stronger political contacts with the democratic forces, who take part in the Assembly; Wikipedia, in an article covering events up to 2025, says a delegation still participates in PACE activities.
    .title = Belarusian democratic forces in PACE
    .short = Belarusian democratic forces in PACE
    .keywords = representative delegation, delegation of democratic forces, democratic forces in PACE, opposition in PACE, participation, representation of Belarus, political contacts, special efforts, delegation, take part, participate, representation, some of its work, two years of efforts
    .questions =
        Do Belarusian democratic forces take part in PACE?
        Is there a Belarusian delegation in PACE?
        Since when has a delegation of Belarusian democratic forces taken part in PACE work?
        Does a Belarusian delegation still participate in PACE activities?
        Does the Belarusian opposition have its own delegation at the Strasbourg assembly?
        Since January 2024, can Belarusian democratic forces join in Parliamentary Assembly work?
        Belarusian opposition representation in PACE
        PACE delegation of Belarusian democrats
        Does the delegation of the Belarusian democratic forces take part in all of PACE's work or only some of it?
        What does the Council of Europe credit for its stronger political contacts with the Belarusian democratic forces?
        Has the Belarusian opposition had its own group of representatives in the Strasbourg Assembly since January 2024?
        According to Wikipedia, are Belarusian democrats still sitting in on PACE's work in 2025?
        belarus opposition delegation pace
        What resulted from two years of special efforts with the Belarusian democratic forces?
        Did PACE welcome Belarusian opposition representatives into part of its work in 2024?
        belarusian democratic forces delegation in pace since 2024 stronger political contacts
    .unanswered =
        How many members does the Belarusian democratic forces' delegation in PACE have?
        Can the delegation of Belarusian democratic forces vote in PACE?
        How are the members of the Belarusian democratic forces' delegation to PACE chosen?
        Who pays for the work of the Belarusian delegation in PACE?
        What did official Minsk say about the opposition delegation in PACE?
        Which party group in PACE has the delegation of Belarusian democratic forces joined?
        Does Tsikhanouskaya sit in PACE as part of the Belarusian democratic forces' delegation?
        Which PACE committees does the Belarusian democratic forces' delegation work with?
        Does the opposition of any other non-member country have a delegation in PACE?

## Václav Havel Human Rights Prize

fact-havel-bialiatski-2013 = On 30 September 2013 PACE awarded the first Václav Havel Human Rights Prize to the veteran Belarusian human rights defender Ales Bialiatski. The prize was received on his behalf by his wife, Natallia Pinchuk.
    .title = Havel Prize to Ales Bialiatski (2013)
    .keywords = Havel Prize, Václav Havel Human Rights Prize, Vaclav Havel Prize, first laureate, first Havel Prize, 2013, Bialiatski, Byalyatski, Bialiatsky, Beliatsky, Ales Bialiatski, Natallia Pinchuk, Natalia Pinchuk, wife, Viasna, Havel, Václav Havel, human rights prize, award, Council of Europe, 30 September 2013, veteran human rights defender
    .questions =
        When did Ales Bialiatski receive the Havel Prize?
        Who received the Havel Prize on Bialiatski's behalf?
        Which prize did PACE award to Bialiatski in 2013?
        Who collected Ales Bialiatski's Havel award in 2013?
        Which Belarusian won the very first Havel Prize?
        Bialiatski, Havel Prize winner 2013
        Did Bialiatski's wife accept the Václav Havel Prize for him?
        Natallia Pinchuk Havel Prize
        On what date was the first Václav Havel Human Rights Prize awarded?
        Has PACE ever honoured Ales Bialiatski?
        Which veteran Belarusian rights defender was the first to win PACE's human rights award named after Václav Havel, in 2013?
        Who went up to accept the 2013 Havel award in Bialiatski's place?
        bialiatski havel prize 2013
        In which year was the Václav Havel Prize first awarded, and to whom?
        Why did Natallia Pinchuk receive the 2013 Havel Prize?
        first havel prize laureate belarusian 2013 pinchuk
    .unanswered =
        When was Ales Bialiatski born?
        Where is Ales Bialiatski imprisoned now?
        Who else was shortlisted for the Havel Prize in 2013?
        Who chaired the Havel Prize selection panel in 2013?
        Where did the 2013 Havel Prize ceremony take place?
        How did Bialiatski react to winning the first Václav Havel Prize?
        Who sat on the Havel Prize jury in 2013?
        How much prize money does the Václav Havel Human Rights Prize carry?
        Which organisations award the Václav Havel Prize together with PACE?
        What does Natallia Pinchuk do for a living?
fact-havel-kalesnikava-2021 = On 27 September 2021 PACE awarded the Václav Havel Human Rights Prize to Belarusian human rights activist Maria Kalesnikava. The prize was received on her behalf by her sister, Tatsiana Khomich.
    .title = Havel Prize to Maria Kalesnikava (2021)
    .keywords = Havel Prize, Václav Havel Human Rights Prize, Vaclav Havel Prize, laureate 2021, 2021, Kalesnikava, Kolesnikova, Maria Kolesnikova, Maryia Kalesnikava, Tatsiana Khomich, Tatiana Khomich, sister, Havel, Václav Havel, human rights prize, award, laureate, Council of Europe, 27 September 2021, human rights activist
    .questions =
        When did Maria Kalesnikava receive the Havel Prize?
        Which prize did PACE award to Kalesnikava?
        Which Belarusian activist got the Havel award in 2021?
        Who collected Maria Kalesnikava's human rights prize from PACE?
        Kalesnikava, Havel Prize winner 2021
        Did Kalesnikava's sister Tatsiana Khomich accept the Havel Prize?
        Tatsiana Khomich Havel Prize
        Has PACE ever given Maria Kalesnikava an award?
        Why did Tatsiana Khomich collect the Havel Prize in 2021?
        Which Belarusian woman activist did the Strasbourg Assembly honour with its award named after Václav Havel in September 2021?
        Which relative of Maria Kalesnikava accepted the 2021 human rights award in her place?
        kalesnikava havel prize 2021
        On what date did Maria Kalesnikava win the Havel Prize?
        Havel Prize 2021: who won it and who accepted it
        kalesnikava sister khomich havel 2021
    .unanswered =
        When was Maria Kalesnikava born?
        How long is Maria Kalesnikava's prison sentence?
        Where is Maria Kalesnikava held now?
        Who else was shortlisted for the Havel Prize in 2021?
        When was Maria Kalesnikava detained?
        Who nominated Kalesnikava for the Havel Prize?
        What did Kalesnikava do for a living before she went into politics?
        Who proposed Maria Kalesnikava as a candidate for the Havel Prize?
        What does Tatsiana Khomich do for a living?
        Where does Tatsiana Khomich live?
        Who else besides Belarusians has won the Václav Havel Prize?

## Commissioner for Human Rights

fact-commissioner = The Council of Europe Commissioner for Human Rights, who plays a vital role in protecting human rights defenders, consistently called for support for Belarusian civil society after relations with the Belarusian authorities were suspended: stable residency in host countries, social benefits for them and their families, help with their work, easier registration of new legal bodies. The Commissioner welcomed relocation and protection policies in some member states and urged others to follow suit.
    .title = Commissioner for Human Rights on Belarusian civil society
    .short = Rights Commissioner on civil society
    .keywords = Commissioner for Human Rights, human rights commissioner, civil society in exile, stable residency, residence permits, social benefits, families, legal registration, new legal bodies, host countries, human rights defenders, suspension of relations, facilitating their work
    .questions =
        What support for Belarusian civil society did the Commissioner ask for?
        Does the Commissioner want stable residency for Belarusians in exile?
        What did the Commissioner say about registering new Belarusian organisations?
        What does the Council of Europe's human rights chief want host countries to give Belarusian activists?
        Residence rights and social benefits for Belarusian civil society: the Commissioner's view
        Did the Commissioner for Human Rights ask for help for the families of Belarusian activists abroad?
        human rights commissioner Belarusian civil society
        Since when has the Commissioner for Human Rights been calling for support for Belarusian civil society?
        Did the Council of Europe's rights commissioner keep pushing for help to Belarusian NGOs after ties with Minsk were suspended?
        What did the Council of Europe's human rights watchdog want countries hosting Belarusian activists to give them, such as secure residence and welfare for their families?
        Did the Strasbourg rights official ask for simpler paperwork so exiled Belarusians can found new organisations?
        rights commissioner what belarusian activists abroad need
        What four things did the Commissioner stress that host countries should offer Belarusian civil society?
        Which Council of Europe official, whose role includes protecting human rights defenders, called for support for Belarusian civil society?
        commissioner stable residency social benefits registration belarusians
    .unanswered =
        Who is the Council of Europe Commissioner for Human Rights?
        Has the Commissioner for Human Rights travelled to Belarus?
        Has the Commissioner for Human Rights published a report on Belarus?
        When was the office of Commissioner for Human Rights set up?
        How long is the Human Rights Commissioner's term of office?
        Where is the Commissioner for Human Rights' office?
        Which country does the current Human Rights Commissioner come from?
        Has the Commissioner for Human Rights visited Belarusian NGOs in exile?
        In which countries do most Belarusian exiles live?
        How long does it take to register a Belarusian NGO in Lithuania?
        Which social benefits do Belarusian exiles get in Poland?
fact-commissioner-relocation = The Commissioner for Human Rights welcomed the fact that some Council of Europe member states have implemented relocation and protection policies for Belarusian civil society, and called on others to follow suit. According to Wikipedia, the Commissioner also urged member states to provide stable residency and social benefits for Belarusian activists in exile and to facilitate work permits and legal protections for journalists and NGOs.
    .title = Commissioner on relocation, protection and work permits
    .short = Commissioner on relocation and permits
    .keywords = relocation, relocation policies, protection policies, work permits, legal protections, NGOs in exile, member states, following suit, Commissioner for Human Rights, Belarusian civil society, work permits for journalists
    .questions =
        What did the Commissioner say about relocation policies for Belarusians?
        Which policies of member states did the Commissioner for Human Rights welcome?
        What did the Commissioner ask other member states to do?
        Did the Commissioner call for work permits for Belarusian journalists in exile?
        Did the Commissioner praise member states that relocate and protect Belarusian activists?
        Commissioner for Human Rights on work permits for exiled Belarusian reporters and NGOs
        Did the Commissioner urge more European countries to copy relocation schemes for Belarusians?
        relocation measures Belarusian NGOs
        Did all Council of Europe member states have relocation policies for Belarusians, according to the Commissioner?
        What legal protections did the Commissioner want for Belarusian journalists and NGOs in exile?
        Which countries did the Council of Europe's rights watchdog praise for moving Belarusian activists to safety, and what did it ask the rest to do?
        Did the Strasbourg rights official want Belarusian reporters and NGOs abroad to get permission to work more easily?
        commissioner praised states that took in belarusian activists
        Which member-state policies for Belarusian civil society did the Commissioner hold up as an example?
        What did the Commissioner urge member states to facilitate for exiled Belarusian NGOs, according to Wikipedia?
        commissioner relocation protection policies follow suit work permits
    .unanswered =
        Which member states have relocation and protection policies for Belarusians?
        How many Belarusians have been relocated under these policies?
        How many Belarusian journalists have received work permits in Council of Europe member states?
        Which countries have refused to follow the Commissioner's call on relocation?
        Has the Commissioner for Human Rights published a report on Belarus?
        Does Poland give humanitarian visas to Belarusian activists?
        How long does an exiled Belarusian journalist wait for a work permit in Lithuania?
        In what year did member states first adopt relocation schemes for Belarusians?
        How many Belarusian NGOs have registered in Lithuania or Poland?
        Has Lithuania revoked residence permits of Belarusians?

## Congress of Local and Regional Authorities

fact-congress = The Congress of Local and Regional Authorities, an active Contact Group member, promotes democratic values under the European Charter of Local Self-Government, focusing on local authorities' role in upholding human rights and engaging women, youth and under-represented groups. Per Wikipedia, it stresses local democracy for a future Belarus, held decentralisation workshops, reviewed the opposition's “Local Self-Government Concept for a New Belarus” and invited the opposition to its 2025 sessions.
    .title = Congress of Local and Regional Authorities and Belarus
    .short = Local Authorities Congress and Belarus
    .keywords = Congress, Congress of Local and Regional Authorities, local authorities, regional authorities, local democracy, European Charter of Local Self-Government, municipalities, women, youth, under-represented groups, active member of the Contact Group, role, promoting democratic values
    .questions =
        What does the Congress of Local and Regional Authorities do for Belarus?
        Is the Congress a member of the Contact Group?
        Which charter guides the Congress's work with Belarusians?
        Which groups does the Congress focus on?
        What is the role of the Council of Europe's assembly of local and regional authorities in its work on Belarus?
        Does the Congress work with Belarusian women and young people?
        Charter of Local Self-Government and the Congress's work with Belarusians
        What does the Congress say about municipal democracy in a future Belarus?
        local authorities Congress Belarus
        What role does the Congress give local authorities in upholding human rights?
        Does the Council of Europe's body for towns and regions work with Belarusians?
        What does the Council of Europe body that represents towns and regions do with Belarusians, and which charter does it follow?
        Does the Strasbourg assembly of mayors and councillors sit in the Belarus group and reach out to women and the young?
        congress of local authorities role with belarusians
        What democratic values does the Congress promote with Belarusians, and on what basis?
        Does the Congress engage with under-represented groups among Belarusians?
        congress local authorities human rights women youth under-represented groups belarus
    .unanswered =
        When was the Congress of Local and Regional Authorities founded?
        How many members does the Congress of Local and Regional Authorities have?
        How many Belarusian women and young people have taken part in Congress activities?
        Where is the Congress of Local and Regional Authorities based?
        How many plenary sessions does the Congress of Local and Regional Authorities hold a year?
        How is the Congress of Local and Regional Authorities funded?
        Who is the Secretary General of the Congress of Local and Regional Authorities?
        How many states have ratified the European Charter of Local Self-Government?
        Which bodies besides the Congress are members of the Contact Group?
fact-congress-peer-exchange-2023 = In November 2023 the Congress gathered in Strasbourg a group of Belarusian activists of diverse political affiliations, carefully selected with representatives of the Contact Group, for a first peer exchange on the principles and standards needed to establish an efficient local self-government system.
    .title = Congress peer exchange on local self-government (2023)
    .short = Congress peer exchange in 2023
    .keywords = peer exchange, first peer exchange, November 2023, Strasbourg, activists, diverse political affiliations, selection, local self-government, principles and standards, efficient local self-government system, Congress, political affiliations, Council of Europe, carefully selected activists
    .questions =
        What did the Congress organise for Belarusian activists in November 2023?
        Where was the first peer exchange on local self-government held?
        Who selected the activists for the Congress peer exchange?
        What was the 2023 peer exchange about?
        Congress meeting of Belarusian activists in Strasbourg, November 2023
        Did the Congress bring together Belarusian activists from different political camps in 2023?
        What did Belarusian activists discuss in Strasbourg in November 2023 about building effective local government?
        local self-government peer exchange Belarus
        Was the November 2023 Congress meeting the first peer exchange for Belarusian activists?
        How were the Belarusian activists chosen for the Congress's November 2023 exchange?
        What happened when Belarusian activists from rival political camps met in Strasbourg in late 2023 to talk about running towns well?
        Who hand-picked the Belarusians invited to the Congress's autumn 2023 get-together on municipal government?
        november 2023 congress meeting belarusian activists local government
        What did the Congress's first peer exchange with Belarusian activists focus on?
        Did the Contact Group help choose the participants of the Congress's November 2023 exchange?
        congress peer exchange strasbourg november 2023 efficient local self-government
    .unanswered =
        How many activists took part in the Congress peer exchange in November 2023?
        Which Belarusian activists attended the November 2023 peer exchange?
        What conclusions came out of the Congress peer exchange on local self-government?
        Has there been a second peer exchange after November 2023?
        On which days in November 2023 was the peer exchange held?
        Which parties did the activists at the Strasbourg peer exchange belong to?
        Who moderated the Congress peer exchange for Belarusian activists?
        Which Contact Group representatives helped select the activists for the peer exchange?
        Which European mayors spoke to the Belarusian activists at the November 2023 peer exchange?
        How is local self-government organised in Belarus today?
fact-congress-2024-2025 = In 2024–2025 the Congress's activities are to focus on reinforcing its political support to the Belarusian democratic forces through their involvement in relevant meetings. In parallel, it is to help further incorporate European standards of local democracy into the democratic forces' work and to facilitate exchanges with European local authorities. Wikipedia lists among the developments of 2024 that Belarusian democratic forces were invited to participate in the Congress.
    .title = Congress plans for 2024–2025: political support
    .short = Congress: political support
    .keywords = Congress, 2024-2025, future activities, political support, relevant meetings, involvement, invitation, democratic forces in the Congress, plans, invited, reinforcing political support, 2024 invitation
    .questions =
        What will the Congress focus on in 2024–2025?
        How does the Congress support the Belarusian democratic forces politically?
        Were Belarusian democratic forces invited to the Congress in 2024?
        Congress of Local and Regional Authorities plans for the Belarusian opposition, 2024–2025
        Will the Congress bring Belarusian democratic forces into its meetings in 2024–2025?
        Did the Belarusian opposition get an invitation to the Congress in 2024?
        Congress political support Belarusian opposition
        According to Wikipedia, what happened between the Congress and the Belarusian democratic forces in 2024?
        Will the local authorities Congress back the Belarusian opposition more strongly in 2024–2025?
        How will the Council of Europe body for local and regional authorities strengthen its backing for the Belarusian opposition in 2024 and 2025?
        Did the Belarusian democrats get asked to join the meetings of Europe's assembly of municipalities and regions in 2024?
        congress 2024 2025 backing belarusian opposition meetings
        Through what will the Congress reinforce its political support to the Belarusian democratic forces in 2024–2025?
        Is reinforcing political support the focus of the Congress's Belarus work for 2024–2025?
        congress 2024 2025 relevant meetings political support democratic forces
    .unanswered =
        Who represents the Belarusian democratic forces at the Congress?
        How much does the Congress spend on supporting the Belarusian democratic forces?
        How many Belarusian representatives took part in Congress meetings in 2024?
        Which 2024 Congress sessions did the Belarusian democratic forces attend?
        Do Belarusian opposition guests get the floor at Congress sessions?
        Who signed the Congress's invitation to the Belarusian democratic forces?
        How did Minsk react to the Congress inviting the Belarusian opposition?
        Who leads the Belarusian democratic forces' work on local self-government?
        Have the Belarusian democratic forces signed any agreement with the Congress?
fact-congress-exchanges-2024-2025 = Alongside reinforcing its political support to the Belarusian democratic forces through their involvement in relevant meetings, in 2024–2025 the Congress is to contribute to further incorporating European standards of local democracy into the work of the democratic forces and to facilitate exchanges with European local authorities, to build capacity and raise awareness of the concept of local self-government and the principles of good governance.
    .title = Congress: local democracy standards and exchanges (2024–2025)
    .short = Congress: local democracy exchanges
    .keywords = European standards of local democracy, exchanges, European local authorities, capacity building, awareness, good governance, 2024-2025, Congress, good governance principles, local democracy standards
    .questions =
        How will the Congress help the democratic forces with local democracy standards?
        What exchanges does the Congress plan with European local authorities?
        What is the aim of the Congress's exchanges in 2024–2025?
        Will Belarusian democrats connect with European municipalities through the Congress in 2024–2025?
        Congress 2024–2025: good governance and local self-government for the Belarusian democratic forces
        How does the Congress plan to bring European local democracy standards to the Belarusian opposition?
        exchanges with European local authorities
        Does the Congress plan capacity building for the Belarusian democratic forces in 2024–2025?
        What are the Congress's exchanges between Belarusian democrats and European local authorities for?
        Will Belarusian democrats swap experience with European mayors and councils through the Congress in 2024–2025?
        How does the local authorities body plan in 2024–2025 to teach the Belarusian opposition about good governance and self-rule of communities?
        congress 2024 2025 contacts with european towns
        Will the Congress help build the Belarusian democratic forces' knowledge of good governance in 2024–2025?
        What European standards will the Congress bring into the work of the Belarusian democratic forces?
        congress exchanges european local authorities capacity good governance
    .unanswered =
        Which European municipalities take part in the Congress exchanges with Belarusian democrats?
        How many exchanges with European local authorities took place in 2024?
        Which country hosted the Congress exchanges for Belarusian democrats?
        Who pays for the Congress's exchanges with European local authorities?
        How long does an exchange visit with European local authorities last?
        What have the Congress's local democracy exchanges achieved so far?
        Which European mayors have hosted Belarusian democrats for exchanges on local self-government?
        Which principles of good governance does the Congress promote?
        Which Belarusian towns had twin cities in Europe?
fact-congress-self-government-concept = According to Wikipedia, the Congress, which has stressed the role of local democracy in a future democratic Belarus, reviewed the “Local Self-Government Concept for a New Belarus” prepared by the opposition, hosted workshops on decentralisation and self-government reform for Belarusian activists, and invited Belarusian opposition representatives to take part in its 2025 sessions.
    .title = “Local Self-Government Concept for a New Belarus”
    .short = Local self-government concept
    .keywords = Local Self-Government Concept, Concept for a New Belarus, New Belarus, reform, opposition plan, review, 2025 sessions, invitation, Congress, reviewed, invited, opposition's concept
    .questions =
        What is the Local Self-Government Concept for a New Belarus?
        Who prepared the Local Self-Government Concept for a New Belarus?
        Did the Congress invite the Belarusian opposition to its 2025 sessions?
        Did the Congress examine the opposition's plan for local government in a New Belarus?
        Opposition self-government concept for a New Belarus reviewed by the Congress
        Were Belarusian opposition members asked to attend Congress sessions in 2025?
        New Belarus local self-government concept
        Which Council of Europe body reviewed the opposition's Local Self-Government Concept for a New Belarus?
        For which year's sessions did the Congress invite Belarusian opposition representatives?
        Did the Council of Europe's assembly of local authorities look over the opposition's blueprint for municipal government in a future free Belarus?
        That opposition paper on how towns and regions would be run in a New Belarus: which body examined it?
        new belarus local government plan reviewed
        According to Wikipedia, what did the Congress do with the opposition's Concept for a New Belarus?
        Local Self-Government Concept for a New Belarus: who wrote it and who reviewed it?
        new belarus self-government concept congress review 2025 sessions
    .unanswered =
        When was the Local Self-Government Concept for a New Belarus written?
        What did the Congress conclude after reviewing the Concept for a New Belarus?
        How many levels of local government does the Concept for a New Belarus propose?
        Which members of the Belarusian opposition took part in the Congress's 2025 sessions?
        Where can I read the text of the Local Self-Government Concept for a New Belarus?
        Does the New Belarus concept propose directly elected mayors?
        In which month of 2025 was the Local Self-Government Concept for a New Belarus presented to the Congress?
        Who led the team that drafted the Concept for a New Belarus?
        Where did the Congress hold its 2025 sessions?
        Which Belarusian opposition body approved the Local Self-Government Concept?
fact-congress-leaders-workshop = The Congress of Local and Regional Authorities organised the workshop “Leaders for change: promoting democracy and human rights at local level” for Belarusians. According to Wikipedia, the Congress has hosted workshops on decentralisation and self-government reform for Belarusian activists.
    .title = Workshop “Leaders for change”
    .keywords = Leaders for change, workshop, training, local level, democracy and human rights, decentralisation, self-government reform, activists, Congress, local leaders, promoting democracy and human rights at local level
    .questions =
        What was the workshop “Leaders for change”?
        Has the Congress run workshops on decentralisation for Belarusians?
        Congress training for Belarusians on democracy at local level
        What was the “Leaders for change” seminar for Belarusians about?
        Did the Council of Europe's Congress train Belarusian activists in self-government reform?
        What is the full title of the Congress workshop “Leaders for change”?
        For whom did the Congress hold the workshop “Leaders for change”?
        What was the Congress training for Belarusians with “leaders” and “change” in its name about?
        Has the Council of Europe's local authorities body taught Belarusian activists about handing power down to regions?
        leaders for change congress belarus workshop
        Which Congress workshop promoted democracy and human rights at local level for Belarusians?
        congress workshop decentralisation belarusian activists
    .unanswered =
        When did the workshop “Leaders for change” take place?
        Where did the workshop “Leaders for change” take place?
        How many Belarusians took part in the workshop “Leaders for change”?
        Who were the trainers at the workshop “Leaders for change”?
        How were participants for “Leaders for change” selected?
        How many workshops on decentralisation has the Congress hosted for Belarusians?
        Which country's decentralisation reform served as an example at the Congress workshops?
fact-congress-release-2024 = On 5 August 2024 in Strasbourg the President of the Congress of Local and Regional Authorities, Marc Cools, unreservedly welcomed on the Congress's behalf the release of prisoners of conscience in Russia and Belarus. The quoted part of his statement names Ksenia Fadeeva, a deputy of the Tomsk City Duma, and Ilya Yashin, a municipal deputy of Moscow's Krasnoselsky district and an opposition politician.
    .title = Congress welcomes release of prisoners (2024)
    .short = Congress welcomes prisoner releases
    .keywords = Marc Cools, President of the Congress, release, prisoners of conscience, political prisoners, prisoner exchange, August 2024, Ksenia Fadeeva, Kseniya Fadeyeva, Tomsk, Ilya Yashin, Krasnoselsky, Moscow, statement, Russia, freed, Congress President, Strasbourg, unreservedly welcomed, Congress of Local and Regional Authorities, on behalf of the Congress
    .questions =
        What did the President of the Congress say on 5 August 2024?
        Which released prisoners did Marc Cools name?
        Who are Ksenia Fadeeva and Ilya Yashin?
        How did the Congress react to the August 2024 prisoner release?
        Marc Cools statement on freed political prisoners
        Did the Congress President welcome the freeing of Ilya Yashin?
        Which Tomsk city deputy did the Congress mention in August 2024?
        Where did Marc Cools issue his statement on the released prisoners?
        Did the Congress President welcome the release of prisoners of conscience unreservedly?
        Marc Cools prisoners of conscience
        Which Moscow municipal district did Ilya Yashin represent, according to the Congress?
        Did the Congress cheer the August 2024 release of prisoners of conscience from Russian and Belarusian jails?
        What did the head of the Council of Europe's local authorities body say in summer 2024 about the freeing of jailed opposition politicians from Russia and Belarus?
        Which two local councillors freed in August 2024 did Marc Cools mention, one from Tomsk and one from Moscow?
        cools welcomed prisoner release august 2024
        Did Marc Cools welcome the releases on behalf of the whole Congress?
        congress president cools fadeeva yashin release
    .unanswered =
        When was Marc Cools elected President of the Congress?
        Which Belarusian prisoners were freed in August 2024?
        How many prisoners were released in the August 2024 exchange?
        Why was Ksenia Fadeeva jailed?
        Where did Ilya Yashin go after his release?
        Which countries took part in the August 2024 prisoner swap?
        Which country is Marc Cools from?
        How long was Ilya Yashin's prison sentence?
        Which party does Ksenia Fadeeva belong to?
        Who succeeded Marc Cools as President of the Congress?

## Journalists

fact-platform-journalists = According to the Council of Europe's Contact Group page, the Platform for the Protection of Journalism and Safety of Journalists is a Council of Europe collaboration with 15 international NGOs and journalists' associations. It issues alerts about media freedom violations and the safety of journalists in Council of Europe member states.
    .title = Safety of Journalists Platform
    .keywords = Safety of Journalists Platform, Platform for the Protection of Journalism and Safety of Journalists, media freedom, press freedom, alerts, journalists' associations, 15 NGOs, partner organisations, safety of journalists, Platform for the Protection of Journalism, 15 partners
    .questions =
        What is the Platform for the Protection of Journalism and Safety of Journalists?
        How many organisations take part in the Safety of Journalists Platform?
        What does the Safety of Journalists Platform do?
        What is the Council of Europe's press freedom alert platform?
        Which organisations run the Safety of Journalists Platform with the Council of Europe?
        How many NGOs are partners of the Council of Europe platform for journalists' safety?
        Safety of Journalists Platform alerts
        In which countries does the Safety of Journalists Platform issue alerts?
        What is that Council of Europe service, run with 15 press freedom groups, that raises alarms when reporters are threatened?
        Who does the Council of Europe team up with to warn about attacks on the press in its member states?
        safety of journalists platform what is it
        Is the Safety of Journalists Platform a partnership between the Council of Europe and NGOs?
        What kind of alerts does the Platform for the Protection of Journalism publish?
        platform protection of journalism 15 partners alerts member states
    .unanswered =
        When was the Safety of Journalists Platform set up?
        How many staff does the Safety of Journalists Platform have?
        How many alerts has the Safety of Journalists Platform issued in total?
        Do member states have to reply to the Platform's alerts?
        How can a journalist report a threat to the Safety of Journalists Platform?
        Who heads the Platform for the Protection of Journalism?
        Who pays for the Safety of Journalists Platform?
        Which of the Platform's partner organisations joined most recently?
        Which member state has the most alerts on the Safety of Journalists Platform?
fact-platform-belarus-2023 = According to the Council of Europe's Contact Group page, the Platform for the Protection of Journalism and Safety of Journalists has monitored media freedom violations in Belarus since March 2023. As of the end of December 2023 it had reported one case of impunity for murder and 38 journalists held in detention.
    .title = Safety of Journalists Platform on Belarus (2023)
    .short = Safety of Journalists Platform
    .keywords = monitoring of Belarus, March 2023, end of December 2023, 38 journalists, journalists in detention, jailed journalists, imprisoned journalists, impunity, murder, media freedom violations, alerts on Belarus, one case of impunity
    .questions =
        Since when has the Safety of Journalists Platform monitored Belarus?
        What had the Platform reported on Belarus by the end of December 2023?
        How many Belarusian journalists were behind bars at the end of 2023?
        38 jailed journalists in Belarus: who reported it?
        Since March 2023, who has tracked press freedom violations in Belarus?
        journalists in detention Belarus 2023
        Was any murder of a journalist in Belarus left unpunished, according to the Platform?
        Which Council of Europe page gives the Platform's 2023 figures on Belarus?
        Since spring 2023, which Council of Europe press-freedom monitor has been tracking Belarus, and what did it find by the end of that year?
        How many Belarusian reporters were locked up and how many killings went unpunished by December 2023, according to the journalists' safety platform?
        Does the Safety of Journalists Platform cover Belarus even though it is not a Council of Europe member?
        platform belarus 38 detained journalists impunity murder 2023
    .unanswered =
        What are the names of the 38 Belarusian journalists in detention?
        Whose murder went unpunished, according to the Safety of Journalists Platform?
        How many alerts on Belarus did the Platform publish in 2023?
        How many jailed Belarusian journalists were released in 2024?
        How many jailed journalists does the Belarusian Association of Journalists count?
        Which media outlets did the 38 detained Belarusian journalists work for?
        What made the Safety of Journalists Platform begin covering Belarus only in March 2023?
        How many women are among the 38 Belarusian journalists in detention?
        How many Belarusian journalists are in detention today?
        What prison terms did the detained Belarusian journalists receive?
fact-journalists-workshop-2023 = On 21–22 March 2023 the Council of Europe held a workshop in Strasbourg for about 30 Belarusian journalists in exile. It was the first activity agreed under the Contact Group and the first of two workshops for them held in 2023.
    .title = Workshop for journalists in exile (March 2023)
    .keywords = journalists in exile, workshop, March 2023, Strasbourg, 30 journalists, first activity, exiled journalists, media, training, first activity under the Contact Group, 21–22 March 2023
    .questions =
        How many journalists attended the March 2023 workshop?
        What was the first activity agreed under the Contact Group?
        Where did the Council of Europe hold its first workshop for exiled Belarusian journalists?
        Strasbourg training for exiled Belarusian reporters, March 2023
        What was the very first Contact Group event for Belarusian media workers?
        About how many exiled Belarusian journalists came to Strasbourg in March 2023?
        How many days did the March 2023 Strasbourg workshop for Belarusian journalists last?
        Who held the March 2023 workshop for Belarusian journalists in exile?
        What was the two-day training in Strasbourg in spring 2023 for some thirty exiled Belarusian reporters?
        Which event for émigré Belarusian media kicked off the Contact Group's work programme?
        first workshop exiled belarusian journalists strasbourg
        Which workshop in Strasbourg in March 2023 was the first activity agreed under the Contact Group?
        Roughly thirty Belarusian journalists in exile: when and where did they meet for a workshop?
        march 2023 strasbourg workshop 30 belarusian journalists
        Was the March 2023 workshop the first of two for Belarusian journalists in exile that year?
    .unanswered =
        Which Belarusian media outlets sent journalists to the March 2023 workshop in Strasbourg?
        Who led the sessions at the March 2023 workshop for Belarusian journalists?
        What topics did the March 2023 workshop for exiled journalists cover?
        Who paid for the journalists' travel to Strasbourg in March 2023?
        How many journalists attended the second workshop in 2023?
        Were the names of the March 2023 workshop participants kept secret?
        Did the exiled journalists meet the Secretary General in Strasbourg in March 2023?
        What came out of the Strasbourg workshop for Belarusian journalists?
        Which international journalists' organisations helped organise the March 2023 workshop?
        Which Council of Europe department organised the March 2023 workshop?
        In which countries did the 30 journalists at the Strasbourg workshop live?
fact-journalists-workshops-2023 = Two workshops for Belarusian journalists in exile were held in 2023. The first of them, in Strasbourg on 21–22 March 2023 for about 30 journalists, was the first activity agreed under the Contact Group.
    .title = Two workshops for journalists (2023)
    .keywords = two workshops, number of workshops, journalists in exile, 2023, exiled journalists, training for journalists, two trainings
    .questions =
        Were there workshops for exiled Belarusian journalists in 2023?
        When was the first 2023 workshop for journalists in exile?
        Number of Council of Europe trainings for Belarusian journalists abroad in 2023
        Did the Council of Europe run more than one workshop for émigré Belarusian reporters in 2023?
        How many times in 2023 did the Council of Europe train exiled Belarusian media?
        two workshops exiled journalists 2023
        Where was the first of the two 2023 workshops for exiled Belarusian journalists held?
        Did the Council of Europe hold two trainings in 2023 for Belarusian journalists who fled the regime?
        How many times in 2023 did the Council of Europe gather Belarusian reporters who fled the country for training, and where was the first one?
        Was the March 2023 Strasbourg training for émigré Belarusian media the only one that year?
        how many workshops exiled journalists 2023
        Was there a second workshop for exiled Belarusian journalists in 2023 after the one in Strasbourg?
        Two 2023 workshops for Belarusian journalists in exile: when was the first?
        2023 two workshops belarusian journalists exile first strasbourg march
        About how many journalists attended the first of the two 2023 workshops?
    .unanswered =
        Where was the second 2023 workshop for exiled Belarusian journalists held?
        When was the second 2023 workshop for Belarusian journalists in exile held?
        How many journalists attended the second workshop in 2023?
        Who organised the second 2023 workshop for Belarusian journalists?
        In which language were the 2023 workshops for Belarusian journalists held?
        Who paid for the two 2023 journalists' workshops?
        What was the second of the two 2023 workshops for exiled journalists about?
        What did the participants of the 2023 journalists' workshops say about them afterwards?
        Who trained the journalists at the second 2023 workshop?

## Other activities

fact-world-forum-2023 = The Council of Europe's annual World Forum for Democracy in 2023 hosted Belarusian youth activists.
    .title = World Forum for Democracy (2023)
    .keywords = World Forum for Democracy, annual forum, 2023, youth activists, young people, youth, democracy forum, forum, Belarusian youth activists
    .questions =
        Did Belarusian youth take part in the World Forum for Democracy?
        Which Council of Europe forum hosted Belarusian youth activists in 2023?
        Were young Belarusian activists at the Council of Europe's annual democracy forum in 2023?
        Belarusian young people at the World Forum for Democracy 2023
        Which yearly Council of Europe event welcomed Belarusian youth activists in 2023?
        Belarusian youth democracy forum
        How often is the World Forum for Democracy held?
        Whom from Belarus did the World Forum for Democracy host in 2023?
        Which big yearly Council of Europe conference on democracy welcomed young Belarusian activists in 2023?
        Did Belarusian youth campaigners go to the Council of Europe's yearly democracy forum in 2023?
        world forum democracy belarus youth 2023
        Is the World Forum for Democracy an annual Council of Europe event?
        world forum for democracy 2023 hosted belarusian youth activists
    .unanswered =
        How many Belarusian youth activists took part in the 2023 World Forum for Democracy?
        What was the theme of the 2023 World Forum for Democracy?
        Which Belarusian youth organisations came to the World Forum for Democracy in 2023?
        When was the World Forum for Democracy first held?
        Did any young Belarusian speak on the main stage of the 2023 forum?
        Who organises the World Forum for Democracy together with the Council of Europe?
        In which city did the 2023 World Forum for Democracy take place?
        What was the schedule of the 2023 World Forum for Democracy?
        Who spoke at the opening of the 2023 World Forum for Democracy?
        When will the next World Forum for Democracy take place?
        How many participants does the World Forum for Democracy usually gather?
fact-lawyers-seminar-2024 = On 3–5 April 2024 a three-day training seminar for Belarusian lawyers on the right to a fair trial under the European Convention on Human Rights was organised jointly with the CEELI Institute (Prague).
    .title = Fair-trial seminar for lawyers (April 2024)
    .short = Fair-trial seminar for lawyers
    .keywords = lawyers, advocates, training seminar, fair trial, right to a fair trial, ECHR, European Convention on Human Rights, Article 6, CEELI Institute, Prague, April 2024, legal training, training, seminar, Council of Europe, 3–5 April 2024, three-day seminar
    .questions =
        When was the fair-trial seminar for Belarusian lawyers held?
        With whom was the 2024 seminar for Belarusian lawyers organised?
        What was the April 2024 training for Belarusian lawyers about?
        How long was the seminar for Belarusian lawyers?
        CEELI Institute Prague training for Belarusian lawyers, 2024
        Did Belarusian advocates get training on fair trial rights in April 2024?
        What was the three-day course for Belarusian lawyers with the Prague CEELI Institute about?
        fair trial seminar Belarusian lawyers
        In which city is the institute that co-organised the April 2024 seminar for Belarusian lawyers?
        Under which convention were Belarusian lawyers taught about the right to a fair trial in April 2024?
        What was that three-day course in spring 2024, held with a Prague institute, that taught Belarusian lawyers about fair hearings?
        Did Belarusian defence attorneys study the right to a fair hearing under the European Convention in early April 2024?
        ceeli prague belarus lawyers fair trial
        Was the April 2024 seminar for Belarusian lawyers about Article 6 fair trial rights?
        three-day fair trial seminar belarusian lawyers april 2024 ceeli
    .unanswered =
        Who were the trainers at the April 2024 seminar for Belarusian lawyers?
        When was the CEELI Institute founded?
        Who heads the CEELI Institute in Prague?
        Who paid for the fair-trial seminar for Belarusian lawyers?
        Were the lawyers at the April 2024 seminar still practising in Belarus?
        Which Strasbourg court cases were discussed at the April 2024 fair-trial seminar?
        What does the abbreviation CEELI stand for?
        Who funds the CEELI Institute?
        Has the CEELI Institute trained Belarusian judges?
fact-youth-side-event-2024 = On 17 April 2024, on the margins of the PACE spring session, a side event was held on revitalising democracy in Belarus with and for young people.
    .title = Youth side event at PACE (April 2024)
    .keywords = youth, young people, side event, PACE spring session, April 2024, revitalising democracy, youth participation, Council of Europe, 17 April 2024, with and for young people
    .questions =
        What youth event on Belarus was held at the 2024 PACE spring session?
        What was the side event of 17 April 2024 about?
        Was there a youth event on Belarus during the Assembly's April 2024 session?
        Side event on renewing Belarusian democracy with young people
        What was held for young Belarusians on the sidelines of PACE in April 2024?
        During which PACE session was the 2024 side event on democracy in Belarus and young people held?
        Did young Belarusians get a say at PACE in April 2024 on bringing democracy back to Belarus?
        What was that event for young people about bringing democracy back to Belarus, held alongside the Assembly's spring session in 2024?
        On what day in April 2024 did young Belarusians and PACE discuss reviving democracy in their country?
        pace spring 2024 youth event belarus democracy
        Was the April 2024 PACE side event on Belarusian democracy organised with and for young people?
        When did PACE host a side event on revitalising Belarusian democracy with young people?
        side event 17 april 2024 revitalising democracy belarus young people
    .unanswered =
        Who spoke at the 17 April 2024 side event on Belarusian youth?
        How many young Belarusians took part in the April 2024 side event at PACE?
        Who organised the youth side event at the 2024 PACE spring session?
        What recommendations came out of the April 2024 youth side event?
        In which city did the April 2024 youth side event on Belarus take place?
        Was the PACE side event on Belarusian youth streamed online?
        Which Belarusian youth groups took part in the 17 April 2024 event?
        How long did the 17 April 2024 side event on Belarusian youth last?
        When did the 2024 PACE spring session begin and end?
        What were the main debates of the 2024 PACE spring session?
        Did PACE adopt a resolution on Belarus at its April 2024 session?
fact-death-penalty-workshop-2024 = On 30–31 May 2024 a training workshop in Vilnius, Lithuania, worked on advancing the abolition of the death penalty in Belarus among Belarusian society, including the diaspora.
    .title = Death penalty workshop in Vilnius (2024)
    .short = Death penalty workshop in Vilnius
    .keywords = death penalty, capital punishment, abolition, workshop, training workshop, Vilnius, Vilnia, Lithuania, May 2024, diaspora, Belarusian society, executions, Council of Europe, 30–31 May 2024
    .questions =
        Where was the 2024 workshop on abolishing the death penalty held?
        When was the death penalty workshop in Vilnius?
        What was the Vilnius workshop of May 2024 about?
        Did the death penalty workshop include the Belarusian diaspora?
        Vilnius training on ending capital punishment in Belarus, May 2024
        Was there a workshop in Lithuania on scrapping executions in Belarus?
        Which Lithuanian city hosted the 2024 training on abolishing capital punishment?
        Among whom did the Vilnius workshop seek to advance the abolition of the death penalty?
        How many days did the 2024 Vilnius workshop on capital punishment last?
        What was that two-day training in the Lithuanian capital in late May 2024 about ending executions in Belarus?
        Did the 2024 Vilnius workshop reach Belarusians living abroad as well as those at home on scrapping the death penalty?
        vilnius workshop death penalty may 2024
        Where in the Baltic states was the 2024 training on ending the death penalty in Belarus held?
        vilnius training workshop abolition death penalty belarusian society diaspora
    .unanswered =
        How many people took part in the Vilnius workshop on the death penalty?
        Which NGO organised the May 2024 workshop in Vilnius on the death penalty?
        Who spoke at the 2024 Vilnius workshop on abolishing the death penalty?
        What did the participants of the Vilnius workshop agree to do next?
        Which venue in Vilnius hosted the May 2024 training?
        Did the Lithuanian government fund the Vilnius workshop on capital punishment?
        Why was Vilnius chosen for the death penalty workshop?
        How many Belarusians live in Lithuania?
        When did Lithuania abolish the death penalty?
        Which Belarusian organisations in Vilnius campaign against the death penalty?
fact-luxembourg-conference-2024 = On 6–7 June 2024 PACE and the Luxembourg Chamber of Deputies held the conference “The Luxembourg solutions” at the Luxembourg parliament on the role of national parliaments in addressing the challenges faced by Belarusians in exile. Wikipedia describes it as the launch of the Luxembourg Solutions initiative to assist Belarusians in exile.
    .title = “Luxembourg solutions” conference (2024)
    .keywords = Luxembourg solutions, Luxembourg Solutions initiative, Luxembourg, conference, June 2024, Chamber of Deputies, Luxembourg parliament, national parliaments, Belarusians in exile, exiles, PACE, diaspora, Council of Europe, 6–7 June 2024, role of national parliaments
    .questions =
        What was the “Luxembourg solutions” conference?
        When was the Luxembourg conference on Belarusians in exile held?
        Who organised the “Luxembourg solutions” conference?
        Where was the June 2024 conference on Belarusians in exile held?
        PACE conference in Luxembourg on helping Belarusian emigrants, June 2024
        What can national legislatures do for exiled Belarusians: the 2024 Luxembourg meeting
        When was the “Luxembourg Solutions” initiative launched?
        Luxembourg solutions conference June 2024
        Which national parliament co-hosted the June 2024 PACE conference on Belarusians in exile?
        How many days did the “Luxembourg solutions” conference last?
        What was that June 2024 gathering in the Grand Duchy's parliament about how national MPs can help Belarusians who fled their country?
        Which two-day meeting in Luxembourg in 2024 started an initiative to help exiled Belarusians?
        luxembourg conference exiled belarusians 2024
        What role of national parliaments did the June 2024 Luxembourg conference discuss?
        Was the “Luxembourg solutions” conference held in the Luxembourg parliament?
        luxembourg chamber of deputies pace conference june 2024
    .unanswered =
        How many parliamentarians attended the “Luxembourg solutions” conference?
        Who gave the opening speech at the “Luxembourg solutions” conference?
        Did Tsikhanouskaya attend the Luxembourg conference in June 2024?
        What is the budget of the Luxembourg Solutions initiative?
        Who is the Speaker of the Luxembourg Chamber of Deputies?
        Which countries' parliaments sent delegates to the Luxembourg conference?
        Did Paul Galles take part in the “Luxembourg solutions” conference?
        Is a second “Luxembourg solutions” conference planned?
        How many deputies sit in the Luxembourg Chamber of Deputies?
        How many Belarusians live in Luxembourg?
        Who leads the Luxembourg Solutions initiative?
fact-luxembourg-guide-2024 = On 25 September 2024 in Strasbourg PACE published “The Luxembourg Solutions”, a 107-page practical guide for legislators, European parliamentarians and other policymakers on the practical steps they can take to help Belarusians living in exile in Council of Europe member states. It is published in three languages: English, French and Belarusian.
    .title = “The Luxembourg Solutions” guide (2024)
    .keywords = Luxembourg Solutions, guide, handbook, practical guide, guide for legislators, parliamentarians, policymakers, 107 pages, Belarusians in exile, September 2024, publication, English French Belarusian, three languages, manual, Strasbourg, European parliamentarians, practical steps, 25 September 2024
    .questions =
        What is “The Luxembourg Solutions” guide?
        When was “The Luxembourg Solutions” published?
        In which languages is “The Luxembourg Solutions” available?
        PACE handbook for lawmakers on supporting Belarusian emigrants
        Is “The Luxembourg Solutions” handbook available in Belarusian?
        What did the Assembly publish in September 2024 to help Belarusians abroad?
        In how many languages was “The Luxembourg Solutions” guide published?
        In which city did PACE publish “The Luxembourg Solutions” guide?
        Luxembourg Solutions guide 107 pages
        Did PACE put out a how-to for lawmakers on helping Belarusians who left the country?
        Is “The Luxembourg Solutions” guide available in French?
        What is that PACE handbook from autumn 2024, over a hundred pages long, that tells lawmakers how to help Belarusians living abroad?
        Can I read the Assembly's 2024 practical guide on helping Belarusian exiles in English, French or Belarusian?
        luxembourg solutions handbook 107 pages
        What kind of steps does “The Luxembourg Solutions” guide describe for policymakers?
        luxembourg solutions guide 25 september 2024 strasbourg three languages
    .unanswered =
        Which experts prepared “The Luxembourg Solutions” guide?
        Where can I download “The Luxembourg Solutions” guide?
        How many copies of “The Luxembourg Solutions” were published?
        Has any country adopted measures from “The Luxembourg Solutions” guide?
        Who wrote the foreword to “The Luxembourg Solutions”?
        Will “The Luxembourg Solutions” guide be updated?
        How much did it cost to produce “The Luxembourg Solutions”?
        Who translated “The Luxembourg Solutions” into Belarusian?
        Which PACE committee is responsible for “The Luxembourg Solutions” guide?
        Has “The Luxembourg Solutions” been presented in any national parliament?
fact-help-programme = Under the Council of Europe's HELP programme (Human Rights Education for Legal Professionals), online training sessions are offered to Belarusian law students, and an online human rights hub adapted to the Belarusian context is operational.
    .title = HELP training for Belarusian law students
    .short = Online training for law students
    .keywords = HELP, Human Rights Education for Legal Professionals, online training, online course, law students, online hub, human rights hub, e-learning, legal education, hub, HELP programme, Belarusian context
    .questions =
        What does HELP stand for?
        What does the HELP programme offer Belarusian law students?
        Is there an online human rights hub for Belarus?
        What online training does the Council of Europe offer Belarusian law students?
        Council of Europe e-learning for Belarusian law students
        Can Belarusian law students take human rights courses online with the Council of Europe?
        Is there a human rights platform tailored to Belarus under the HELP programme?
        HELP programme Belarusian law students
        For which Belarusians are the HELP online training sessions meant?
        In what form does the HELP programme train Belarusian law students: online or in class?
        Which Council of Europe human rights education scheme for legal professionals runs remote courses for Belarusian law students?
        Is there an internet resource on human rights designed for the Belarusian situation that law students can use?
        help programme belarus online course
        What is the HELP online hub adapted to the Belarusian context?
        Are online training sessions under HELP being offered to Belarusian law students now?
        help human rights education for legal professionals belarus law students hub
    .unanswered =
        How many Belarusian law students have taken HELP courses?
        Since when has the HELP programme offered courses to Belarusians?
        Are the HELP courses available in Belarusian?
        How do Belarusian law students sign up for HELP courses?
        What are the titles of the HELP courses open to Belarusians?
        Is HELP training free of charge?
        Who runs the Belarusian human rights hub?
        When did the Council of Europe launch HELP?
        How many countries take part in the HELP programme?
        Who funds the HELP programme?
        Where is the HELP programme's secretariat based?
fact-liverpool-summer-school-2024 = Among its news, the Council of Europe's Contact Group page reported on 9 July 2024 that the second Liverpool Summer School, which examines Council of Europe law, was under way at the University of Liverpool. The 12-day event, “Council of Europe at 75: Protecting Human Rights, Democracy, and the Rule of Law in a Rapidly Changing World”, was organised by the university's School of Law and Social Justice.
    .title = Liverpool Summer School on Council of Europe law (2024)
    .short = Liverpool Summer School on CoE law
    .keywords = Liverpool Summer School, summer school, University of Liverpool, Liverpool, School of Law and Social Justice, Council of Europe at 75, Council of Europe law, July 2024, twelve days, second Liverpool Summer School, 9 July 2024
    .questions =
        What was the 2024 Liverpool Summer School?
        Who organised the Council of Europe summer school in Liverpool?
        “Council of Europe at 75” summer school, Liverpool 2024
        Which university hosted the 2024 summer school on the Council of Europe?
        Was the 2024 Liverpool summer course on the Council of Europe the first or the second one?
        What does the Liverpool Summer School examine?
        University of Liverpool Council of Europe law
        When did the Contact Group page report on the Liverpool Summer School?
        What Council of Europe anniversary does the title of the 2024 Liverpool summer school mention?
        What was that twelve-day course in an English university in summer 2024 on the law of the Council of Europe at 75?
        Which British law school ran a summer school on the Council of Europe in July 2024, and was it the first edition?
        liverpool summer school council of europe 2024
        Which university's School of Law and Social Justice organised the 2024 summer school on Council of Europe law?
        liverpool summer school 2024 council of europe at 75 twelve days
    .unanswered =
        How many Belarusian law students took part in the 2024 Liverpool Summer School?
        How much did it cost to attend the Liverpool Summer School?
        In what year did the very first Liverpool Summer School take place?
        Which speakers and teachers gave lectures at the 2024 Liverpool Summer School?
        Who directs the Liverpool Summer School?
        Can students from outside the UK apply to the Liverpool Summer School?
        What were the exact dates of the 2024 Liverpool Summer School?
        Will there be a third Liverpool Summer School?
        When was the University of Liverpool founded?
        Who heads the University of Liverpool's School of Law and Social Justice?
        How many students study at the University of Liverpool?

## People

fact-tsikhanouskaya = Sviatlana Tsikhanouskaya is the leader of Belarus's democratic forces; in 2020 she was the opposition candidate in the presidential election and set up the Coordination Council. She addressed the Committee of Ministers on 6 July 2022, opened the Contact Group's first meeting with the Secretary General on 7 November 2022, and has addressed PACE several times.
    .title = Sviatlana Tsikhanouskaya
    .keywords = Tsikhanouskaya, Tikhanovskaya, Tsikhanovskaya, Tichanovskaja, Cichanouskaja, Svetlana Tikhanovskaya, Sviatlana, opposition leader, leader of democratic forces, presidential candidate 2020, Coordination Council, biography, Svetlana, presidential candidate, 2020 election, founder of the Coordination Council
    .questions =
        Who is Sviatlana Tsikhanouskaya?
        What is Tsikhanouskaya's role in the Council of Europe's work on Belarus?
        Which body did Tsikhanouskaya set up in 2020?
        Who leads the Belarusian democratic forces?
        Did Tsikhanouskaya run for president in 2020?
        Sviatlana Tsikhanouskaya: biography and Council of Europe appearances
        Tsikhanouskaya Coordination Council 2020
        Which Council of Europe bodies has Tsikhanouskaya addressed?
        Which 2020 opposition presidential candidate later addressed the Committee of Ministers?
        Who is the woman who was the opposition's presidential candidate in 2020, founded the Coordination Council and later spoke to the Council of Europe?
        What has the Belarusian opposition leader done at the Council of Europe: speaking to ministers, opening the Contact Group, addressing PACE?
        tsikhanouskaya who is she
        What has Sviatlana Tsikhanouskaya done since 2020 as leader of the democratic forces?
        Tsikhanouskaya opposition candidate 2020 Coordination Council founder
    .unanswered =
        Where does Sviatlana Tsikhanouskaya live now?
        When did Tsikhanouskaya first address PACE?
        What share of the vote did Tsikhanouskaya get in the 2020 election?
        Who is Tsikhanouskaya's husband?
        Has Tsikhanouskaya been sentenced in absentia in Belarus?
        How many children does Tsikhanouskaya have?
        What was Sviatlana Tsikhanouskaya's profession before 2020?
        When were the last elections to the Coordination Council held?
        Who campaigned alongside Tsikhanouskaya in 2020?
        Which awards has Tsikhanouskaya received?
