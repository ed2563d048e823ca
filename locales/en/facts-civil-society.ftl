# civil-society: the concerted position of Belarusian human-rights organisations, the August 2020 civil-society statement, FIDH “Free Ales” solidarity items (2012–2013), Solidarity Day, the Amnesty marathon and the CCBE award

## Concerted position and the open letter of 9 January 2015

fact-concerted-position = In their “Concerted position on international partners’ relations with Belarus”, written after their open letter of 9 January 2015, eight Belarusian human-rights organisations noted that despite certain positive tendencies over the past six months there had been no systemic changes to improve human rights comprehensively. They called further improvement a top priority for both Belarusian human-rights defenders and international partners in shaping the strategy for relations with Belarus.
    .title = Concerted position of human-rights organisations
    .short = Concerted position of rights groups
    .keywords = concerted position, joint position, Belarusian human rights organisations, human rights defenders, international partners, relations with Belarus, no systemic changes, positive tendencies, six months, top priority, strategy for relations with Belarus
    .questions =
        What is the concerted position of Belarusian human-rights organisations?
        What did Belarusian human-rights organisations say about relations with Belarus?
        Had the human-rights situation in Belarus changed, according to the concerted position?
        What did the human-rights defenders call a top priority?
        Is it true that the eight Belarusian rights groups saw no real structural change in human rights despite some progress in the past half-year?
        Joint stance of Belarusian rights groups on foreign partners' ties with Minsk
        What main goal did eight Belarusian NGOs set for Western partners' strategy towards Minsk?
        Did Belarusian rights defenders see any fundamental change after their January 2015 letter?
        Belarus rights groups concerted position 2015
        For whom is further improving human rights a top priority, according to the eight Belarusian organisations?
        Over what period did the rights groups see some positive trends in Belarus?
        That joint paper by eight Belarusian NGOs written after their January 2015 letter — did it find any deep change in human rights?
        Despite a few encouraging signs, did eight Belarusian watchdogs find the country's rights record fundamentally better?
        eight belarus rights groups joint paper no real change
        Were there systemic changes in Belarusian human rights over the six months before the concerted position?
        Improving human rights as the top priority in Western strategy towards Belarus
        What overall assessment of the human-rights situation did the eight organisations give after their January 2015 letter?
        some positive trends but no systemic change belarus rights groups
    .unanswered =
        When was the concerted position released?
        Who drafted the text of the concerted position?
        How did Minsk respond to the concerted position?
        Which positive tendencies did the rights groups have in mind in the concerted position?
        Did the EU take the concerted position into account?
        Was the concerted position translated into Belarusian?
        Who presented the concerted position to Western diplomats?
        Which of the eight organisations behind the concerted position is the oldest?
        Who signed the open letter of 9 January 2015 on behalf of Viasna?
        How many people work in the eight organisations behind the concerted position altogether?

fact-concerted-approach = The Belarusian human-rights organisations behind the concerted position consider that a combination of constant monitoring, political pressure and an inclusive dialogue that opens a space for civil society is needed to obtain advances for human rights in Belarus.
    .title = Monitoring, pressure and dialogue
    .keywords = constant monitoring, political pressure, inclusive dialogue, space for civil society, combination of tools, advances for human rights, progress on human rights, approach to Belarus
    .questions =
        What do Belarusian human-rights organisations think is needed for progress on human rights?
        Which combination of tools does the concerted position recommend?
        Why does the concerted position call for an inclusive dialogue?
        What role do monitoring and political pressure play in the concerted position?
        How do Belarusian rights groups think the West can push Minsk towards respecting human rights?
        Watching, pressuring and talking: the rights defenders' recipe for Belarus
        Is pressure alone enough to improve human rights in Belarus, according to the concerted position?
        Why do the rights groups want the dialogue with Minsk to open a space for civil society?
        monitoring pressure dialogue rights groups Belarus
        In what way do Belarusian rights defenders think human-rights gains can be won from the regime?
        Is it true that the rights groups wanted monitoring, pressure and dialogue used together?
        What mix of watching, leaning on Minsk and talking did the signatories of that joint Belarus paper recommend?
        Do Belarusian rights groups believe steady observation plus political leverage and open talks together bring rights gains?
        how to get human rights progress in belarus what rights groups recommend
        What should be combined with political pressure on Minsk, according to the Belarusian rights organisations?
        Constant monitoring, political pressure and inclusive dialogue together
        three tools for human-rights advances in belarus
    .unanswered =
        Has the mix of monitoring, pressure and dialogue ever worked in Belarus?
        Who would carry out the constant monitoring proposed in the concerted position?
        Did the Belarusian authorities agree to an inclusive dialogue with civil society?
        Which international partners adopted the rights groups' approach of monitoring, pressure and dialogue?
        Did the rights groups want EU sanctions as part of the political pressure on Minsk?
        For how long should Belarus be monitored, according to the concerted position?
        Did the mix of pressure and dialogue get any political prisoners freed?
        Which Belarusian officials would take part in an inclusive dialogue with civil society?
        Which Belarusian human-rights organisation publishes monthly monitoring reviews?
        How much money do Belarusian human-rights organisations spend on monitoring?
        Which international partners fund the work of Belarusian human-rights defenders?

fact-concerted-un-rapporteur = The concerted position of Belarusian human-rights organisations calls on the international community to keep the human-rights situation in Belarus under international scrutiny, in particular by renewing the mandate of the UN Special Rapporteur on the situation of human rights in Belarus.
    .title = Renewing the UN Special Rapporteur’s mandate
    .short = Renewing the UN Rapporteur’s mandate
    .keywords = UN Special Rapporteur, special rapporteur on Belarus, UN mandate, renewal of the mandate, mandate extension, international scrutiny, UN rapporteur, United Nations Special Rapporteur, rapporteur on the situation of human rights in Belarus
    .questions =
        What did Belarusian human-rights organisations ask about the UN Special Rapporteur on Belarus?
        Whose mandate should be renewed, according to the concerted position?
        How should international scrutiny of human rights in Belarus continue?
        What is the first call of the concerted position to the international community?
        Should the UN keep its human-rights envoy for Belarus, according to Belarusian rights groups?
        Did Belarusian NGOs want the world to keep watching Minsk's human-rights record?
        Extending the UN rapporteur on Belarus: what did the eight NGOs want?
        United Nations special rapporteur Belarus mandate extension call
        What for did the rights groups want the UN Special Rapporteur's mandate renewed?
        international scrutiny human rights Belarus
        Whom did the eight NGOs expect to renew the UN rapporteur's mandate on Belarus?
        The UN official who reports on human rights in Belarus: what did the rights groups want done with that job?
        Did Belarusian NGOs ask the world body to prolong the term of its Belarus human-rights investigator?
        keep un envoy on belarus rights groups ask
        Renewing the mandate of the UN rapporteur on human rights in Belarus: who called for it?
        Through which UN post did the rights groups want international scrutiny of Belarus kept up?
    .unanswered =
        What is the name of the current UN Special Rapporteur on Belarus?
        Who appoints the UN Special Rapporteur on Belarus?
        When was the mandate of the UN Special Rapporteur on Belarus first established?
        Has the UN Special Rapporteur been allowed to visit Belarus?
        Who held the post of UN Special Rapporteur on Belarus in 2015?
        Was the UN rapporteur's mandate on Belarus actually extended after the rights groups' call?
        How often does the UN Special Rapporteur on Belarus report to the Human Rights Council?
        Does Minsk recognise the mandate of the UN rapporteur on Belarus?
        What is the nationality of the UN Special Rapporteur on Belarus?
        How many reports has the UN Special Rapporteur on Belarus published?
        Is the UN Special Rapporteur on Belarus paid for the work?

fact-concerted-eu-plan = The concerted position asks the EU to adopt and publish, as Council conclusions, a plan of minimal human-rights measures expected from Minsk and to develop with it a roadmap including full cooperation with UN and Organisation for Security and Cooperation in Europe (OSCE) mechanisms and the points of the open letter of 9 January 2015: close political cases, lift Tankachova’s entry ban, register Viasna, stop persecuting journalists, halt executions, repeal Article 193.1, align laws.
    .title = EU plan of minimal measures and roadmap
    .short = EU minimal measures plan and roadmap
    .keywords = EU Council conclusions, plan of minimal measures, minimum measures, roadmap, road map, European Union, conditions for Minsk, OSCE, Organisation for Security and Cooperation in Europe, UN mechanisms, benchmarks
    .questions =
        What did human-rights organisations ask the EU to adopt?
        What is the plan of minimal measures?
        What must the roadmap with the Belarusian authorities include?
        What does OSCE stand for?
        How should the EU Council publish its expectations of Minsk?
        Which minimum steps did rights groups want Brussels to expect from Minsk?
        What benchmarks did the concerted position want the EU to set for the Belarusian government?
        Should Minsk work with UN and OSCE mechanisms under the proposed roadmap?
        EU Council conclusions with minimum demands on Belarus
        EU roadmap Belarus human rights
        Who should draw up the roadmap together with the Belarusian authorities?
        Is it true that the roadmap had to include the points of the January 2015 open letter?
        That list of basic steps Brussels was asked to expect from the Belarusian government — what was it?
        Did the rights groups want EU governments to formally set out and make public their minimum expectations of Minsk?
        eu list of steps for minsk un osce cooperation
        What should the EU Council conclusions on Belarus contain, according to the concerted position?
        A public EU list of minimum steps for Minsk and a roadmap to carry it out
        Did the rights groups want the roadmap to include full cooperation with UN and OSCE mechanisms?
    .unanswered =
        Did EU foreign ministers vote on the plan of minimal measures?
        Was the roadmap with the Belarusian authorities ever agreed?
        Who would monitor the implementation of the roadmap?
        By what deadline were the Belarusian authorities expected to carry out the minimal measures?
        What would happen to Minsk if it failed to carry out the minimal measures?
        What would Belarus get in return for meeting the EU's minimum conditions?
        Which OSCE mechanisms exactly did the roadmap refer to?
        Did the OSCE back the idea of a human-rights roadmap for Belarus?
        When was the OSCE founded?
        Where is the OSCE headquartered?
        How many member states does the OSCE have?
        Which country held the presidency of the Council of the EU in early 2015?

fact-hr-community-dialogue = The concerted position asks that the Belarusian human-rights community be treated as an actor in the human-rights dialogues between the EU and Belarus and between the US and Belarus, and be included in them as an equal partner.
    .title = Human-rights defenders in EU and US dialogues
    .short = Rights defenders in EU and US talks
    .keywords = human rights dialogue, EU–Belarus dialogue, EU-Belarus, US–Belarus dialogue, United States, USA, equal partner, inclusion of human rights defenders, seat at the table, human rights community, actor in the dialogues
    .questions =
        What role did human-rights defenders ask for in the EU–Belarus dialogue?
        Should Belarusian human-rights defenders take part in the US–Belarus human-rights dialogue?
        Which dialogues should include the Belarusian human-rights community?
        How should the Belarusian human-rights community be treated, according to the concerted position?
        Did rights defenders want a seat at the table in Washington's human-rights talks with Minsk?
        Should NGOs be full participants in Brussels' human-rights dialogue with Minsk?
        Belarusian civil society as an equal party in EU and US talks
        What status did the rights community seek in the American and European dialogues with Belarus?
        rights defenders equal partner EU US dialogue
        Is it true that the concerted position wanted the rights community treated as an actor in the human-rights dialogues?
        In Minsk's dialogues with which two partners did the eight NGOs want a place?
        When Brussels and Washington talk human rights with Minsk, what place did Belarusian defenders claim in those talks?
        Did local rights activists want to join the American and European human-rights consultations with Minsk on an equal footing?
        belarus rights defenders want in on eu and us talks
        Belarusian human-rights community as an actor in the EU–Belarus and US–Belarus dialogues
        Did the concerted position want Washington to include Belarusian rights defenders in its human-rights talks with Minsk?
        rights community equal partner us belarus dialogue
    .unanswered =
        When did the EU–Belarus human-rights dialogue begin?
        Were Belarusian human-rights defenders eventually admitted to the US–Belarus dialogue?
        Who represents the United States in the human-rights dialogue with Belarus?
        How many rounds of the EU–Belarus human-rights dialogue have taken place?
        In which city are the EU–Belarus human-rights dialogue rounds held?
        When was the US–Belarus human-rights dialogue launched?
        Did the Belarusian Foreign Ministry object to NGOs joining the human-rights dialogues?
        Which Belarusian officials would take part in an inclusive dialogue with civil society?
        Did the EU take the concerted position into account?
        Which EU official leads the EU side in the human-rights dialogue with Belarus?
        Who was the US ambassador to Belarus in 2015?
        How often do the EU and Belarus hold rounds of their human-rights dialogue?

fact-open-letter-2015 = In an open letter of 9 January 2015 Belarusian rights groups made seven demands: close political cases, give Zhamchuzhny a public retrial and restore ex-prisoners’ rights; lift Tankachova’s entry ban and ensure the safe return of political exiles; register Viasna and other NGOs; stop persecuting Belsat and Racyja journalists; a moratorium on executions; repeal Article 193.1; align laws with international standards. The concerted position put these points in its proposed EU roadmap.
    .title = Open letter of 9 January 2015
    .keywords = open letter, 9 January 2015, January 2015, letter of human rights organisations, demands, list of demands, seven points, seven demands, conditions, requirements
    .questions =
        What did the open letter of 9 January 2015 demand?
        When did Belarusian human-rights organisations write their open letter?
        How many demands did the 2015 open letter make?
        What were the seven points of the open letter?
        What did Belarusian rights groups ask of the authorities in January 2015?
        List of the rights defenders' conditions from early 2015
        Which requirements did the NGOs put to Minsk in their public appeal of January 2015?
        Which points of the January 2015 appeal ended up in the roadmap asked of the EU?
        open letter 9 January 2015 demands
        Did the rights groups ask the regime in January 2015 to halt executions and register Viasna?
        Who wrote the open letter of 9 January 2015?
        That public message Belarusian rights groups sent at the start of 2015 with seven points — what were they?
        What did human-rights NGOs press Minsk for in writing in early January 2015, from executions to Article 193.1?
        rights groups letter jan 2015 what they wanted
        All seven demands of the 9 January 2015 letter in one list
        Did the January 2015 open letter cover both the death penalty and the persecution of journalists?
        How many points did the Belarusian rights groups put to the authorities in January 2015?
        Did the January 2015 letter ask for a public retrial for Zhamchuzhny and the safe return of political exiles?
    .unanswered =
        How many organisations signed the open letter of 9 January 2015?
        How did the Belarusian authorities respond to the open letter of 9 January 2015?
        Did the Belarusian authorities fulfil the demands of the January 2015 open letter?
        Where was the open letter of 9 January 2015 first published?
        Why was the open letter published on that particular day?
        Did any EU officials publicly back the January 2015 open letter?
        Did the US State Department support the demands of the 2015 letter?
        In which language was the open letter of January 2015 written?
        When did Radio Racyja start broadcasting?
        How many viewers does Belsat TV have in Belarus?
        Which foreign media besides Belsat and Racyja had journalists working in Belarus in 2015?

fact-political-cases-2015 = The open letter of 9 January 2015 demanded closing the politically motivated criminal cases against journalist Aliaksandr Alesin, graffiti artists Maksim Piakarski, Vadzim Zharomski and Viachaslau Kasinerau, and politician Ales Mikhalevich.
    .title = Political criminal cases (2015 demands)
    .keywords = Alesin, Aleksandr Alesin, Alexander Alesin, Piakarski, Pekarski, Zharomski, Zheromsky, Kasinerau, Kasinerov, Kosinerov, graffiti artists, Mikhalevich, Ales Mikhalevich, politically motivated cases
    .questions =
        Which criminal cases did the 2015 open letter want closed?
        Who is Aliaksandr Alesin in the 2015 demands?
        Which graffiti artists were named in the open letter of 9 January 2015?
        What did human-rights organisations demand for Ales Mikhalevich?
        Which prosecutions did Belarusian rights groups want dropped in 2015?
        Were the charges against graffiti painters Piakarski, Zharomski and Kasinerau to be dropped?
        Politically motivated prosecution of journalist Alesin and politician Mikhalevich
        Whose politically driven cases did the January 2015 letter want ended?
        Alesin Mikhalevich graffiti cases 2015
        How many graffiti artists did the 2015 open letter name?
        Did rights groups want the regime to drop the case against politician Ales Mikhalevich?
        A journalist, three graffiti painters and a politician: whose prosecutions did the early-2015 letter want stopped?
        Did the rights groups want the proceedings against Alesin, Mikhalevich and the graffiti painters terminated?
        alesin pekarski case close demand
        Which journalist’s criminal case did the January 2015 letter want closed?
        Maksim Piakarski, Vadzim Zharomski and Viachaslau Kasinerau: what did the rights groups demand for them?
        close case politician mikhalevich journalist alesin
    .unanswered =
        What was journalist Aliaksandr Alesin accused of?
        Which newspaper did Aliaksandr Alesin write for?
        What slogans did the graffiti artists Piakarski, Zharomski and Kasinerau write?
        What sentences did Alesin and Mikhalevich face?
        Are the cases against Alesin and Mikhalevich still open today?
        When was Ales Mikhalevich arrested?
        How old were the graffiti artists Piakarski, Zharomski and Kasinerau?
        Did Ales Mikhalevich leave Belarus?
        Which party did Ales Mikhalevich belong to?
        When were the graffiti artists Piakarski, Zharomski and Kasinerau detained?
        Where was journalist Aliaksandr Alesin born?

