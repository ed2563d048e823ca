# civil-society: the concerted position of Belarusian human-rights organisations, the August 2020 civil-society statement, FIDH “Free Ales” solidarity items (2012–2013), Solidarity Day, the Amnesty marathon and the CCBE award

## Concerted position and the open letter of 9 January 2015

fact-concerted-position = In their “Concerted position on international partners’ relations with Belarus”, written after their open letter of 9 January 2015, eight Belarusian human-rights organisations noted that despite certain positive tendencies over the previous six months there had been no systemic changes to improve human rights comprehensively. They called further improvement a top priority for both Belarusian human-rights defenders and international partners in shaping their strategy towards Belarus.
    .title = Concerted position of human-rights organisations
    .short = Concerted position of rights groups
    .keywords = concerted position, joint position, Belarusian human rights organisations, human rights defenders, international partners, relations with Belarus, no systemic changes, positive tendencies, six months, top priority, strategy for relations with Belarus, Human Rights House, recommendations
    .questions =
        What is the concerted position of Belarusian human-rights organisations?
        What did Belarusian human-rights organisations say about relations with Belarus?
        Had the human-rights situation in Belarus changed, according to the concerted position?
        How many organisations signed the concerted position?
        What did the human-rights defenders call a top priority?

fact-concerted-approach = The Belarusian human-rights organisations behind the concerted position consider that a combination of constant monitoring, political pressure and an inclusive dialogue that opens a space for civil society is needed to obtain advances for human rights in Belarus.
    .title = Monitoring, pressure and dialogue
    .keywords = constant monitoring, political pressure, inclusive dialogue, space for civil society, combination of tools, advances for human rights, progress on human rights, approach to Belarus, concerted position
    .questions =
        What do Belarusian human-rights organisations think is needed for progress on human rights?
        Which combination of tools does the concerted position recommend?
        Why does the concerted position call for an inclusive dialogue?
        What role do monitoring and political pressure play in the concerted position?

fact-concerted-un-rapporteur = The concerted position of Belarusian human-rights organisations calls on the international community to keep the human-rights situation in Belarus under international scrutiny, in particular by renewing the mandate of the UN Special Rapporteur on the situation of human rights in Belarus.
    .title = Renewing the UN Special Rapporteur’s mandate
    .short = Renewing the UN Rapporteur’s mandate
    .keywords = UN Special Rapporteur, special rapporteur on Belarus, United Nations, UN mandate, renewal of the mandate, mandate extension, international scrutiny, international monitoring, UN rapporteur
    .questions =
        What did Belarusian human-rights organisations ask about the UN Special Rapporteur on Belarus?
        Whose mandate should be renewed, according to the concerted position?
        How should international scrutiny of human rights in Belarus continue?
        What is the first call of the concerted position to the international community?

fact-concerted-eu-plan = The concerted position asks the EU to adopt as EU Council conclusions, and publish, a plan of minimal measures expected from the Belarusian authorities to ensure human-rights progress, and to develop with them a roadmap for it. The roadmap must include full cooperation with the mechanisms of the United Nations and of the Organisation for Security and Cooperation in Europe (OSCE), and the points of the open letter of 9 January 2015.
    .title = EU plan of minimal measures and roadmap
    .short = EU minimal measures plan and roadmap
    .keywords = EU Council conclusions, plan of minimal measures, minimum measures, roadmap, road map, European Union, EU policy, conditions for Minsk, OSCE, Organisation for Security and Cooperation in Europe, UN mechanisms, benchmarks
    .questions =
        What did human-rights organisations ask the EU to adopt?
        What is the plan of minimal measures?
        What must the roadmap with the Belarusian authorities include?
        What does OSCE stand for?
        How should the EU Council publish its expectations of Minsk?

fact-hr-community-dialogue = The concerted position asks that the Belarusian human-rights community be treated as an actor in the human-rights dialogues between the EU and Belarus and between the US and Belarus, and be included in them as an equal partner.
    .title = Human-rights defenders in EU and US dialogues
    .short = Rights defenders in EU and US talks
    .keywords = human rights dialogue, EU–Belarus dialogue, EU-Belarus, US–Belarus dialogue, United States, USA, equal partner, civil society participation, inclusion of human rights defenders, seat at the table
    .questions =
        What role did human-rights defenders ask for in the EU–Belarus dialogue?
        Should Belarusian human-rights defenders take part in the US–Belarus human-rights dialogue?
        Which dialogues should include the Belarusian human-rights community?
        How should the Belarusian human-rights community be treated, according to the concerted position?

fact-open-letter-2015 = In an open letter of 9 January 2015 Belarusian human-rights organisations made seven demands: close political cases and restore ex-prisoners’ rights; lift Alena Tankachova’s entry ban; register Viasna and other NGOs; stop persecuting Belsat and Racyja journalists; a moratorium on executions; repeal Article 193.1; align laws with international standards. The concerted position made these points part of the roadmap it asked of the EU.
    .title = Open letter of 9 January 2015
    .keywords = open letter, 9 January 2015, January 2015, letter of human rights organisations, demands, list of demands, seven points, seven demands, conditions, requirements
    .questions =
        What did the open letter of 9 January 2015 demand?
        When did Belarusian human-rights organisations write their open letter?
        How many demands did the 2015 open letter make?
        What were the seven points of the open letter?

