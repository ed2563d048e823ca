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
fact-relations-1992 = According to the Council of Europe, from 1992 Belarus signed a number of Council of Europe conventions and took part in various Council of Europe projects and programmes. All this ended in March 2022, when the Committee of Ministers suspended all cooperation with the Belarusian authorities.
    .title = Start of relations (1992)
    .keywords = start of relations, beginning of relations, 1992, first contacts, early cooperation, history of relations, signing of conventions, Council of Europe projects, programmes, Belarus–Council of Europe relations, end of cooperation, beginning, since 1992, signed conventions, took part in programmes, projects
    .questions =
        When did relations between Belarus and the Council of Europe begin?
        What did Belarus do in its relations with the Council of Europe from 1992?
        Since when has Belarus signed Council of Europe conventions?
        When did Belarus's cooperation with the Council of Europe end?
        Since what year has Belarus cooperated with the Council of Europe?
fact-guest-status-1992 = According to the Belarusian foreign ministry, on 16 September 1992 the Parliamentary Assembly of the Council of Europe (PACE) granted the parliament of Belarus special guest status. The PACE Bureau suspended this status in January 1997.
    .title = Special guest status in PACE (1992)
    .keywords = special guest status, special guest, guest status, PACE, APCE, Parliamentary Assembly of the Council of Europe, Belarusian parliament, parliament of Belarus, status granted, 16 September 1992, September 1992, parliamentary ties, Parliamentary Assembly, parliament, granted
    .questions =
        When did Belarus get special guest status in PACE?
        What status did PACE grant the Belarusian parliament in 1992?
        Who granted the parliament of Belarus special guest status?
        What happened on 16 September 1992?
fact-application-1993 = On 12 March 1993 Belarus applied for membership of the Council of Europe. According to Wikipedia, it was not admitted because of concerns over its democratic credentials and human-rights record.
    .title = Membership application (1993)
    .keywords = membership application, application to join, accession request, bid for membership, candidacy, 12 March 1993, March 1993, 1993, not admitted, rejection, democratic credentials, human rights record, joining the Council of Europe, attempt to join, applied to join, accession, join the Council of Europe, bid, rejected, refused, wanted to join, asked to join, tried to join
    .questions =
        When did Belarus apply to join the Council of Europe?
        Why was Belarus not admitted to the Council of Europe?
        What happened on 12 March 1993?
        Did Belarus ever apply for membership of the Council of Europe?
        In which year did Belarus ask to become a member of the Council of Europe?
        When did Belarus try to join the Council of Europe?
fact-guest-suspended-1997 = In January 1997 the Bureau of the Parliamentary Assembly (PACE) suspended the special guest status of Belarus's parliament. According to Wikipedia, the reason was a lack of democratic progress.
    .title = Special guest status suspended (1997)
    .keywords = special guest status suspended, suspension of guest status, loss of guest status, PACE Bureau, Bureau of the Parliamentary Assembly, January 1997, 1997, lack of democratic progress, status withdrawn, Belarusian parliament, lost guest status, Parliamentary Assembly, suspension, withdrawn, revoked, stripped, parliament
    .questions =
        When was Belarus's special guest status in PACE suspended?
        Who suspended the special guest status of the Belarusian parliament?
        Why did PACE suspend Belarus's special guest status?
        What happened to Belarus in PACE in January 1997?
        When did Belarus lose its special guest status?
fact-never-member = Belarus has never been a member of the Council of Europe: the Council of Europe calls it the only European country never to have belonged to it, but says this has not stopped it promoting its values there and bringing the country closer to membership standards. According to Wikipedia, full membership stayed out of reach because of continued concerns about democracy, the rule of law and human rights.
    .title = Belarus has never been a member
    .keywords = non-member, not a member, never a member, membership, member state, only European country, never joined, outside the Council of Europe, full membership, membership standards, Council of Europe values, status of Belarus, outside the organisation
    .questions =
        Is Belarus a member of the Council of Europe?
        Which European country has never been a member of the Council of Europe?
        Why has Belarus never become a full member of the Council of Europe?
        Has Belarus ever belonged to the Council of Europe?
        Does the Council of Europe promote its values in Belarus although it is not a member?