fact-zhamchuzhny-retrial-2015 = In their open letter of 9 January 2015, repeated in the concerted position, Belarusian human-rights organisations demanded that the criminal case of Mikhail Zhamchuzhny, founder of the human-rights organisation Platform Innovation, be reviewed in a public trial.
    .title = Public retrial for Mikhail Zhamchuzhny (2015)
    .short = Public retrial for Mikhail Zhamchuzhny
    .keywords = Zhamchuzhny, Zhemchuzhny, Mikhail Zhamchuzhny, Platform Innovation, Platforma, public trial, retrial, review of the case
    .questions =
        Who is Mikhail Zhamchuzhny?
        What did the 2015 open letter demand for Mikhail Zhamchuzhny?
        Who founded Platform Innovation?
        Which case should be reviewed in a public trial?
        Did rights groups want Zhamchuzhny's case reheard in open court?
        What did the 2015 appeal say about the founder of Platform Innovation?
        Open retrial for the founder of Platform Innovation
        Whose conviction did rights groups ask to be reconsidered publicly in January 2015?
        Zhamchuzhny public trial 2015
        In what kind of trial should Zhamchuzhny's case be reviewed, per the 2015 letter?
        Which human-rights organisation did Mikhail Zhamchuzhny found?
        The rights-group founder whose criminal case the January 2015 letter wanted re-examined in open court — who is he?
        Did NGOs seek a fresh, transparent hearing of the Zhamchuzhny prosecution?
        zhamchuzhny case new open trial demand
        Should Zhamchuzhny’s criminal case be heard again in open court rather than behind closed doors?
        Review of the case of the Platform Innovation founder in a public trial
        zhemchuzhny case public review
        Who demanded a public retrial for Mikhail Zhamchuzhny?
    .unanswered =
        What crime was Mikhail Zhamchuzhny found guilty of?
        How long was the prison sentence of Mikhail Zhamchuzhny?
        Which prison was Mikhail Zhamchuzhny held in?
        When was Mikhail Zhamchuzhny detained?
        How many staff does Platform Innovation have?
        Has Zhamchuzhny's conviction been overturned?
        Where is Platform Innovation based?
        Where is Platform Innovation located?
        When was Platform Innovation founded?
        Who heads Platform Innovation today?
        How old was Mikhail Zhamchuzhny when he was arrested?

fact-ex-prisoners-rights-2015 = The open letter of 9 January 2015 demanded removing the convictions of former political prisoners in order to restore their civil and political rights.
    .title = Rights of former political prisoners (2015)
    .keywords = former political prisoners, ex-prisoners, rehabilitation, removal of convictions, criminal record, civil and political rights, restoration of rights
    .questions =
        What did the 2015 open letter demand for former political prisoners?
        Why should the convictions of former political prisoners be removed?
        How could former political prisoners get their civil and political rights back?
        Did rights groups want the criminal records of ex-political prisoners wiped in 2015?
        Clearing the records of released political prisoners: a January 2015 demand
        What would clearing former prisoners' convictions give them back?
        Is it true that the 2015 open letter sought to expunge the records of former political prisoners?
        former political prisoners convictions removal
        Should people once locked up for political reasons have their convictions removed, according to the 2015 letter?
        For whom did the 2015 open letter seek the restoration of civil and political rights?
        People who had served time for politics and were freed — what did the January 2015 letter want cancelled for them?
        Should past sentences of released dissidents be annulled so that their civic and political rights come back?
        criminal record ex political prisoners 2015 letter
        What had to be removed so that former political prisoners could regain their rights?
        Restoring the civil and political rights of people once jailed for politics
        expunge convictions former political prisoners
    .unanswered =
        How many former political prisoners were there in Belarus in 2015?
        Can former political prisoners stand in elections in Belarus?
        Can former political prisoners work as lawyers or teachers in Belarus?
        Do former political prisoners in Belarus receive any compensation?
        Which court decides on removing a criminal record in Belarus?
        How long does a criminal record last in Belarus after release?
        Which ex-political prisoners did the 2015 letter have in mind?
        Can former political prisoners leave Belarus freely?
        How many former political prisoners had their convictions removed after 2015?
        Which Belarusian law governs the removal of criminal convictions?
        Did any former political prisoner receive a pardon after the 2015 letter?

fact-tankachova-entry-ban = In their open letter of 9 January 2015, repeated in the concerted position, Belarusian human-rights organisations demanded lifting the ban on entering Belarus earlier imposed on Belarusian human-rights activist Alena Tankachova.
    .title = Alena Tankachova’s entry ban (2015)
    .keywords = Tankachova, Tonkacheva, Tonkachova, Elena Tonkacheva, Alena Tankacheva, entry ban, ban on entering Belarus, barred from Belarus, human rights activist
    .questions =
        Who is Alena Tankachova?
        Why was Alena Tankachova mentioned in the 2015 open letter?
        What did human-rights organisations demand about Tankachova’s entry ban?
        Was Alena Tankachova barred from coming to Belarus?
        Letting Tankachova back into the country: a 2015 demand
        Which rights activist did the NGOs want allowed back into Belarus in January 2015?
        What did the January 2015 letter ask about the ban keeping Tankachova out?
        Tankachova entry ban
        Is it true that Alena Tankachova had been barred from entering Belarus before 2015?
        What did the rights groups want the regime to do about Alena Tankachova?
        The Belarusian rights activist who was kept out of her own country — what did the 2015 letter ask for her?
        Did NGOs want Minsk to let Tankachova cross the border into Belarus again?
        tankachova not allowed into belarus letter
        Lifting the ban on Alena Tankachova entering Belarus
        Which human-rights activist’s entry ban did the January 2015 letter want removed?
        tonkacheva entry ban lift
        Who demanded lifting Alena Tankachova’s entry ban?
    .unanswered =
        What reason did the authorities give for banning Alena Tankachova?
        For how many years was Alena Tankachova barred from Belarus?
        Where does Alena Tankachova live now?
        When was Alena Tankachova deported from Belarus?
        Which organisation does Alena Tankachova head?
        Is Alena Tankachova still barred from Belarus today?
        Where did Alena Tankachova study?
        When was Alena Tankachova born?
        Did Alena Tankachova challenge her entry ban in court?
        Does Alena Tankachova have family in Belarus?

fact-safe-return-2015 = The open letter of 9 January 2015 demanded safe conditions for the return of people who had been forced to leave Belarus because of political persecution.
    .title = Safe return of those forced to leave (2015)
    .short = Safe return of those forced to leave
    .keywords = safe return, return of exiles, exiles, political emigrants, forced emigration, forced to leave, political persecution
    .questions =
        What did the 2015 open letter demand for people forced to leave Belarus?
        Could political exiles return to Belarus safely, according to the 2015 demands?
        What conditions did human-rights organisations want for the return of exiles?
        Could Belarusians who fled persecution come home safely, under the 2015 demands?
        Homecoming guarantees for political refugees from Belarus (2015)
        What did rights groups ask for those who had to flee Belarus for political reasons?
        Did the January 2015 letter seek security for returning political émigrés?
        safe return political exiles 2015
        Is it true that the January 2015 letter asked for safe conditions for those driven out of Belarus by persecution?
        Belarusians forced into exile by the regime: what did the 2015 letter demand for their return?
        Those who had to run away from Belarus because of political harassment — what did the January 2015 letter want for them?
        Did the rights groups ask for guarantees that émigrés hounded out for their views could come back without danger?
        can exiles come back to belarus 2015 demand
        Safe conditions for Belarusians who fled political persecution to come home
        What guarantees did the rights groups want for those forced out of Belarus by persecution?
        political exiles return home safely belarus letter
    .unanswered =
        How many Belarusians had been forced to leave the country for political reasons by 2015?
        Did the Belarusian authorities respond to the demand for a safe return of exiles?
        Were political émigrés who came back to Belarus arrested?
        Which countries did Belarusian political exiles flee to before 2015?
        Does Belarus have a commission on the return of those who left?
        Did any well-known exiles come home after the 2015 letter?
        What safety guarantees could returnees get from the authorities?
        How many Belarusians received political asylum in the EU in 2014?
        Which well-known Belarusian opposition figures lived in exile in 2015?
        How many Belarusian political refugees live in Poland?

fact-viasna-registration = In their open letter of 9 January 2015, repeated in the concerted position, Belarusian human-rights organisations demanded that the authorities register the Human Rights Centre Viasna and other non-profit organisations that choose to apply for registration.
    .title = Registration of Viasna and NGOs (2015)
    .keywords = registration of Viasna, Viasna registration, Vyasna, Vesna, NGO registration, non-profit organisations, legalisation, registration
    .questions =
        Did human-rights organisations demand the registration of Viasna?
        Which organisations should the Belarusian authorities register, according to the 2015 letter?
        What did the open letter say about non-profit organisations?
        Did the 2015 letter ask Minsk to legalise Viasna?
        Official status for Viasna and other NGOs: what was demanded in 2015?
        Should the authorities register non-profits that ask for it, according to the January 2015 letter?
        Viasna legal registration demand January 2015
        Whom besides Viasna should the authorities register, per the 2015 letter?
        Is it true that the 2015 open letter asked for the Human Rights Centre Viasna to be registered?
        That well-known Belarusian human-rights centre without official status — did the 2015 letter want it legalised?
        Should the state enter Viasna and any non-profit that applies into the official register, per the January 2015 appeal?
        viasna register letter 2015 ngos that apply
        Registering Viasna and any other non-profit that applies: a January 2015 demand
        Should the Belarusian authorities register every non-profit organisation that chooses to apply?
        register human rights centre viasna demand
        Which document repeated the demand to register Viasna?
    .unanswered =
        When was Viasna stripped of its registration?
        Why did the Belarusian authorities refuse to register Viasna?
        How many times did Viasna apply for registration?
        Was Viasna finally registered after 2015?
        Is Viasna registered abroad, for example in Lithuania?
        Which ministry registers NGOs in Belarus?
        How many NGOs were refused registration in Belarus in 2015?
        Which court ordered Viasna's liquidation?
        How many NGOs are registered in Belarus?
        How much does it cost to register an NGO in Belarus?

fact-belsat-racyja = The open letter of 9 January 2015 demanded an end to the persecution of journalists of Belsat TV and Radio Racyja and of other journalists working for foreign media, and that the authorities refrain from interfering with their professional activity in Belarus.
    .title = Belsat and Radio Racyja journalists (2015)
    .keywords = Belsat, Belsat TV, Radio Racyja, Radio Ratsyja, Racja, foreign media, journalists for foreign media, freelance journalists, persecution of journalists, press freedom, media freedom
    .questions =
        What did the 2015 open letter say about Belsat journalists?
        Which media outlets’ journalists were persecuted, according to the open letter?
        What did human-rights organisations demand for journalists working for foreign media?
        Is Radio Racyja mentioned in the demands of 2015?
        Harassment of Belsat and Racyja reporters: what did rights groups want in 2015?
        Should Belarus stop obstructing correspondents of foreign outlets, according to the January 2015 letter?
        Press freedom for foreign-media journalists in the 2015 demands
        Did the 2015 letter demand that the authorities let Belsat TV staff work freely?
        Belsat Racyja journalists 2015
        Whom besides Belsat and Racyja staff did the 2015 letter want the regime to stop persecuting?
        Is it true that the rights groups demanded an end to interference in the work of foreign-media reporters?
        Reporters of a foreign TV channel and a radio station harassed in Belarus: what did the 2015 letter demand for them?
        Did the rights groups want the state to stop hampering the daily work of Belsat and Racyja correspondents?
        belsat reporters harassment stop 2015
        Journalists working for foreign media in Belarus: what did the January 2015 letter demand for them?
        Stop interfering with the professional work of Belsat TV and Radio Racyja journalists
        belsat racyja journalists persecution end
    .unanswered =
        Where is Belsat TV based?
        When was Belsat TV founded?
        Who pays for Belsat and Radio Racyja?
        How many Belsat journalists were fined in Belarus?
        Who is the director of Belsat?
        Where is Radio Racyja based?
        Is Belsat banned?
        Which Belsat TV reporters are behind bars?
        Who runs Belsat TV?
        Which Polish broadcaster is Belsat part of?
        Who founded Radio Racyja?
        How many journalists work for Belsat?

fact-death-penalty-moratorium = In their open letter of 9 January 2015, repeated in the concerted position, Belarusian human-rights organisations demanded that the authorities introduce a moratorium on executions.
    .title = Moratorium on executions (2015 demand)
    .keywords = moratorium, death penalty, capital punishment, executions, death sentence, moratorium on the death penalty, stop to executions
    .questions =
        Did Belarusian human-rights organisations demand a moratorium on executions?
        What did the 2015 open letter say about the death penalty?
        Which demand concerned capital punishment in the concerted position?
        Did rights groups ask Minsk to halt executions in 2015?
        Pause on the death penalty: a demand of the January 2015 letter
        Is it true that Belarusian NGOs wanted a freeze on carrying out death sentences?
        What did the human-rights organisations want done about death sentences in 2015?
        moratorium executions Belarus 2015
        Which document repeated the 2015 call for a moratorium on executions?
        Who demanded in January 2015 that Minsk introduce a moratorium on executions?
        That request to stop carrying out death sentences, written in January 2015 and repeated in the joint position — what exactly was asked?
        Did Belarusian NGOs want the state to suspend putting condemned prisoners to death?
        stop executions belarus ngo demand 2015
        Moratorium on carrying out death sentences: who demanded it in January 2015?
        Did the 2015 demands ask for a moratorium on executions rather than immediate abolition?
        moratorium death sentences belarus rights groups letter
    .unanswered =
        How many people have been executed in Belarus?
        When was the last execution in Belarus?
        What method of execution does Belarus use?
        Did the Belarusian parliament ever debate a moratorium on the death penalty?
        Did Lukashenka ever promise a moratorium on the death penalty?
        How many death-row prisoners are waiting for execution in Belarus?
        For which crimes can courts in Belarus hand down the death penalty?
        How many death sentences were handed down in Belarus in 2015?
        Has a Belarusian president ever pardoned anyone sentenced to death?
        Did Belarus carry out any executions in 2015?

fact-article-193-1 = In their open letter of 9 January 2015, repeated in the concerted position, Belarusian human-rights organisations demanded repealing Article 193.1 of Belarus’s Criminal Code as well as the ban on activity on behalf of unregistered organisations.
    .title = Article 193.1 of the Criminal Code
    .keywords = Article 193.1, article 193-1, 193 1, 193.1, Criminal Code, unregistered organisations, unregistered organizations, activity on behalf of an unregistered organisation, criminal liability, repeal, NGO activity
    .questions =
        What did human-rights organisations demand about Article 193.1?
        Which article of the Criminal Code should be repealed?
        What ban on unregistered organisations did the 2015 letter want lifted?
        Is activity on behalf of unregistered organisations banned in Belarus?
        Should Belarus decriminalise working for an unregistered NGO, according to rights groups?
        Criminal liability for unregistered organisations: what did the 2015 letter want?
        Which criminal code article on unregistered NGOs did rights groups want scrapped?
        Article 193-1 abolition demand
        Is it true that activity on behalf of an unregistered group fell under the Belarusian Criminal Code?
        Besides the open letter, which document repeated the demand to repeal Article 193.1?
        repeal Article 193.1 Criminal Code
        The criminal-code provision that punishes working for a group without registration — what did rights defenders want done with it?
        Did NGOs ask to abolish the penalty for acting in the name of an unregistered association in Belarus?
        article 193.1 unregistered groups scrap
        Abolishing criminal liability for acting on behalf of an unregistered organisation in Belarus
        Which Criminal Code article did the January 2015 letter want repealed together with the ban on unregistered groups?
        art 193.1 repeal demand
        Who demanded the repeal of Article 193.1?
    .unanswered =
        What is the maximum penalty under Article 193.1?
        When was Article 193.1 added to the Criminal Code?
        How many people have been convicted under Article 193.1?
        Is Article 193.1 still in force today?
        Who was the first person convicted under Article 193.1?
        What did the UN Human Rights Committee say about Article 193.1?
        Which Viasna members were prosecuted under Article 193.1?
        How many people were fined for acting on behalf of unregistered organisations in Belarus?
        Was Article 193.1 ever replaced by an administrative fine?
        What sentence did the last person convicted under Article 193.1 receive?

