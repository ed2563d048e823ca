# coe-work: what the Council of Europe's bodies have done about Belarus since 2022 (Contact Group, Committee of Ministers, PACE, Congress, Commissioner, activities)

## Dialogue with the democratic forces and the Contact Group

fact-tsikhanouskaya-cm-2022 = On 6 July 2022 the Committee of Ministers held an exchange of views with Sviatlana Tsikhanouskaya, leader of Belarus's democratic forces. It agreed to hold regular exchanges with the Belarusian democratic forces and asked the Secretary General to set up a contact group.
    .title = Committee of Ministers meets Tsikhanouskaya (2022)
    .keywords = Tsikhanouskaya, Tikhanovskaya, Tsikhanovskaya, Committee of Ministers, exchange of views, regular dialogue, met, meeting, July 2022, launch of dialogue, democratic forces, opposition leader, contact group proposal
fact-contact-group = On 7 September 2022 the Committee of Ministers decided (CM/Del/Dec(2022)1441/2.5) to create the Council of Europe Contact Group on cooperation with Belarusian democratic forces and civil society. It invited Secretary General Marija Pejčinović Burić to set it up; the group reports back twice a year.
    .title = Contact Group on Belarus created (2022)
    .keywords = Contact Group, contact group on Belarus, created, set up, established, founded, when, September 2022, 1441, CM/Del/Dec(2022)1441/2.5, democratic forces, civil society, cooperation with the opposition, reports twice a year
fact-contact-group-first-meeting = The Contact Group first met in November 2022; the meeting was opened by Secretary General Marija Pejčinović Burić and Sviatlana Tsikhanouskaya. Since then the group has met several times a year.
    .title = First meeting of the Contact Group (2022)
    .keywords = first meeting, inaugural meeting, opened, November 2022, Pejčinović Burić, Pejcinovic Buric, Secretary General, Tsikhanouskaya, Tikhanovskaya, how often does it meet, several times a year, Contact Group meetings
fact-contact-group-work = The Contact Group keeps the Council of Europe working with Belarusian opposition groups, independent media, human rights defenders and exiled activists. According to Wikipedia, it supports training for lawyers, campaigns against the death penalty, the democratic forces' participation in PACE and the Congress, and help for journalists and NGOs in exile.
    .title = What the Contact Group does
    .keywords = Contact Group, what does it do, purpose, aim, tasks, mandate, activities, support, opposition, independent media, human rights defenders, exiles, training lawyers, death penalty, NGOs in exile
fact-contact-group-priorities = The Contact Group's priorities: the rule of law, through study visits and one-day seminars for Belarusian lawyers on the ECHR and the Court's case-law; and helping journalists in exile counter the authorities' disinformation and propaganda and keep working, through visa easing, political or financial support and algorithms that tell propaganda from real journalism.
    .title = Priorities of the Contact Group
    .keywords = priorities, focus, goals, rule of law, study visits, seminars, ECHR, European Convention on Human Rights, case-law, lawyers, journalists in exile, disinformation, propaganda, visas, visa restrictions, financial support, algorithms
fact-reykjavik-summit-2023 = The declaration of the Council of Europe Summit held in Reykjavik in 2023 stressed the need for cooperation with the Belarusian democratic forces and civil society and the wish to continue the Contact Group's work.
    .title = Reykjavik Summit declaration (2023)
    .keywords = Reykjavik, Reykjavík, summit, Fourth Summit, heads of state, declaration, 2023, Iceland, continue the Contact Group, cooperation, momentum
fact-action-plan-15 = An action plan of 15 activities for Belarus began in February 2023. It covered human rights and the rule of law, changing attitudes to the death penalty, support for journalists in exile, political prisoners, women and minorities facing discrimination, and pluralist democracy at national and local level, with a focus on civil society and youth.
    .title = Action plan of 15 activities (2023)
    .keywords = action plan, 15 activities, 15-point plan, fifteen measures, February 2023, plan for Belarus, what was planned, human rights, rule of law, death penalty, journalists in exile, political prisoners, women, minorities, pluralist democracy, youth