fact-political-cases-2015 = The open letter of 9 January 2015 demanded closing the politically motivated criminal cases against journalist Aliaksandr Alesin, graffiti artists Maksim Piakarski, Vadzim Zharomski and Viachaslau Kasinerau, and politician Ales Mikhalevich.
    .title = Political criminal cases (2015 demands)
    .keywords = Alesin, Aleksandr Alesin, Alexander Alesin, Piakarski, Pekarski, Zharomski, Zheromsky, Kasinerau, Kasinerov, Kosinerov, graffiti artists, Mikhalevich, Ales Mikhalevich, politically motivated cases, criminal cases, open letter 2015
    .questions =
        Which criminal cases did the 2015 open letter want closed?
        Who is Aliaksandr Alesin in the 2015 demands?
        Which graffiti artists were named in the open letter of 9 January 2015?
        What did human-rights organisations demand for Ales Mikhalevich?

fact-zhamchuzhny-retrial-2015 = The open letter of 9 January 2015 demanded that the criminal case of Mikhail Zhamchuzhny, founder of the human-rights organisation Platform Innovation, be reviewed in a public trial.
    .title = Public retrial for Mikhail Zhamchuzhny (2015)
    .short = Public retrial for Mikhail Zhamchuzhny
    .keywords = Zhamchuzhny, Zhemchuzhny, Mikhail Zhamchuzhny, Platform Innovation, Platforma, public trial, retrial, review of the case, open letter 2015
    .questions =
        Who is Mikhail Zhamchuzhny?
        What did the 2015 open letter demand for Mikhail Zhamchuzhny?
        Who founded Platform Innovation?
        Which case should be reviewed in a public trial?

fact-ex-prisoners-rights-2015 = The open letter of 9 January 2015 demanded removing the convictions of former political prisoners in order to restore their civil and political rights.
    .title = Rights of former political prisoners (2015)
    .keywords = former political prisoners, ex-prisoners, rehabilitation, removal of convictions, criminal record, civil and political rights, restoration of rights, open letter 2015
    .questions =
        What did the 2015 open letter demand for former political prisoners?
        Why should the convictions of former political prisoners be removed?
        How could former political prisoners get their civil and political rights back?

fact-tankachova-entry-ban = The open letter of 9 January 2015 demanded lifting the ban on entering Belarus earlier imposed on Belarusian human-rights activist Alena Tankachova.
    .title = Alena Tankachova’s entry ban (2015)
    .keywords = Tankachova, Tonkacheva, Tonkachova, Elena Tonkacheva, Alena Tankacheva, entry ban, ban on entering Belarus, barred from Belarus, human rights activist, open letter 2015
    .questions =
        Who is Alena Tankachova?
        Why was Alena Tankachova mentioned in the 2015 open letter?
        What did human-rights organisations demand about Tankachova’s entry ban?
        Which human-rights activist was banned from entering Belarus?

fact-safe-return-2015 = The open letter of 9 January 2015 demanded safe conditions for the return of people who had been forced to leave Belarus because of political persecution.
    .title = Safe return of those forced to leave (2015)
    .short = Safe return of those forced to leave
    .keywords = safe return, return of exiles, exiles, political emigrants, forced emigration, forced to leave, political persecution, open letter 2015
    .questions =
        What did the 2015 open letter demand for people forced to leave Belarus?
        Could political exiles return to Belarus safely, according to the 2015 demands?
        What conditions did human-rights organisations want for the return of exiles?

fact-viasna-registration = The open letter of 9 January 2015 demanded that the authorities register the Human Rights Centre Viasna and other non-profit organisations that choose to apply for registration.
    .title = Registration of Viasna and NGOs (2015)
    .keywords = registration of Viasna, Viasna registration, Vyasna, Vesna, NGO registration, non-profit organisations, unregistered NGO, legalisation, freedom of association, open letter 2015, registration
    .questions =
        Did human-rights organisations demand the registration of Viasna?
        Which organisations should the Belarusian authorities register, according to the 2015 letter?
        What did the open letter say about non-profit organisations?

fact-belsat-racyja = The open letter of 9 January 2015 demanded an end to the persecution of journalists of Belsat TV and Radio Racyja and of other journalists working for foreign media, and an end to interference in their professional work in Belarus.
    .title = Belsat and Radio Racyja journalists (2015)
    .keywords = Belsat, Belsat TV, Radio Racyja, Radio Ratsyja, Racja, foreign media, journalists for foreign media, freelance journalists, persecution of journalists, press freedom, media freedom, open letter 2015
    .questions =
        What did the 2015 open letter say about Belsat journalists?
        Which media outlets’ journalists were persecuted, according to the open letter?
        What did human-rights organisations demand for journalists working for foreign media?
        Is Radio Racyja mentioned in the demands of 2015?

fact-death-penalty-moratorium = In their open letter of 9 January 2015, repeated in the concerted position, Belarusian human-rights organisations demanded that the authorities introduce a moratorium on executions.
    .title = Moratorium on executions (2015 demand)
    .keywords = moratorium, death penalty, capital punishment, executions, death sentence, moratorium on the death penalty, stop to executions, open letter 2015
    .questions =
        Did Belarusian human-rights organisations demand a moratorium on executions?
        What did the 2015 open letter say about the death penalty?
        Which demand concerned capital punishment in the concerted position?

fact-article-193-1 = The open letter of 9 January 2015, repeated in the concerted position, demanded repealing Article 193.1 of Belarus’s Criminal Code as well as the ban on activity on behalf of unregistered organisations.
    .title = Article 193.1 of the Criminal Code
    .keywords = Article 193.1, article 193-1, 193 1, 193.1, Criminal Code, unregistered organisations, unregistered organizations, activity on behalf of an unregistered organisation, criminal liability, repeal, freedom of association, NGO activity
    .questions =
        What did human-rights organisations demand about Article 193.1?
        Which article of the Criminal Code should be repealed?
        What ban on unregistered organisations did the 2015 letter want lifted?
        Is activity on behalf of unregistered organisations banned in Belarus?