fact-future-membership = In Resolution 2530 of 25 January 2024 PACE declared that “a future democratic, independent, sovereign, peaceful and prosperous Belarus” will one day be welcomed into the Council of Europe.
    .title = Prospect of future membership (2024)
    .keywords = future membership, membership prospects, future accession, democratic Belarus, new Belarus, welcome into the Council of Europe, Resolution 2530, January 2024, PACE declaration, sovereign Belarus, welcomed into the Council of Europe
    .questions =
        Can a democratic Belarus join the Council of Europe in the future?
        What did PACE declare in January 2024 about Belarus's future membership?
        Will Belarus one day be welcomed into the Council of Europe?
        What kind of Belarus does PACE want to welcome into the Council of Europe?
        Could Belarus become a member of the Council of Europe one day?
fact-relations-today = Belarus is not a member of the Council of Europe, and on 17 March 2022 the Committee of Ministers suspended all cooperation with the Belarusian authorities. Since then the Council of Europe has worked with Belarusian democratic forces and civil society in exile, notably through the Contact Group it decided to set up in September 2022.
    .title = Relations today (since 2022)
    .keywords = current relations, relations today, present state of relations, current status, official relations, Belarusian authorities, democratic forces, civil society in exile, Contact Group, overview, relationship with the Council of Europe, relations now, today, state of relations, cooperation now, authorities, exile
    .questions =
        What are relations between Belarus and the Council of Europe like today?
        Does the Council of Europe cooperate with the Belarusian authorities now?
        Whom has the Council of Europe worked with since 2022?
        What is the current state of relations between Belarus and the Council of Europe?

## Partial agreements and bodies

fact-partial-agreements = Besides conventions, Belarus took part in the Venice Commission, the Enlarged Partial Agreement on Sport (EPAS), the Group of States against Corruption (GRECO) and the European Pharmacopoeia. On 17 March 2022 the Committee of Ministers suspended its associate membership of the Venice Commission, its observer seats in EPAS and the Pharmacopoeia Commission, and its GRECO representation except where GRECO examines Belarus under ETS 173, 174 and 191.
    .title = Partial agreements and bodies
    .keywords = partial agreements, four partial agreements, Council of Europe bodies, participation, forms of participation, Venice Commission, EPAS, GRECO, European Pharmacopoeia, associate member, observer, Council of Europe structures
    .questions =
        In which Council of Europe bodies and partial agreements did Belarus take part?
        What were the four partial agreements Belarus took part in?
        What happened to Belarus's participation in the Venice Commission, EPAS, GRECO and the Pharmacopoeia in 2022?
        Besides conventions, how did Belarus take part in the work of the Council of Europe?
fact-venice-commission = According to the Belarusian foreign ministry, Belarus became an associate member of the Venice Commission (European Commission for Democracy through Law) in 2010. On 17 March 2022 the Committee of Ministers suspended this associate membership.
    .title = Venice Commission: associate membership (2010)
    .short = Venice Commission associate membership
    .keywords = Venice Commission, European Commission for Democracy through Law, democracy through law, associate member, associate membership, 2010, suspended in 2022, constitutional law
    .questions =
        Since when has Belarus been an associate member of the Venice Commission?
        What is the full name of the Venice Commission?
        What status did Belarus have in the Venice Commission?
        When was Belarus's associate membership of the Venice Commission suspended?
        When did Belarus join the Venice Commission?
fact-greco = Belarus took part in the Group of States against Corruption (GRECO). On 17 March 2022 the Committee of Ministers suspended its GRECO representation except where GRECO examines Belarus under ETS 173, 174 and 191, and by a law of 5 January 2024 Belarus denounced those three treaties. Wikipedia describes Belarus's participation in GRECO as suspended in 2022.
    .title = GRECO and Belarus (2022)
    .keywords = GRECO, Group of States against Corruption, anti-corruption body, corruption monitoring, evaluation of Belarus, GRECO representation, partial suspension, ETS 173, ETS 174, ETS 191, 2022, corruption, evaluation, monitoring, representation suspended
    .questions =
        What does GRECO stand for?
        Did Belarus take part in GRECO?
        What did the 2022 decision change for Belarus in GRECO?
        In which cases could GRECO still examine Belarus after March 2022?