fact-activities-2024-2025 = In January 2024 the Committee of Ministers endorsed the Contact Group's activities for 2024–2025: training for Belarusian lawyers and human rights defenders on European human-rights standards, death-penalty abolition awareness, democratic forces' participation in PACE sessions and the Congress, and events for exiled journalists, civil society and youth.
    .title = Activities for 2024–2025 (agreed 2024)
    .keywords = activities 2024-2025, list of activities, work plan, programme, January 2024, endorsed, approved, training, lawyers, human rights defenders, equality, non-discrimination, death penalty abolition, PACE sessions, Congress, journalists, youth, what is planned

## Committee of Ministers

fact-committee-of-ministers = The Committee of Ministers has led the Council of Europe's support for Belarusian democratic forces and human rights defenders: in July 2022 it met Sviatlana Tsikhanouskaya and agreed on regular meetings, and in September 2022 it asked the Secretary General to set up the Contact Group, which reports back to it twice a year.
    .title = Committee of Ministers and Belarus
    .keywords = Committee of Ministers, CM, foreign ministers, ministers' deputies, role, what did it do, support for democratic forces, human rights defenders, regular meetings, Contact Group, decision-making body
fact-cm-statement-2024-05 = According to Wikipedia, in May 2024 the Committee of Ministers reaffirmed its commitment to working with Belarusian democratic forces, stating: “There is a need to enhance cooperation with Belarusian human rights defenders, democratic forces, free media, and civil society in exile.”
    .title = Committee of Ministers statement (May 2024)
    .keywords = Committee of Ministers, May 2024, reaffirmed, commitment, statement, quote, enhance cooperation, free media, human rights defenders, civil society in exile, position

## Parliamentary Assembly (PACE)

fact-pace = The Parliamentary Assembly (PACE), which brings together parliamentarians from the Council of Europe's 46 member states, has been at the forefront of support for Belarus's democratic forces, condemning repression by the Lukashenka regime and demanding the release of political prisoners. Sviatlana Tsikhanouskaya has addressed PACE several times.
    .title = PACE and Belarus
    .keywords = PACE, Parliamentary Assembly, APCE, parliamentarians, 46 member states, role, position, condemns repression, political prisoners, release, Tsikhanouskaya speech, addressed, dialogue with opposition, journalists
fact-pace-2023-exiles = On 20 June 2023 PACE adopted Resolution 2499 (2023) “Addressing the specific challenges faced by the Belarusians in exile” (rapporteur Paul Galles). It hailed their “resilience, courage and determination” and called for legal and practical steps such as visa facilitation, protection from reprisals and support for Belarusian education and culture.
    .title = PACE resolution on Belarusians in exile (2023)
    .keywords = Resolution 2499, 2499 (2023), June 2023, Belarusians in exile, exiles, diaspora, emigrants, Paul Galles, resilience courage and determination, visas, visa facilitation, reprisals, protection, education, culture, documents
fact-pace-2024-democratic-future = On 25 January 2024 PACE adopted Resolution 2530 (2024) and Recommendation 2266 (2024) “A democratic future for Belarus” (rapporteur Kimmo Kiljunen). It created a representative delegation of Belarusian democratic forces and a General Rapporteur for a Democratic Belarus; Wikipedia's “recognition of opposition forces” overstates this.
    .title = PACE: “A democratic future for Belarus” (2024)
    .keywords = Resolution 2530, Recommendation 2266, January 2024, democratic future, Kimmo Kiljunen, representative delegation, General Rapporteur, recognition of the opposition, future membership, regime and people, differentiate, democratic forces in PACE