fact-human-rights-legislation = The open letter of 9 January 2015 called on the Belarusian authorities to launch systematic work to bring the country’s human-rights legislation in line with international standards.
    .title = Legislation and international standards (2015)
    .short = Laws and international standards
    .keywords = legislation, laws, legal reform, law reform, international standards, harmonisation, human rights law, systematic work, open letter 2015
    .questions =
        What did the 2015 open letter demand about Belarusian legislation?
        Should Belarus bring its human-rights laws in line with international standards?
        What systematic work did human-rights organisations call for?

fact-concerted-signatories = The concerted position was signed by eight organisations: the Office for the Rights of People with Disabilities, Legal Transformation Centre Lawtrend, Belarusian Documentation Centre, Committee for the Protection of the Repressed “Salidarnasc”, Initiative FORB partnership on expertise and law, Human Rights Centre Viasna, Belarusian Association of Journalists and the Barys Zvozskau Belarusian Human Rights House.
    .title = Signatories of the concerted position
    .keywords = signatories, signed by, eight organisations, Lawtrend, Legal Transformation Centre, Belarusian Documentation Centre, Salidarnasc, Solidarnost, Committee for the Protection of the Repressed, FORB, Viasna, Belarusian Association of Journalists, BAJ, Human Rights House, Zvozskau, Zvozskov, Office for the Rights of People with Disabilities
    .questions =
        Who signed the concerted position?
        Which organisations are behind the concerted position?
        Did the Belarusian Association of Journalists sign the concerted position?
        Is Lawtrend one of the signatories?
        What is the Barys Zvozskau Belarusian Human Rights House?

fact-viasna = The Human Rights Centre Viasna is a Belarusian human-rights organisation; in 2012–2013 it was headed by the imprisoned Ales Bialiatski, with Valiantsin Stefanovich as deputy head, and in December 2012 it called for solidarity actions with political prisoners. It signed the concerted position, whose demands include its registration. Its Hrodna members were fined over a picket of 10 December 2012, and in 2020 its human-rights defender Marfa Rabkova was a political prisoner.
    .title = Human Rights Centre Viasna
    .keywords = Viasna, Vyasna, Viasna-96, Vesna, Spring, HRC Viasna, Human Rights Center Viasna, Bialiatski, Stefanovich, Stefanovic, head of Viasna, human rights organisation
    .questions =
        What is Viasna?
        Who headed the Human Rights Centre Viasna in 2012?
        Who was the deputy head of Viasna?
        Is Viasna a registered organisation?
        Which Viasna members were persecuted?

fact-rabkova-2020 = On 22 September 2020 the Belarusian human-rights community issued a joint statement demanding the immediate release of political prisoner Marfa Rabkova, a human-rights defender of the Human Rights Centre Viasna.
    .title = Demand to free Marfa Rabkova (2020)
    .keywords = Marfa Rabkova, Rabkova, Viasna, political prisoner, release, joint statement, September 2020, 22 September 2020, detained human rights defender
    .questions =
        Who is Marfa Rabkova?
        What did the Belarusian human-rights community demand on 22 September 2020?
        When did human-rights defenders demand Marfa Rabkova’s release?
        Which organisation does Marfa Rabkova work for?

fact-un-mechanism-2020 = On 18 September 2020, after an urgent debate on the serious human-rights violations surrounding the presidential election of 9 August 2020 in Belarus, the UN mandated its most senior human-rights official to outline a process for accountability before the end of the year. According to Human Rights House, the new investigative mechanism must accompany political dialogue.
    .title = UN accountability mechanism (2020)
    .keywords = UN, United Nations, urgent debate, accountability, investigative mechanism, High Commissioner for Human Rights, UN Human Rights Council, September 2020, human rights violations, election 2020, political dialogue
    .questions =
        What did the UN decide on Belarus on 18 September 2020?
        Who was mandated to outline a process for accountability in Belarus?
        What is the UN investigative mechanism on Belarus?
        Why did the UN hold an urgent debate on Belarus in 2020?
        What must accompany political dialogue, according to Human Rights House?

## Joint statement of August 2020

fact-statement-2020 = Ahead of the EU foreign ministers’ meeting of 27–28 August 2020, the Steering Committee of the Eastern Partnership Civil Society Forum and the Board of the EU-Russia Civil Society Forum issued a joint statement deploring the continued violation of Belarusians’ fundamental rights after the undemocratic presidential election of 9 August 2020. It urged the international community to use all available mechanisms, to follow and react to developments in Belarus and to encourage democratic standards.
    .title = Civil society forums’ statement (August 2020)
    .keywords = joint statement, August 2020, Eastern Partnership Civil Society Forum, EaP CSF, Steering Committee, EU-Russia Civil Society Forum, foreign ministers, Foreign Affairs Council, 27-28 August, BlueLink, fundamental rights, post-election, undemocratic election
    .questions =
        What did the civil-society forums say about Belarus in August 2020?
        Who issued the joint statement on Belarus before the EU foreign ministers’ meeting?
        When did the EU foreign ministers meet in August 2020?
        What did the August 2020 statement ask of the international community?
        Which forums signed the statement on the violation of Belarusians’ fundamental rights?

fact-statement-2020-demands = The August 2020 statement of the civil-society forums set three goals for the international community: guarantee Belarusians’ freedoms of assembly and expression and free and fair elections; end excessive force and torture against peaceful protesters; free detained protesters and political prisoners.
    .title = Demands of the August 2020 statement
    .keywords = demands, three goals, list of demands, international standards, all available mechanisms, civil society forums, protests 2020
    .questions =
        What did the August 2020 statement demand?
        What were the three goals of the civil-society forums in 2020?
        What should the international community achieve in Belarus, according to the August 2020 statement?