fact-epas = Belarus took part as an observer in the Enlarged Partial Agreement on Sport (EPAS). On 17 March 2022 the Committee of Ministers suspended Belarus's observer seat in EPAS.
    .title = EPAS: observer seat suspended (2022)
    .short = Agreement on Sport: seat suspended
    .keywords = EPAS, Enlarged Partial Agreement on Sport, partial agreement on sport, sport, sports policy, observer, observer seat, observer status, suspended in 2022, suspended, partial agreement
    .questions =
        What does EPAS stand for?
        What was Belarus's role in the Enlarged Partial Agreement on Sport?
        When was Belarus's observer seat in EPAS suspended?
        Was Belarus an observer in a Council of Europe agreement on sport?
fact-pharmacopoeia = Belarus took part in the work of the European Pharmacopoeia as an observer in the European Pharmacopoeia Commission. On 17 March 2022 the Committee of Ministers suspended this observer seat.
    .title = European Pharmacopoeia: observer seat suspended (2022)
    .short = Pharmacopoeia: observer seat suspended
    .keywords = European Pharmacopoeia, Pharmacopoeia Commission, pharmacopeia, medicines, quality of medicines, pharmaceuticals, observer, observer seat, suspended in 2022, suspended, partial agreement, medicine quality
    .questions =
        Did Belarus take part in the European Pharmacopoeia?
        What status did Belarus have in the European Pharmacopoeia Commission?
        When was Belarus's observer seat in the Pharmacopoeia Commission suspended?

## Co-operation programmes

fact-cooperation-programmes = The Council of Europe ran two co-operation action plans for Belarus, for 2016–2017 and for 2019–2021. According to its programmes page, nothing under them has been implemented since August 2020.
    .title = Co-operation action plans for Belarus (2016–2021)
    .keywords = co-operation programme, cooperation programmes, action plans for Belarus, two action plans, technical cooperation, projects in Belarus, 2016–2021, Council of Europe programmes, action plan, programmes
    .questions =
        Did the Council of Europe have co-operation programmes with Belarus?
        Which action plans did the Council of Europe run for Belarus?
        How many co-operation action plans did the Council of Europe have for Belarus?
fact-action-plan-2016 = The Council of Europe's action plan for Belarus for 2016–2017 was adopted on 18 October 2016 and later extended to 2018.
    .title = Action plan 2016–2017 (adopted 2016)
    .keywords = action plan 2016–2017, action plan for Belarus 2016–2017, 18 October 2016, October 2016, adoption, extended to 2018, extension
    .questions =
        When was the Council of Europe action plan for Belarus for 2016–2017 adopted?
        Until when was the 2016–2017 action plan for Belarus extended?
        What did the Council of Europe adopt for Belarus on 18 October 2016?
fact-action-plan-2019 = The Council of Europe's action plan for Belarus for 2019–2021 was adopted on 10 July 2019. According to the Council of Europe, nothing under it has been implemented since August 2020.
    .title = Action plan 2019–2021 (adopted 2019)
    .keywords = action plan 2019–2021, action plan for Belarus 2019–2021, 10 July 2019, July 2019, adoption, not implemented, August 2020
    .questions =
        When was the action plan for Belarus for 2019–2021 adopted?
        What happened to the 2019–2021 action plan after August 2020?
        What did the Council of Europe adopt for Belarus on 10 July 2019?
fact-programmes-halted-2020 = According to the Council of Europe's programmes page, no co-operation activities with Belarus have been implemented since August 2020, the month of the disputed presidential election. On 17 March 2022 the Committee of Ministers suspended all cooperation with the Belarusian authorities.
    .title = Co-operation halted (August 2020)
    .keywords = cooperation halted, programmes frozen, no activities, August 2020, projects stopped, after the 2020 election, action plans not implemented, end of technical cooperation, freeze of programmes, cooperation stopped, programmes halted, frozen, since August 2020, after the election, action plan not implemented, technical cooperation ended
    .questions =
        Since when have no Council of Europe co-operation activities been carried out in Belarus?
        What happened to Council of Europe programmes in Belarus after the 2020 election?
        When did the Council of Europe's projects in Belarus stop?
        Were the action plans for Belarus implemented after August 2020?
