# civil-society: the concerted position of Belarusian human-rights organisations, the August 2020 civil-society statement, FIDH “Free Ales” solidarity items (2012–2013), Solidarity Day, the Amnesty marathon and the CCBE award

## Concerted position and the open letter of 9 January 2015

fact-concerted-position = The “Concerted position on international partners’ relations with Belarus” is a joint position of eight Belarusian human-rights organisations. It finds no systemic changes despite some positive tendencies over six months, calls human rights a top priority for relations with Belarus, and urges constant monitoring, political pressure and an inclusive dialogue.
    .title = Concerted position of human-rights organisations
    .keywords = concerted position, joint position, human rights organisations, human rights defenders, international partners, relations with Belarus, no systemic changes, top priority, monitoring, political pressure, inclusive dialogue, Human Rights House, recommendations, strategy towards Belarus

fact-concerted-un-rapporteur = The concerted position of Belarusian human-rights organisations calls on the international community to keep the human-rights situation in Belarus under international scrutiny, in particular by renewing the mandate of the UN Special Rapporteur on the situation of human rights in Belarus.
    .title = Renewing the UN Special Rapporteur’s mandate
    .keywords = UN Special Rapporteur, special rapporteur on Belarus, United Nations, UN mandate, renew the mandate, extend the mandate, international scrutiny, international monitoring, UN rapporteur

fact-concerted-eu-plan = The concerted position asks the EU to adopt as EU Council conclusions, and publish, a plan of minimal measures expected from the Belarusian authorities, and to develop with them a roadmap for it. The roadmap must include full cooperation with UN and OSCE mechanisms and the points of the open letter of 9 January 2015.
    .title = EU plan of minimal measures and roadmap
    .keywords = EU Council conclusions, plan of minimal measures, minimum measures, roadmap, road map, European Union, EU policy, conditions for Minsk, OSCE, UN mechanisms, benchmarks, what the EU should demand

fact-hr-community-dialogue = The concerted position asks that the Belarusian human-rights community be treated as an actor in the human-rights dialogues between the EU and Belarus and between the US and Belarus, and be included in them as an equal partner.
    .title = Human-rights defenders in EU and US dialogues
    .keywords = human rights dialogue, EU–Belarus dialogue, EU-Belarus, US–Belarus dialogue, United States, USA, equal partner, civil society participation, include human rights defenders, seat at the table

fact-open-letter-2015 = In an open letter of 9 January 2015 Belarusian human-rights organisations made seven demands: close political cases and restore ex-prisoners’ rights; lift Alena Tankachova’s entry ban; register Viasna and other NGOs; stop persecuting Belsat and Racyja journalists; a moratorium on executions; repeal Article 193.1; align laws with international standards.
    .title = Open letter of 9 January 2015
    .keywords = open letter, 9 January 2015, January 2015, letter of human rights organisations, demands, list of demands, seven points, what they demanded, conditions, requirements

fact-political-cases-2015 = The open letter of 9 January 2015 demanded closing the political cases against journalist Aliaksandr Alesin, graffiti artists Maksim Piakarski, Vadzim Zharomski and Viachaslau Kasinerau and politician Ales Mikhalevich; a public retrial of Mikhail Zhamchuzhny of Platform Innovation; and removing convictions to restore former political prisoners’ rights.
    .title = Political criminal cases (2015 demands)
    .keywords = Alesin, Aleksandr Alesin, Alexander Alesin, Piakarski, Pekarski, Zharomski, Zheromsky, Kasinerau, Kasinerov, Kosinerov, graffiti artists, Mikhalevich, Zhamchuzhny, Zhemchuzhny, Platform Innovation, former political prisoners, rehabilitation, remove convictions

fact-tankachova-entry-ban = The open letter of 9 January 2015 demanded lifting the ban on entering Belarus imposed on human-rights activist Alena Tankachova, and safe conditions for the return of people forced to leave the country because of political persecution.
    .title = Alena Tankachova’s entry ban (2015)
    .keywords = Tankachova, Tonkacheva, Tonkachova, Elena Tonkacheva, Alena Tankacheva, entry ban, banned from entering, not allowed into Belarus, forced to leave, exiles, political emigrants, safe return