fact-statement-2020-rights = In August 2020 the civil-society forums urged the international community to guarantee the right of the people of Belarus to assemble peacefully and express their views freely, and their right to free and fair elections.
    .title = Freedoms of assembly, expression and elections (2020)
    .short = Free assembly, speech and elections
    .keywords = freedom of assembly, peaceful assembly, freedom of expression, free speech, free and fair elections, right to vote, fundamental rights, August 2020 statement
    .questions =
        Which rights of Belarusians did the August 2020 statement want guaranteed?
        What did the civil-society forums say about free elections in Belarus?
        Did the 2020 statement defend the right to peaceful assembly?

fact-statement-2020-torture = In August 2020 the civil-society forums urged the international community to put an end to the excessive use of force and torture against peaceful protesters in Belarus and to punish the perpetrators.
    .title = End torture of protesters (2020)
    .keywords = torture, excessive force, police violence, violence against protesters, peaceful protesters, punishment of perpetrators, accountability, August 2020 statement
    .questions =
        What did the August 2020 statement say about torture of protesters?
        Who should be punished, according to the civil-society forums?
        Was excessive force used against peaceful protesters in Belarus in 2020?

fact-statement-2020-release = In August 2020 the civil-society forums urged the release of illegally detained Belarusian protesters and political prisoners and a fair, public investigation into the criminal and administrative cases opened to defame and discredit the opposition.
    .title = Release of detainees and fair investigations (2020)
    .short = Freeing detainees, fair investigations
    .keywords = release of protesters, detained protesters, illegally detained, political prisoners, public investigation, fair investigation, criminal cases, administrative cases, discrediting the opposition, August 2020 statement
    .questions =
        Whose release did the August 2020 statement demand?
        What did the civil-society forums say about cases against the opposition?
        What kind of investigation did the 2020 statement call for?

fact-coordination-council = The Coordination Council is the body set up in 2020 by opposition candidate Sviatlana Tsikhanouskaya. In August 2020 the civil-society forums described it as representing the protesters.
    .title = Coordination Council (2020)
    .keywords = Coordination Council, Coordinating Council, Tsikhanouskaya, Tikhanovskaya, Tsikhanovskaya, Sviatlana Tsikhanouskaya, founder, founded by Tsikhanouskaya, establishment, opposition, opposition body, protesters’ representation
    .questions =
        What is the Coordination Council?
        Who set up the Coordination Council?
        Who founded the Coordination Council?
        When was the Coordination Council established?
        Whom did the Coordination Council represent?

fact-coordination-council-talks = In August 2020 the civil-society forums called open and constructive dialogue with the protesters represented by the Coordination Council a crucial step to restore peace in Belarus and urged international institutions to recognise the Council formally. The EU and other international actors, they said, should help it organise negotiations with the authorities to resolve the post-election crisis.
    .title = Recognition of and talks with the Coordination Council (2020)
    .short = Talks with the Coordination Council
    .keywords = formal recognition, recognition of the Coordination Council, negotiations, dialogue with protesters, constructive dialogue, peace restoration, post-election crisis, EU mediation, international actors
    .questions =
        Why did the civil-society forums call for dialogue with the Coordination Council?
        Who should recognise the Coordination Council formally?
        How should the EU help to resolve the post-election crisis in Belarus?
        What did the August 2020 statement say about negotiations with the authorities?

fact-coordination-council-case = By late August 2020 a criminal case had been opened against the Coordination Council on charges of attempting to seize power and undermining Belarus’s national security. The civil-society forums noted that the Council had clearly stated that it pursues no such goals.
    .title = Criminal case against the Coordination Council (2020)
    .short = Case against the Coordination Council
    .keywords = criminal case, Coordination Council, seizure of power, attempt to seize power, national security, charges, prosecution, persecution of the opposition
    .questions =
        Why was a criminal case opened against the Coordination Council?
        What was the Coordination Council charged with in 2020?
        Did the Coordination Council want to seize power?

fact-striking-workers = In August 2020 the civil-society forums called on the EU to end unlawful detentions, dismissals and pressure against workers who went on strike in response to the authorities’ unlawful actions. Efforts to organise a national strike for democratic change had begun, but many strike committee members were being detained and strikers unlawfully laid off and subjected to psychological and other pressure.
    .title = Striking workers (August 2020)
    .keywords = strike, strikes, national strike, general strike, striking workers, strike committees, dismissals, lay-offs, detained workers, psychological pressure, factories, labour protest, fired, laid off
    .questions =
        What happened to striking workers in Belarus in August 2020?
        What did the civil-society forums ask the EU to do for strikers?
        Was a national strike organised in Belarus in 2020?
        Why did Belarusian workers go on strike?

fact-russia-non-intervention = As the Kremlin was willing to back Aliaksandr Lukashenka under its obligations in the Union State of Russia and Belarus and the Collective Security Treaty Organisation (CSTO), the August 2020 statement called on the Russian authorities to refrain from any intervention against the Belarusian people’s will. It urged European and global institutions to publicly disapprove such statements by the Russian government: Belarus’s sovereignty, territorial integrity and independence must remain inviolable.
    .title = Call on Russia not to intervene (2020)
    .keywords = Russia, Kremlin, intervention, interference, non-intervention, Union State, CSTO, Collective Security Treaty Organisation, sovereignty, independence, territorial integrity, Lukashenka, Lukashenko, Russian support
    .questions =
        What did the August 2020 statement ask of Russia?
        Why did the civil-society forums fear Russian intervention in Belarus?
        What should European institutions publicly disapprove, according to the 2020 statement?
        What does CSTO stand for?
        Under which obligations was the Kremlin ready to support Lukashenka?