fact-human-rights-legislation = In their open letter of 9 January 2015, repeated in the concerted position, Belarusian human-rights organisations called on the Belarusian authorities to launch systematic work to bring the country’s human-rights legislation in line with international standards.
    .title = Legislation and international standards (2015)
    .short = Laws and international standards
    .keywords = legislation, laws, legal reform, law reform, international standards, harmonisation, human rights law, systematic work
    .questions =
        What did the 2015 open letter demand about Belarusian legislation?
        Should Belarus bring its human-rights laws in line with international standards?
        What systematic work did human-rights organisations call for?
        Did rights groups want Belarusian law harmonised with international norms in 2015?
        Legal reform to meet international human-rights norms: a 2015 demand
        What did the January 2015 letter ask regarding reform of Belarus's laws?
        Should Minsk overhaul its laws to match global human-rights norms, according to the 2015 letter?
        Belarus laws international standards 2015
        Whom did the January 2015 letter call on to bring the laws in line with international standards?
        Is it true that the rights groups wanted a systematic overhaul of the regime's human-rights laws?
        The part of the January 2015 letter about fixing the country's laws — what did it ask for?
        Did rights defenders want Minsk to methodically rewrite its statutes to meet worldwide standards?
        belarus laws to international standards letter 2015
        Systematic work to align Belarusian human-rights legislation with international standards
        Did the 2015 letter call for methodically harmonising the country’s human-rights laws with international norms?
        belarus human rights law reform demand
        Who called for Belarusian human-rights legislation to be brought in line with international standards?
    .unanswered =
        Which body would draft the human-rights law reform in Belarus?
        Has Belarus changed any of its human-rights laws since 2015?
        Does the Belarusian Constitution guarantee human rights?
        How long would it take to bring Belarusian laws in line with international standards?
        Which Belarusian laws contradict international human-rights standards?
        Does Belarus have a human-rights ombudsman?
        Which international experts would help Belarus reform its human-rights laws?
        Which Belarusian ministry is responsible for drafting human-rights laws?
        Did Belarus adopt a national human-rights action plan after 2015?
        Which UN human-rights treaties has Belarus not ratified?

fact-concerted-signatories = The “Concerted position on international partners’ relations with Belarus” was signed by eight Belarusian human-rights organisations: the Office for the Rights of People with Disabilities, Legal Transformation Centre Lawtrend, Belarusian Documentation Centre, Committee for the Protection of the Repressed “Salidarnasc”, Initiative FORB partnership on expertise and law, Human Rights Centre Viasna, Belarusian Association of Journalists and the Barys Zvozskau Belarusian Human Rights House.
    .title = Signatories of the concerted position
    .keywords = signatories, signed by, eight organisations, Lawtrend, Legal Transformation Centre, Belarusian Documentation Centre, Salidarnasc, Solidarnost, Committee for the Protection of the Repressed, FORB, Viasna, Belarusian Association of Journalists, BAJ, Human Rights House, Zvozskau, Zvozskov, Office for the Rights of People with Disabilities
    .questions =
        Which organisations are behind the concerted position?
        Did the Belarusian Association of Journalists sign the concerted position?
        Is Lawtrend one of the signatories?
        What is the Barys Zvozskau Belarusian Human Rights House?
        List of NGOs that endorsed the concerted position
        Which eight groups put their names to the joint position on relations with Belarus?
        Was Viasna among the authors of the concerted position?
        Did Salidarnasc and the Belarusian Documentation Centre back the concerted position?
        concerted position signatories list
        Is the Office for the Rights of People with Disabilities among the signatories?
        Did Initiative FORB sign the joint position of the eight NGOs?
        Which groups, from the journalists' association to a disability rights office, signed that joint paper of eight NGOs?
        Names of the eight organisations that put their signatures under the joint stance on Belarus's foreign partners
        who signed joint position of eight ngos lawtrend viasna
        Which disability-rights and journalists’ organisations are among the signatories of the concerted position?
        Is the Committee for the Protection of the Repressed Salidarnasc a signatory of the joint position?
    .unanswered =
        When did Barys Zvozskau die?
        Who heads Lawtrend?
        When was the Belarusian Documentation Centre founded?
        Where is the Office for the Rights of People with Disabilities based?
        What does FORB stand for?
        Who founded the Committee for the Protection of the Repressed Salidarnasc?
        In which city is the Barys Zvozskau Belarusian Human Rights House?
        When was Lawtrend set up?
        Who heads the Belarusian Documentation Centre?
        Who was Barys Zvozskau?
        How many members does the Committee for the Protection of the Repressed Salidarnasc have?

fact-viasna = The Human Rights Centre Viasna is a Belarusian human-rights organisation; in 2012–2013 it was headed by the imprisoned Ales Bialiatski, with Valiantsin Stefanovich as deputy head, and in December 2012 it called for solidarity actions with political prisoners. It signed the concerted position, whose demands include its registration. Its Hrodna members were fined over an alleged illegal picket of 10 December 2012, and in 2020 its human-rights defender Marfa Rabkova was a political prisoner.
    .title = Human Rights Centre Viasna
    .keywords = Viasna, Vyasna, Viasna-96, Vesna, Spring, HRC Viasna, Human Rights Center Viasna, Bialiatski, Stefanovich, Stefanovic, head of Viasna, human rights organisation
    .questions =
        What is Viasna?
        Who headed the Human Rights Centre Viasna in 2012?
        Who was the deputy head of Viasna?
        Is Viasna a registered organisation?
        Which Viasna members were persecuted?
        Which Belarusian rights group was led by Ales Bialiatski from prison?
        Viasna rights centre Belarus: leaders and persecuted members
        Who was Bialiatski's number two at Viasna?
        Is it true that Viasna's own registration is among the demands of the concerted position?
        Viasna Stefanovich Bialiatski Rabkova
        That Belarusian rights centre whose leader was in prison in 2012 and whose Hrodna members were fined — what is it?
        Tell me about the organisation where Stefanovich was deputy and Rabkova worked as a rights defender
        viasna who ran it
        Human Rights Centre Viasna: who led it in 2012–2013 and what happened to its members?
        Which Belarusian rights centre signed the concerted position and had members fined in Hrodna?
        viasna human rights centre belarus overview
    .unanswered =
        When was Viasna founded?
        Who founded Viasna?
        How many members does Viasna have?
        In which city is Viasna based?
        Who is the current head of Viasna?
        How many Viasna staff are behind bars today?
        Where does Viasna get its money?
        Which international prizes has Viasna won?
        How long had Valiantsin Stefanovich been Viasna's deputy head?
        When was Valiantsin Stefanovich born?
        Was Valiantsin Stefanovich later arrested?
        How many regional branches does Viasna have?

fact-rabkova-2020 = On 22 September 2020 the Belarusian human-rights community issued a joint statement demanding the immediate release of political prisoner Marfa Rabkova, a human-rights defender of the Human Rights Centre Viasna.
    .title = Demand to free Marfa Rabkova (2020)
    .keywords = Marfa Rabkova, Rabkova, Viasna, political prisoner, release, joint statement, September 2020, 22 September 2020, detained human rights defender
    .questions =
        What did the Belarusian human-rights community demand on 22 September 2020?
        When did human-rights defenders demand Marfa Rabkova’s release?
        Which organisation does Marfa Rabkova work for?
        Free Marfa Rabkova: the rights groups' call of September 2020
        Which jailed Viasna activist did Belarusian NGOs want freed in autumn 2020?
        Did Belarusian rights defenders jointly call for Rabkova to be let out at once?
        What did the joint statement of 22 September 2020 say about the detained Viasna defender?
        Marfa Rabkova release 2020
        Who demanded Marfa Rabkova's release in September 2020?
        Did the rights community consider Viasna's Marfa Rabkova a political prisoner?
        A Viasna activist locked up in 2020 whose freedom the rights community jointly demanded — who is she?
        Did Belarusian human-rights groups issue a common appeal in late September 2020 to let Rabkova go without delay?
        marfa rabkova viasna jailed free her
        Immediate release of Marfa Rabkova: who demanded it and when?
        Which Viasna human-rights defender did the Belarusian rights community call a political prisoner in September 2020?
        free rabkova joint statement 22 september
    .unanswered =
        What was Marfa Rabkova charged with?
        Which court sentenced Marfa Rabkova?
        Is Marfa Rabkova still in prison today?
        In which prison was Marfa Rabkova held?
        Where was Marfa Rabkova born?
        When was Marfa Rabkova detained?
        How old was Marfa Rabkova when she was arrested?
        Is Marfa Rabkova married?

fact-un-mechanism-2020 = On 18 September 2020, after an urgent debate on the serious human-rights violations surrounding the presidential election of 9 August 2020 in Belarus, the UN took immediate action, mandating its most senior human-rights official to outline a process for accountability before the end of the year. According to Human Rights House, the new UN human-rights investigative mechanism in Belarus must accompany political dialogue.
    .title = UN accountability mechanism (2020)
    .keywords = UN, United Nations, urgent debate, accountability, investigative mechanism, High Commissioner for Human Rights, UN Human Rights Council, September 2020, human rights violations, election 2020, political dialogue, immediate action
    .questions =
        What did the UN decide on Belarus on 18 September 2020?
        Who was mandated to outline a process for accountability in Belarus?
        What is the UN investigative mechanism on Belarus?
        Why did the UN hold an urgent debate on Belarus in 2020?
        What must accompany political dialogue, according to Human Rights House?
        Did the UN order an inquiry into abuses around Belarus's August 2020 election?
        UN High Commissioner asked to map out accountability for Belarus in September 2020
        How did the United Nations respond to the post-election violations in Belarus in September 2020?
        By when did the UN's top rights official have to propose how to make those responsible in Belarus answer for the violations?
        How quickly did the UN act on Belarus after its urgent debate of September 2020?
        UN accountability Belarus September 2020
        The violations around which election led the UN to start an accountability process on Belarus?
        Is it true that Human Rights House wanted the UN investigation to go hand in hand with political dialogue?
        That UN step after the special debate on Belarus's election abuses in 2020 — what did it set up?
        Did the world body instruct its chief rights official to draw up a plan by year's end for answering for the August 2020 abuses?
        un inquiry belarus election abuses 2020
        Who was to outline a process for accountability in Belarus before the end of 2020?
        What did Human Rights House say about the new UN human-rights investigative mechanism in Belarus?
        urgent debate un human rights belarus 18 september 2020
    .unanswered =
        How many countries voted for the UN resolution on Belarus in September 2020?
        What did the UN accountability process on Belarus find?
        Which country requested the urgent UN debate on Belarus?
        How much did the UN accountability process on Belarus cost?
        Did Minsk cooperate with the UN accountability process?
        In which city did the UN debate Belarus in September 2020?
        Did Russia oppose the urgent UN debate on Belarus?
        Who was the UN High Commissioner for Human Rights in 2020?
        Where is Human Rights House based?
        When was the Human Rights House Foundation founded?

## Joint statement of August 2020

fact-statement-2020 = Before EU foreign ministers met on 27–28 August 2020, the Steering Committee of the Eastern Partnership Civil Society Forum and the Board of the EU-Russia Civil Society Forum, dismayed at continued violations of Belarusians’ rights after the undemocratic 9 August election, in a joint statement urged the world to use all mechanisms to secure free assembly, speech and elections, end torture of protesters and free political prisoners, to follow and react to events and promote democratic standards.
    .title = Civil society forums’ statement (August 2020)
    .keywords = joint statement, August 2020, Eastern Partnership Civil Society Forum, EaP CSF, Steering Committee, EU-Russia Civil Society Forum, foreign ministers, Foreign Affairs Council, 27-28 August, fundamental rights, post-election, undemocratic election
    .questions =
        What did the civil-society forums say about Belarus in August 2020?
        Who issued the joint statement on Belarus before the EU foreign ministers’ meeting?
        When did the EU foreign ministers meet in August 2020?
        Besides using all available mechanisms, what did the August 2020 statement ask the international community to do?
        Which forums signed the statement on the violation of Belarusians’ fundamental rights?
        What did the Eastern Partnership and EU-Russia civil-society platforms say about post-election Belarus?
        Joint NGO appeal to EU foreign ministers on Belarus, August 2020
        Did civil-society networks condemn rights abuses in Belarus after the flawed vote of 9 August 2020?
        Did the forums urge the world in late August 2020 to follow and react to developments in Belarus?
        Eastern Partnership civil society forum statement Belarus August 2020
        Which bodies of the two forums issued the August 2020 statement?
        Two European NGO platforms spoke out on Belarus days before an EU ministerial meeting in August 2020: what did they say?
        Did civic networks condemn the ongoing abuse of Belarusians' basic rights after the unfair August 2020 vote?
        ngo forums statement belarus before eu ministers meeting aug 2020
        Which two civil-society bodies issued a joint statement before the EU Foreign Affairs Council of 27–28 August 2020?
        Why were the civil-society forums dismayed after the presidential election of 9 August 2020?
        eap csf steering committee eu-russia forum board joint statement
    .unanswered =
        How did the EU foreign ministers respond to the civil-society forums' statement?
        In which city did the EU foreign ministers meet on 27–28 August 2020?
        How many organisations belong to the Eastern Partnership Civil Society Forum?
        Did the EU impose sanctions after the August 2020 statement?
        When was the Eastern Partnership Civil Society Forum founded?
        Where is the EaP Civil Society Forum based?
        Who drafted the text of the August 2020 civil-society statement?
        When was BlueLink founded?
        How many members sit on the Board of the EU-Russia Civil Society Forum?
        Who chaired the EU foreign ministers' meeting of 27–28 August 2020?
        Which countries make up the Eastern Partnership?

fact-statement-2020-demands = In their August 2020 “Statement on the continued violation of the fundamental rights of the Belarusian people” the forums urged the international community to uphold international standards and use all mechanisms for three goals: free assembly, speech and free, fair elections; an end to excessive force and torture of peaceful protesters, with perpetrators punished; release of illegally held protesters and political prisoners and a fair, public probe of cases meant to discredit the opposition.
    .title = Demands of the August 2020 statement
    .keywords = demands, three goals, list of demands, international standards, all available mechanisms, civil society forums, protests 2020, Statement on the continued violation of the fundamental rights of the Belarusian people, title of the statement, upholding international standards
    .questions =
        What did the August 2020 statement demand?
        What were the three goals of the civil-society forums in 2020?
        What should the international community achieve in Belarus, according to the August 2020 statement?
        What three things did the civil-society forums want the world to secure for Belarusians in 2020?
        Three aims of the civil-society forums' August 2020 appeal
        What were the key asks of the NGO statement after the August 2020 election?
        Summary of what the August 2020 civil-society statement wanted
        What was the title of the civil-society forums’ statement of August 2020?
        Which standards did the August 2020 statement urge the international community to uphold?
        three goals civil society statement 2020
        What did the civil-society forums want done about torture, free elections and political prisoners in August 2020?
        What three things did that August 2020 declaration on the rights of the Belarusian people ask the world to achieve?
        In the forums' late-summer 2020 appeal, what was to be secured: elections, an end to violence or the release of detainees?
        what three goals belarus statement august 2020
        What three objectives did the Statement on the continued violation of the fundamental rights of the Belarusian people set?
        Free elections, an end to torture and freedom for detainees: the three aims of the forums’ appeal
        forums 2020 demands list belarus
        Did the August 2020 statement want the perpetrators punished and the cases meant to discredit the opposition publicly probed?
    .unanswered =
        Which specific mechanisms did the August 2020 statement have in mind?
        Were any of the demands of the August 2020 statement met?
        Which international institutions responded to the August 2020 statement?
        How many organisations endorsed the August 2020 statement?
        Did Tsikhanouskaya comment on the civil-society forums' demands?
        How did the Belarusian authorities respond to the civil-society forums' demands?
        In which detention centre were protesters tortured in August 2020?
        Who signed the August 2020 statement on behalf of the Eastern Partnership Civil Society Forum?
        How many Belarusian NGOs belong to the Eastern Partnership Civil Society Forum?
        In how many languages was the August 2020 statement published?

fact-statement-2020-rights = In August 2020 the Eastern Partnership and EU-Russia civil-society forums urged the international community to guarantee the right of the people of Belarus to assemble peacefully and express their views freely, and their right to free and fair elections.
    .title = Freedoms of assembly, expression and elections (2020)
    .short = Free assembly, speech and elections
    .keywords = freedom of assembly, peaceful assembly, freedom of expression, free speech, free and fair elections, right to vote
    .questions =
        Which rights of Belarusians did the August 2020 statement want guaranteed?
        What did the civil-society forums say about free elections in Belarus?
        Did the 2020 statement defend the right to peaceful assembly?
        Did the civil-society forums want Belarusians to be able to protest and speak out freely in 2020?
        Right to demonstrate and free speech in Belarus: August 2020 appeal
        Which political freedoms should the international community secure for Belarusians, per the 2020 forums?
        Did the August 2020 appeal call for honest elections in Belarus?
        freedom of assembly Belarus 2020 statement
        Whom did the civil-society forums call on to guarantee Belarusians' right to free and fair elections?
        Is it true that the forums wanted the world to guarantee Belarusians' right to express their views freely?
        The part of the August 2020 appeal about people's right to gather, speak up and vote honestly — what did it ask?
        Did the forums want the world to make sure Belarusians could rally peacefully, voice their opinions and hold genuine elections?
        right to gather peacefully and speak freely belarus forums 2020
        The right of Belarusians to assemble peacefully and express their views freely: what did the forums ask?
        What did the forums want the international community to guarantee about elections in Belarus?
        free and fair elections right belarus forums
    .unanswered =
        How many people took part in the protests in Belarus in August 2020?
        Were new elections held in Belarus after the 2020 statement?
        Has freedom of assembly in Belarus improved since the August 2020 statement?
        What was the official turnout in the 9 August 2020 election?
        Did OSCE observers monitor the 2020 presidential election in Belarus?
        How many votes did Tsikhanouskaya really get in 2020?
        Who headed Belarus's Central Election Commission in 2020?
        Which Belarusian city saw the largest protests in August 2020?
        How many people were detained at peaceful assemblies in Belarus in 2021?