fact-election-2020 = According to Wikipedia, after the disputed presidential election of 9 August 2020 and the crackdown on the protests that followed, the Council of Europe intensified its criticism of the Belarusian authorities.
    .title = Reaction to the 2020 election
    .keywords = 2020 election, presidential election 2020, 9 August 2020, disputed election, undemocratic election, protests, crackdown, repression of protesters, criticism, reaction of the Council of Europe, post-election crisis, presidential election, repression, condemned, reaction
    .questions =
        How did the Council of Europe react to the 2020 presidential election in Belarus?
        When was the disputed presidential election in Belarus held?
        What did the Council of Europe do after the crackdown on the 2020 protests?

## The 2022 suspension

fact-suspension-2022 = On 17 March 2022, the day after Russia was expelled from the Council of Europe over its full-scale war against Ukraine, the Committee of Ministers suspended all cooperation with the Belarusian authorities. According to Wikipedia, it cited Belarus's complicity in the invasion of Ukraine. Work with Belarusian civil society and democratic forces in exile continues.
    .title = All cooperation suspended (March 2022)
    .keywords = suspension of cooperation, cooperation suspended, 17 March 2022, March 2022, Committee of Ministers decision, complicity, aggression against Ukraine, war in Ukraine, invasion, expulsion of Russia, Russia expelled, cut ties, freeze of relations, end of cooperation, suspension, suspended, broke off relations, war, Committee of Ministers, freeze, reason
    .questions =
        When did the Council of Europe suspend cooperation with Belarus?
        Why did the Council of Europe suspend all cooperation with the Belarusian authorities?
        Who decided to suspend cooperation with Belarus in March 2022?
        What happened the day after Russia was expelled from the Council of Europe?
        Does the Council of Europe still work with Belarusian civil society?
fact-suspension-2022-scope = By decision CM/Del/Dec(2022)1429/2.5, taken at its 1429th meeting on 17 March 2022, the Committee of Ministers suspended Belarus from the Committee of Ministers, the Congress of Local and Regional Authorities and their bodies, and suspended its observer seats in the European Pharmacopoeia Commission and EPAS, its associate membership of the Venice Commission and its GRECO representation, with two exceptions.
    .title = What the 2022 decision covered
    .keywords = scope of the decision, decision 1429, CM/Del/Dec(2022)1429/2.5, 1429th meeting, Congress of Local and Regional Authorities, Committee of Ministers bodies, Venice Commission, GRECO, EPAS, Pharmacopoeia Commission, observer seats, bodies affected, scope, Committee of Ministers, Congress, Pharmacopoeia, details
    .questions =
        What did the Committee of Ministers' decision of 17 March 2022 suspend?
        Which Council of Europe bodies was Belarus suspended from in 2022?
        What is decision CM/Del/Dec(2022)1429/2.5?
        At which meeting did the Committee of Ministers suspend Belarus?
        Was Belarus suspended from the Congress of Local and Regional Authorities?
fact-suspension-2022-exceptions = The Committee of Ministers' decision of 17 March 2022 made two exceptions: Belarus kept its rights as a party to the European Cultural Convention (ETS 18) and its GRECO representation where GRECO examines Belarus under ETS 173, 174 and 191. Belarus itself later suspended the Cultural Convention (November 2023) and denounced ETS 173, 174 and 191 (law of 5 January 2024).
    .title = Exceptions in the 2022 decision
    .keywords = exceptions, two exceptions, carve-out, rights kept, European Cultural Convention, ETS 18, GRECO evaluation, ETS 173, ETS 174, ETS 191, remaining ties, partial suspension, kept rights
    .questions =
        What exceptions did the 2022 suspension decision make?
        Which rights did Belarus keep after 17 March 2022?
        Did Belarus remain a party to the European Cultural Convention after the 2022 decision?
        In which cases did Belarus keep its representation in GRECO?
        What was not suspended by the decision of 17 March 2022?