fact-russia-disinformation-2020 = The August 2020 statement said that the Russian authorities, while declaring interference in Belarus’s internal affairs inadmissible, gave Aliaksandr Lukashenka strong information support. It urged them to prevent information interventions, fake news and untrue statements by high-level officials about the nature of the protests, the Coordination Council’s programme, the use of the Belarusian language and the protesters’ so-called “nationalist” motives.
    .title = Russian information support for Lukashenka (2020)
    .short = Russian propaganda for Lukashenka
    .keywords = disinformation, fake news, propaganda, information war, information intervention, Russian officials, Kremlin, Belarusian language, nationalist motives, Lukashenka, Lukashenko, information support
    .questions =
        How did Russia support Lukashenka in the information sphere in 2020?
        What fake news about the Belarusian protests did the civil-society forums denounce?
        What did the August 2020 statement say about the Belarusian language?
        What did Russian officials claim about the protesters’ motives?

fact-eu-russia-csf = The EU-Russia Civil Society Forum was set up in 2011 by non-governmental organisations as a permanent common platform; as of 2020 over 140 NGOs from Russia and the EU were its members or supporters. It aims to foster cooperation between civil-society organisations from Russia and the EU and to enhance NGO participation in the EU–Russia dialogue.
    .title = EU-Russia Civil Society Forum
    .keywords = EU-Russia Civil Society Forum, EU-Russia CSF, civil society forum, NGO platform, permanent platform, 140 NGOs, 2011, founding, members, EU–Russia dialogue
    .questions =
        What is the EU-Russia Civil Society Forum?
        When was the EU-Russia Civil Society Forum founded?
        How many NGOs belong to the EU-Russia Civil Society Forum?
        What is the aim of the EU-Russia Civil Society Forum?

fact-eu-russia-csf-activities = As of 2020 the EU-Russia Civil Society Forum had worked, among other things, on facilitating the visa regime, developing civic participation, protecting the environment and human rights, understanding history and civic education. BlueLink, which published the August 2020 statement, has been a member of the Forum since 2015.
    .title = Work of the EU-Russia Civil Society Forum
    .short = EU-Russia Civil Society Forum’s work
    .keywords = visa regime, visa facilitation, civic participation, environment, environmental protection, human rights, history, civic education, BlueLink, member since 2015, EU-Russia Civil Society Forum
    .questions =
        What issues has the EU-Russia Civil Society Forum worked on?
        Is BlueLink a member of the EU-Russia Civil Society Forum?
        Since when has BlueLink been a member of the Forum?
        Does the EU-Russia Civil Society Forum deal with visas?

## FIDH “Free Ales” solidarity items, November 2012 – August 2013

fact-repression-2010 = According to FIDH’s “Free Ales” campaign, the wave of repression after the presidential election of 19 December 2010 led to a dramatic decline in human rights and civil and political liberties in Belarus, and since then the international community has shown solidarity with Belarusian civil society in many ways.
    .title = Repression after the December 2010 election
    .short = Repression after the 2010 election
    .keywords = repression, crackdown, 19 December 2010, December 2010, 2010 election, presidential election 2010, Ploshcha, arrests, decline of human rights, civil liberties, political liberties
    .questions =
        What happened after the presidential election of 19 December 2010?
        How did the human-rights situation in Belarus change after 2010?
        How has the international community responded to the repression in Belarus?

fact-fidh-free-ales = FIDH, the International Federation for Human Rights, ran the “Free Ales” campaign for Ales Bialiatski; its site’s section “Solidarity with the civil society” holds items from November 2012 to August 2013. In December 2012 FIDH organised a visit of Belarusian human-rights defenders to Brussels.
    .title = FIDH and the “Free Ales” campaign
    .keywords = FIDH, International Federation for Human Rights, Free Ales, Free Ales campaign, campaign for Bialiatski, solidarity with civil society, Brussels visit
    .questions =
        What does FIDH stand for?
        What is the “Free Ales” campaign?
        Who ran the campaign for Ales Bialiatski?
        Which visit did FIDH organise in December 2012?

fact-solidarity-day = The International Day of Solidarity with the Civil Society of Belarus (Solidarity Day) is held on 4 August, the anniversary of Ales Bialiatski’s arrest on 4 August 2011. It was first held in 2012, with events in more than 18 countries, and for the second time in 2013; its manifesto says it will be observed every year until the situation of civil society in Belarus changes.
    .title = Solidarity Day, 4 August
    .keywords = Solidarity Day, Day of Solidarity, Solidarity with Belarus Day, International Day of Solidarity, 4 August, August 4, civil society of Belarus, Bialiatski arrest, Byalyatski, Bialiatsky, anniversary of arrest
    .questions =
        What is the International Day of Solidarity with the Civil Society of Belarus?
        When is Solidarity Day with Belarus held?
        Why is Solidarity Day held on 4 August?
        When was Solidarity Day first held?

fact-solidarity-day-2012 = On 4 August 2012, the first International Day of Solidarity with the Civil Society of Belarus, events and actions were held in more than 18 countries, including Armenia, Cuba, the Czech Republic, Germany, Georgia, Ireland, Italy, Kyrgyzstan, Latvia, Lithuania, Poland, Russia, Sweden, Switzerland, Tajikistan, Ukraine, the UK and the USA.
    .title = First Solidarity Day (2012)
    .keywords = first Solidarity Day, 4 August 2012, 2012, 18 countries, participating countries, events abroad, actions worldwide, Armenia, Cuba, Georgia, Kyrgyzstan, Tajikistan, Ukraine
    .questions =
        In which countries was the first Solidarity Day held?
        How many countries took part in Solidarity Day in 2012?
        What happened on 4 August 2012?
        Was Solidarity Day marked in Russia and Ukraine?