fact-statement-2020-torture = In August 2020 the Eastern Partnership and EU-Russia civil-society forums urged the international community to put an end to the excessive use of force and torture against peaceful protesters in Belarus and to punish the perpetrators.
    .title = End torture of protesters (2020)
    .keywords = torture, excessive force, police violence, violence against protesters, peaceful protesters, punishment of perpetrators
    .questions =
        What did the August 2020 statement say about torture of protesters?
        Who should be punished, according to the civil-society forums?
        Was excessive force used against peaceful protesters in Belarus in 2020?
        Police brutality against Belarusian demonstrators: what did the civil-society forums demand in 2020?
        Should those who beat and tortured protesters in Belarus be held to account, per the August 2020 statement?
        Did European NGOs condemn violence against peaceful demonstrators in Belarus in August 2020?
        torture protesters Belarus 2020
        Is it true that the August 2020 statement spoke of torture against peaceful protesters in Belarus?
        Whom did the civil-society forums urge to end the excessive force against peaceful protesters?
        What did that late-August 2020 civil-society appeal say about beatings of peaceful demonstrators in Belarus?
        Did the forums want those who abused peaceful marchers in Belarus brought to justice?
        stop torture belarus protesters punish guilty 2020
        Ending excessive force and torture against peaceful protesters and punishing the perpetrators
        What did the forums want done to those who tortured peaceful protesters in Belarus?
        police brutality belarus 2020 forums demand
    .unanswered =
        How many protesters were tortured in Belarus in August 2020?
        Were any police officers punished for torturing protesters in 2020?
        Which units used force against the protesters in August 2020?
        In which detention centre were protesters tortured in August 2020?
        How many protesters were killed in Belarus in August 2020?
        Did the Belarusian authorities admit that protesters had been tortured?
        Did the UN Committee against Torture look into the abuse of Belarusian protesters?
        Who was Belarus's interior minister in August 2020?
        How many complaints about torture were filed in Belarus in 2020?
        Which human-rights groups documented the torture of protesters in 2020?

fact-statement-2020-release = In August 2020 the Eastern Partnership and EU-Russia civil-society forums urged the release of illegally detained Belarusian protesters and political prisoners and a fair, public investigation into the criminal and administrative cases opened to defame and discredit the opposition.
    .title = Release of detainees and fair investigations (2020)
    .short = Freeing detainees, fair investigations
    .keywords = release of protesters, detained protesters, illegally detained, public investigation, fair investigation, criminal cases, administrative cases, discrediting the opposition
    .questions =
        Whose release did the August 2020 statement demand?
        What did the civil-society forums say about cases against the opposition?
        What kind of investigation did the 2020 statement call for?
        Did the civil-society forums want jailed Belarusian demonstrators freed in August 2020?
        Cases opened to smear the Belarusian opposition: what did the August 2020 statement want?
        Transparent probe into criminal and administrative charges against the opposition (2020)
        release detained protesters 2020
        Why, according to the forums, had criminal and administrative cases been opened against the opposition?
        Is it true that the forums called the detention of Belarusian protesters illegal?
        People unlawfully locked up after the protests and cases opened to blacken the opposition: what did the August 2020 appeal want?
        Did the forums demand an honest, open inquiry into the charges brought to smear opponents of the regime?
        free detained protesters belarus forums demand
        A fair, public investigation of the cases opened to discredit the Belarusian opposition
        Freeing illegally detained protesters and political prisoners: what exactly did the forums demand in August 2020?
        investigation cases defame opposition belarus 2020
    .unanswered =
        How many protesters were detained in Belarus in August 2020?
        How many political prisoners were there in Belarus in August 2020?
        Which lawyers defended the detained protesters in 2020?
        How long were detained protesters kept behind bars in August 2020?
        Did the authorities free the detainees after the forums' statement?
        Was a public investigation into the cases against the opposition ever carried out?
        Which opposition politicians were in custody in August 2020?
        How many criminal cases were opened against the opposition in 2020?
        Which body investigated the criminal cases against the opposition in 2020?

fact-coordination-council = The Coordination Council is the body set up in 2020 by opposition candidate Sviatlana Tsikhanouskaya. In August 2020 the Eastern Partnership and EU-Russia civil-society forums described it as representing the protesters.
    .title = Coordination Council (2020)
    .keywords = Coordination Council, Coordinating Council, Tsikhanouskaya, Tikhanovskaya, Tsikhanovskaya, Sviatlana Tsikhanouskaya, founder, founded by Tsikhanouskaya, establishment, opposition, opposition body, protesters’ representation
    .questions =
        What is the Coordination Council?
        When was the Coordination Council established?
        Whom did the Coordination Council represent?
        What opposition body did Sviatlana Tsikhanouskaya form in 2020?
        Tsikhanouskaya's Coordination Council: what is it?
        Who speaks for the Belarusian protesters, according to the civil-society forums in 2020?
        Tsikhanouskaya Coordination Council 2020
        Did the civil-society forums see the Coordination Council as the protesters' representative?
        The opposition body Tsikhanouskaya created in 2020 to speak for the protesters — what is it called?
        Which structure did the civil-society forums see as the voice of Belarusian demonstrators in August 2020?
        council set up by tsikhanouskaya in 2020 what is it
        Which opposition candidate set up the Coordination Council in 2020?
        Coordination Council of the Belarusian opposition: founder and role
        coordinating council belarus opposition protesters
    .unanswered =
        Who were the members of the Coordination Council's presidium?
        How many members did the Coordination Council have?
        Who chaired the Coordination Council?
        Where is the Coordination Council based?
        When did the Coordination Council first meet?
        How were members of the Coordination Council chosen?
        Was Maria Kalesnikava a member of the Coordination Council?
        Who would represent the Coordination Council at the negotiating table?
        Who is the spokesperson of the Coordination Council?
        Which Coordination Council members were forced to leave Belarus?
        How many times did the Coordination Council meet in 2020?

fact-coordination-council-talks = In August 2020 the Eastern Partnership and EU-Russia civil-society forums called open and constructive dialogue with the protesters represented by the Coordination Council a crucial step to restore peace in Belarus and urged international institutions to recognise the Council formally. The EU and other international actors, they said, should help it organise negotiations with the authorities to resolve the post-election crisis.
    .title = Recognition of and talks with the Coordination Council (2020)
    .short = Talks with the Coordination Council
    .keywords = formal recognition, recognition of the Coordination Council, negotiations, dialogue with protesters, constructive dialogue, peace restoration, post-election crisis, EU mediation, international actors
    .questions =
        Why did the civil-society forums call for dialogue with the Coordination Council?
        Who should recognise the Coordination Council formally?
        How should the EU help to resolve the post-election crisis in Belarus?
        What did the August 2020 statement say about negotiations with the authorities?
        Should the EU broker talks between the Coordination Council and the Belarusian authorities in 2020?
        Official recognition of Tsikhanouskaya's council by international bodies
        How did the civil-society forums propose to bring peace back to Belarus in August 2020?
        Did NGOs want the world to acknowledge the Coordination Council officially?
        recognition Coordination Council negotiations 2020
        What kind of dialogue with the protesters did the forums call a crucial step to restore peace?
        With whom was the Coordination Council to negotiate with the EU's help?
        What did the August 2020 appeal want international bodies to do about the opposition council speaking for protesters?
        Was the EU expected to help the Tsikhanouskaya council sit down with the regime to settle the crisis after the vote?
        eu help coordination council talk to authorities 2020
        Formal recognition of the Coordination Council by international institutions: who called for it?
        Open and constructive dialogue with the protesters as the key step to restore peace in Belarus
        eu help coordination council negotiations post-election crisis
    .unanswered =
        Did the Coordination Council ever hold talks with the Belarusian authorities?
        Did the OSCE offer to mediate between the Coordination Council and Minsk?
        Did Lukashenka agree to negotiate with the Coordination Council?
        Did the European Parliament officially recognise Tsikhanouskaya's Coordination Council?
        Who would represent the Coordination Council at the negotiating table?
        Where could talks between the Coordination Council and Minsk have taken place?
        Did Moscow support negotiations with the Coordination Council?
        Who was the EU High Representative for Foreign Affairs in August 2020?
        Did the EU appoint a special envoy for the crisis in Belarus in 2020?
        Did the UN recognise the Coordination Council?

fact-coordination-council-case = By late August 2020 a criminal case had been opened against the Coordination Council on charges of attempting to seize power and undermining Belarus’s national security. The Eastern Partnership and EU-Russia civil-society forums noted that the Council had clearly stated that it pursues no such goals.
    .title = Criminal case against the Coordination Council (2020)
    .short = Case against the Coordination Council
    .keywords = criminal case, seizure of power, attempt to seize power, national security, charges, prosecution
    .questions =
        Why was a criminal case opened against the Coordination Council?
        What was the Coordination Council charged with in 2020?
        Did the Coordination Council want to seize power?
        Was the Coordination Council accused of plotting a coup?
        Prosecution of Tsikhanouskaya's council for an alleged power grab (2020)
        Did the Belarusian authorities treat the Coordination Council as a threat to national security?
        What did the Coordination Council say about the accusations of trying to take power?
        criminal case Coordination Council power grab
        The opposition council set up by Tsikhanouskaya was prosecuted in 2020 — on what grounds?
        Did the authorities launch a criminal probe against the Tsikhanouskaya council for supposedly endangering the state's security?
        criminal case against tsikhanouskaya council why
        Attempting to seize power and undermining national security: the charges against the Coordination Council
        Did the Coordination Council state clearly that it was not seeking to take power?
        coordination council charged seizure of power 2020
    .unanswered =
        What article was the Coordination Council charged under?
        Were any Coordination Council members convicted?
        How many Coordination Council members were summoned for questioning?
        Did the EU condemn the prosecution of the Coordination Council?
        What punishment did members of the Coordination Council face under the charges?
        Who was Belarus's Prosecutor General in August 2020?

fact-striking-workers = In August 2020 the Eastern Partnership and EU-Russia civil-society forums called on the EU to use all available mechanisms to end unlawful detentions, dismissals and pressure against workers who went on strike in response to the authorities’ unlawful actions. Efforts to organise a national strike for democratic change had begun, but many strike committee members were being detained and strikers unlawfully laid off and subjected to psychological and other pressure.
    .title = Striking workers (August 2020)
    .keywords = strike, strikes, national strike, general strike, striking workers, strike committees, dismissals, lay-offs, detained workers, psychological pressure, factories, labour protest, fired, laid off
    .questions =
        What happened to striking workers in Belarus in August 2020?
        What did the civil-society forums ask the EU to do for strikers?
        Was a national strike organised in Belarus in 2020?
        Why did Belarusian workers go on strike?
        Were Belarusian factory workers fired for walking out in 2020?
        Walkouts at Belarusian plants in August 2020 and the reprisals against strikers
        Were members of strike committees arrested in Belarus in 2020?
        What did the civil-society forums want Brussels to do about pressure on striking employees?
        Did the civil-society forums want the EU to use all available mechanisms to protect Belarusian strikers in 2020?
        national strike Belarus August 2020
        What for had Belarusian workers begun organising a national strike?
        Is it true that strikers in Belarus were subjected to psychological pressure?
        Employees who walked off the job in protest in August 2020 and were then detained or sacked: what did the forums want the EU to do for them?
        Were organisers of the nationwide walkout for democracy detained and the workers who downed tools pressured?
        strikers fired belarus 2020 eu help
        Strike committee members detained and strikers laid off in Belarus in August 2020
        What did the forums want the EU to do about dismissals of Belarusian workers who stopped work?
        belarus strike committees detained 2020
    .unanswered =
        Did the Minsk Tractor Works go on strike in 2020?
        How many workers were fired for striking in 2020?
        Who led the strike committees in 2020?
        Did the national strike in Belarus succeed?
        Did the Belaruskali potash miners join the strike in 2020?
        Did independent trade unions support the national strike in 2020?
        Did the EU help Belarusian workers fired for striking?
        How long did the strikes at Belarusian plants last?
        Which factories set up strike committees in August 2020?
        How many workers joined the national strike in Belarus in 2020?
        Who called for the national strike in Belarus in 2020?

fact-russia-non-intervention = As the Kremlin said it would support Aliaksandr Lukashenka under its obligations in the Union State of Russia and Belarus and the Collective Security Treaty Organisation, the August 2020 statement urged Russia’s authorities to refrain from any intervention against the expression of the Belarusian people’s will, and European and global institutions to publicly disapprove such Russian government statements: Belarus’s sovereignty, territorial integrity and independence must remain inviolable.
    .title = Call on Russia not to intervene (2020)
    .keywords = Russia, Kremlin, intervention, interference, non-intervention, Union State, CSTO, Collective Security Treaty Organisation, sovereignty, independence, territorial integrity, Lukashenka, Lukashenko, Russian support
    .questions =
        What did the August 2020 statement ask of Russia?
        Why did the civil-society forums fear Russian intervention in Belarus?
        What should European institutions publicly disapprove, according to the 2020 statement?
        What does CSTO stand for?
        Under which obligations was the Kremlin ready to support Lukashenka?
        Did civil society warn Moscow not to interfere in Belarus in 2020?
        Kremlin readiness to prop up Lukashenka: the civil-society forums' response (2020)
        Should Belarus's independence and borders stay untouchable, according to the August 2020 statement?
        Hands off Belarus: the forums' appeal to Moscow in August 2020
        Russia CSTO Union State intervention Belarus
        Whose will should Russian intervention not go against, per the August 2020 statement?
        Whom did the forums ask to publicly disapprove of the Russian government's statements?
        Moscow's readiness to help Lukashenka under its military and union treaties — what did the August 2020 statement say about it?
        Did the forums insist that Belarus's borders and statehood must not be touched by its eastern neighbour?
        russia dont intervene belarus 2020 statement
        Did the forums call on Russia to refrain from any intervention against the will of the Belarusian people?
        Sovereignty, territorial integrity and independence of Belarus must remain inviolable: who said so in 2020?
        union state csto obligations kremlin support lukashenka
    .unanswered =
        How many Russian troops are stationed in Belarus?
        How large was the Russian loan to Lukashenka in 2020?
        Did the CSTO send peacekeepers to Belarus in 2020?
        When was the Union State of Russia and Belarus created?
        Which countries besides Russia and Belarus are in the CSTO?
        Did Putin set up a reserve of Russian police to help Lukashenka in 2020?
        How did the Kremlin react to the forums' call not to interfere?
        Where is the CSTO headquartered?
        Who is the Secretary General of the CSTO?
        Who signed the treaty on the Union State of Russia and Belarus?

fact-russia-disinformation-2020 = The August 2020 statement said the Russian authorities, while declaring interference in Belarus’s internal affairs inadmissible, gave Aliaksandr Lukashenka strong support in the information sphere in Belarus. It urged them to prevent information interventions, fake news and statements by high-level officials not corresponding to reality about the nature of the protests, the Coordination Council’s programme, the use of the Belarusian language and the protesters’ so-called “nationalist” motives.
    .title = Russian information support for Lukashenka (2020)
    .short = Russian propaganda for Lukashenka
    .keywords = disinformation, fake news, propaganda, information war, information intervention, Russian officials, Belarusian language, nationalist motives, Lukashenka, Lukashenko, information support
    .questions =
        How did Russia support Lukashenka in the information sphere in 2020?
        What fake news about the Belarusian protests did the civil-society forums denounce?
        What did the August 2020 statement say about the Belarusian language?
        What did Russian officials claim about the protesters’ motives?
        Did Russian state propaganda back Lukashenka during the 2020 protests?
        Kremlin disinformation about the Belarusian protests in 2020
        Is it true that Russian officials falsely branded the Belarusian protesters as nationalists?
        What lies about the Coordination Council's programme did the August 2020 statement want stopped?
        Russian fake news Belarusian language protests
        Is it true that Moscow called interference in Belarus inadmissible while giving Lukashenka strong information support?
        Whose untrue statements about the protests did the forums want Russia to prevent?
        How did Moscow back Lukashenka with propaganda in August 2020, according to the civil-society forums?
        Did senior Russian officials spread falsehoods about the protesters' supposed nationalism and about the Belarusian language?
        russian propaganda belarus protests nationalists language
        Information interventions and fake news from Russia about the Belarusian protests: what did the forums ask Moscow to prevent?
        Strong Russian support for Lukashenka in the information sphere in Belarus: what did the August 2020 statement say?
        fake news coordination council programme russia
    .unanswered =
        Which Russian media spread fake news about the Belarusian protests?
        Which Russian TV channels broadcast in Belarus in 2020?
        Who paid for Russia's information campaign in Belarus?
        Did Russian journalists replace striking staff at Belarusian state TV in 2020?
        Which Russian officials made false claims about the Belarusian protests?
        Did Moscow deny giving Lukashenka information support?
        Did Putin set up a reserve of Russian police to help Lukashenka in 2020?
        What did the programme of the Coordination Council say?
        How many Belarusians speak Belarusian at home?
        Is Belarusian an official language of Belarus?