fact-civil-society-engagement = When it suspended relations with the Belarusian authorities in March 2022, the Council of Europe kept working with Belarusian civil society and democratic forces in exile, especially young people, independent media and human rights defenders. In September 2022 it decided to set up a Contact Group for this cooperation.
    .title = Work with civil society continues (since 2022)
    .short = Work with civil society continues
    .keywords = civil society, democratic forces in exile, Belarusian opposition, continued engagement, youth, young people, independent media, human rights defenders, exiled Belarusians, cooperation after the suspension, opposition, still cooperates, continues, engagement, after suspension
    .questions =
        Whom did the Council of Europe keep working with after March 2022?
        Does the Council of Europe still cooperate with Belarusian civil society?
        Which groups of Belarusians in exile does the Council of Europe especially work with?
        When did the Council of Europe decide to set up a Contact Group on Belarus?
fact-extremist-2025 = According to Wikipedia, in 2025 the Belarusian authorities added the Council of Europe website to the list of extremist materials.
    .title = Council of Europe website listed as extremist (2025)
    .short = CoE website listed as extremist
    .keywords = extremist materials, list of extremist materials, extremist list, Council of Europe website, coe.int, ban, blocking, declared extremist, 2025, Belarusian authorities, censorship, Council of Europe site, website, banned, blocked
    .questions =
        Did Belarus declare the Council of Europe website extremist?
        When was the Council of Europe website added to the list of extremist materials?
        What did the Belarusian authorities do with the Council of Europe website in 2025?

## Conventions

fact-conventions-12 = By the Council of Europe's count as of 2020, Belarus had ratified 12 Council of Europe conventions and protocols and took part in four partial agreements (Venice Commission, GRECO, EPAS, European Pharmacopoeia). Since then Belarus suspended the European Cultural Convention (November 2023) and denounced ETS 173, 174 and 191 by a law of 5 January 2024.
    .title = 12 conventions ratified (as of 2020)
    .keywords = number of conventions, 12 conventions, twelve conventions, ratified treaties, ratifications, treaties and protocols, 2020 count, treaty count, legal ties, party to conventions, four partial agreements, number of treaties, twelve, ratified, treaties, count, CoE, international treaties, signed and ratified
    .questions =
        How many Council of Europe conventions has Belarus ratified?
        How many treaties and protocols had Belarus ratified by 2020?
        In how many partial agreements did Belarus take part?
        Which treaties has Belarus suspended or denounced since 2020?
fact-conventions-list = By the Council of Europe's 2020 count, Belarus's treaties included the European Cultural Convention (ETS 18), the Convention on Information on Foreign Law (ETS 62) and its Protocol, the Bern Convention (ETS 104), the Anti-Doping Convention (ETS 135) and its Protocol, the Lisbon Recognition Convention (ETS 165), the anti-trafficking Convention (CETS 197) and ETS 173, 174 and 191 on corruption. Belarus suspended ETS 18 in November 2023 and denounced ETS 173, 174 and 191 in January 2024.
    .title = Which conventions Belarus ratified
    .short = Which conventions Belarus ratified
    .keywords = list of conventions, names of treaties, treaties of Belarus, ratified conventions, treaty list, ETS numbers
    .questions =
        Which Council of Europe conventions has Belarus ratified?
        Is the Bern Convention among the treaties Belarus ratified?
        Which of Belarus's Council of Europe treaties were suspended or denounced in 2023 and 2024?
        Which anti-corruption treaties of the Council of Europe had Belarus joined?
fact-conv-cultural = The European Cultural Convention (ETS 18) is one of the 12 Council of Europe treaties Belarus had ratified by the Council of Europe's 2020 count. The Committee of Ministers' decision of 17 March 2022 expressly kept Belarus's rights as a party to it, but in November 2023 Belarus suspended the convention.
    .title = European Cultural Convention (ETS 18)
    .keywords = European Cultural Convention, ETS 18, cultural convention, culture, cultural cooperation, party rights, rights kept, suspended, November 2023, heritage
    .questions =
        Is Belarus a party to the European Cultural Convention?
        What is ETS 18?
        What happened to the European Cultural Convention for Belarus in 2023?
        Did the 2022 suspension affect Belarus's rights under the European Cultural Convention?