fact-solidarity-day-2013 = FIDH announced that on 4 August 2013, the second anniversary of the arrest of human-rights defender Ales Bialiatski, the International Day of Solidarity with the Civil Society of Belarus would be held for the second time, and invited people to join it.
    .title = Second Solidarity Day (2013)
    .keywords = second Solidarity Day, 4 August 2013, 2013, second anniversary, Bialiatski arrest, Byalyatski, FIDH invitation
    .questions =
        When was the second Solidarity Day with Belarus held?
        What anniversary was marked on 4 August 2013?
        How many times had Solidarity Day been held by 2013?

fact-solidarity-day-manifesto = The Manifesto of the Solidarity Day says: “We will observe this day every year, until the situation of civil society in Belarus changes: until its authorities put an end to imprisoning people for human rights activities, until there is a guarantee of fundamental human rights: freedom of expression, assembly and association.”
    .title = Manifesto of the Solidarity Day
    .keywords = manifesto, Solidarity Day manifesto, annual observance, aims, goals, imprisonment for human rights activities, freedom of expression, freedom of assembly, freedom of association
    .questions =
        What does the Manifesto of the Solidarity Day say?
        How long will Solidarity Day be observed?
        Which freedoms does the Solidarity Day manifesto demand?
        What must change for Solidarity Day to stop?

fact-bialiatski = Ales Bialiatski is a Belarusian human-rights defender; in 2012–2013 he headed the Human Rights Centre Viasna and was serving a prison sentence of four and a half years after his arrest on 4 August 2011. FIDH ran a “Free Ales” campaign for him, and the anniversary of his arrest became Solidarity Day. On 30 September 2013 PACE awarded him the first Václav Havel Human Rights Prize, received by his wife Natallia Pinchuk.
    .title = Ales Bialiatski
    .keywords = Ales Bialiatski, Byalyatski, Bialiatsky, Beliatski, Belyatsky, Viasna, head of Viasna, FIDH, Free Ales, arrest, 4 August 2011, prison sentence, four and a half years, political prisoner, Havel Prize, Natallia Pinchuk
    .questions =
        Who is Ales Bialiatski?
        When was Ales Bialiatski arrested?
        How long was Ales Bialiatski’s prison sentence?
        Which prize did Ales Bialiatski receive in 2013?
        Who is Natallia Pinchuk?

fact-amnesty-marathon-2012 = Amnesty International’s Letter Writing Marathon began on 7 December 2012, three days before Human Rights Day, and thousands of letters were written to the imprisoned Ales Bialiatski. Amnesty campaigned for petitions to free him and for actions to promote the campaign, and counted 104,731 actions in his support.
    .title = Amnesty letter-writing marathon (2012)
    .keywords = Amnesty International, letter writing marathon, Write for Rights, letters, petitions, 104 731, 104731, prisoner of conscience, Bialiatski, Byalyatski, December 2012
    .questions =
        What was Amnesty International’s Letter Writing Marathon for Ales Bialiatski?
        When did the Amnesty letter-writing marathon start in 2012?
        How many actions did Amnesty count in support of Bialiatski?
        How many letters were written to Ales Bialiatski?

fact-amnesty-countries-2012 = During Amnesty International’s letter-writing marathon of December 2012 people from all over the world expressed their solidarity with Ales Bialiatski, including from Austria, Belgium, the Bermuda islands, Bulgaria, Canada and Cyprus.
    .title = Countries in solidarity with Bialiatski (2012)
    .short = Countries backing Bialiatski
    .keywords = countries, worldwide solidarity, Austria, Belgium, Bermuda, Bulgaria, Canada, Cyprus, solidarity with Bialiatski, letter writing marathon, Amnesty International
    .questions =
        From which countries did people support Ales Bialiatski in 2012?
        Did people in Canada write to Bialiatski?
        How widespread was solidarity with Bialiatski during the Amnesty marathon?

fact-ccbe-award-2012 = On 30 November 2012 the Council of Bars and Law Societies of Europe (CCBE), which unites about 1 million European lawyers, presented its Human Rights Award 2012 to Belarusian human-rights lawyer Pavel Sapelka for his courage and perseverance in supporting the campaign “Human Rights Defenders against the Death Penalty in Belarus”.
    .title = CCBE Human Rights Award to Pavel Sapelka (2012)
    .short = Human Rights Award to Pavel Sapelka
    .keywords = CCBE, Council of Bars and Law Societies of Europe, Human Rights Award 2012, lawyers’ award, Sapelka, Sapelko, Pavel Sapelko, bar association, advocate, lawyer prize, 1 million lawyers, Human Rights Award
    .questions =
        Who received the CCBE Human Rights Award 2012?
        What does CCBE stand for?
        Why did Pavel Sapelka receive the CCBE award?
        When was the CCBE award presented to Sapelka?
        How many lawyers does the CCBE unite?

fact-lawyers-belarus-2012 = In 2012 the text on the CCBE Human Rights Award to Pavel Sapelka, quoted by FIDH’s “Free Ales” campaign, called Belarus “Europe’s last dictatorship” and said that many lawyers there could not practise their professional duties.
    .title = Lawyers in Belarus (2012)
    .keywords = last dictatorship in Europe, Europe’s last dictatorship, lawyers in Belarus, legal profession, bar, advocates, professional duties, CCBE, Sapelka
    .questions =
        Could lawyers in Belarus practise freely in 2012?
        Why was Belarus called Europe’s last dictatorship?
        What did the CCBE award text say about Belarusian lawyers?

fact-sapelka = Pavel Sapelka is a Belarusian human-rights lawyer who was a member of the Presidency of the Minsk City Bar and defended opposition members and political prisoners arrested after the presidential election of December 2010. Receiving the CCBE Human Rights Award 2012, he said the award belonged to those who had struggled beside him, upholding the freedom and independence of the legal profession.
    .title = Pavel Sapelka, lawyer
    .keywords = Pavel Sapelka, Sapelko, Pavel Sapelko, lawyer, advocate, Minsk City Bar, Presidency of the Bar, defence lawyer, independent legal profession, CCBE Human Rights Award
    .questions =
        Who is Pavel Sapelka?
        Whom did lawyer Pavel Sapelka defend?
        What did Sapelka say when he received the CCBE award?
        Was Pavel Sapelka a member of the Minsk City Bar?