fact-viasna-registration = The open letter of 9 January 2015 demanded that the authorities register the Human Rights Centre Viasna and other non-profit organisations that choose to apply for registration.
    .title = Registration of Viasna and NGOs (2015)
    .keywords = register Viasna, registration, Viasna registration, Vyasna, Vesna, NGO registration, non-profit organisations, unregistered NGO, legalise, freedom of association

fact-belsat-racyja = The open letter of 9 January 2015 demanded an end to the persecution of journalists of Belsat TV and Radio Racyja and of other journalists working for foreign media, and an end to interference in their professional work in Belarus.
    .title = Belsat and Radio Racyja journalists (2015)
    .keywords = Belsat, Belsat TV, Radio Racyja, Radio Ratsyja, Racja, foreign media, journalists for foreign media, freelance journalists, persecution of journalists, press freedom, media freedom

fact-death-penalty-moratorium = In their open letter of 9 January 2015, repeated in the concerted position, Belarusian human-rights organisations demanded that the authorities introduce a moratorium on executions.
    .title = Moratorium on executions (2015 demand)
    .keywords = moratorium, death penalty, capital punishment, executions, abolish the death penalty, abolition, death sentence, stop executions, moratorium on the death penalty

fact-article-193-1 = Article 193.1 of Belarus’s Criminal Code is linked in the human-rights organisations’ demands to the ban on activity on behalf of unregistered organisations: their open letter of 9 January 2015, repeated in the concerted position, demanded repealing the article as well as that ban.
    .title = Article 193.1 of the Criminal Code
    .keywords = Article 193.1, article 193-1, 193 1, 193.1, Criminal Code, unregistered organisations, unregistered organizations, acting on behalf of an unregistered organisation, criminal liability, repeal, freedom of association, NGO activity

fact-human-rights-legislation = The open letter of 9 January 2015 called on the Belarusian authorities to launch systematic work to bring the country’s human-rights legislation in line with international standards.
    .title = Legislation and international standards (2015)
    .keywords = legislation, laws, legal reform, law reform, international standards, bring in line, harmonise, human rights law, systematic work

fact-concerted-signatories = The concerted position’s eight signatories: the Office for the Rights of People with Disabilities, Legal Transformation Centre Lawtrend, Belarusian Documentation Centre, Committee for the Protection of the Repressed “Salidarnasc”, Initiative FORB, Human Rights Centre Viasna, Belarusian Association of Journalists and Barys Zvozskau Belarusian Human Rights House.
    .title = Signatories of the concerted position
    .keywords = signatories, who signed, signed by, Lawtrend, Belarusian Documentation Centre, Salidarnasc, Solidarnost, Committee for the Protection of the Repressed, FORB, Viasna, Belarusian Association of Journalists, BAJ, Human Rights House, Zvozskau, Zvozskov, disability rights

fact-viasna = The Human Rights Centre Viasna was set up in 1996 by Ales Bialiatski, who heads it; in 2012 Valiantsin Stefanovich was its deputy head. Viasna signed the concerted position, which demands its registration, and calls for solidarity with political prisoners. Its Hrodna members were fined over a picket of 10 December 2012; in 2020 its human-rights defender Marfa Rabkova was a political prisoner.
    .title = Human Rights Centre Viasna
    .keywords = Viasna, Vyasna, Viasna-96, Vesna, Spring, HRC Viasna, Human Rights Center, Bialiatski, Stefanovich, Stefanovic, who runs Viasna, human rights organisation

## Joint statement of August 2020

