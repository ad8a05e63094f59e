/// The fixed words of the generated corpus that do not come from the shared sentence corpus:
/// topics, title subjects and sources, in the language of the network's meeting reports.
enum CorpusVocabulary {
    /// Topic labels, most common first (drawn with a Zipf-like spread).
    static let topics = [
        "Vastgoed", "Participatie", "Vertrouwen", "Co-creatie", "Financiën", "Leegstand", "Maatschappelijk vastgoed",
        "Buurthuis", "Vrijwilligers", "Beheer en onderhoud", "Bestuur en raad", "Dorpshuis", "Subsidie", "Exploitatie",
        "Eigenaarschap", "Communicatie", "Zorg en welzijn", "Sport", "Onderwijs", "Jongeren", "Ouderen", "Bibliotheek",
        "Duurzaamheid", "Energie", "Huur", "Regelgeving", "Herbestemming", "Kerkgebouwen", "Scholen", "Wijkaanpak",
        "Dorpsraad", "Burgerinitiatief", "Right to challenge", "Transparantie", "Risico's", "Planning", "Samenwerking",
        "Monumenten", "Accommodatiebeleid", "Aansprakelijkheid",
    ]

    /// What entries are about, most common first: the first words of a title.
    static let subjects = [
        "Wantrouwen tussen bewoners en gemeente", "Buurthuis overgedragen aan vrijwilligers",
        "Financiële risico's van bottom-up beheer", "Co-creatie bij de herbestemming van de school",
        "Dorpshuis in eigen beheer", "Lange termijn belangen en doelen helder houden",
        "Leegstaande kerk als ontmoetingsplek",
        "Raad laat de planning los", "Bewoners worden eigenaar van hun voorzieningen",
        "Onderhoud van het sportcomplex door de club",
        "Subsidie omgezet in een opdracht", "Transparantie over het proces",
        "Maatschappelijk vastgoed in beeld gebracht",
        "Vrijwilligers vinden en vasthouden", "Ruimte voor anders", "Experiment met een wijkbudget",
        "Gelijkwaardigheid tussen gemeente en initiatief", "Bibliotheek in het dorpshuis",
        "Huurprijzen van accommodaties",
        "Aansprakelijkheid bij beheer door bewoners", "Energiebesparing in gemeentelijke gebouwen",
        "Right to challenge in de wijk",
        "Samenwerking met de woningcorporatie", "Jongeren betrekken bij de plannen", "Ouderen en de ontmoetingsruimte",
        "Pilot met zelfbeheer", "Commitment van bestuurders", "Veilige omgeving voor experimenten",
        "Een stap terug om samen verder te komen", "Laboratorium voor nieuwe vormen van beheer",
        "Accommodatiebeleid herzien",
        "Verkoop van overtollig vastgoed", "Monument krijgt een nieuwe functie", "Informatie-uitwisseling met de raad",
        "Dorpsraad neemt verantwoordelijkheid", "Kinderopvang in de basisschool",
        "Sporthal overgedragen aan een stichting",
        "Tijd nemen voor de aanloopperiode", "Burgerinitiatief voor een speeltuin",
        "Regels die initiatieven in de weg zitten",
        "Spiegelen en reflecteren met betrokkenen", "Te veel mensen betrekken maakt het complex",
        "Empathie voor wat bewoners beweegt", "Bezoek aan een andere gemeente", "Wisselende samenstelling van de groep",
        "Inspiratie uit de bijeenkomsten", "Beheerstichting voor het wijkcentrum", "Zwembad in handen van de inwoners",
    ]

    /// Where knowledge comes from: network meetings and reports.
    static let sources = [
        "Netwerkbijeenkomst 21 mei 2015", "Netwerkbijeenkomst 12 november 2015", "Netwerkbijeenkomst 3 maart 2016",
        "Netwerkbijeenkomst 9 juni 2016", "Netwerkbijeenkomst 17 november 2016", "Werkbezoek", "Evaluatierapport",
        "Raadsinformatiebrief", "Interview met de wethouder", "Gesprek met bewoners", "Jaarverslag", "Webinar",
    ]
}