fact-death-penalty-campaign = “Human Rights Defenders against the Death Penalty in Belarus” is a campaign for the abolition of the death penalty in Belarus. Lawyer Pavel Sapelka received the CCBE Human Rights Award 2012 for his courage and perseverance in supporting it, and its representatives marched with their leaflets at the 5th World Congress against the Death Penalty in Madrid.
    .title = Campaign against the death penalty
    .keywords = Human Rights Defenders against the Death Penalty, human rights activists against death penalty, death penalty campaign, abolition, capital punishment, executions, Sapelka, anti-death penalty campaign
    .questions =
        What is the campaign “Human Rights Defenders against the Death Penalty in Belarus”?
        Is there a campaign against the death penalty in Belarus?
        Who supported the campaign against the death penalty in Belarus?
        What does the campaign “Human Rights Defenders against the Death Penalty” want?

fact-madrid-march-2013 = In 2013 representatives of the campaign “Human Rights Defenders against the Death Penalty in Belarus” joined the march of the 5th World Congress against the Death Penalty in Madrid, carrying its symbol, a red palm with the words “Say NO to the Death Penalty”, and handing out their campaign leaflets to demonstrators and passers-by. Young drummers led the march, which drew much attention from Madrid residents and tourists.
    .title = Madrid march against the death penalty (2013)
    .short = Madrid march against the death penalty
    .keywords = Madrid, World Congress against the Death Penalty, 5th World Congress, march, demonstration, Spain, red palm, Say NO to the Death Penalty, leaflets, drummers
    .questions =
        Did Belarusian human-rights defenders march in Madrid?
        What was the symbol of the 5th World Congress against the Death Penalty?
        Where was the 5th World Congress against the Death Penalty held?
        What did the Belarusian campaigners hand out in Madrid?
        Who led the march in Madrid?

fact-komorowska-meeting = Anna Komorowska, wife of Polish President Bronisław Komorowski, met the wives of Belarusian political prisoners and offered them solidarity and support: Natallia Pinchuk, wife of Ales Bialiatski; Maryna Adamovich, wife of former presidential candidate Mikalai Statkevich; and Anastasia Dashkevich, wife of Young Front leader Zmitser Dashkevich.
    .title = Polish First Lady meets prisoners’ wives
    .short = Komorowska meets prisoners’ wives
    .keywords = Anna Komorowska, Komorowski, Poland, First Lady, wives of political prisoners, Natallia Pinchuk, Natalia Pinchuk, Maryna Adamovich, Marina Adamovich, Statkevich, Anastasia Dashkevich, Dashkevich, Young Front
    .questions =
        Whom did Anna Komorowska meet?
        Did the Polish First Lady meet wives of Belarusian political prisoners?
        Who is Maryna Adamovich?
        Whose wife is Anastasia Dashkevich?

fact-adamovich-on-komorowska = Maryna Adamovich said the meeting with Anna Komorowska was cordial: the Polish president’s wife, herself the wife of a former political prisoner, knew their problems from her own experience. They talked about the importance of European solidarity and their common hopes for support from European leaders.
    .title = Maryna Adamovich on the meeting with Komorowska
    .short = Adamovich on meeting Komorowska
    .keywords = Maryna Adamovich, Marina Adamovich, cordial meeting, European solidarity, European leaders, wife of a former political prisoner, Statkevich
    .questions =
        What did Maryna Adamovich say about the meeting with Anna Komorowska?
        What did the prisoners’ wives and Anna Komorowska talk about?
        Why did Komorowska understand the problems of political prisoners’ wives?

fact-paleckis-report = The European Parliament’s report on EU policy on Belarus, drafted by Lithuanian centre-left MEP Justas Paleckis, was the first report of its kind. Before the foreign affairs committee voted on it, Olga Zakharova and Yuri Dzhibladze of the Committee for International Control over the Human Rights Situation in Belarus warned that the Parliament risked encouraging the dictator.
    .title = Paleckis report on EU policy on Belarus
    .short = Paleckis report on EU Belarus policy
    .keywords = Paleckis, Justas Paleckis, European Parliament, MEP, report on Belarus, EU policy, AFET, foreign affairs committee, Zakharova, Dzhibladze, Jibladze, Committee for International Control, criticism, encouraging the dictator
    .questions =
        Who drafted the European Parliament’s report on EU policy on Belarus?
        What did human-rights defenders say about the Paleckis report?
        Who are Olga Zakharova and Yuri Dzhibladze?
        Which committee voted on the Paleckis report?

fact-paleckis-report-role = Olga Zakharova and Yuri Dzhibladze wrote that the Paleckis report would be perceived as the European Parliament’s position on overall EU policy on Belarus, even if in procedural terms it did not directly influence decisions of the Council of the EU, the European Commission and the European External Action Service (EEAS). It would send a message to Aliaksandr Lukashenka’s regime and to civil society.
    .title = Weight of the Paleckis report
    .keywords = European Parliament position, EU policy on Belarus, Council of the EU, European Commission, European External Action Service, EEAS, procedural influence, message to the regime, Lukashenka, Lukashenko
    .questions =
        Did the Paleckis report bind the Council of the EU?
        Why did the Paleckis report matter?
        What does EEAS stand for?
        What message would the Paleckis report send?