fact-conv-foreign-law = The European Convention on Information on Foreign Law (ETS 62) and its Additional Protocol are among the 12 Council of Europe treaties and protocols Belarus had ratified by the Council of Europe's 2020 count.
    .title = Convention on Information on Foreign Law (ETS 62)
    .short = Convention on foreign law information
    .keywords = European Convention on Information on Foreign Law, information on foreign law, foreign law, ETS 62, Additional Protocol, legal information, exchange of legal information, judicial cooperation, courts
    .questions =
        Is Belarus a party to the European Convention on Information on Foreign Law?
        What is ETS 62?
        Has Belarus ratified the Additional Protocol to the convention on information on foreign law?
fact-conv-bern = The Convention on the Conservation of European Wildlife and Natural Habitats, the Bern Convention (ETS 104), is one of the 12 Council of Europe treaties and protocols Belarus had ratified by the Council of Europe's 2020 count.
    .title = Bern Convention (ETS 104)
    .keywords = Bern Convention, Berne Convention, ETS 104, European wildlife, natural habitats, nature conservation, environment, biodiversity, flora and fauna, wildlife, nature, conservation
    .questions =
        Has Belarus ratified the Bern Convention?
        What is ETS 104?
        Is Belarus a party to the Council of Europe convention on wildlife and natural habitats?
fact-conv-anti-doping = Belarus has ratified the Council of Europe Anti-Doping Convention (ETS 135) and its Additional Protocol. The Council of Europe names the Anti-Doping Convention among the 12 conventions Belarus had ratified by its 2020 count.
    .title = Anti-Doping Convention (ETS 135)
    .keywords = Anti-Doping Convention, anti-doping, doping, doping in sport, ETS 135, Additional Protocol, drugs in sport, sport, athletes
    .questions =
        Has Belarus ratified the Anti-Doping Convention?
        What is ETS 135?
        Is Belarus a party to the Additional Protocol to the Anti-Doping Convention?
fact-conv-lisbon = Belarus has ratified the Convention on the Recognition of Qualifications concerning Higher Education in the European Region, the Lisbon Recognition Convention (ETS 165). The Council of Europe names it among the 12 conventions Belarus had ratified by its 2020 count.
    .title = Lisbon Recognition Convention (ETS 165)
    .keywords = Lisbon Recognition Convention, Lisbon Convention, ETS 165, higher education, recognition of qualifications, recognition of diplomas, degrees, universities, students, diplomas, education
    .questions =
        Has Belarus ratified the Lisbon Recognition Convention?
        What is ETS 165?
        Which Council of Europe convention on recognising higher-education qualifications has Belarus ratified?
fact-conv-trafficking = The Council of Europe Convention on Action against Trafficking in Human Beings (CETS 197) entered into force for Belarus on 1 March 2014; Belarus was the first non-member state of the Council of Europe to join it. The Council of Europe names it among the 12 conventions Belarus had ratified by its 2020 count.
    .title = Anti-trafficking Convention (CETS 197, 2014)
    .short = Anti-trafficking Convention
    .keywords = trafficking in human beings, human trafficking, anti-trafficking convention, CETS 197, ETS 197, GRETA, first non-member state, 1 March 2014, entry into force, exploitation, anti-trafficking, slavery
    .questions =
        When did the anti-trafficking convention enter into force for Belarus?
        Which was the first non-member state to join the Convention on Action against Trafficking in Human Beings?
        What is CETS 197?
        Has Belarus joined the Council of Europe convention against human trafficking?
fact-conv-corruption-criminal = Belarus was a party to the Criminal Law Convention on Corruption (ETS 173). The Committee of Ministers' decision of 17 March 2022 kept Belarus's GRECO representation where GRECO examines Belarus under it, but by a law of 5 January 2024 Belarus denounced the convention.
    .title = Criminal Law Convention on Corruption (ETS 173)
    .short = Criminal Law Convention on Corruption
    .keywords = Criminal Law Convention on Corruption, ETS 173, corruption, bribery, criminal law, anti-corruption, denounced, withdrawal, GRECO, 2024, withdrew
    .questions =
        Is Belarus still a party to the Criminal Law Convention on Corruption?
        What is ETS 173?
        When did Belarus denounce the Criminal Law Convention on Corruption?
        What did the 2022 decision keep for Belarus in GRECO under ETS 173?