fact-statement-2020 = Ahead of the EU foreign ministers’ meeting of 27–28 August 2020, the Steering Committee of the Eastern Partnership Civil Society Forum and the Board of the EU-Russia Civil Society Forum issued a joint statement deploring the continued violation of Belarusians’ fundamental rights after the undemocratic presidential election of 9 August 2020.
    .title = Civil society forums’ statement (August 2020)
    .keywords = joint statement, August 2020, Eastern Partnership Civil Society Forum, EaP CSF, EU-Russia Civil Society Forum, foreign ministers, Foreign Affairs Council, 27-28 August, BlueLink, fundamental rights, post-election, undemocratic election

fact-statement-2020-demands = The August 2020 statement urged the international community to guarantee Belarusians’ rights to peaceful assembly, free expression and free and fair elections; stop excessive force and torture against peaceful protesters and punish perpetrators; and free detained protesters and political prisoners, fairly and publicly investigating cases meant to discredit the opposition.
    .title = Demands of the August 2020 statement
    .keywords = demands, freedom of assembly, freedom of expression, free and fair elections, torture, excessive force, police violence, punish perpetrators, release protesters, detained protesters, political prisoners, investigation, protests 2020

fact-coordination-council = The Coordination Council is the body set up in 2020 by opposition candidate Sviatlana Tsikhanouskaya. In August 2020 civil-society forums saw it as representing the protesters, called dialogue with it crucial for restoring peace, urged its formal recognition by international institutions and asked the EU to help it negotiate with the authorities.
    .title = Coordination Council (2020)
    .keywords = Coordination Council, Coordinating Council, Tsikhanouskaya, Tikhanovskaya, Tsikhanovskaya, opposition, recognition, negotiations, dialogue with protesters, post-election crisis, peaceful transition

fact-coordination-council-case = By late August 2020 a criminal case had been opened against the Coordination Council on charges of attempting to seize power and undermining Belarus’s national security. The civil-society forums noted that the Council had clearly stated that it pursues no such goals.
    .title = Criminal case against the Coordination Council (2020)
    .keywords = criminal case, Coordination Council, seizure of power, seize power, national security, charges, prosecution, persecution of the opposition, Tsikhanouskaya, Tikhanovskaya

fact-striking-workers = In August 2020 the civil-society forums called on the EU to end unlawful detentions, dismissals and pressure against workers who went on strike in response to the authorities’ unlawful actions. Efforts to organise a national strike for democratic change had begun, but many strike committee members were being detained and strikers unlawfully laid off.
    .title = Striking workers (August 2020)
    .keywords = strike, strikes, national strike, general strike, striking workers, strike committees, dismissals, fired, laid off, workers detained, factories, labour protest

fact-russia-non-intervention = Citing the Kremlin’s readiness to back Aliaksandr Lukashenka under its Union State and CSTO obligations, the August 2020 statement urged the Russian authorities not to intervene against the will of the Belarusian people, and asked European and global institutions to disapprove: Belarus’s sovereignty, territorial integrity and independence must remain inviolable.
    .title = Call on Russia not to intervene (2020)
    .keywords = Russia, Kremlin, intervention, interference, non-intervention, Union State, CSTO, sovereignty, independence, territorial integrity, Lukashenka, Lukashenko, Russian support

fact-russia-disinformation-2020 = The August 2020 statement said that Russia, while declaring non-interference, gave Aliaksandr Lukashenka strong information support. It urged the Russian authorities to stop information interventions, fake news and untrue official statements about the protests, the Coordination Council’s programme, the Belarusian language and the protesters’ supposed “nationalist” motives.
    .title = Russian information support for Lukashenka (2020)
    .keywords = disinformation, fake news, propaganda, information war, information intervention, Russian media, Kremlin, Belarusian language, nationalist, Lukashenko, Lukashenka, information support

fact-eu-russia-csf = The EU-Russia Civil Society Forum was set up in 2011 by non-governmental organisations as a permanent common platform; as of 2020 over 140 NGOs from Russia and the EU were its members or supporters. It aims to foster cooperation between Russian and EU civil society and NGO participation in the EU–Russia dialogue. BlueLink has been a member since 2015.
    .title = EU-Russia Civil Society Forum
    .keywords = EU-Russia Civil Society Forum, EU-Russia CSF, civil society forum, NGO platform, 140 NGOs, founded 2011, BlueLink, visa regime, civic education, Russian NGOs