fact-eu-russia-csf = The EU-Russia Civil Society Forum was set up in 2011 by non-governmental organisations as a permanent common platform; as of 2020 over 140 NGOs from Russia and the EU were its members or supporters. It aims to foster cooperation between civil-society organisations from Russia and the EU and to enhance NGO participation in the EU–Russia dialogue.
    .title = EU-Russia Civil Society Forum
    .keywords = EU-Russia Civil Society Forum, EU-Russia CSF, NGO platform, permanent platform, 140 NGOs, 2011, founding, members, EU–Russia dialogue
    .questions =
        What is the aim of the EU-Russia Civil Society Forum?
        Which network of Russian and European NGOs began in 2011?
        Is the EU-Russia Civil Society Forum a governmental body?
        How big is the EU-Russia CSF network of non-profits?
        Platform of over 140 Russian and EU NGOs
        Who set up the EU-Russia Civil Society Forum?
        In which dialogue does the EU-Russia Civil Society Forum seek more NGO participation?
        That permanent platform uniting more than 140 civic groups from Russia and the Union — what does it do?
        How many non-governmental members and supporters did the EU–Russia forum have in 2020?
        eu russia ngo forum founded when
        Permanent common platform of Russian and EU non-governmental organisations founded in 2011
    .unanswered =
        Where is the EU-Russia Civil Society Forum based?
        Who chairs the EU-Russia Civil Society Forum?
        Who pays for the EU-Russia Civil Society Forum?
        How many projects has the EU-Russia Civil Society Forum carried out?
        Is the EU-Russia Civil Society Forum declared undesirable in Russia?
        How can an NGO join the EU-Russia Civil Society Forum?
        Is the EU-Russia Civil Society Forum still active today?
        Which NGOs founded the EU-Russia Civil Society Forum in 2011?
        In which city was the EU-Russia Civil Society Forum set up?
        How many Belarusian NGOs take part in the EU-Russia Civil Society Forum?

fact-eu-russia-csf-activities = As of 2020 the EU-Russia Civil Society Forum had been actively involved, among other things, in facilitating the visa regime, developing civic participation, protecting the environment and human rights, understanding history and civic education. BlueLink, which published the August 2020 statement, has been a member of the Forum since 2015; it asks for support through donations to the BlueLink Foundation or by volunteering.
    .title = Work of the EU-Russia Civil Society Forum
    .short = EU-Russia Civil Society Forum’s work
    .keywords = visa regime, visa facilitation, civic participation, environment, environmental protection, human rights, history, civic education, BlueLink, member since 2015, donation, BlueLink Foundation, volunteer
    .questions =
        What issues has the EU-Russia Civil Society Forum worked on?
        Is BlueLink a member of the EU-Russia Civil Society Forum?
        Since when has BlueLink been a member of the Forum?
        Does the EU-Russia Civil Society Forum deal with visas?
        Does the EU-Russia Civil Society Forum work on easing travel between Russia and the EU?
        Environmental and history projects of the EU-Russia Civil Society Forum
        Who published the August 2020 statement, and since when has it belonged to the EU-Russia forum?
        What topics does the EU-Russia civic forum cover besides human rights?
        Does the EU-Russia Civil Society Forum work on civic education?
        What kinds of projects does the civic platform linking Russian and EU NGOs run?
        Does the Russia–EU civic platform deal with making sense of history and getting citizens involved?
        What has the EU-Russia forum done on visa facilitation, the environment and civic education?
        Which organisation that published the August 2020 statement joined the EU-Russia forum in 2015?
        Does BlueLink ask for donations to the BlueLink Foundation?
        Does BlueLink accept donations or volunteers?
    .unanswered =
        Which country is BlueLink based in?
        How many people work at BlueLink?
        Did the EU-Russia Civil Society Forum achieve visa facilitation?
        How many projects has the EU-Russia Civil Society Forum carried out?
        When was BlueLink founded?
        Who runs BlueLink?
        What is BlueLink's annual budget?
        Which working groups does the EU-Russia Civil Society Forum have?
        Why did BlueLink join the EU-Russia Civil Society Forum in 2015?
        How many volunteers does BlueLink have?

## FIDH “Free Ales” solidarity items, November 2012 – August 2013

fact-repression-2010 = According to FIDH’s “Free Ales” campaign, the wave of repression after the presidential election of 19 December 2010 led to a dramatic decline in human rights and civil and political liberties in Belarus, and since then the international community has shown solidarity with Belarusian civil society in many ways.
    .title = Repression after the December 2010 election
    .short = Repression after the 2010 election
    .keywords = repression, crackdown, 19 December 2010, December 2010, 2010 election, presidential election 2010, Ploshcha, arrests, decline of human rights, civil liberties, political liberties
    .questions =
        What happened after the presidential election of 19 December 2010?
        How did the human-rights situation in Belarus change after 2010?
        How has the international community responded to the repression in Belarus?
        Crackdown after Belarus's December 2010 presidential vote
        Did human rights in Belarus get much worse after the 2010 election, according to FIDH?
        How did the world show support for Belarusian civil society after the 2010 crackdown?
        Were civil liberties in Belarus curtailed after 19 December 2010?
        FIDH Belarus repression 2010
        In whose assessment did human rights in Belarus decline dramatically after the 2010 election?
        Is it true that since 2010 the international community has backed Belarusian civil society in many ways?
        The crackdown that followed the late-2010 presidential poll — how did it affect freedoms, according to FIDH?
        Did the persecution following the 2010 ballot cause a steep fall in civil and political liberties in Belarus?
        belarus after 2010 election repressions rights worse
        Dramatic decline of civil and political liberties in Belarus after the December 2010 vote
        How did the Free Ales campaign describe the wave of repression after 19 December 2010?
        belarus 2010 post-election crackdown rights decline
    .unanswered =
        How many people were arrested after the election of 19 December 2010?
        What were the official results of the 2010 presidential election?
        How many presidential candidates were jailed after December 2010?
        How many people protested in Minsk on 19 December 2010?
        Did the EU impose sanctions on Belarus after the December 2010 crackdown?
        Which square did protesters gather on in Minsk in December 2010?
        How did OSCE observers assess the 2010 presidential election?
        Were journalists detained after the 2010 election?
        What was the turnout in the presidential election of 19 December 2010?
        How many people were convicted over the protest of 19 December 2010?
        Who headed the Belarusian KGB in December 2010?

fact-fidh-free-ales = FIDH, the International Federation for Human Rights, ran the “Free Ales” campaign for Ales Bialiatski; its site’s section “Solidarity with the civil society” holds items from November 2012 to August 2013. In December 2012 FIDH organised a visit of Belarusian human-rights defenders to Brussels.
    .title = FIDH and the “Free Ales” campaign
    .keywords = FIDH, International Federation for Human Rights, Free Ales, Free Ales campaign, campaign for Bialiatski, solidarity with civil society
    .questions =
        What does FIDH stand for?
        What is the “Free Ales” campaign?
        Who ran the campaign for Ales Bialiatski?
        Which international federation campaigned for Bialiatski's release?
        International Federation for Human Rights campaign for Ales Bialiatski
        What period do the FIDH solidarity materials on Belarusian civil society cover?
        FIDH Free Ales campaign
        In support of whom did FIDH run the Free Ales campaign?
        What is the section “Solidarity with the civil society” on the Free Ales site?
        The international rights federation that campaigned for the jailed Viasna leader — what did it do?
        Which organisation ran a website for Bialiatski's freedom with a section on solidarity with civil society?
        fidh bialiatski campaign site
        Which section of the Free Ales site holds items from November 2012 to August 2013?
        International Federation for Human Rights and its Free Ales campaign for Bialiatski
        free ales fidh what is it
    .unanswered =
        Where is FIDH headquartered?
        Who paid for the Free Ales campaign?
        When did the Free Ales campaign start?
        How many member organisations does FIDH have?
        When was the International Federation for Human Rights (FIDH) founded?
        When did the Free Ales campaign end?
        Is the Free Ales website still online?
        Where did FIDH hold its congress in 2013?
        How many staff does FIDH employ?
        In how many languages was the Free Ales website published?

fact-solidarity-day = The International Day of Solidarity with the Civil Society of Belarus (Solidarity Day) is held on 4 August, the anniversary of Ales Bialiatski’s arrest on 4 August 2011. It was first held in 2012, with events in more than 18 countries, and again in 2013; its manifesto says it will be observed every year until the situation of civil society in Belarus changes: until the authorities stop imprisoning people for human-rights work and freedom of expression, assembly and association is guaranteed.
    .title = Solidarity Day, 4 August
    .keywords = Solidarity Day, Day of Solidarity, Solidarity with Belarus Day, International Day of Solidarity, 4 August, August 4, civil society of Belarus, Bialiatski arrest, anniversary of arrest
    .questions =
        What is the International Day of Solidarity with the Civil Society of Belarus?
        When is Solidarity Day with Belarus held?
        Why is Solidarity Day held on 4 August?
        When was Solidarity Day first held?
        What date is the international day of support for Belarusian civil society?
        What is commemorated every 4 August in solidarity with Belarus?
        Annual solidarity day for Belarus marking Bialiatski's arrest
        Since what year has the anniversary of Bialiatski's detention been marked worldwide?
        Solidarity Day Belarus 4 August
        Is it true that Solidarity Day is tied to the day Ales Bialiatski was locked up in 2011?
        How often is the day of solidarity with Belarusian civil society held?
        The yearly day in early August when people around the world support Belarusian civil society — what is it?
        Why was the date of Bialiatski's detention chosen for an international day for Belarus?
        4 august belarus day what is it
        Which arrest does the International Day of Solidarity with the Civil Society of Belarus commemorate?
        Solidarity Day with Belarusian civil society: its date, origin and first editions
        day of solidarity belarus civil society when
    .unanswered =
        Who came up with the International Day of Solidarity with the Civil Society of Belarus?
        How many countries took part in Solidarity Day in 2013?
        Is Solidarity Day still marked today?
        Did any government officially support the first Solidarity Day?
        Is Solidarity Day marked inside Belarus itself?
        How did the Belarusian authorities react to Solidarity Day?
        Has the UN recognised the International Day of Solidarity with the Civil Society of Belarus?
        Does the Solidarity Day manifesto name Ales Bialiatski?
        Has the text of the Solidarity Day manifesto been changed since 2012?
        In which city was Ales Bialiatski arrested on 4 August 2011?
        How many countries marked Solidarity Day in 2014?
        Which organisations coordinate Solidarity Day events?

fact-solidarity-day-2012 = On 4 August 2012, the first anniversary of Ales Bialiatski’s arrest, when the International Day of Solidarity with the Civil Society of Belarus was held for the first time, events and actions took place in more than 18 countries, including Armenia, Cuba, the Czech Republic, Germany, Georgia, Ireland, Italy, Kyrgyzstan, Latvia, Lithuania, Poland, Russia, Sweden, Switzerland, Tajikistan, Ukraine, the UK and the USA.
    .title = First Solidarity Day (2012)
    .keywords = first Solidarity Day, 4 August 2012, 2012, 18 countries, participating countries, events abroad, actions worldwide, Armenia, Cuba, Georgia, Kyrgyzstan, Tajikistan, Ukraine, Ales Bialiatski
    .questions =
        In which countries was the first Solidarity Day held?
        How many countries took part in Solidarity Day in 2012?
        What happened on 4 August 2012?
        Was Solidarity Day marked in Russia and Ukraine?
        Where did people rally for Belarusian civil society on the first solidarity day?
        Was the first Belarus solidarity day marked in Cuba and Georgia?
        Countries that held events for Belarus on 4 August 2012
        Did Tajikistan and Kyrgyzstan join the 2012 solidarity actions for Belarus?
        first Solidarity Day 2012 countries
        Did the UK and the USA join the first day of solidarity with Belarus in 2012?
        Is it true that events were held in Armenia and Switzerland on 4 August 2012?
        That first worldwide day of action for Belarus in summer 2012 — how many countries joined in?
        Was the August 2012 day of support for Belarus observed as far away as Cuba and the United States?
        how many countries first belarus solidarity day 2012
        Was the first Solidarity Day marked in Germany, Italy and Ireland?
        In which post-Soviet countries, from Armenia to Kyrgyzstan, was the first Solidarity Day observed in 2012?
        list of countries first solidarity day belarus
        The first anniversary of whose arrest fell on 4 August 2012?
    .unanswered =
        How many participants did the first Solidarity Day gather in 2012?
        Did any government officially support the first Solidarity Day?
        Which city hosted the biggest Solidarity Day event in 2012?
        Who organised the events of 4 August 2012?
        What happened in Warsaw on the first Solidarity Day?
        Did Belarusian embassies respond to the solidarity actions of August 2012?
        How many people came to the first Solidarity Day?
        Were there Solidarity Day actions in France in 2012?
        What kind of events were held in Georgia on the first Solidarity Day?
        Did Ales Bialiatski learn in prison about the Solidarity Day actions of 2012?

fact-solidarity-day-2013 = FIDH announced that on 4 August 2013, the second anniversary of the arrest of well-known human-rights defender Ales Bialiatski, the International Day of Solidarity with the Civil Society of Belarus would be held for the second time, and invited people to join it.
    .title = Second Solidarity Day (2013)
    .keywords = second Solidarity Day, 4 August 2013, 2013, second anniversary, Bialiatski arrest, FIDH invitation
    .questions =
        When was the second Solidarity Day with Belarus held?
        What anniversary was marked on 4 August 2013?
        How many times had Solidarity Day been held by 2013?
        Did FIDH invite people to take part in the 2013 day of solidarity with Belarus?
        Second anniversary of Bialiatski's arrest: what was planned for August 2013?
        Solidarity with Belarusian civil society on 4 August 2013
        Who announced the second Solidarity Day in 2013?
        Solidarity Day 4 August 2013
        Is it true that 4 August 2013 marked two years since Bialiatski was locked up?
        Two years after Bialiatski was taken into custody, what did FIDH call on people to join?
        Did the federation announce a repeat of the Belarus solidarity day for August 2013?
        solidarity day second time 2013 fidh
        Which day did FIDH invite people to join on 4 August 2013?
        Solidarity Day 2013 on the second anniversary of Bialiatski’s arrest
    .unanswered =
        How many countries joined the second Solidarity Day in 2013?
        Were any Solidarity Day events banned in Belarus in 2013?
        How many people took part in Solidarity Day 2013?
        What events were planned for Solidarity Day 2013?
        Did Natallia Pinchuk join the Solidarity Day actions in 2013?
        Where was the main Solidarity Day event held in 2013?
        Did Ales Bialiatski send a message for Solidarity Day 2013?
        Which countries held Solidarity Day events for the first time in 2013?
        Who at FIDH was in charge of Solidarity Day 2013?

fact-solidarity-day-manifesto = The Manifesto of the Solidarity Day says: “We will observe this day every year, until the situation of civil society in Belarus changes: until its authorities put an end to imprisoning people for human rights activities, until there is a guarantee of fundamental human rights: freedom of expression, assembly and association.”
    .title = Manifesto of the Solidarity Day
    .keywords = manifesto, Solidarity Day manifesto, annual observance, aims, goals, imprisonment for human rights activities, freedom of expression, freedom of assembly, freedom of association
    .questions =
        What does the Manifesto of the Solidarity Day say?
        How long will Solidarity Day be observed?
        Which freedoms does the Solidarity Day manifesto demand?
        What must change for Solidarity Day to stop?
        Until when do the organisers of the solidarity day with Belarus promise to keep marking it?
        Solidarity Day founding text and its goals
        What must change in Belarus before the yearly solidarity day ends?
        Does the Solidarity Day declaration call for an end to jailing people for human-rights work?
        Solidarity Day manifesto Belarus
        Is it true that Solidarity Day will be marked until freedom of expression, assembly and association are guaranteed in Belarus?
        The founding declaration of the yearly day for Belarusian civil society: what must happen before it stops being marked?
        Does that text promise to keep the day going as long as Belarus jails people for defending rights?
        solidarity day until when manifesto
        What does the Solidarity Day manifesto say about imprisoning people for human-rights activities?
        Observed every year until the situation of civil society in Belarus changes: what the manifesto promises
        manifesto freedom of expression assembly association belarus
    .unanswered =
        Who wrote the Solidarity Day manifesto?
        When was the Solidarity Day manifesto adopted?
        Who signed the Solidarity Day manifesto?
        In which languages is the Solidarity Day manifesto available?
        Does the Solidarity Day manifesto name Ales Bialiatski?
        Has the text of the Solidarity Day manifesto been changed since 2012?
        How many people have signed the Solidarity Day manifesto?
        Did the Belarusian authorities respond to the Solidarity Day manifesto?