fact-pace-regime-vs-people = In its resolution of 25 January 2024 PACE encouraged European states to “continue to differentiate between the Lukashenka regime and the people of Belarus”, and declared that a future democratic Belarus will one day be welcomed into the Council of Europe.
    .title = PACE: regime and people are different (2024)
    .keywords = differentiate, distinguish, regime and people, regime not the people, ordinary Belarusians, Lukashenka regime, sanctions, collective responsibility, treatment of Belarusians, future democratic Belarus
fact-pace-2025-elections = On 30 January 2025 PACE adopted Resolution 2587 (2025) “The urgent need for free and fair elections in Belarus” (rapporteur Ryszard Petru). It found no grounds to recognise Aliaksandr Lukashenka as the legitimate president after the presidential election of 26 January 2025.
    .title = PACE does not recognise Lukashenka (2025)
    .keywords = Resolution 2587, January 2025, presidential election 2025, free and fair elections, not recognised, illegitimate, legitimacy, Lukashenka, Lukashenko, Ryszard Petru, refused to recognise, president
fact-pace-tribunal = In one of its resolutions PACE demanded an international tribunal for Belarusian leaders involved in the aggression against Ukraine. The Council of Europe's page does not give the date.
    .title = PACE calls for a tribunal
    .keywords = tribunal, international tribunal, prosecution, accountability, war, aggression against Ukraine, Belarusian leaders, complicity, Lukashenka, punish, court
fact-pace-olympics = In one of its resolutions PACE urged a total ban on Belarusian athletes taking part in the Paris Olympics. The Council of Europe's page does not give the date.
    .title = PACE: ban on Belarusian athletes at the Olympics
    .keywords = Olympics, Olympic Games, Paris Olympics, athletes, sportsmen, sport, ban, exclusion, neutral athletes, Belarusian athletes, IOC
fact-democratic-forces-in-pace = Special efforts have led to stronger political contacts with the Belarusian democratic forces, who now take part in PACE: in January 2024 the Assembly decided to welcome a representative delegation of them to parts of its work. According to Wikipedia, such a delegation still participates in PACE activities.
    .title = Belarusian democratic forces in PACE
    .keywords = delegation, representative delegation, democratic forces in PACE, opposition in PACE, take part, participate, seats, representation, who represents Belarus in PACE, sessions, Tsikhanouskaya team

## Václav Havel Human Rights Prize

fact-havel-bialiatski-2013 = On 30 September 2013 PACE awarded the first Václav Havel Human Rights Prize to Ales Bialiatski, the veteran Belarusian human rights defender, then in prison. The prize was received on his behalf by his wife, Natallia Pinchuk.
    .title = Havel Prize to Ales Bialiatski (2013)
    .keywords = Havel, Václav Havel, Vaclav Havel Prize, Havel Prize, human rights prize, award, first laureate, 2013, Bialiatski, Byalyatski, Bialiatsky, Beliatsky, Natallia Pinchuk, Natalia Pinchuk, wife, Viasna
fact-havel-kalesnikava-2021 = On 27 September 2021 PACE awarded the Václav Havel Human Rights Prize to Belarusian activist Maria Kalesnikava, then in prison. The prize was received on her behalf by her sister, Tatsiana Khomich.
    .title = Havel Prize to Maria Kalesnikava (2021)
    .keywords = Havel, Václav Havel, Vaclav Havel Prize, Havel Prize, human rights prize, award, laureate, 2021, Kalesnikava, Kolesnikova, Maria Kolesnikova, Maryia Kalesnikava, Tatsiana Khomich, Tatiana Khomich, sister

## Commissioner for Human Rights

fact-commissioner = After relations with the Belarusian authorities were suspended, the Commissioner for Human Rights called for stable residency in host countries for Belarusian civil society, social benefits for them and their families, help with their work and easier registration of new legal entities, and welcomed states' relocation and protection policies.
    .title = Commissioner for Human Rights on Belarusian exiles
    .keywords = Commissioner for Human Rights, human rights commissioner, stable residency, residence permits, social benefits, work permits, legal registration, NGOs in exile, relocation, protection policies, host countries, human rights defenders