## FIDH “Free Ales” solidarity items, November 2012 – August 2013

fact-repression-2010 = According to FIDH’s “Free Ales” campaign, the wave of repression after the presidential election of 19 December 2010 led to a dramatic decline in human rights and civil and political liberties in Belarus, and since then the international community has shown solidarity with Belarusian civil society in many ways.
    .title = Repression after the December 2010 election
    .keywords = repression, crackdown, 19 December 2010, December 2010, 2010 election, presidential election 2010, Ploshcha, arrests, decline of human rights, civil liberties

fact-solidarity-day = The International Day of Solidarity with the Civil Society of Belarus (Solidarity Day) is held on 4 August, the anniversary of Ales Bialiatski’s arrest on 4 August 2011, to support Belarusian human-rights defenders and activists. It was first held in 2012, with events in more than 18 countries, and for the second time in 2013.
    .title = Solidarity Day, 4 August
    .keywords = Solidarity Day, Day of Solidarity, Solidarity with Belarus Day, International Day of Solidarity, 4 August, August 4, civil society of Belarus, Bialiatski arrest, Byalyatski, Bialiatsky, anniversary of arrest

fact-solidarity-day-2012 = On 4 August 2012, the first International Day of Solidarity with the Civil Society of Belarus, events and actions were held in more than 18 countries, including Armenia, Cuba, the Czech Republic, Germany, Georgia, Ireland, Italy, Kyrgyzstan, Latvia, Lithuania, Poland, Russia, Sweden, Switzerland, Tajikistan, Ukraine, the UK and the USA.
    .title = First Solidarity Day (2012)
    .keywords = first Solidarity Day, 4 August 2012, 2012, which countries, 18 countries, participating countries, events abroad, actions worldwide, first time

fact-solidarity-day-2013 = On 4 August 2013, the second anniversary of Ales Bialiatski’s arrest, the International Day of Solidarity with the Civil Society of Belarus was held for the second time. The organisers invited people worldwide to send postcards and letters of support to Belarusian political prisoners, human-rights defenders and activists and to hold information actions.
    .title = Second Solidarity Day (2013)
    .keywords = second Solidarity Day, 4 August 2013, 2013, second anniversary, postcards, letters to political prisoners, information actions, Bialiatski, Byalyatski

fact-solidarity-day-manifesto = The Manifesto of the Solidarity Day says: “We will observe this day every year, until the situation of civil society in Belarus changes: until its authorities put an end to imprisoning people for human rights activities, until there is a guarantee of fundamental human rights: freedom of expression, assembly and association.”
    .title = Manifesto of the Solidarity Day
    .keywords = manifesto, Solidarity Day manifesto, every year until, why 4 August, aims, goals, freedom of expression, freedom of assembly, freedom of association

fact-bialiatski = Ales Bialiatski is a Belarusian human-rights defender, head of the Human Rights Centre Viasna and, since 2007, vice-president of FIDH. He was arrested on 4 August 2011 and in 2012–2013 was serving a sentence of four and a half years. On 30 September 2013 PACE gave him the first Václav Havel Human Rights Prize, received by his wife Natallia Pinchuk.
    .title = Ales Bialiatski
    .keywords = Ales Bialiatski, Byalyatski, Bialiatsky, Beliatski, Belyatsky, Viasna, FIDH, arrest, 4 August 2011, prison sentence, four and a half years, political prisoner, Havel Prize, Natallia Pinchuk