fact-bialiatski = Ales Bialiatski is a Belarusian human-rights defender; in 2012–2013 he headed the Human Rights Centre Viasna and was serving a prison sentence of four and a half years after his arrest on 4 August 2011. FIDH ran a “Free Ales” campaign for him, and the anniversary of his arrest became Solidarity Day. On 30 September 2013 PACE awarded him the first Václav Havel Human Rights Prize, received by his wife Natallia Pinchuk.
    .title = Ales Bialiatski
    .keywords = Ales Bialiatski, Byalyatski, Bialiatsky, Beliatski, Belyatsky, head of Viasna, Free Ales, arrest, 4 August 2011, prison sentence, four and a half years, Havel Prize, Natallia Pinchuk
    .questions =
        Who is Ales Bialiatski?
        How long was Ales Bialiatski’s prison sentence?
        Which prize did Ales Bialiatski receive in 2013?
        Who is Natallia Pinchuk?
        Which Viasna leader was jailed in August 2011?
        What jail term was Bialiatski serving after his 2011 arrest?
        Jailed head of Viasna Ales Bialiatski: profile
        Bialiatski Havel Prize 2013
        Who received the Václav Havel Prize on Bialiatski's behalf?
        Which body awarded Bialiatski the first Václav Havel Human Rights Prize?
        The imprisoned Viasna chief honoured by PACE with its first Havel award — tell me about him
        How many years behind bars was the Viasna leader serving after August 2011?
        bialiatski sentence how long
        Who received the first Václav Havel Human Rights Prize from PACE on 30 September 2013?
        Ales Bialiatski: head of Viasna, prisoner and first Havel Prize laureate
        bialiatski four and a half years prison
    .unanswered =
        When was Ales Bialiatski born?
        Which prison was Ales Bialiatski held in?
        What was Ales Bialiatski charged with in 2011?
        Where was Ales Bialiatski born?
        Did Bialiatski win the Nobel Peace Prize?
        Where did Ales Bialiatski study?
        Is Ales Bialiatski in prison today?
        When did Ales Bialiatski marry Natallia Pinchuk?
        Does Ales Bialiatski have children?
        How much prize money came with Bialiatski's Václav Havel Prize?

fact-amnesty-marathon-2012 = Amnesty International’s Letter Writing Marathon began on 7 December 2012, three days before Human Rights Day, and thousands of letters were written to the imprisoned Ales Bialiatski. Amnesty campaigned for petitions to free him and for actions to promote the campaign, and, summing up the results, counted 104,731 actions in his support.
    .title = Amnesty letter-writing marathon (2012)
    .keywords = Amnesty International, letter writing marathon, Write for Rights, letters, petitions, 104 731, 104731, Bialiatski, Byalyatski, December 2012, results
    .questions =
        What was Amnesty International’s Letter Writing Marathon for Ales Bialiatski?
        When did the Amnesty letter-writing marathon start in 2012?
        How many actions did Amnesty count in support of Bialiatski?
        How many letters were written to Ales Bialiatski?
        Write for Rights 2012 and Ales Bialiatski
        Did Amnesty collect petitions demanding Bialiatski's freedom?
        How many supporters' actions did Amnesty International record for Bialiatski in December 2012?
        How many days before Human Rights Day did Amnesty's 2012 letter campaign start?
        What results did Amnesty International sum up after its 2012 letter-writing marathon for Bialiatski?
        Amnesty letters Bialiatski 2012
        Is it true that thousands of letters were written to the jailed Bialiatski in 2012?
        That December 2012 campaign in which people wrote letters to the jailed Viasna leader — how did it go?
        What total of support actions for Bialiatski did the rights charity tally at the end of its letter drive?
        amnesty letters bialiatski how many
        Amnesty International’s tally of 104,731 actions for Bialiatski
        Letter Writing Marathon from 7 December 2012: petitions and actions to free Ales Bialiatski
        amnesty write for rights 2012 results bialiatski
    .unanswered =
        Until what date did the Amnesty marathon for Bialiatski last?
        How many letters did Ales Bialiatski actually receive in prison?
        How many volunteers joined Amnesty's letter-writing marathon in 2012?
        Did the Amnesty marathon lead to Bialiatski's release?
        How many countries took part in Amnesty's letter-writing marathon for Bialiatski?
        Who coordinated Amnesty's 2012 campaign for Bialiatski?
        Which other prisoners featured in Amnesty's 2012 letter marathon?
        Did Bialiatski's prison pass Amnesty's letters on to him?
        Did any foreign politicians sign Amnesty's petition for Bialiatski?
        Since what year has Amnesty International held its letter-writing marathon?
        Where is Amnesty International headquartered?
        How many members does Amnesty International have?

fact-amnesty-countries-2012 = During Amnesty International’s letter-writing marathon of December 2012 people from all over the world expressed their solidarity with Ales Bialiatski, including from Austria, Belgium, the Bermuda islands, Bulgaria, Canada and Cyprus.
    .title = Countries in solidarity with Bialiatski (2012)
    .short = Countries backing Bialiatski
    .keywords = countries, worldwide solidarity, Austria, Belgium, Bermuda, Bulgaria, Canada, Cyprus, solidarity with Bialiatski
    .questions =
        From which countries did people support Ales Bialiatski in 2012?
        Did people in Canada write to Bialiatski?
        How widespread was solidarity with Bialiatski during the Amnesty marathon?
        Did Bermuda and Cyprus join the Amnesty letter campaign for Bialiatski?
        Worldwide support for the jailed Bialiatski in December 2012
        Were letters to Bialiatski sent from Austria and Bulgaria?
        Which countries besides Canada did Amnesty name among Bialiatski's supporters in 2012?
        Bialiatski solidarity countries Amnesty 2012
        Did people in Belgium support the jailed Bialiatski during the Amnesty marathon?
        Is it true that support for Bialiatski came from all over the world in December 2012?
        During that December 2012 letter campaign for the jailed Viasna leader, where in the world did support come from?
        Which far-flung places, from Bermuda to Cyprus, sent solidarity to Bialiatski in 2012?
        countries letters bialiatski amnesty
        From which countries did people write in support of the jailed Bialiatski in December 2012?
        The Bermuda islands and Cyprus among the places backing Bialiatski in 2012
        austria belgium bulgaria canada bialiatski support
    .unanswered =
        Which country sent the most letters to Bialiatski?
        How many letters came from Canada?
        Did people in Belarus itself write to Bialiatski during the marathon?
        Did people in Poland write to Bialiatski during the Amnesty marathon?
        Was support for Bialiatski in 2012 bigger than the year before?
        Did any foreign politicians sign Amnesty's petition for Bialiatski?
        Which Amnesty section collected the most actions for Bialiatski?
        Who was the Secretary General of Amnesty International in 2012?
        What events did Amnesty's Belgian section hold for Bialiatski?

fact-ccbe-award-2012 = On 30 November 2012 the Council of Bars and Law Societies of Europe (CCBE), which unites about 1 million European lawyers, presented its prestigious Human Rights Award 2012 to Belarusian human-rights lawyer Pavel Sapelka for his courage and perseverance in supporting the campaign “Human Rights Defenders against the Death Penalty in Belarus”.
    .title = CCBE Human Rights Award to Pavel Sapelka (2012)
    .short = Human Rights Award to Pavel Sapelka
    .keywords = CCBE, Council of Bars and Law Societies of Europe, Human Rights Award 2012, lawyers’ award, Sapelka, lawyer prize, 1 million lawyers, Human Rights Award
    .questions =
        What does CCBE stand for?
        Why did Pavel Sapelka receive the CCBE award?
        When was the CCBE award presented to Sapelka?
        How many lawyers does the CCBE unite?
        Which Belarusian lawyer did Europe's bar associations honour in 2012?
        European lawyers' prize for the Belarusian advocate fighting the death penalty
        Did the European bar council recognise Sapelka's fight against executions?
        What award did Pavel Sapelka win on 30 November 2012?
        CCBE award Sapelka 2012
        For what qualities did the CCBE honour Pavel Sapelka?
        The European lawyers' organisation with about a million members gave a prize to a Belarusian lawyer in 2012 — who got it and why?
        Why was the Belarusian attorney honoured by Europe's bars at the end of November 2012?
        ccbe prize belarus lawyer
        Prestigious Human Rights Award 2012 of the Council of Bars and Law Societies of Europe: who got it?
        How many European lawyers does the council that honoured Sapelka in November 2012 unite?
        ccbe human rights award 2012 belarus
    .unanswered =
        How many candidates were nominated for the CCBE Human Rights Award 2012?
        How much money comes with the CCBE Human Rights Award?
        Who heads the CCBE?
        In which city did Sapelka receive the CCBE award?
        When was the CCBE Human Rights Award established?
        Where is the CCBE headquartered?
        How much prize money did Sapelka get?
        How did the Belarusian Ministry of Justice react to the CCBE award to Sapelka?
        When did Pavel Sapelka lose his licence to practise?
        How many national bars and law societies are members of the CCBE?
        When was the CCBE founded?
        Who handed the award to Sapelka on behalf of the CCBE?

fact-lawyers-belarus-2012 = In 2012 the text on the CCBE Human Rights Award to Pavel Sapelka, quoted by FIDH’s “Free Ales” campaign, called Belarus “Europe’s last dictatorship” and said that many lawyers there could not practise their professional duties.
    .title = Lawyers in Belarus (2012)
    .keywords = last dictatorship in Europe, Europe’s last dictatorship, lawyers in Belarus, legal profession, bar, advocates, professional duties
    .questions =
        Could lawyers in Belarus practise freely in 2012?
        Why was Belarus called Europe’s last dictatorship?
        What did the CCBE award text say about Belarusian lawyers?
        Were Belarusian advocates able to do their jobs in 2012, according to the CCBE?
        Last dictatorship in Europe: who called Belarus that in 2012?
        Obstacles for defence lawyers in Belarus in 2012
        Is Belarus described as a dictatorship in the CCBE award citation?
        Europe's last dictatorship lawyers
        Which campaign quoted the CCBE text calling Belarus Europe's last dictatorship?
        How did the CCBE award text describe the regime in Minsk?
        In that 2012 citation for the Belarusian lawyer's prize, how was the country described?
        Were many Belarusian attorneys kept from doing their work, according to the European bar body in 2012?
        last dictatorship europe ccbe lawyers cant work
        Which text described Belarus in 2012 as a country where many lawyers could not practise?
        Belarus as Europe’s last dictatorship in the citation for a lawyers’ award
        many belarusian lawyers cannot practise 2012
    .unanswered =
        How many lawyers in Belarus were disbarred after 2010?
        Which Belarusian lawyers lost their licences in 2011?
        How many lawyers work in Belarus?
        Who controls the bar associations in Belarus?
        Which US politician first called Belarus the last dictatorship in Europe?
        How did the Belarusian Ministry of Justice react to the CCBE award to Sapelka?
        Is the Belarusian Bar a member of the CCBE?
        How many lawyers are members of the Minsk City Bar?
        Which European bar associations support Belarusian lawyers?
        Who was Belarus's Minister of Justice in 2012?

fact-sapelka = Pavel Sapelka is a Belarusian human-rights lawyer who was a member of the Presidency of the Minsk City Bar and defended opposition members and political prisoners arrested after the presidential election of December 2010. Receiving the CCBE Human Rights Award 2012, he said the award belonged to those who had struggled beside him, upholding the understanding of the freedom and independence of the legal profession.
    .title = Pavel Sapelka, lawyer
    .keywords = Pavel Sapelka, Sapelka, Sapelko, Pavel Sapelko, lawyer, advocate, Minsk City Bar, Presidency of the Bar, defence lawyer, independent legal profession
    .questions =
        Who is Pavel Sapelka?
        Whom did lawyer Pavel Sapelka defend?
        What did Sapelka say when he received the CCBE award?
        Was Pavel Sapelka a member of the Minsk City Bar?
        Which Minsk attorney defended opposition figures after the 2010 presidential vote?
        Did Sapelka dedicate his CCBE prize to his colleagues?
        Belarusian defence lawyer Pavel Sapelka biography
        What did Pavel Sapelka say about the independence of the bar?
        Pavel Sapelka lawyer Minsk
        Did Sapelka defend political prisoners locked up after the December 2010 election?
        The Minsk lawyer who defended opposition figures arrested after the 2010 vote and won a European prize — who is he?
        To whom did the Belarusian attorney dedicate his 2012 European award?
        sapelka who did he defend
        Which body of the Minsk City Bar was Pavel Sapelka a member of?
        Sapelka: the award belongs to those who struggled beside me
        sapelka freedom and independence of the legal profession
    .unanswered =
        When was Pavel Sapelka born?
        Where does Pavel Sapelka live now?
        Where did Pavel Sapelka study law?
        When did Pavel Sapelka lose his licence to practise?
        Does Pavel Sapelka work with Viasna?
        How long did Sapelka sit on the presidency of the Minsk City Bar?
        Was Sapelka allowed to travel abroad to collect the CCBE award?
        Who heads the Minsk City Bar?
        Which political prisoners did Pavel Sapelka defend?
        When was the Minsk City Bar founded?

fact-death-penalty-campaign = “Human Rights Defenders against the Death Penalty in Belarus” is a campaign for the abolition of the death penalty in Belarus. Lawyer Pavel Sapelka received the CCBE Human Rights Award 2012 for his courage and perseverance in supporting it, and in 2013 its representatives marched with their leaflets at the 5th World Congress against the Death Penalty in Madrid.
    .title = Campaign against the death penalty
    .keywords = Human Rights Defenders against the Death Penalty, human rights activists against death penalty, death penalty campaign, abolition, capital punishment, anti-death penalty campaign
    .questions =
        What is the campaign “Human Rights Defenders against the Death Penalty in Belarus”?
        Is there a campaign against the death penalty in Belarus?
        Who supported the campaign against the death penalty in Belarus?
        What does the campaign “Human Rights Defenders against the Death Penalty” want?
        Which Belarusian campaign seeks to end capital punishment?
        Anti-execution campaign of Belarusian human-rights defenders
        Abolitionist movement in Belarus
        What for was the campaign “Human Rights Defenders against the Death Penalty in Belarus” launched?
        death penalty abolition campaign Sapelka
        That Belarusian human-rights initiative seeking to abolish capital punishment — what is it called and who supported it?
        belarus campaign against death penalty name
        Campaign for the abolition of the death penalty in Belarus: its name and aim
        Does a Belarusian human-rights campaign seek to abolish capital punishment altogether?
        human rights defenders against death penalty belarus campaign
        When did the campaign’s representatives march in Madrid?
    .unanswered =
        Who coordinates the campaign “Human Rights Defenders against the Death Penalty in Belarus”?
        How many people have been executed in Belarus?
        Has the campaign against the death penalty achieved any change in Belarusian law?
        In what year did the campaign against the death penalty in Belarus start?
        How many signatures has the anti-death-penalty campaign collected?
        Do most Belarusians support the death penalty?
        For which crimes can courts in Belarus hand down the death penalty?
        Which Belarusian lawyers besides Sapelka support the campaign against the death penalty?
        How many volunteers take part in the campaign “Human Rights Defenders against the Death Penalty in Belarus”?
        Does the campaign against the death penalty in Belarus have its own website?