## Congress of Local and Regional Authorities

fact-congress = The Congress of Local and Regional Authorities, an active member of the Contact Group, runs activities for Belarusians that promote democratic values in line with the European Charter of Local Self-Government, with a focus on local authorities' role in upholding human rights and on engaging women, youth and under-represented groups.
    .title = Congress of Local and Regional Authorities and Belarus
    .keywords = Congress, Congress of Local and Regional Authorities, local authorities, regional authorities, local democracy, European Charter of Local Self-Government, municipalities, women, youth, under-represented groups, role
fact-congress-peer-exchange-2023 = In November 2023 the Congress gathered in Strasbourg Belarusian activists of diverse political affiliations, selected together with the Contact Group, for a first peer exchange on the principles and standards needed for an efficient system of local self-government.
    .title = Congress peer exchange on local self-government (2023)
    .keywords = peer exchange, November 2023, Strasbourg, activists, local self-government, decentralisation, principles and standards, first meeting, Congress, municipal reform, political affiliations
fact-congress-2024-2025 = In 2024–2025 the Congress planned to reinforce its political support to the Belarusian democratic forces by involving them in relevant meetings, to help build European standards of local democracy into their work, and to facilitate exchanges with European local authorities on local self-government and good governance.
    .title = Congress plans for 2024–2025
    .keywords = Congress, 2024-2025, future activities, plans, political support, invited, participation in Congress sessions, local democracy standards, exchanges, European local authorities, good governance, capacity building
fact-congress-self-government-concept = According to Wikipedia, the Congress reviewed the “Local Self-Government Concept for a New Belarus” prepared by the opposition and invited Belarusian opposition representatives to take part in its 2025 sessions.
    .title = “Local Self-Government Concept for a New Belarus”
    .keywords = Local Self-Government Concept, concept for a New Belarus, new Belarus, reform, decentralisation, opposition plan, reviewed, 2025 sessions, invited, Congress
fact-congress-leaders-workshop = The Congress organised the workshop “Leaders for change: promoting democracy and human rights at local level” for Belarusians. According to Wikipedia, it has hosted workshops on decentralisation and self-government reform for Belarusian activists.
    .title = Workshop “Leaders for change”
    .keywords = Leaders for change, workshop, training, local level, democracy and human rights, decentralisation, self-government reform, activists, Congress, local leaders
fact-congress-release-2024 = On 5 August 2024 the President of the Congress, Marc Cools, welcomed on the Congress's behalf the release of prisoners of conscience in Russia and Belarus. The quoted part of his statement names Ksenia Fadeeva, a Tomsk city duma deputy, and Ilya Yashin, a Moscow municipal deputy.
    .title = Congress welcomes release of prisoners (2024)
    .keywords = Marc Cools, release, freed, prisoners of conscience, political prisoners, prisoner exchange, August 2024, Congress President, Ksenia Fadeeva, Ilya Yashin, statement, Russia

## Journalists

fact-platform-journalists = The Platform for the Protection of Journalism and Safety of Journalists, a Council of Europe collaboration with 15 international NGOs and journalists' associations, has monitored Belarus since March 2023. According to the Council of Europe's Contact Group page, by the end of December 2023 it had reported one case of impunity for murder and 38 journalists in detention.
    .title = Safety of Journalists Platform on Belarus
    .keywords = Safety of Journalists Platform, Platform for the Protection of Journalism, media freedom, alerts, journalists in detention, jailed journalists, 38 journalists, impunity, murder, press freedom, monitoring, March 2023, journalists detained, jailed journalists, imprisoned journalists, how many journalists
fact-journalists-workshop-2023 = On 21–22 March 2023 the Council of Europe held a workshop in Strasbourg for about 30 Belarusian journalists in exile. It was the first activity agreed under the Contact Group.
    .title = Workshop for journalists in exile (March 2023)
    .keywords = journalists in exile, workshop, March 2023, Strasbourg, 30 journalists, independent media, first activity, Contact Group, exiled journalists, media, training