fact-amnesty-marathon-2012 = Amnesty International’s Letter Writing Marathon, which began on 7 December 2012, three days before Human Rights Day, saw thousands of letters written to the imprisoned Ales Bialiatski, whom Amnesty recognised as a prisoner of conscience. Amnesty counted 104,731 actions in his support, from petitions and letters to concerts and light projections.
    .title = Amnesty letter-writing marathon (2012)
    .keywords = Amnesty International, letter writing marathon, Write for Rights, letters, petitions, 104,731, 104731, prisoner of conscience, Bialiatski, Byalyatski, December 2012

fact-ccbe-award-2012 = On 30 November 2012 the Council of Bars and Law Societies of Europe (CCBE), which unites about 1 million European lawyers, presented its Human Rights Award 2012 to Belarusian lawyer Pavel Sapelka for his courage and perseverance in supporting the campaign “Human Rights Defenders against the Death Penalty in Belarus”.
    .title = CCBE Human Rights Award to Pavel Sapelka (2012)
    .keywords = CCBE, Council of Bars and Law Societies of Europe, Human Rights Award, lawyers award, Sapelka, Sapelko, Pavel Sapelko, bar association, advocate, lawyer prize

fact-sapelka = Pavel Sapelka is a Belarusian human-rights lawyer, formerly a member of the presidium of the Minsk City Bar, who defended opposition members and political prisoners arrested after the December 2010 presidential election. Receiving the CCBE Human Rights Award 2012, he said it belonged to those who fought beside him for a free and independent legal profession.
    .title = Pavel Sapelka, lawyer
    .keywords = Pavel Sapelka, Sapelko, Pavel Sapelko, lawyer, advocate, Minsk City Bar, bar association, defence lawyer, independent legal profession, CCBE

fact-death-penalty-campaign = “Human Rights Defenders against the Death Penalty in Belarus” is a campaign for the abolition of the death penalty in Belarus. Lawyer Pavel Sapelka received the CCBE Human Rights Award 2012 for supporting it, and its representatives marched at the 5th World Congress against the Death Penalty in Madrid.
    .title = Campaign against the death penalty
    .keywords = Human Rights Defenders against the Death Penalty, human rights activists against death penalty, death penalty campaign, abolition, capital punishment, executions, Sapelka, anti-death penalty

fact-madrid-march-2013 = In 2013 representatives of the campaign “Human Rights Defenders against the Death Penalty in Belarus” joined the march of the 5th World Congress against the Death Penalty in Madrid, carrying its symbol, a red palm with the words “Say NO to the Death Penalty”, and handing out their own campaign leaflets.
    .title = Madrid march against the death penalty (2013)
    .keywords = Madrid, World Congress against the Death Penalty, 5th World Congress, march, demonstration, Spain, red palm, Say NO to the Death Penalty, leaflets

fact-komorowska-meeting = Anna Komorowska, wife of Polish President Bronisław Komorowski, met and offered solidarity and support to the wives of Belarusian political prisoners: Natallia Pinchuk, wife of Ales Bialiatski; Maryna Adamovich, wife of former presidential candidate Mikalai Statkevich; and Anastasia Dashkevich, wife of Young Front leader Zmitser Dashkevich.
    .title = Polish First Lady meets prisoners’ wives
    .keywords = Anna Komorowska, Komorowski, Poland, First Lady, wives of political prisoners, Natallia Pinchuk, Natalia Pinchuk, Maryna Adamovich, Marina Adamovich, Statkevich, Anastasia Dashkevich, Dashkevich, Young Front

fact-paleckis-report = The European Parliament’s report on EU policy on Belarus, drafted by Lithuanian centre-left MEP Justas Paleckis, was the first of its kind. Before the foreign affairs committee vote, Olga Zakharova and Yuri Dzhibladze of the Committee for International Control over the Human Rights Situation in Belarus warned that it risked encouraging the dictator.
    .title = Paleckis report on EU policy on Belarus
    .keywords = Paleckis, Justas Paleckis, European Parliament, MEP, report on Belarus, EU policy, AFET, foreign affairs committee, Zakharova, Dzhibladze, Jibladze, criticism, encouraging dictator