fact-hrodna-defenders = Hrodna human-rights defenders Viktar Sazonau and Uladzimir Khilmanovich of Viasna and Raman Yurhel of the Belarusian Helsinki Committee were fined 1.5 million rubles each by Hrodna Leninski District Court for an alleged illegal picket on 10 December 2012, after posting online photos of their solidarity action with the imprisoned Ales Bialiatski. Viasna’s central office held a solidarity action with them ahead of the hearing of their appeal.
    .title = Fines on Hrodna human-rights defenders (2012)
    .keywords = Hrodna, Grodno, Sazonau, Sazonov, Khilmanovich, Hilmanovich, Yurhel, Yurgel, Belarusian Helsinki Committee, fine, 1.5 million rubles, picket, photos online, appeal, Leninski District Court
    .questions =
        Why were Hrodna human-rights defenders fined?
        How much were Sazonau, Khilmanovich and Yurhel fined?
        Which court fined the Hrodna human-rights defenders?
        What did Viasna do before the appeal of the Hrodna defenders?

fact-human-rights-day = Ahead of Human Rights Day on 10 December 2012, marked since 1950 on the anniversary of the UN General Assembly’s adoption of the Universal Declaration of Human Rights, Viasna called for solidarity actions with political prisoners. It said the human-rights situation in Belarus remained stably bad and that human-rights defenders and civil and political activists were still behind bars.
    .title = Human Rights Day appeal (2012)
    .keywords = Human Rights Day, International Human Rights Day, 10 December, Universal Declaration of Human Rights, UDHR, UN General Assembly, solidarity actions, political prisoners, Viasna appeal, call to action
    .questions =
        What did Viasna call for on Human Rights Day 2012?
        When is Human Rights Day marked?
        Since when has 10 December been Human Rights Day?
        How did Viasna describe the human-rights situation in Belarus in December 2012?

fact-viasna-freedoms-2012 = In December 2012 Viasna said that the Belarusian authorities imposed unlawful restrictions on fundamental civil and political freedoms, including freedom of peaceful assembly, association and expression and participation in government through free, democratic and fair elections.
    .title = Restricted freedoms in Belarus (2012)
    .keywords = restrictions, unlawful restrictions, civil and political freedoms, freedom of peaceful assembly, freedom of association, freedom of expression, free elections, participation in government, Viasna
    .questions =
        Which freedoms did the Belarusian authorities restrict, according to Viasna?
        What did Viasna say about elections in Belarus in 2012?
        Were fundamental freedoms restricted in Belarus in 2012?

fact-fule-meeting-2012 = On 5 December 2012 in Brussels, EU Commissioner for Enlargement and European Neighbourhood Policy Štefan Füle again told Viasna deputy head Valiantsin Stefanovich and Zhana Litvina, head of the Belarusian Association of Journalists, that the release of political prisoners was a precondition for a dialogue between the EU and official Minsk. The meeting was part of their visit to Brussels organised by FIDH.
    .title = Füle: political prisoners first (2012)
    .short = Füle: political prisoners first
    .keywords = Stefan Fule, Štefan Füle, Fuele, European Commissioner, Enlargement and Neighbourhood Policy, Brussels, precondition, EU dialogue with Minsk, Stefanovich, Zhana Litvina, Zhanna Litvina, BAJ, Belarusian Association of Journalists, FIDH visit
    .questions =
        What did Štefan Füle say about Belarusian political prisoners?
        Whom did Commissioner Füle meet on 5 December 2012?
        What was the precondition for an EU dialogue with Minsk in 2012?
        Who organised the Belarusian human-rights defenders’ visit to Brussels?

fact-yurov-council-2012 = As reported on 14 November 2012, Russian human-rights activist Andrei Yurov, who was banned from entering Belarus and had become a member of the Russian Presidential Council for Civil Society and Human Rights, proposed forming in the Council a working group on human rights in the CIS countries with a subgroup on Belarus. He said other council members were ready to support him.
    .title = Yurov’s Belarus group initiative (2012)
    .keywords = Andrei Yurov, Andrey Yurov, Yurov, Putin’s council, Presidential Council for Civil Society and Human Rights, Russian human rights council, CIS, working group on Belarus, subgroup on Belarus, entry ban
    .questions =
        Who is Andrei Yurov?
        What did Andrei Yurov propose in 2012?
        Was a group on Belarus planned in Putin’s presidential council?
        Why could Andrei Yurov not enter Belarus?

fact-yurov-experts-2012 = In November 2012 Andrei Yurov suggested inviting Belarusian human-rights activists and journalists, with their consent, to become permanent experts of the planned Belarus subgroup of the Russian Presidential Council, since people without Russian citizenship may be experts.
    .title = Belarusian experts for the Russian council (2012)
    .short = Belarusians as Russian council experts
    .keywords = permanent experts, Belarusian experts, Belarusian journalists, human rights activists, Russian citizenship, consent, Yurov, Presidential Council
    .questions =
        Could Belarusians become experts of the Russian Presidential Council?
        Whom did Yurov want to invite as experts?
        Do experts of the council need Russian citizenship?

fact-political-prisoners = Freeing Belarusian political prisoners is a recurring demand in these sources: in December 2012 EU Commissioner Štefan Füle repeated that their release was a precondition for EU dialogue with Minsk, and Viasna called for solidarity actions with them; the open letter of 9 January 2015 sought to restore former political prisoners’ rights; in August 2020 civil-society forums demanded their release.
    .title = Political prisoners
    .keywords = political prisoners, political prisoner, release of political prisoners, prisoners of conscience, jailed activists, solidarity with prisoners, rehabilitation, detained protesters
    .questions =
        What has been demanded for Belarusian political prisoners?
        Who has called for the release of political prisoners in Belarus?
        Is the release of political prisoners a condition for EU dialogue with Minsk?