fact-journalists-workshops-2023 = Two workshops for Belarusian journalists in exile were held in 2023, the first of them in Strasbourg on 21–22 March 2023.
    .title = Two workshops for journalists (2023)
    .keywords = two workshops, journalists in exile, 2023, independent media, exiled journalists, media support, how many workshops, training for journalists

## Other activities

fact-world-forum-2023 = The Council of Europe's annual World Forum for Democracy in 2023 hosted Belarusian youth activists.
    .title = World Forum for Democracy (2023)
    .keywords = World Forum for Democracy, forum, 2023, youth activists, young people, youth, Strasbourg forum, democracy forum
fact-lawyers-seminar-2024 = On 3–5 April 2024 a three-day training seminar for Belarusian lawyers on the right to a fair trial under the European Convention on Human Rights was organised jointly with the CEELI Institute (Prague).
    .title = Fair-trial seminar for lawyers (April 2024)
    .keywords = lawyers, advocates, training, seminar, fair trial, right to a fair trial, ECHR, European Convention on Human Rights, Article 6, CEELI Institute, Prague, April 2024, legal training
fact-youth-side-event-2024 = On 17 April 2024, on the margins of the PACE spring session, a side event was held on revitalising democracy in Belarus with and for young people.
    .title = Youth side event at PACE (April 2024)
    .keywords = youth, young people, side event, PACE spring session, April 2024, revitalising democracy, youth participation, young activists
fact-death-penalty-workshop-2024 = On 30–31 May 2024 a training workshop in Vilnius, Lithuania, worked on advancing the abolition of the death penalty among Belarusian society, including the diaspora.
    .title = Death penalty workshop in Vilnius (2024)
    .keywords = death penalty, capital punishment, abolition, executions, moratorium, workshop, Vilnius, Lithuania, May 2024, diaspora, awareness
fact-luxembourg-conference-2024 = On 6–7 June 2024 PACE and the Luxembourg Chamber of Deputies held the conference “The Luxembourg solutions” at the Luxembourg parliament on the role of national parliaments in addressing the challenges faced by Belarusians in exile.
    .title = “Luxembourg solutions” conference (2024)
    .keywords = Luxembourg solutions, Luxembourg, conference, June 2024, Chamber of Deputies, national parliaments, parliamentarians, Belarusians in exile, exiles, diaspora, PACE
fact-luxembourg-guide-2024 = On 25 September 2024 PACE published “The Luxembourg Solutions”, a 107-page practical guide for legislators, parliamentarians and other policymakers on steps to help Belarusians living in exile in Council of Europe member states. It is in English, French and Belarusian.
    .title = “The Luxembourg Solutions” guide (2024)
    .keywords = Luxembourg Solutions, guide, handbook, manual, practical guide, guide for legislators, parliamentarians, policymakers, 107 pages, Belarusians in exile, September 2024, publication, English French Belarusian
fact-help-programme = Under the Council of Europe's HELP programme (Human Rights Education for Legal Professionals), online training is offered to Belarusian law students, and an online human-rights hub adapted to the Belarusian context is operational.
    .title = HELP training for Belarusian law students
    .keywords = HELP, Human Rights Education for Legal Professionals, online training, online course, law students, hub, online hub, e-learning, legal education, lawyers

## People

fact-tsikhanouskaya = Sviatlana Tsikhanouskaya is the leader of Belarus's democratic forces. The opposition candidate in the 2020 presidential election, she set up the Coordination Council. In July 2022 she met the Committee of Ministers, in November 2022 she opened the Contact Group's first meeting, and she has addressed PACE several times.
    .title = Sviatlana Tsikhanouskaya
    .keywords = Tsikhanouskaya, Tikhanovskaya, Tsikhanovskaya, Tichanovskaja, Svetlana, Sviatlana, opposition leader, leader of democratic forces, presidential candidate, Coordination Council, who is, PACE speech