fact-hrodna-defenders = Hrodna human-rights defenders Viktar Sazonau and Uladzimir Khilmanovich of Viasna and Raman Yurhel of the Belarusian Helsinki Committee were fined 1.5 million rubles each over an alleged illegal picket on 10 December 2012, after posting photos of their solidarity action with the jailed Ales Bialiatski. Viasna held a solidarity action before their appeal.
    .title = Fines on Hrodna human-rights defenders (2012)
    .keywords = Hrodna, Grodno, Sazonau, Sazonov, Khilmanovich, Hilmanovich, Yurhel, Yurgel, Belarusian Helsinki Committee, fine, picket, photos online, appeal, Leninski District Court

fact-human-rights-day = Ahead of Human Rights Day on 10 December 2012, the anniversary of the UN General Assembly’s adoption of the Universal Declaration of Human Rights, Viasna called for solidarity actions with political prisoners, saying the human-rights situation in Belarus remained consistently bad and human-rights defenders and activists were still behind bars.
    .title = Human Rights Day appeal (2012)
    .keywords = Human Rights Day, 10 December, Universal Declaration of Human Rights, UDHR, solidarity actions, political prisoners, Viasna appeal, call to action

fact-fule-meeting-2012 = On 5 December 2012 in Brussels, EU Commissioner for Enlargement and Neighbourhood Policy Štefan Füle told Viasna deputy head Valiantsin Stefanovich and Zhana Litvina, head of the Belarusian Association of Journalists, that the release of political prisoners was a precondition for an EU dialogue with official Minsk. FIDH organised the visit.
    .title = Füle: political prisoners first (2012)
    .keywords = Stefan Fule, Štefan Füle, Fuele, European Commissioner, Brussels, precondition, EU dialogue, Stefanovich, Zhana Litvina, Zhanna Litvina, BAJ, Belarusian Association of Journalists, FIDH visit

fact-yurov-council-2012 = As reported on 14 November 2012, Russian human-rights activist Andrei Yurov, who was banned from entering Belarus and had joined the Russian Presidential Council for Civil Society and Human Rights, proposed forming a working group on human rights in CIS countries with a subgroup on Belarus, possibly with Belarusian activists and journalists as experts.
    .title = Yurov’s Belarus group initiative (2012)
    .keywords = Andrei Yurov, Andrey Yurov, Yurov, Putin’s council, Presidential Council for Civil Society and Human Rights, Russian human rights council, CIS, working group on Belarus, entry ban

fact-political-prisoners = Freeing Belarusian political prisoners is a recurring demand: in December 2012 EU Commissioner Štefan Füle made their release a precondition for EU dialogue with Minsk; Viasna and Solidarity Day organisers urged solidarity with them; the 2015 open letter sought to restore ex-prisoners’ rights; in August 2020 civil-society forums demanded their release.
    .title = Political prisoners
    .keywords = political prisoners, political prisoner, release political prisoners, prisoners of conscience, free them, jailed activists, solidarity with prisoners, letters to prisoners, rehabilitation, detained protesters

fact-rabkova-2020 = On 22 September 2020 the Belarusian human-rights community issued a joint statement demanding the immediate release of political prisoner Marfa Rabkova, a human-rights defender of the Human Rights Centre Viasna.
    .title = Demand to free Marfa Rabkova (2020)
    .keywords = Marfa Rabkova, Rabkova, Viasna, political prisoner, release, joint statement, September 2020, human rights defender arrested

fact-un-mechanism-2020 = On 18 September 2020, after an urgent debate on the serious human-rights violations around the presidential election of 9 August 2020 in Belarus, the UN mandated its most senior human-rights official to outline a process for accountability before the end of the year. According to Human Rights House, the new mechanism must accompany political dialogue.
    .title = UN accountability mechanism (2020)
    .keywords = UN, United Nations, urgent debate, accountability, investigative mechanism, High Commissioner, September 2020, human rights violations, election 2020, UN Human Rights Council