fact-madrid-march-2013 = In 2013 representatives of the campaign “Human Rights Defenders against the Death Penalty in Belarus” joined the march of the 5th World Congress against the Death Penalty in Madrid, carrying its symbol, a red palm with the words “Say NO to the Death Penalty”, and handing out their campaign leaflets to demonstrators and passers-by. Young drummers led the march, which drew much attention from Madrid residents and tourists.
    .title = Madrid march against the death penalty (2013)
    .short = Madrid march against the death penalty
    .keywords = Madrid, World Congress against the Death Penalty, 5th World Congress, march, demonstration, Spain, red palm, Say NO to the Death Penalty, leaflets, passers-by, campaign leaflets
    .questions =
        Did Belarusian human-rights defenders march in Madrid?
        What was the symbol of the 5th World Congress against the Death Penalty?
        What did the Belarusian campaigners hand out in Madrid?
        Belarusian activists at the 2013 anti-death-penalty rally in Spain
        What was the red hand carried in the Madrid march of 2013?
        Did the Madrid procession against capital punishment attract tourists' attention?
        What flyers did Belarusian abolitionists distribute in Madrid?
        Say NO to the Death Penalty red palm
        To whom did the Belarusian campaigners hand out leaflets in Madrid?
        The Belarusian anti-execution activists who walked through the Spanish capital in 2013 — what did they carry and give out?
        What was written on the red hand the Belarusians held up in Madrid?
        belarusians madrid march leaflets
        Red palm with the words “Say NO to the Death Penalty” carried by Belarusian campaigners in Madrid
        Did the Belarusian anti-death-penalty campaign take part in the World Congress march with its own leaflets?
        belarusian campaign madrid red palm passers-by
    .unanswered =
        On what date did the Madrid march against the death penalty take place?
        How many people took part in the Madrid march in 2013?
        Which Belarusian human-rights defenders went to Madrid?
        How many delegates attended the 5th World Congress against the Death Penalty?
        What declaration did the 5th World Congress against the Death Penalty approve?
        Which route did the Madrid march take?
        Who paid for the Belarusian campaigners' trip to Madrid?
        Which NGO hosts the World Congresses against the Death Penalty?
        Who designed the red palm symbol “Say NO to the Death Penalty”?
        Who were the young drummers who led the Madrid march?
        In which languages were the Belarusian campaign leaflets printed for Madrid?

fact-madrid-congress-2013 = In 2013 the organisers and participants of the 5th World Congress against the Death Penalty marched through the streets of Madrid, which the report on the march called the city that had become the capital of the worldwide struggle to abolish this cruel and inhuman punishment. A group of young drummers led the march and set the rhythm for the entire column of demonstrators.
    .title = Madrid march of the 5th World Congress (2013)
    .short = World Congress march in Madrid
    .keywords = Madrid, streets of Madrid, 5th World Congress against the Death Penalty, World Congress, organisers and participants, march, procession, capital of abolition, abolition of the death penalty, cruel and inhuman punishment, young drummers, rhythm, column of demonstrators, Spain
    .questions =
        Who marched through the streets of Madrid during the 5th World Congress against the Death Penalty?
        Which city has become the capital of the struggle to abolish the death penalty?
        Who set the rhythm for the column of demonstrators in Madrid?
        Did the organisers of the 2013 World Congress against the Death Penalty take to the streets themselves?
        Why is Madrid called the world capital of the fight against capital punishment?
        Spanish capital as the centre of the global movement against executions
        Drummers at the head of the Madrid procession against capital punishment (2013)
        World Congress against the Death Penalty Madrid 2013
        Which punishment did the report on the Madrid march call cruel and inhuman?
        Which edition of the World Congress against the Death Penalty marched through Madrid?
        During the fifth global gathering against capital punishment, who paraded through the Spanish capital?
        Who beat the drums at the front of the column in Madrid in 2013?
        madrid capital of fight against death penalty
        Organisers and participants of the 5th World Congress marching through the streets of Madrid
        madrid capital of struggle to abolish death penalty
    .unanswered =
        How many delegates attended the 5th World Congress against the Death Penalty?
        Who paid for the 5th World Congress against the Death Penalty?
        What declaration did the 5th World Congress against the Death Penalty approve?
        On what date did the Madrid march against the death penalty take place?
        Which NGO hosts the World Congresses against the Death Penalty?
        How many countries were represented at the Madrid congress?
        When is the next World Congress against the Death Penalty?
        Which Spanish officials took part in the Madrid march against the death penalty?
        How many drummers led the march in Madrid?

fact-komorowska-meeting = Anna Komorowska, wife of Polish President Bronisław Komorowski, met the wives of Belarusian political prisoners one morning and offered them solidarity and support: Natallia Pinchuk, wife of Ales Bialiatski; Maryna Adamovich, wife of former presidential candidate Mikalai Statkevich; and Anastasia Dashkevich, wife of Young Front leader Zmitser Dashkevich.
    .title = Polish First Lady meets prisoners’ wives
    .short = Komorowska meets prisoners’ wives
    .keywords = Anna Komorowska, Komorowski, Poland, First Lady, wives of political prisoners, Natallia Pinchuk, Natalia Pinchuk, Maryna Adamovich, Marina Adamovich, Statkevich, Anastasia Dashkevich, Dashkevich, Young Front
    .questions =
        Whom did Anna Komorowska meet?
        Did the Polish First Lady meet wives of Belarusian political prisoners?
        Who is Maryna Adamovich?
        Whose wife is Anastasia Dashkevich?
        Poland's first lady and the wives of jailed Belarusian opposition figures
        Did the Polish president's wife show support for Bialiatski's and Statkevich's families?
        The wives of which Belarusian political prisoners did Poland's first lady see?
        Meeting of Mrs Komorowska with the wife of Young Front leader Dashkevich
        At what time of day did Anna Komorowska meet the wives of Belarusian political prisoners?
        Komorowska wives political prisoners
        Which former presidential candidate's wife met Anna Komorowska?
        Is it true that Natallia Pinchuk, Bialiatski's wife, met Poland's first lady?
        The Polish president's wife met three women whose husbands were jailed in Belarus — who were they?
        Which three spouses of imprisoned Belarusians did Bronisław Komorowski's wife see?
        komorowska met wives who
        Anna Komorowska’s words of solidarity and support to Natallia Pinchuk, Maryna Adamovich and Anastasia Dashkevich
        Which Young Front leader’s wife did Poland’s first lady meet?
        polish first lady wives of belarusian political prisoners meeting
    .unanswered =
        In which month and year did Anna Komorowska meet the wives of Belarusian political prisoners?
        Did Bronisław Komorowski himself meet the wives of Belarusian political prisoners?
        How long did Anna Komorowska's meeting with the prisoners' wives last?
        Did Anna Komorowska promise any concrete help to the prisoners' wives?
        Where did Anna Komorowska receive the prisoners' wives?
        Who arranged the meeting of Poland's first lady with the Belarusian women?
        How long was Zmitser Dashkevich in prison?
        Did Maryna Adamovich meet other European first ladies?
        When was the Young Front founded?
        When was Mikalai Statkevich arrested?
        Since when was Bronisław Komorowski President of Poland?
        Who leads the Young Front today?

fact-adamovich-on-komorowska = Maryna Adamovich said the meeting with Anna Komorowska was cordial and “we were speaking the same language”: the Polish president’s wife, herself the wife of a former political prisoner, knew their problems from her own experience. They talked about the importance of European solidarity and their common hopes for support from European leaders. Emotionally, she said, it was a very pleasant meeting that brought her a kind of relief.
    .title = Maryna Adamovich on the meeting with Komorowska
    .short = Adamovich on meeting Komorowska
    .keywords = Maryna Adamovich, Marina Adamovich, cordial meeting, European solidarity, European leaders, wife of a former political prisoner, same language, relief, pleasant meeting
    .questions =
        What did Maryna Adamovich say about the meeting with Anna Komorowska?
        What did the prisoners’ wives and Anna Komorowska talk about?
        Why did Komorowska understand the problems of political prisoners’ wives?
        How did Statkevich's wife describe her talk with Poland's first lady?
        Why does Poland's first lady know first-hand what political prisoners' families go through?
        Was the conversation between Adamovich and the Polish first lady warm?
        Did the prisoners' wives hope European leaders would help them?
        How did Maryna Adamovich feel after the meeting with Anna Komorowska?
        Did Adamovich say she and the Polish first lady were speaking the same language?
        Adamovich Komorowska cordial meeting
        Is it true that Komorowska is herself the wife of a former political prisoner?
        What did the wife of the former presidential candidate say about her chat with Poland's first lady?
        Did the meeting with Mrs Komorowska ease the burden for the Belarusian prisoner's wife?
        adamovich komorowska meeting impressions
        Why did Adamovich say she and Komorowska were speaking the same language?
        European solidarity and hopes for support from European leaders: what the prisoners’ wives discussed with Komorowska
        adamovich relief after meeting polish first lady
    .unanswered =
        Did Anna Komorowska promise any concrete help to the prisoners' wives?
        When was Mikalai Statkevich released?
        What does Maryna Adamovich do for a living?
        How old is Maryna Adamovich?
        When was Bronisław Komorowski imprisoned?
        Did Maryna Adamovich meet other European first ladies?
        Has Maryna Adamovich herself been prosecuted in Belarus?
        When was Anna Komorowska born?
        How long have Maryna Adamovich and Mikalai Statkevich been married?
        Which European leaders did Maryna Adamovich hope would help?

fact-paleckis-report = The European Parliament’s report on EU policy on Belarus, drafted by Lithuanian centre-left MEP Justas Paleckis, was the first report of its kind. Before the foreign affairs committee voted on it, Olga Zakharova and Yuri Dzhibladze of the Committee for International Control over the Human Rights Situation in Belarus warned in an article from Minsk that the Parliament risked encouraging the dictator.
    .title = Paleckis report on EU policy on Belarus
    .short = Paleckis report on EU Belarus policy
    .keywords = Paleckis, Justas Paleckis, European Parliament, MEP, report on Belarus, EU policy, AFET, foreign affairs committee, Zakharova, Dzhibladze, Jibladze, Committee for International Control, criticism, encouraging the dictator, Minsk, article from Minsk
    .questions =
        What risk did human-rights defenders see in the Paleckis report before the committee vote?
        Who are Olga Zakharova and Yuri Dzhibladze?
        Which committee voted on the Paleckis report?
        Which Lithuanian MEP wrote the first European Parliament report on Belarus policy?
        Did rights activists fear the Paleckis report would embolden the Belarusian dictator?
        Criticism of the European Parliament's Belarus report before the foreign affairs committee vote
        Was the Paleckis document the European Parliament's first report on EU policy towards Minsk?
        From which city did Zakharova and Dzhibladze write about the Paleckis report?
        Paleckis report European Parliament Belarus
        Which political camp did MEP Justas Paleckis belong to?
        Which organisation did Zakharova and Dzhibladze represent?
        The first European Parliament paper on EU policy towards Minsk, written by a Lithuanian MEP — what did rights activists warn about it?
        Did activists writing from Minsk fear the European Parliament would hearten the dictator?
        paleckis report risk encouraging dictator
        What did members of the Committee for International Control over the Human Rights Situation in Belarus warn about the Paleckis report?
        Report on EU policy on Belarus by a Lithuanian centre-left MEP: the first of its kind
        paleckis report foreign affairs committee vote warning
    .unanswered =
        What was the result of the foreign affairs committee vote on the Paleckis report?
        When was the Paleckis report adopted by the European Parliament?
        How many MEPs voted for the Paleckis report?
        What changes were made to the Paleckis report before the vote?
        Did the Council of the EU follow the recommendations of the Paleckis report?
        How old is Justas Paleckis?
        When was the Committee for International Control over the Human Rights Situation in Belarus set up?
        In which newspaper did Zakharova and Dzhibladze publish their article?
        What did Belarusian opposition politicians think of the Paleckis report?
        Who chaired the European Parliament's foreign affairs committee when it voted on the Paleckis report?
        Which organisation does Yuri Dzhibladze head?
        How many members does the Committee for International Control over the Human Rights Situation in Belarus have?
        Which country is Olga Zakharova from?

fact-paleckis-report-role = Olga Zakharova and Yuri Dzhibladze wrote that the Paleckis report had an important role to play: it would be perceived as the European Parliament’s position on overall EU policy on Belarus, even if in procedural terms it did not directly influence decisions of the Council of the EU, the European Commission and the European External Action Service (EEAS). It would send a message to Belarusian President Aliaksandr Lukashenka’s regime and to civil society.
    .title = Weight of the Paleckis report
    .keywords = European Parliament position, EU policy on Belarus, Council of the EU, European Commission, European External Action Service, EEAS, procedural influence, message to the regime, Lukashenka, Lukashenko, important role
    .questions =
        Did the Paleckis report bind the Council of the EU?
        Why did the Paleckis report matter?
        What does EEAS stand for?
        What message would the Paleckis report send?
        Could the Paleckis report directly shape decisions of the European Commission and the EU diplomatic service?
        Why would the Paleckis report be read as the European Parliament's stance on Belarus?
        What signal would the Paleckis report give Lukashenka and Belarusian civil society?
        Procedural weight of the European Parliament's Belarus report
        Did Zakharova and Dzhibladze think the Paleckis report had an important role to play?
        Paleckis report weight EU institutions
        Was the Paleckis report a message to the regime in Minsk?
        Would the Lithuanian MEP's Belarus report carry real weight if it could not bind EU institutions?
        Why did the two rights activists think the parliament's Belarus paper mattered despite being non-binding?
        paleckis report binding or not
        Would the Paleckis report be perceived as the European Parliament’s position on overall EU policy on Belarus?
        Did the Paleckis report directly influence decisions of the Council of the EU, the Commission and the EEAS?
        paleckis report message to lukashenka regime and civil society
    .unanswered =
        How did Lukashenka's government react to the Paleckis report?
        Did the Council of the EU follow the recommendations of the Paleckis report?
        Did the Paleckis report change EU policy on Belarus?
        Who heads the EEAS?
        What did Belarusian opposition politicians think of the Paleckis report?
        Did the European Commission respond to the Paleckis report?
        When was the European External Action Service created?
        Who was President of the European Commission when the Paleckis report was drafted?
        Where is the EEAS based?

fact-hrodna-defenders = Hrodna human-rights defenders Viktar Sazonau and Uladzimir Khilmanovich of Viasna and Raman Yurhel of the Belarusian Helsinki Committee were fined 1.5 million rubles each by Hrodna Leninski District Court for an alleged illegal picket on 10 December 2012, after posting online photos of their solidarity action with the imprisoned Ales Bialiatski. Viasna’s central office held a solidarity action with them ahead of the hearing of their appeal.
    .title = Fines on Hrodna human-rights defenders (2012)
    .keywords = Hrodna, Grodno, Sazonau, Sazonov, Khilmanovich, Hilmanovich, Yurhel, Yurgel, Belarusian Helsinki Committee, fine, 1.5 million rubles, picket, appeal, Leninski District Court
    .questions =
        Why were Hrodna human-rights defenders fined?
        How much were Sazonau, Khilmanovich and Yurhel fined?
        What did Viasna do before the appeal of the Hrodna defenders?
        Why were Viasna members in Grodno punished for an unauthorised picket in December 2012?
        How big was the penalty imposed on each of the three Hrodna activists?
        Did Viasna stage a support action before the Hrodna activists' appeal was heard?
        Hrodna fines 1.5 million rubles
        Which organisation did Raman Yurhel belong to?
        On what date was the alleged illegal picket in Hrodna held?
        Three rights activists in Grodno penalised over a December 2012 picket for the jailed Viasna leader — how much did each pay?
        Did Viasna's head office stage a show of support before the appeal of the three Grodno activists?
        grodno activists fine picket bialiatski
        How much did Hrodna Leninski District Court fine each of the three human-rights defenders?
        Viasna central office solidarity action ahead of the Hrodna appeal hearing
        sazonau khilmanovich yurhel 1.5 million fine
    .unanswered =
        How did the appeal of the Hrodna human-rights defenders end?
        Did Sazonau, Khilmanovich and Yurhel pay their fines?
        Which judge fined the Hrodna human-rights defenders?
        How many photos did Sazonau, Khilmanovich and Yurhel post?
        On which website did the Hrodna defenders post their photos?
        Which lawyer represented Sazonau, Khilmanovich and Yurhel?
        Was Raman Yurhel prosecuted again after 2012?
        Did the Hrodna defenders complain to the UN Human Rights Committee?
        Who heads the Belarusian Helsinki Committee?
        How many people took part in Viasna's solidarity action for the Hrodna defenders?
        How much was a fine of 1.5 million Belarusian rubles in euros in 2012?
        Where is Viasna's central office located?

fact-hrodna-charges-2012 = Hrodna human-rights defenders Viktar Sazonau, Uladzimir Khilmanovich and Raman Yurhel, fined over an alleged illegal picket on 10 December 2012, were later charged under administrative procedure for posting online a series of photos of their solidarity action with the imprisoned Viasna leader Ales Bialiatski. FIDH’s “Free Ales” site called the ruling of Hrodna Leninski District Court absurd: the legal absurdity of the unprecedented charges drew much public attention.
    .title = Administrative charges against Hrodna defenders (2012)
    .short = Charges against Hrodna defenders
    .keywords = Hrodna, Grodno, administrative charges, administrative case, administrative liability, series of photos, photos online, internet, unprecedented charges, absurd ruling, legal absurdity, public attention, Sazonau, Khilmanovich, Yurhel, Leninski District Court, Bialiatski solidarity action
    .questions =
        Why were the Hrodna human-rights defenders charged under administrative procedure?
        What did Sazonau, Khilmanovich and Yurhel post online?
        Were the charges against the Hrodna human-rights defenders unprecedented?
        Did the case of the Hrodna human-rights defenders draw public attention?
        Were Grodno activists prosecuted for putting pictures of a Bialiatski solidarity action on the internet?
        Why was the Grodno court's decision against the three rights defenders called absurd?
        Punished for an online photo series: the Hrodna case of December 2012
        Hrodna administrative charges photos online
        Who called the Hrodna court ruling absurd?
        The Grodno trio who put pictures of their support action for the imprisoned Viasna leader online — why was the ruling called absurd?
        Was it unheard of in Belarus to be punished for uploading photographs, according to FIDH's campaign?
        punished for posting photos online grodno
        Administrative charges for posting a series of photos of a solidarity action online
        Why did the Hrodna case draw so much public attention?
        hrodna absurd ruling unprecedented charges
    .unanswered =
        Under which article of the Administrative Code were the Hrodna defenders charged?
        On which website did the Hrodna defenders post their photos?
        Were the charges against the Hrodna defenders eventually dropped?
        How many photos did Sazonau, Khilmanovich and Yurhel post?
        Who drew up the police report against the Hrodna defenders?
        Did foreign embassies comment on the Hrodna case?
        Did the Hrodna defenders complain to the UN Human Rights Committee?
        Was Raman Yurhel prosecuted again after 2012?
        Which court heard the appeal of the Hrodna human-rights defenders?
        How many people signed petitions in support of the Hrodna defenders?
        Which organisations besides FIDH condemned the charges against the Hrodna defenders?