fact-conv-corruption-civil = Belarus was a party to the Civil Law Convention on Corruption (ETS 174). By a law of 5 January 2024 Belarus denounced it, together with the Criminal Law Convention on Corruption and its Additional Protocol.
    .title = Civil Law Convention on Corruption (ETS 174)
    .short = Civil Law Convention on Corruption
    .keywords = Civil Law Convention on Corruption, ETS 174, corruption, civil law, compensation for damage, anti-corruption, denounced, withdrawal, GRECO, 2024, withdrew
    .questions =
        Is Belarus a party to the Civil Law Convention on Corruption?
        What is ETS 174?
        When did Belarus denounce the Civil Law Convention on Corruption?
fact-conv-corruption-protocol = Belarus was a party to the Additional Protocol to the Criminal Law Convention on Corruption (ETS 191). By a law of 5 January 2024 Belarus denounced it, together with ETS 173 and ETS 174.
    .title = Additional Protocol on corruption (ETS 191)
    .keywords = Additional Protocol to the Criminal Law Convention on Corruption, ETS 191, protocol, corruption, bribery, arbitrators, jurors, denounced, withdrawal, 2024, withdrew
    .questions =
        What is ETS 191?
        Did Belarus denounce the Additional Protocol to the Criminal Law Convention on Corruption?
        Together with which treaties did Belarus denounce ETS 191?
fact-denunciation-2024 = By a law of 5 January 2024 Belarus denounced three Council of Europe anti-corruption treaties: the Criminal Law Convention on Corruption (ETS 173), its Additional Protocol (ETS 191) and the Civil Law Convention on Corruption (ETS 174).
    .title = Corruption conventions denounced (2024)
    .keywords = denunciation, denounced, withdrawal, pulling out, law of 5 January 2024, January 2024, ETS 173, ETS 174, ETS 191, anti-corruption treaties, corruption conventions, GRECO, withdrew, left, pulled out
    .questions =
        Which Council of Europe conventions did Belarus denounce in 2024?
        When did Belarus denounce the anti-corruption conventions?
        What did the Belarusian law of 5 January 2024 do?
        How many Council of Europe treaties did Belarus denounce?
        Which Council of Europe conventions did Belarus withdraw from in 2024?
fact-cultural-suspended-2023 = In November 2023 Belarus suspended the European Cultural Convention (ETS 18), the treaty whose party rights the Committee of Ministers had expressly preserved when it suspended relations with Belarus in March 2022.
    .title = European Cultural Convention suspended (2023)
    .short = European Cultural Convention suspended
    .keywords = European Cultural Convention, ETS 18, suspension of the convention, November 2023, 2023, culture, cultural cooperation, stopped applying, preserved rights, suspended, suspension
    .questions =
        When did Belarus suspend the European Cultural Convention?
        What did Belarus do with the European Cultural Convention in November 2023?
        Which Council of Europe convention did Belarus suspend in 2023?
        Had the Committee of Ministers preserved Belarus's rights under the European Cultural Convention?
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
fact-non-member-accession = According to the Council of Europe Treaty Office, most Council of Europe conventions allow states that are not members of the organisation to become parties by accession, on the invitation of the Committee of Ministers. Belarus, never a member, had ratified 12 Council of Europe treaties and protocols by the Council of Europe's 2020 count.
    .title = Conventions open to non-member states
    .short = Conventions open to non-member states
    .keywords = non-member states, accession, invitation to accede, treaties open to non-members, party without membership, Treaty Office, invitation by the Committee of Ministers
    .questions =
        Can a state that is not a member of the Council of Europe join its conventions?
        How can Belarus be a party to Council of Europe conventions without being a member?
        Who invites non-member states to accede to Council of Europe conventions?