fact-human-rights-day = Ahead of Human Rights Day on 10 December 2012, marked since 1950 on the anniversary of the UN General Assembly’s adoption of the Universal Declaration of Human Rights, Viasna called for solidarity actions with political prisoners. It said the human-rights situation in Belarus remained stably bad and that political prisoners — human-rights defenders and civil and political activists — were still kept behind bars.
    .title = Human Rights Day appeal (2012)
    .keywords = Human Rights Day, International Human Rights Day, 10 December, Universal Declaration of Human Rights, UDHR, UN General Assembly, solidarity actions, political prisoners, Viasna appeal, call to action
    .questions =
        What did Viasna call for on Human Rights Day 2012?
        When is Human Rights Day marked?
        Since when has 10 December been Human Rights Day?
        How did Viasna describe the human-rights situation in Belarus in December 2012?
        Why is 10 December celebrated as Human Rights Day?
        Did Viasna urge people to support political prisoners on 10 December 2012?
        Viasna's December 2012 verdict: human rights in Belarus remain consistently poor
        Were Belarusian activists still in prison in December 2012, according to Viasna?
        The adoption of which UN document does Human Rights Day commemorate?
        The international day every 10 December tied to a UN General Assembly document — what did Viasna urge before it in 2012?
        What did the Belarusian rights centre say about conditions in the country on the eve of the December 2012 rights day?
        10 december day viasna appeal prisoners
        Why did Viasna ask for solidarity actions with political prisoners ahead of 10 December 2012?
        Human Rights Day, marked since 1950 on the anniversary of the Universal Declaration of Human Rights
        viasna human rights day 2012 political prisoners behind bars
    .unanswered =
        How many people took part in Viasna's solidarity actions on 10 December 2012?
        In which Belarusian cities were Human Rights Day actions held in 2012?
        How many political prisoners were there in Belarus in December 2012?
        Who drafted the Universal Declaration of Human Rights?
        Which political prisoners did Viasna list in its Human Rights Day appeal?
        Were Human Rights Day events on 10 December 2012 allowed in Belarus?
        In which city was the Universal Declaration of Human Rights adopted?
        In what year was the Universal Declaration of Human Rights adopted?
        How many articles does the Universal Declaration of Human Rights have?
        How many countries voted for the Universal Declaration of Human Rights?

fact-viasna-freedoms-2012 = In December 2012 Viasna said that the Belarusian authorities imposed unlawful restrictions on fundamental civil and political freedoms, including freedom of peaceful assembly, association and expression and participation in government through free, democratic and fair elections.
    .title = Restricted freedoms in Belarus (2012)
    .keywords = restrictions, unlawful restrictions, civil and political freedoms, freedom of peaceful assembly, freedom of association, freedom of expression, free elections, participation in government
    .questions =
        Which freedoms did the Belarusian authorities restrict, according to Viasna?
        What did Viasna say about elections in Belarus in 2012?
        Were fundamental freedoms restricted in Belarus in 2012?
        Did Viasna accuse the Belarusian government of illegally curbing freedom of speech and assembly in 2012?
        Limits on protest, association and free speech in Belarus according to Viasna (December 2012)
        Could Belarusians take part in running their country through fair elections in 2012, according to Viasna?
        Viasna restricted freedoms December 2012
        Is it true that Viasna called the regime's restrictions on freedom of association unlawful in 2012?
        Whom did Viasna accuse of restricting civil and political freedoms in December 2012?
        At the end of 2012, which basic liberties did Belarus's best-known rights centre say the state was wrongly limiting?
        Were Belarusians denied a say in governing their country through honest ballots, per Viasna's December 2012 assessment?
        viasna 2012 freedoms limited assembly speech
        Unlawful restrictions on freedom of peaceful assembly, association and expression in Belarus, according to Viasna
        Did Viasna say in December 2012 that Belarusians could not take part in government through free elections?
        viasna december 2012 unlawful restrictions civil political freedoms
    .unanswered =
        How many peaceful assemblies were banned in Belarus in 2012?
        How many NGOs were denied registration in Belarus in 2012?
        How did the Belarusian authorities answer Viasna's accusations?
        Which law on mass events restricts peaceful assembly in Belarus?
        How many journalists were detained in Belarus in 2012?
        Did the OSCE share Viasna's view of freedoms in Belarus in 2012?
        When were the parliamentary elections held in Belarus in 2012?
        How many opposition candidates won seats in the 2012 parliamentary election in Belarus?
        Which Belarusian law regulates public associations?

fact-fule-meeting-2012 = On 5 December 2012 in Brussels, European Commissioner for Enlargement and European Neighbourhood Policy Štefan Füle again told Viasna deputy head Valiantsin Stefanovich and Zhana Litvina, head of the Belarusian Association of Journalists, that the release of political prisoners remained a principal issue and a precondition for starting a dialogue between the EU and official Minsk. The meeting was part of their visit to Brussels organised by FIDH.
    .title = Füle: political prisoners first (2012)
    .short = Füle: political prisoners first
    .keywords = Stefan Fule, Štefan Füle, Fuele, European Commissioner, Enlargement and Neighbourhood Policy, Brussels, precondition, EU dialogue with Minsk, Stefanovich, Zhana Litvina, Zhanna Litvina, BAJ, Belarusian Association of Journalists, principal issue
    .questions =
        What did Štefan Füle say about Belarusian political prisoners?
        Whom did Commissioner Füle meet on 5 December 2012?
        What was the precondition for an EU dialogue with Minsk in 2012?
        Did the EU enlargement commissioner say Brussels would only talk to Minsk once prisoners were freed?
        Füle's meeting with Viasna and BAJ leaders in Brussels, December 2012
        What did the European Commissioner tell Stefanovich and Zhana Litvina?
        EU condition for talks with official Minsk in 2012
        Did Füle call the release of Belarusian political prisoners a principal issue?
        Füle Stefanovich Litvina Brussels 2012
        Which organisation did Zhana Litvina head?
        That talk in Brussels in early December 2012 between the EU neighbourhood commissioner and two Belarusian civil-society leaders — what was said?
        Did the EU's enlargement chief insist that freeing jailed opponents had to come before any talks with Minsk?
        fule prisoners condition dialogue
        Did Füle repeat on 5 December 2012 that freeing political prisoners remained the principal issue for the EU?
        What did the EU commissioner tell the heads of Viasna and the Belarusian Association of Journalists about a dialogue with Minsk?
        fule litvina stefanovich 5 december
    .unanswered =
        Where was Štefan Füle born?
        How long did Füle's meeting with Stefanovich and Litvina last?
        Who succeeded Štefan Füle as EU Commissioner for Enlargement?
        Which country is Štefan Füle from?
        Did Füle meet Belarusian government officials in 2012?
        When was Zhana Litvina elected head of BAJ?
        How long had Valiantsin Stefanovich been Viasna's deputy head?
        Who succeeded Zhana Litvina as head of BAJ?
        How old is Zhana Litvina?

fact-brussels-visit-2012 = In December 2012 FIDH, the International Federation for Human Rights, organised a visit of Belarusian human-rights defenders to Brussels, during which they held a number of meetings with representatives of the European Parliament and, on 5 December, with European Commissioner for Enlargement and European Neighbourhood Policy Štefan Füle. According to Viasna deputy head Valiantsin Stefanovich, the situation of human rights in Belarus was discussed.
    .title = Rights defenders’ visit to Brussels (2012)
    .short = Visit to Brussels (2012)
    .keywords = Brussels, visit to Brussels, FIDH, International Federation for Human Rights, European Parliament, MEPs, Štefan Füle, Stefan Fule, European Commissioner, meetings, Stefanovich, human rights situation, delegation, December 2012
    .questions =
        Whom did Belarusian human-rights defenders meet during their visit to Brussels in December 2012?
        Did the Belarusian human-rights defenders meet representatives of the European Parliament in 2012?
        What was discussed during the Brussels visit, according to Valiantsin Stefanovich?
        Did Belarusian rights activists hold talks with MEPs in Brussels in December 2012?
        Which EU institutions did Belarusian rights campaigners talk to on their FIDH-organised trip in 2012?
        Meetings of Belarusian NGO leaders with European lawmakers in Brussels (2012)
        FIDH Brussels visit December 2012
        Which federation organised the Belarusian rights defenders' trip to Brussels in 2012?
        Is it true that the Belarusian delegation met the EU enlargement commissioner in Brussels?
        That trip of Belarusian rights activists to the EU capital in December 2012 — whom did they see and what did they discuss?
        Who arranged for Belarusian human-rights defenders to travel to the Belgian capital at the end of 2012?
        belarus rights defenders brussels trip who they met
        Who organised the Belarusian human-rights defenders’ visit to Brussels?
        Meetings with European Parliament representatives during the December 2012 visit to Brussels
        What topic did the Belarusian rights defenders discuss in Brussels, according to Stefanovich?
        On what date did the Belarusian human-rights defenders meet Štefan Füle in Brussels?
    .unanswered =
        How many Belarusian human-rights defenders went to Brussels in December 2012?
        How many days did the Belarusian delegation spend in Brussels?
        Did the European Parliament adopt a resolution on Belarus after the Brussels visit?
        Did the Belarusian delegation meet Catherine Ashton in Brussels?
        Did the Belarusian rights defenders address the European Parliament's plenary in December 2012?
        Were the rights defenders questioned by the KGB after returning from Brussels?
        Did Füle meet Belarusian government officials in 2012?
        Which MEPs met the Belarusian human-rights defenders in Brussels in December 2012?
        Who was President of the European Parliament in December 2012?
        Who from FIDH accompanied the Belarusian delegation in Brussels?

fact-yurov-council-2012 = As reported on 14 November 2012, Russian human-rights activist Andrei Yurov, who was banned from entering Belarus and had become a member of the Russian Presidential Council for Civil Society and Human Rights, proposed forming in the Council a working group on human rights in the CIS countries with a subgroup on Belarus. He called this the only real mechanism he knew to raise the Belarusian question in the Council and said other council members were ready to support him.
    .title = Yurov’s Belarus group initiative (2012)
    .keywords = Andrei Yurov, Andrey Yurov, Yurov, Putin’s council, Presidential Council for Civil Society and Human Rights, Russian human rights council, CIS, working group on Belarus, subgroup on Belarus, entry ban, Belarusian question, only real mechanism
    .questions =
        Who is Andrei Yurov?
        What did Andrei Yurov propose in 2012?
        Was a group on Belarus planned in Putin’s presidential council?
        Why could Andrei Yurov not enter Belarus?
        Did a member of the Kremlin's human-rights council propose a Belarus working group?
        Russian rights activist barred from Belarus who joined Putin's human-rights council
        CIS human-rights working group with a Belarus subgroup: whose idea was it?
        Did other members of the Russian presidential council back Yurov's plan in November 2012?
        What did Yurov call the only real mechanism to raise the Belarusian question in the Council?
        How did Andrei Yurov want to put Belarus on the agenda of the Russian presidential council?
        Andrei Yurov Putin council 2012
        When was Yurov's proposal for a Belarus subgroup reported?
        That November 2012 idea to create a Kremlin council group on the CIS with a Belarus section — who came up with it?
        Why did Yurov think a special group was the only workable way to discuss Belarus in the Russian council?
        yurov belarus subgroup idea
        Working group on human rights in the CIS countries with a Belarus subgroup: what exactly did Yurov propose?
        Russian activist barred from Belarus who joined the Presidential Council for Civil Society and Human Rights
        yurov cis working group belarus subgroup 2012
    .unanswered =
        Was the Belarus subgroup ever created in the Russian presidential council?
        Who chaired the Russian Presidential Council for Civil Society and Human Rights in 2012?
        Which organisation does Andrei Yurov lead?
        Where does Andrei Yurov live now?
        How long did Andrei Yurov stay on the Presidential Council?
        How did Minsk react to Yurov's initiative?
        When was Andrei Yurov banned from entering Belarus?
        How many members does the Russian Presidential Council for Civil Society and Human Rights have?
        When was the Russian Presidential Council for Civil Society and Human Rights set up?

fact-yurov-experts-2012 = In November 2012 Andrei Yurov suggested inviting Belarusian human-rights activists and journalists, with their consent, to become permanent experts of the planned Belarus subgroup of the Russian Presidential Council, since people without Russian citizenship may be experts.
    .title = Belarusian experts for the Russian council (2012)
    .short = Belarusians as Russian council experts
    .keywords = permanent experts, Belarusian experts, Belarusian journalists, human rights activists, Russian citizenship, consent, Presidential Council
    .questions =
        Could Belarusians become experts of the Russian Presidential Council?
        Whom did Yurov want to invite as experts?
        Do experts of the council need Russian citizenship?
        Could foreigners serve as experts on the Russian presidential human-rights council?
        Yurov's idea to bring Belarusian journalists and rights defenders into the Belarus subgroup as experts
        Did Yurov want Belarusian activists to join as experts only with their agreement?
        Belarusian experts Russian presidential council
        Did Yurov want the Belarusian activists to become permanent experts?
        Whom besides Belarusian rights activists did Yurov want to invite as experts?
        Could Belarusian reporters and rights defenders help the Kremlin rights council on Belarus even without a Russian passport?
        That 2012 proposal to bring Belarusians into a Russian presidential body as standing advisers — whose was it?
        belarusians experts russian council no citizenship
        Could people without Russian citizenship be experts of the planned Belarus subgroup?
        Inviting Belarusian journalists and rights defenders, with their consent, as permanent experts
        permanent experts belarus subgroup russian council
    .unanswered =
        Which Belarusian journalists became experts of the Russian presidential council?
        Did any Belarusian human-rights activists agree to become experts?
        How many experts does the Russian Presidential Council have?
        Would the Belarusian experts of the council be paid?
        Can experts of the Russian presidential council vote on its decisions?
        Who selects the experts of the Russian Presidential Council?
        How long did Andrei Yurov stay on the Presidential Council?
        Where was Andrei Yurov born?
        What did Andrei Yurov study?

fact-political-prisoners = Freeing Belarusian political prisoners is a recurring demand in these sources: in December 2012 European Commissioner Štefan Füle repeated that their release was a precondition for the beginning of a dialogue between the EU and official Minsk, and Viasna called for solidarity actions with them; the open letter of 9 January 2015 sought to restore former political prisoners’ rights; in August 2020 civil-society forums demanded their release.
    .title = Political prisoners
    .keywords = political prisoners, political prisoner, release of political prisoners, prisoners of conscience, jailed activists, solidarity with prisoners
    .questions =
        What has been demanded for Belarusian political prisoners?
        Who has called for the release of political prisoners in Belarus?
        Free Belarus's political prisoners: who has been demanding it and when?
        Prisoners of conscience in Belarus: a demand across 2012, 2015 and 2020
        Did civil-society forums call for freeing jailed Belarusian dissidents in August 2020?
        What have rights groups and the EU said about Belarusians jailed for political reasons?
        release political prisoners Belarus
        Since when have rights groups and the EU been demanding freedom for Belarusian political prisoners?
        People locked up in Belarus for their views: who has demanded their freedom, and when, in these sources?
        Did both the EU in 2012 and civic forums in 2020 press for letting Belarus's jailed dissidents go?
        political prisoners belarus demands over the years
        Political prisoners in Belarus: the demands of the EU, Viasna, rights groups and civil-society forums
        How often do these sources demand the release of Belarusian political prisoners?
        who demanded freeing political prisoners belarus
    .unanswered =
        How many political prisoners has Belarus released since 2020?
        Do former political prisoners in Belarus receive any compensation?
        How many political prisoners have died in Belarusian prisons?
        Who decides who counts as a political prisoner in Belarus?
        How can I write a letter to a Belarusian political prisoner?
        How many women are among Belarusian political prisoners?
        Can former political prisoners leave Belarus freely?
        Did Štefan Füle ever visit Minsk?
        Who was the longest-held political prisoner in Belarus?
        How many political prisoners were freed in Belarus in 2015?
