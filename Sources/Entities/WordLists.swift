// Hand-written cue words: honorifics, job titles, organisation cues, speech verbs, common capitalised words.

enum WordLists {
    /// Words before a name that make it a person: "Dr Jane Smith", "Sir Nick Clegg".
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "baroness", "baron", "rev", "reverend",
        "president", "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "minister", "chancellor",
        "judge", "justice", "general", "gen", "colonel", "col", "captain", "capt", "lieutenant", "sergeant", "admiral",
        "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "rabbi", "imam", "sheikh", "father",
        "secretary", "treasurer", "ambassador", "commissioner", "det", "insp", "supt", "dci", "controller", "comptroller", "chairman", "chairwoman", "chair", "inspector", "detective", "coach",
        "mp", "mep", "msp", "cllr", "constable", "superintendent", "sheriff", "administrator", "councillor", "councilman", "councilwoman", "congressman", "congresswoman",
        "director-general", "secretary-general", "attorney-general", "governor-general", "vice-president", "vice-chancellor", "premier",
        "emperor", "empress", "sultan", "emir", "tsar", "czar", "assistant", "assemblyman", "assemblywoman",
        "lieutenant-general", "major-general", "editor-in-chief", "commander-in-chief", "chief-executive", "speaker", "commander",
        // A party's member before the name, in American copy: "Republican Mike Gallagher", "Democrat Raja Krishnamoorthi"
        // (only before a known name, however long the run: not "the Republican National Committee").
        "republican", "democrat",
    ]

    /// Titles that are also ordinary words at the start of names ("General Catalyst", "Judge
    /// Business School", "King Digital"): one only counts when a known name follows.
    /// The circuits of the US courts of appeals: "the Federal Circuit", "the Ninth Circuit".
    static let courtCircuits: Set<String> = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
                                             "Tenth", "Eleventh", "Federal", "DC", "D.C."]
    /// What a party's faction is called in brackets after its name: "Janata Dal (United)", "Janata Dal (Secular)".
    static let factionNames: Set<String> = ["United", "Secular", "Marxist", "Maoist", "Marxist-Leninist", "Socialist"]
    /// What names a court's circuit before "Circuit" (besides a numeral): "the Ninth Circuit", "the D.C. Circuit".
    static let courtsCircuits: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                              "tenth", "eleventh", "federal", "d.c"]

    /// Words before "from" and the club a player came from: "signed from Crystal Palace", "on loan from Barcelona".
    static let transfers: Set<String> = ["signed", "joined", "loan"]

    /// Words before a club that a player plays against or with, or joins: "train with Newcastle", "joined Newcastle".
    static let clubPrepositions: Set<String> = ["with", "against", "joined", "join", "joining"]
    /// Last words of clubs named for their town: "Newcastle United", "Manchester City", "Bolton Wanderers".
    static let clubEndings: Set<String> = ["United", "City", "FC", "Rovers", "Athletic", "Wanderers", "Town", "Albion", "Hotspur", "Villa"]
    /// Titles that stay part of a name of one word after them: "Prince William", "Lord Reed" (see `Recognizer.candidate`).
    static let royalTitles: Set<String> = ["king", "queen", "prince", "princess"]
    static let peerTitles: Set<String> = ["lord", "baroness", "baron"]
    static let wordyTitles: Set<String> = ["general", "judge", "justice", "king", "queen", "prince", "princess", "father", "captain", "coach", "chair", "lord", "lady", "speaker", "commander"]

    /// Lower-case job words that come right before a name: "chief executive Bill Ready".
    static let roleWords: Set<String> = [
        "executive", "officer", "ceo", "cfo", "cto", "coo", "founder", "co-founder", "cofounder", "chairman", "chairwoman",
        "president", "director", "manager", "analyst", "economist", "spokesman", "spokeswoman", "spokesperson", "minister",
        "secretary", "head", "leader", "researcher", "scientist", "engineer", "professor", "lawyer", "investor", "partner",
        "editor", "reporter", "correspondent", "governor", "mayor", "senator", "chancellor", "boss", "chief", "adviser",
        "advisor", "strategist", "consultant", "designer", "developer", "architect", "coach", "striker", "captain", "star",
        "author", "writer", "historian", "activist", "campaigner", "official", "commissioner", "regulator", "inventor",
        "doctor", "nurse", "physician", "surgeon", "teacher", "student", "player", "midfielder", "defender", "goalkeeper",
        "forward", "farmer", "resident", "worker", "driver", "pilot", "owner", "member", "spokesperson", "negotiator",
        "trader", "banker", "economist", "lecturer", "fellow", "judge", "prosecutor", "attorney", "broker", "shopkeeper",
        "mother", "father", "son", "daughter", "wife", "husband", "widow", "veteran", "survivor", "volunteer", "commuter",
        "actor", "actress", "singer", "musician", "artist", "rapper", "comedian", "footballer", "athlete", "presenter",
        "novelist", "poet", "painter", "photographer", "chef", "winemaker", "filmmaker", "composer", "dancer", "administrator",
        "nominee", "candidate", "assemblyman", "assemblywoman", "quarterback", "linebacker", "cornerback", "receiver",
        "pitcher", "shortstop", "rookie", "batsman", "batter", "bowler", "wicketkeeper", "centre-back", "full-back",
        "champion", "compatriot", "teammate", "team-mate", "countryman", "countrywoman", "colleague", "runner", "sprinter",
        "swimmer", "cyclist", "golfer", "boxer", "jockey", "skater", "medallist", "medalist", "runner-up", "opponent",
        "defendant", "plaintiff", "suspect", "victim", "witness", "patient", "girlfriend", "boyfriend", "fiancée", "fiancé",
        "brother", "grandson", "granddaughter", "grandmother", "grandfather", "nephew", "niece", "cousin", "stepson", "stepdaughter",
        "fan", "supporter", "shopper", "voter", "parent", "passenger", "customer", "tenant", "homeowner", "pensioner",
        "geologist", "volcanologist", "epidemiologist", "virologist", "psychologist", "psychiatrist", "astronomer",
        "physicist", "biologist", "chemist", "climatologist", "meteorologist", "seismologist", "sociologist",
        "chair", "chairperson", "vice-chair", "representative",
        "guitarist", "bassist", "drummer", "vocalist", "frontman", "frontwoman", "keyboardist", "pianist", "violinist", "cellist",
        "saxophonist", "trumpeter", "songwriter", "singer-songwriter", "conductor",
        // What a person is without a job: "Aliko Dangote, the continent's richest man".
        "man", "woman", "sister", "billionaire", "tycoon", "magnate", "entrepreneur", "businessman", "businesswoman", "heir", "heiress",
    ]

    /// Company titles. Capitalised between a name and a person ("Nvidia Chief Executive Jensen Huang") or in
    /// lower case after a name ("Tesla boss Elon Musk"), they make the name before them an organisation.
    static let corporateTitles: Set<String> = [
        "chief", "executive", "ceo", "cfo", "cto", "coo", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "boss",
    ]

    /// Jobs written after the name of whoever employs the person: "Tesla boss Elon Musk", "Arsenal
    /// manager Mikel Arteta", "Chelsea head coach Enzo Maresca".
    static let employerRoles: Set<String> = corporateTitles.union(clubRoles).union(["head", "owner"])
        // "Bernstein analyst Bruno Marchetti", "Google engineer Blake Lemoine".
        .union(["analyst", "economist", "strategist", "engineer", "researcher", "scientist", "lawyer", "spokesman", "spokeswoman", "spokesperson"])
        // "Louvre director Laurence des Cars", "Guardian editor Katharine Viner".
        .union(["director", "editor", "curator"])
        // "the Black Sabbath singer", "Oasis guitarist Noel Gallagher": a band's members.
        .union(["singer", "frontman", "frontwoman", "guitarist", "bassist", "drummer", "vocalist"])

    /// Verbs that report a result between two sides: "Inter Milan beat Barcelona 4-3".
    static let resultVerbs: Set<String> = [
        "beat", "beats", "defeated", "defeats", "thrashed", "hammered", "crushed", "edged", "stunned", "routed",
        "trounced", "thumped", "overcame", "downed", "drew", "lost", "upset", "outclassed", "swept", "walloped",
    ]

    /// Compass adjectives that open companies' and regions' names, never people's: "Southern Water".
    static let compassAdjectives: Set<String> = ["Northern", "Southern", "Eastern", "Western"]
    /// First words of clubs named for their city: "Atlético Madrid", "Sporting Lisbon", "Dynamo Kyiv".
    static let clubOpeners: Set<String> = ["atlético", "atletico", "sporting", "dynamo", "dinamo", "olympique", "deportivo", "athletic",
                                           "real", "racing", "inter", "union", "hertha", "eintracht", "borussia", "lokomotiv", "spartak",
                                           "celta", "bayer", "hellas", "slavia", "legia", "zenit", "shakhtar", "partizan", "steaua"]
    /// Words that qualify a country's name and leave it a place: "mainland China", "Greater Manchester".
    static let placeQualifiers: Set<String> = [
        "mainland", "greater", "little", "rural", "modern", "ancient", "occupied", "imperial", "communist", "colonial", "global",
        "democratic", "independent", "free", "united", "continental", "metropolitan", "coastal", "inland", "upper", "lower",
        "outer", "inner", "old", "new", "postwar", "nazi", "soviet", "royal", "federal", "socialist", "islamic", "republican",
    ]
    /// Where a party stands, said before its name: "the far-right National Rally".
    static let partyStances: Set<String> = [
        "far-right", "far-left", "hard-right", "hard-left", "centre-right", "center-right", "centre-left", "center-left",
        "right-wing", "left-wing", "populist", "nationalist", "ruling",
    ]
    /// The same and the compass points themselves, in lower case: "East German", "West African".
    static let compassPoints: Set<String> = Set(compassAdjectives.map { $0.lowercased() }).union(["north", "south", "east", "west", "central"])

    /// Storms are named like people and towns: "Hurricane Milton", "Storm Ciarán", "Typhoon Haiyan".
    static let weatherEvents: Set<String> = ["hurricane", "storm", "typhoon", "cyclone", "tropical"]

    /// Jobs at a sports club: after a city's name they make it the club ("Barcelona manager Hansi Flick").
    static let clubRoles: Set<String> = ["manager", "coach", "captain", "striker", "goalkeeper", "midfielder", "defender", "winger", "forward",
                                         "driver", "player", "rider"]

    /// Last words of places' names: "Downing Street", "Tiananmen Square", "Napa Valley".
    static let placeSuffixes: Set<String> = [
        "street", "road", "avenue", "lane", "boulevard", "square", "bridge", "park", "valley", "river", "lake", "mountains",
        "island", "islands", "bay", "sea", "ocean", "coast", "county", "province", "district", "peninsula", "desert", "canal",
        "station", "stadium", "arena", "heights", "hills", "basilica", "cathedral", "abbey", "mosque", "temple", "shrine",
        "airfield", "palace", "castle", "crater", "glacier", "farm", "strait", "canyon", "reservoir", "dam", "reef", "tower",
        "delta", "basin", "plateau", "gulf", "base", "superdome", "dome", "coliseum", "colosseum", "velodrome", "ballpark", "speedway", "raceway",
    ]

    /// Institutions news names by their own name, with no cue word to show it.
    static let institutions: Set<String> = [
        "Congress", "Parliament", "Senate", "Pentagon", "Kremlin", "White House", "Whitehall", "Bundestag", "Bundesrat", "Knesset", "Élysée Palace",
        "Duma", "Diet", "Politburo", "Holyrood", "Stormont", "Élysée", "Quai d’Orsay", "Lok Sabha", "Riksdag", "Storting", "Folketing",
        "Labour", "Labor", "Tories", "Conservatives", "Liberal Democrats", "Reform UK", "Greens", "Red Cross", "Red Crescent",
        // Organisations news names with no cue word in their names.
        "Hamas", "Hezbollah", "Taliban", "Houthis", "Fatah", "Likud", "Sinn Féin", "Fine Gael", "Fianna Fáil", "Boko Haram",
        "al-Shabab", "al-Qaeda", "Al Qaeda", "Islamic State", "Al Jazeera", "Greenpeace", "Oxfam", "Interpol", "Europol", "Frontex",
        "Eurostat", "Eurogroup", "Bundesbank", "Ofcom", "Ofgem", "Ofwat", "Ofsted", "Mossad", "Fitch", "Sorbonne", "Old Bailey",
        "Médecins Sans Frontières", "Doctors Without Borders", "Save the Children", "Human Rights Watch",
        // Companies the news names constantly that the stock-index lists leave out (private, listed
        // abroad, or listed under a parent's name).
        "Google", "Meta", "Samsung", "Huawei", "Tencent", "Alibaba", "ByteDance", "TikTok", "OpenAI", "Anthropic",
        "SpaceX", "Xiaomi", "Baidu", "Spotify", "Reuters", "Bloomberg", "Deloitte", "KPMG", "PwC", "McKinsey", "Novo Nordisk",
        "Jaguar Land Rover", "Land Rover", "Facebook", "Instagram", "WhatsApp", "YouTube", "Disney", "Nestlé", "Nestle",
        "Saudi Aramco", "Aramco", "Gazprom", "Rosneft", "Foxconn", "TSMC", "Ryanair", "IKEA", "Zara", "Heineken", "Carlsberg",
        "Shein", "Temu", "Hyundai", "Kia", "BYD", "Geely", "Xpeng", "Porsche", "X", "Country Garden", "U.S. Steel", "US Steel",
        "Maersk", "A.P. Moller-Maersk", "A.P. Møller-Mærsk", "Tate Modern", "Tate Britain", "Hugging Face", "Mattel", "Euronext", "Red Bull",
        "Sotheby's", "Sotheby’s", "Christie's", "Christie’s", "Bonhams", "Paramount", "Louvre", "Prado", "Uffizi", "Rijksmuseum",
        // Parties by what their members are called, in one word.
        "Peronists", "Tories",
        // Papers named with "The", whose one word is an ordinary word or a name.
        "The Guardian", "The Observer", "The Telegraph", "The Economist", "The Independent", "The Atlantic", "The Spectator",
        "The Age", "The Hindu", "The Scotsman", "The Sun", "The Mirror", "The New Yorker",
        // Football's leagues with no "League" in their names.
        "Bundesliga", "La Liga", "Serie A", "Ligue 1", "Eredivisie",
        // Armed services, named alone in capitals: "an Army helicopter", "the Navy said".
        "Army", "Navy", "Air Force", "Coast Guard", "Marine Corps", "National Guard",
        // Acronyms British papers write as words, and Downing Street by its number.
        "Nasa", "Nato", "Opec", "Opec+", "OPEC+", "Unicef", "Unesco", "Fifa", "Uefa", "No 10", "Number 10", "World Athletics",
        // The United Nations by its initials, named constantly and often opening a sentence ("UN relief chief …").
        "UN", "U.N.",
    ]

    /// The armed services among the institutions that are also ordinary words, which count only inside a sentence.
    static let armedServices: Set<String> = ["Army", "Navy"]

    /// Short forms news uses more than the full name, filed under the full name: "the Fed".
    static let shortForms: [String: String] = [
        "Fed": "Federal Reserve", "Man City": "Manchester City", "Man Utd": "Manchester United", "Man United": "Manchester United",
        "VW": "Volkswagen", "BofA": "Bank of America",
    ]

    /// Parties' initials in their own language, by the names English news gives the parties: "the SPD" is the
    /// text's "Social Democrats", which no English initials make.
    static let partyInitials: [String: String] = [
        "Social Democrats": "SPD", "Social Democratic Party": "SPD", "Social Democratic Party of Germany": "SPD",
        "Christian Democrats": "CDU", "Christian Democratic Union": "CDU", "Christian Social Union": "CSU",
        "Alternative for Germany": "AfD", "Free Democrats": "FDP", "Free Democratic Party": "FDP",
        "National Rally": "RN", "France Unbowed": "LFI", "Law and Justice": "PiS", "Spanish Socialist Workers' Party": "PSOE",
    ]

    /// US states as wire copy abbreviates them after a town (each before its full stop, written as a token).
    static let stateAbbreviations: [String: String] = [
        "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado", "Conn": "Connecticut",
        "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
        "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi",
        "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey",
        "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon",
        "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee",
        "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington", "D.C": "Washington", "W.Va": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming",
    ]

    /// First words of organisations' names that news clips: "the Met" for "the Metropolitan Police".
    static let clippedFirstWords: [String: String] = ["Met": "Metropolitan"]

    /// Words inside broadcasters' names after their first, as written: "Sky Sport Italia", "Fox News Radio".
    static let broadcasterWords: Set<Substring> = ["Sport", "Sports", "News", "Radio", "TV", "Television"]

    /// Words before a number that make it a channel's name, not a product's version: "BBC Radio 4", "Channel 4".
    static let broadcastWords: Set<String> = ["radio", "channel", "tv"]
    /// What a broadcaster or paper is, said after its name ("France Inter radio", "Fox television"). (Lists
    /// this short are compared word by word: asked after most names, a set's hashing cost more.)
    static let outlets = ["radio", "television", "tv", "newspaper"]
    /// …unless a show follows, which is a presenter's ("the Jeremy Vine radio show").
    static let programmeWords = ["show", "programme", "program", "interview", "host", "presenter"]

    /// First words that make a name an organisation's in the languages news quotes them in:
    /// "Université de Montréal", "Banco Santander", "Instituto Butantan" (not people, whatever the particle).
    static let foreignOrganizationOpenings: Set<String> = [
        "université", "universidad", "universidade", "università", "universität", "universiteit", "institut", "instituto",
        "istituto", "banco", "banque", "banca", "groupe", "grupo", "fundación", "fondation", "stiftung", "ministerio",
        "ministère", "société", "compagnie", "hôpital", "hospital", "clinique", "clínica", "gruppo", "collège", "escola",
        "fédération", "federación", "federação", "federazione", "confédération", "confederación", "association", "asociación",
        "galeries", "compañía", "companhia", "caisse", "crédit", "colegio", "escuela", "partido", "parti", "partito", "consejo",
        "conseil", "comisión", "agencia", "agence", "secretaría", "domaine", "bureau", "musée", "museo", "museu", "maison",
    ]

    /// Towns of 100,000 people or more whose names are ordinary English words: at the start of a
    /// sentence (where every word is capitalised) they are read as words.
    static let ordinaryWordPlaces: Set<String> = [
        "Man", "Nice", "Gold", "Reading", "Male", "Mobile", "Surprise", "Split", "Orange", "Independence", "Bath", "Enterprise",
        "Commonwealth", "Oral", "Springs", "Batman", "Metro", "Paradise", "Buffalo", "Tours", "Delta", "Hub", "Bo", "Ho", "Derby",
        "Sale", "Deal", "March", "Street", "Wells", "Bury", "Aurora", "Concord", "Temple", "Normal",
    ]

    /// Nouns that name a place after "of": "the village of Kibera".
    static let placeNouns: Set<String> = placeKindNouns.union([
        // "residents of Malibu", "the outskirts of Kyiv", "the mayor of Los Angeles".
        "residents", "citizens", "people", "outskirts", "suburbs", "streets", "centre", "center", "mayor",
        // "held the seat of Runcorn and Helsby": a constituency is a place.
        "seat", "constituency", "ward", "borough",
    ])

    /// Kinds of place, which also describe one in apposition: "Enerhodar, the town where …".
    static let placeKindNouns: Set<String> = [
        "village", "town", "city", "region", "province", "district", "state", "island", "islands", "county", "port",
        "suburb", "neighbourhood", "neighborhood", "municipality", "capital", "kingdom", "republic", "settlement", "valley",
        "canton", "commune", "parish", "mine", "oilfield", "refinery", "camp", "resort", "complex", "estate",
    ]

    /// First words of places' names: "Lake Victoria", "Mount Kenya", "River Thames", "Gulf of Mexico".
    static let placePrefixes: Set<String> = [
        "lake", "mount", "river", "isle", "gulf", "strait", "cape", "county", "greater", "port", "camp",
        // Streets and squares abroad: "Rua Augusta", "Via del Corso", "Calle Mayor", "Piazza Navona".
        "rua", "rue", "calle", "via", "viale", "avenida", "avenue", "boulevard", "piazza", "plaza", "praça", "jalan",
        // Palaces and halls abroad: "Palais des Festivals", "Palazzo Chigi".
        "palais", "palazzo",
    ]

    /// Last words that make a name an organisation: "Harbour Analytics plc", "Bank of England".
    static let organizationSuffixes: Set<String> = [
        "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "limited", "plc",
        "llc", "llp", "lp", "ag", "sa", "se", "nv", "bv", "gmbh", "spa", "s.a.", "group", "holdings", "partners", "capital",
        "ventures", "bureau", "directorate", "inspectorate", "bank", "university", "college", "institute", "school", "academy", "council", "ministry", "department",
        "agency", "commission", "authority", "association", "foundation", "trust", "fund", "party", "committee", "office", "poll", "collective",
        "court", "parliament", "assembly", "congress", "senate", "federation", "union", "board", "reserve", "labs", "lab",
        "laboratory", "laboratories", "observatory", "command", "technologies", "technology", "systems", "solutions", "software", "networks", "motors", "airlines",
        "airways", "energy", "telecom", "communications", "media", "news", "press", "times", "post", "journal", "herald",
        "sports", "radio", "television", "bros", "bros.", "brigade", "regiment", "battalion", "corps",
        "society", "club", "fc", "league", "hospital", "clinic", "police", "army", "navy", "forces", "service", "services", "guild",
        "industries", "pharmaceuticals", "therapeutics", "bancorp", "insurance", "securities", "exchange", "organisation",
        "stockbrokers", "brokers", "motor", "facility", "trading", "guard", "guards",
        "organization", "alliance", "coalition", "network", "centre", "center", "museum", "orchestra", "studios", "records",
        "ai", "retail", "steel", "shipping", "analytics", "materials", "logistics", "foods", "brands", "mining", "oil",
        "gas", "power", "electric", "chemicals", "airport", "railways", "railway", "trust", "tribunal", "cabinet", "government",
        "cloud", "philharmonic", "symphony", "rail", "nation", "nations", "health", "airlines", "pictures", "entertainment", "games",
        "athletic", "united", "rovers", "wanderers", "albion", "hotspur", "sharks", "tigers", "lions", "eagles", "bulls",
        "gallery", "library", "theatre", "theater", "opera", "zoo", "chamber", "house", "administration", "international",
        "centres", "centers", "developments", "properties", "management", "electronics", "panel",
        "institution", "research", "productions", "mutual", "financial", "aerospace", "automotive", "resources",
        "investments", "advisers", "advisors", "associates", "consulting", "consultancy", "robotics", "semiconductors",
        "biosciences", "aviation", "publishing", "broadcasting", "telecommunications", "tribune", "gazette", "chronicle", "endowment",
        "ratings", "rally", "water", "utilities", "cement", "breweries", "brewery", "distillers", "textiles",
        "global", "worldwide", "insight", "insights", "trusts",     // "Top Shine Global", "Cornwall Insight", "Tata Trusts"
        "programme",      // "World Food Programme", "UN Development Programme"
        "forum",          // "World Economic Forum", "Hostages and Missing Families Forum"
        "caucus", "unit", // "House Freedom Caucus", "Economist Intelligence Unit"
        "brothers",       // "Close Brothers", "Lehman Brothers"
        "policing",       // "Counter Terrorism Policing"
        "church",         // "the Catholic Church", "Annunciation Church" (a parish)
    ]

    /// Words between a company's name and its legal form: "Goldman Sachs Group Inc".
    static let groupWords: Set<String> = ["group", "holding", "holdings"]

    /// Legal forms at the end of companies' names, which the text may leave out ("Alphabet Inc", "Alphabet").
    static let legalForms: Set<String> = [
        "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "limited", "plc", "llc",
        "llp", "lp", "ag", "sa", "se", "nv", "bv", "gmbh", "spa", "s.a.", "oyj", "asa", "ab",
    ]

    /// Lower-case company forms that end a name: "Harbour Analytics plc".
    static let lowercaseOrganizationEndings: Set<String> = ["plc", "inc", "ltd", "llc", "gmbh", "ag", "sa", "nv", "bv", "co", "corp", "llp", "spa"]

    /// What a firm is, in lower case before its name, which its shape may not say: "research firm Green Street".
    static let firmNouns: Set<String> = ["firm", "company", "consultancy", "brokerage", "fund", "group", "bank", "lender", "insurer"]

    /// Nouns that describe an organisation in apposition: "Novo Nordisk, the Danish drugmaker".
    static let organizationNouns: Set<String> = [
        "company", "firm", "group", "drugmaker", "carmaker", "automaker", "chipmaker", "maker", "manufacturer", "airline",
        "bank", "lender", "insurer", "retailer", "chain", "start-up", "startup", "agency", "regulator", "operator", "developer",
        "publisher", "broadcaster", "newspaper", "union", "charity", "club", "team", "giant", "conglomerate", "supplier",
        "provider", "producer", "platform", "exchange", "fund", "investor", "brand", "label", "studio", "university", "lab",
        "laboratory", "organisation", "organization", "ministry", "authority", "watchdog", "party", "business", "subsidiary",
        "journal", "magazine", "tabloid", "band", "consultancy", "carrier", "think-tank", "coalition", "alliance", "bloc",
        "movement", "outlet", "broker", "brokerage", "utility", "cooperative", "arm", "unit", "division", "affiliate", "offshoot",
        "spin-off", "spinoff", "grocer", "supermarket", "housebuilder", "homebuilder", "bookmaker", "telco", "refiner", "processor",
        "steelmaker", "planemaker", "jetmaker", "truckmaker", "toymaker", "phonemaker", "handset-maker", "tyremaker", "tiremaker",
        "shipbuilder", "bottler", "gallery", "museum", "auctioneer", "duo", "trio", "quartet", "discounter", "website",
    ]

    /// The lower-case tails of words that describe something by a place: "New York-based".
    static let describingTails: Set<String> = ["based", "born", "listed", "owned", "backed", "led", "made", "headquartered",
                                               "registered", "bred", "raised", "educated", "focused", "built", "run", "area"]

    /// Titles that say a person's sex, for "Ms Silva" when two Silvas were named.
    static let femaleTitles: Set<String> = ["ms", "mrs", "miss", "dame", "lady", "madam", "madame", "queen", "princess"]
    static let maleTitles: Set<String> = ["mr", "sir", "lord", "king", "prince"]

    /// Places written with "the" whose bare name is also a company's: "the Amazon".
    static let riversAndRegions: Set<String> = ["Amazon", "Nile", "Congo", "Danube", "Rhine", "Thames", "Mekong", "Yangtze", "Sahara",
                                                "Alps", "Andes", "Himalayas", "Caucasus", "Sahel", "Seine", "Loire", "Volga", "Ganges",
                                                "Indus", "Tigris", "Euphrates", "Zambezi", "Orinoco", "Elbe", "Oder", "Irrawaddy",
                                                "Pyrenees", "Rockies", "Apennines", "Carpathians", "Dolomites", "Urals", "Balkans"]

    /// Nouns for a nation's people, which the demonym list (adjectives) lacks: "the Pole, a four-time champion".
    static let nationalityNouns: Set<String> = ["Pole", "Briton", "Brit", "Spaniard", "Dane", "Swede", "Finn", "Scot", "Turk", "Serb",
                                                "Croat", "Dutchman", "Dutchwoman", "Frenchman", "Frenchwoman", "Englishman",
                                                "Englishwoman", "Irishman", "Irishwoman", "Welshman", "Welshwoman", "Kiwi", "Aussie"]

    /// Words after a name that make it a company's: "Toyota shares", "Toyota spokesperson".
    static let companyWords: Set<String> = ["shares", "stock", "spokesperson", "spokesman", "spokeswoman", "models", "dealers",
                                            "executives", "employees", "staff", "shareholders", "board"]

    /// Jobs a company can hold as well as a person ("Microsoft, OpenAI's largest investor").
    static let companyRoles: Set<String> = ["investor", "owner", "partner", "developer", "producer", "operator", "shareholder",
                                            "backer", "member", "supplier", "rival", "sponsor", "founder", "designer", "architect",
                                            "parent", "broker", "adviser", "advisor", "consultant", "auditor"]

    /// A country's short name before an organisation's own ("the US Securities and Exchange Commission").
    static let countryPrefixes: Set<Substring> = ["US", "U.S.", "UK", "EU"]

    /// Holidays, which name days, not people: "Christmas Day", "Easter Monday".
    static let holidays: Set<String> = ["christmas", "easter", "thanksgiving", "halloween", "ramadan", "eid", "diwali", "hanukkah",
                                        "passover", "pentecost", "whitsun", "boxing"]

    /// Conditions named after a person, written as possessives: "Alzheimer's drug", "Parkinson’s".
    static let eponymousConditions: Set<String> = ["Alzheimer", "Parkinson", "Crohn", "Huntington", "Asperger", "Tourette", "Hodgkin", "Graves", "Addison"]

    /// Lower-case words after a place's name that say what kind of place it is: "Borno state", "the Kherson region".
    /// Public bodies whose names go on with "for the" and what they look after: "Federal Office for the Environment",
    /// "Agency for the Cooperation of Energy Regulators" (not a party: "the Labour Party for the European elections").
    static let bodiesForSomething: Set<String> = ["office", "agency", "commission", "commissioner", "centre", "center", "institute",
                                                  "council", "committee", "authority", "foundation", "fund", "ministry", "department"]

    static let placeKinds: Set<String> = ["state", "province", "region", "county", "district", "prefecture", "oblast", "governorate",
                                          "canton", "valley", "river", "station", "zone", "municipality", "township", "borough", "area"]

    /// Words after a possessive that show an organisation: "Toyota's shares", "Meta's engineers".
    static let organizationPossessions: Set<String> = [
        "shares", "stock", "chief", "executive", "board", "chairman", "spokesman", "spokeswoman", "spokesperson", "profits",
        "profit", "revenue", "sales", "engineers", "staff", "employees", "customers", "model", "models", "products", "app",
        "founder", "investors", "headquarters", "ceo", "results", "earnings", "market", "valuation", "offer", "bid",
    ]

    /// Possessives that sit inside organisations' names: "Children's Hospital", "People's Bank".
    static let possessiveNameWords: Set<String> = [
        "children's", "children’s", "women's", "women’s", "men's", "men’s", "people's", "people’s", "workers'", "workers’",
        "veterans'", "veterans’", "teachers'", "teachers’", "nurses'", "nurses’", "farmers'", "farmers’",
        "king's", "king’s", "queen's", "queen’s", "prince's", "prince’s",
        // "Maricopa County Sheriff's Office", "the Manhattan District Attorney's Office".
        "sheriff's", "sheriff’s", "attorney's", "attorney’s", "general's", "general’s", "coroner's", "coroner’s",
        "commissioner's", "commissioner’s", "ombudsman's", "ombudsman’s",
        "mayor's", "mayor’s", "governor's", "governor’s",
    ]

    /// Places the gazetteers lack: nations within states, regions that news names often.
    static let extraPlaces: Set<String> = [
        "England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain", "Europe", "Asia", "Africa",
        "Middle East", "Latin America", "North America", "South America", "Silicon Valley", "Gaza", "West Bank", "Crimea",
        "Catalonia", "Bavaria", "Flanders", "Quebec", "Ontario", "Siberia", "Kashmir", "Tibet", "Xinjiang", "Darfur",
        "Sahel", "Balkans", "Scandinavia", "Caribbean", "Pacific", "Atlantic", "Mediterranean", "Arctic", "Antarctica",
        "East Africa", "West Africa", "North Africa", "Southern Africa", "Central Africa", "Sub-Saharan Africa", "Horn of Africa",
        "Central Asia", "South Asia", "East Asia", "Southeast Asia", "South-East Asia", "Eastern Europe", "Western Europe",
        "Central Europe", "Northern Europe", "Southern Europe", "Central America", "South East Asia", "Indo-Pacific", "Persian Gulf",
        // Regions of England and of the United States, as statistics and news name them.
        "North East", "North West", "South East", "South West", "East Midlands", "West Midlands", "Midlands", "East Anglia",
        "Yorkshire and the Humber", "Yorkshire", "Cornwall", "Merseyside", "Tyneside", "Home Counties", "Midwest", "Pacific Northwest", "New England", "Deep South", "Rust Belt",
        "Sun Belt", "Great Plains", "Appalachia",
        // Towns business news names for the companies based there, below the city list's size.
        "Mountain View", "Menlo Park", "Palo Alto", "Cupertino", "Redmond", "Armonk", "Bentonville",
        // Cities named "… City" that the city list leaves out; others ("Manchester City") are clubs.
        // Divisions the ISO list spells otherwise or leaves out as surnames.
        "Alberta", "Tigray", "KwaZulu-Natal",
        "Gaza City", "Quebec City", "Atlantic City", "Iowa City", "Sioux City", "Rapid City", "Gaza Strip",
        // Grounds named like a possessive ("a Test at Lord's"), and tennis's show courts, named like courts of law.
        "Lord's", "Centre Court", "Court Philippe-Chatrier", "Court Suzanne-Lenglen", "Rod Laver Arena",
        // Grounds named with no word that says so ("a contract at Anfield").
        "Anfield", "Old Trafford", "Stamford Bridge", "Wembley", "Camp Nou", "San Siro", "Parc des Princes", "Ibrox",
        "Twickenham", "Murrayfield", "Eden Gardens", "Santiago Bernabéu", "Bernabéu", "Allianz Arena", "Signal Iduna Park",
        "Stade de France", "Maracanã", "Estadio Azteca", "Croke Park", "Hampden Park",
        // Golf's courses, and the town of its first major, which the city list leaves out.
        "Augusta National", "Augusta", "Pebble Beach", "Royal Portrush", "Royal Troon", "Carnoustie", "Bethpage Black", "Bethpage",
        // The planet, from which launches and orbits are measured ("1.5 million kilometres from Earth").
        "Earth",
        // How news writes the two Congos, which the country list spells with "the".
        "Democratic Republic of Congo", "Republic of Congo", "District of Columbia",
        // English names of regions the ISO list gives in their own language ("Normandie", "Toscana", "Bayern").
        "Normandy", "Brittany", "Burgundy", "Provence", "Alsace", "Corsica", "Lombardy", "Tuscany", "Sicily", "Sardinia",
        "Piedmont", "Apulia", "Andalusia", "Basque Country", "Saxony", "Lower Saxony", "Hesse", "North Rhine-Westphalia",
        "Thuringia", "Brandenburg", "Wallonia", "Lapland", "Transylvania", "Silesia",
        // English names of cities the city list gives in their own language ("Sevilla", "Köln"), and old names still in use.
        "Seville", "Venice", "Cologne", "Hanover", "Mecca", "Bruges", "Ghent", "Lucerne", "Wroclaw", "Kiev", "Bangalore", "Saigon",
        "Rangoon", "Bombay", "Calcutta", "Madras",
    ]

    /// Words for what a public body or a union deals with, which go on past "and" in its name: "Department of
    /// Health and Human Services", "Department for Environment, Food and Rural Affairs", "Building and Allied Workers Union".
    static let policyFields: Set<String> = [
        "human", "social", "rural", "urban", "public", "economic", "financial", "consumer", "veterans", "family",
        "building", "construction", "mining", "manufacturing", "retail", "textile", "computer", "electronics", "telecommunications", "oceanic", "atmospheric", "aeronautics",
        "children", "community", "environmental", "energy", "food", "health", "home", "homeland", "foreign", "international",
        "information", "technology", "trade", "industry", "science", "transport", "culture", "education", "defence", "defense",
        "labor", "labour", "commerce", "agriculture", "markets", "competition", "securities", "exchange", "drug", "safety",
        "development", "research", "innovation", "digital", "media", "sport", "tourism", "housing", "justice", "security",
        "communications", "aviation", "water", "land", "natural", "resources", "climate", "marine", "space", "fisheries",
        "relief", "aid", "welfare", "works", "employment", "pensions", "finance", "customs", "immigration", "rail", "bus", "fire",
        "petroleum",
        "mines", "petroleum", "environment", "infrastructure", "planning", "emergency", "disaster",
    ]

    /// Letters after a name that are honours or offices, not part of it: "Paul Farrer KC".
    static let postNominals: Set<String> = ["KC", "QC", "MP", "MEP", "MSP", "OBE", "CBE", "MBE", "KBE", "DBE", "FRS", "PhD"]

    /// Whose seat a place is: "the MP for Hemsworth", "senator for Victoria".
    static let seatHolders: Set<String> = ["mp", "member", "senator", "representative", "congressman", "congresswoman", "candidate", "msp", "mep"]

    /// Adjectives for the people of a continent or region, which the country lists leave out: "a
    /// mid-sized European retailer" names no organisation.
    static let regionalDemonyms: Set<String> = [
        "European", "African", "Asian", "Arab", "Nordic", "Scandinavian", "Baltic", "Balkan", "Caribbean",
        "Latin American", "Middle Eastern", "Pan-European", "Western", "Eastern",
    ]

    /// Nouns for a person of a nation, which stand for someone named before ("the Dutchman told Sky
    /// Sports") and are nobody's name. Not the short ones that are also names ("Finn", "Dane", "Scot").
    static let demonymNouns: Set<String> = [
        "Dutchman", "Dutchwoman", "Frenchman", "Frenchwoman", "Englishman", "Englishwoman", "Irishman", "Irishwoman",
        "Briton", "Swede", "Turk", "Argentine",
        "Scotsman", "Scotswoman", "Welshman", "Welshwoman", "Spaniard", "Briton", "Cornishman", "Yorkshireman",
    ]

    /// First words that begin organisation names: "Ministry of Finance", "University of Lagos".
    static let organizationPrefixes: Set<String> = [
        "ministry", "department", "university", "bank", "council", "office", "institute", "federation", "bureau", "house", "diocese", "archdiocese",
        "court", "commission", "agency", "school", "college", "museum", "church", "board", "league", "union", "real",
        "transport", "confederation", "association", "society", "chamber", "academy", "foundation", "committee", "authority",
    ]

    /// Words that may sit inside a multi-word name: "Bank of England", "Ursula von der Leyen".
    static let connectors: Set<String> = ["of", "for", "and", "&", "de", "du", "des", "del", "della", "di", "da", "do", "dos", "das",
                                          "van", "von", "der", "den", "ter", "la", "le", "bin", "bint", "ibn", "al", "el", "y", "the"]

    /// Particles that can start or sit inside a person's name.
    static let nameParticles: Set<String> = ["de", "van", "von", "der", "den", "da", "di", "du", "del", "bin", "ibn", "al", "el", "la", "le", "ter", "dos"]
    /// The same and Portuguese "do" and "das", which open no name on their own in English text ("do" is a verb
    /// too) but join a surname's parts: "André Corrêa do Lago" is "Corrêa do Lago" later.
    static let surnameParticles: Set<String> = nameParticles.union(["do", "das"])

    /// Verbs that introduce or follow a quotation.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains", "wrote", "writes", "asked", "asks",
        "noted", "notes", "warned", "warns", "argued", "argues", "insisted", "insists", "stated", "states", "replied",
        "replies", "recalled", "recalls", "acknowledged", "acknowledges", "admitted", "admits", "continued", "continues",
        "declared", "declares", "remarked", "observed", "claimed", "claims", "announced", "announces", "tweeted", "posted",
        "described", "describes", "conceded", "concedes", "maintained", "maintains", "stressed", "stresses", "suggested",
        "suggests", "predicted", "predicts", "cautioned", "cautions", "urged", "urges", "according", "called", "saying", "calling", "describing", "telling",
        "accused", "accusing", "dubbed", "praised", "hailed", "branded", "labelled", "labeled",
    ]

    /// Words after a name that mark an organisation acting ("Meta said", "Alibaba released").
    static let organizationVerbs: Set<String> = [
        "said", "says", "announced", "announces", "reported", "reports", "released", "releases", "launched", "launches",
        "unveiled", "unveils", "plans", "planned", "confirmed", "confirms", "denied", "denies", "acquired", "acquires",
        "bought", "buys", "sold", "sells", "hired", "fired", "raised", "raises", "invested", "invests", "published",
        "publishes", "owns", "employs", "cut", "cuts", "shares", "stock", "spokesperson", "spokesman", "spokeswoman",
        "rejected", "rejects", "agreed", "agrees", "warned", "expects", "expected", "posted", "filed", "sued", "won", "lost",
        "declined", "reported", "opened", "closed", "will", "has", "had", "told", "added", "estimated",
        "dismissed", "sacked", "suspended", "halted", "resumed",
    ]

    /// Words that follow a product name: "the Qwen model", "Llama 3 chatbot".
    static let productCues: Set<String> = [
        "model", "models", "chatbot", "chatbots", "app", "apps", "treatment", "therapy", "medicine", "pill", "phone", "phones", "smartphone", "software", "platform",
        "device", "devices", "browser", "console", "chip", "chips", "processor", "car", "vehicle", "drug", "vaccine",
        "system", "operating", "assistant", "engine", "series", "family", "version", "update", "feature", "service",
        "headset", "glasses", "tablet", "laptop", "camera", "robot", "rocket", "satellite", "aircraft", "jet", "truck", "sedan",
        "capsule", "wallet", "stablecoin", "cryptocurrency", "memecoin", "stablecoins", "cryptocurrencies", "memecoins",
    ]

    /// What a title set off by commas may be described as: "Heart Lamp, a collection of short stories by …".
    /// (Not after a name: "a Stephen King novel" is his.)
    static let works: Set<String> = ["collection", "novel", "memoir", "book", "album", "film", "documentary", "anthology",
                                     "play", "musical", "opera", "poem", "song", "painting", "sculpture", "exhibition", "biography"]

    /// Last words that make a name a thing's: "James Webb Space Telescope", "Perseverance Rover".
    static let thingNameEndings: Set<String> = ["telescope", "rover", "spacecraft", "probe", "satellite", "lander", "orbiter", "capsule",
                                                "store"]      // "App Store", "Play Store"

    /// Words a number after them counts or ranks, not a product's version: "Category 5", "Phase 3", "Article 50".
    static let numberedThings: Set<String> = ["category", "level", "phase", "stage", "tier", "grade", "article", "section", "chapter",
                                              "junction", "gate", "terminal", "platform", "route", "highway", "interstate", "room", "game", "round", "lap",
                                              "week", "episode", "season", "match", "leg"]

    /// Plurals for a party's members, which end the names parties go by: "the Christian Democrats", "Liberal Democrats".
    static let partyMembers: Set<String> = ["democrats", "republicans", "conservatives", "socialists", "liberals", "greens",
                                            "nationalists", "communists", "unionists", "progressives"]

    /// Last words of bodies named for their members, which may be two plurals joined by "and": "App Drivers
    /// and Couriers Union", "Hostages and Missing Families Forum" (not a company's "… Records and … Foods AG").
    static let memberBodies: Set<String> = ["union", "forum", "association", "federation", "alliance", "coalition", "society",
                                            "guild", "confederation", "network"]

    /// Second words of the names of a place's own bodies: "Phoenix City Council", "Reading Borough Council",
    /// "Kent Police". Alone, the place's name is the place.
    static let localBodyWords: Set<String> = ["City", "County", "Borough", "District", "Town", "Municipal", "Metropolitan",
                                              "Police", "Council", "Fire", "Port", "Airport"]

    /// Last words of the names of events, which are no people, organisations or places: "Eras Tour", "World Cup".
    static let eventEndings: Set<String> = ["tour", "cup", "championship", "championships", "olympics", "paralympics", "marathon",
                                            "festival", "awards", "contest", "expo", "derby", "prix", "bowl", "finals"]

    /// How many nations play in a tournament named for them: "Six Nations", "Tri Nations".
    static let nationCounts: Set<String> = ["Two", "Three", "Tri", "Four", "Five", "Six", "Seven", "Eight"]

    /// Events in lower case, held at a place: "the match at Anfield", "a rally at Madison Square Garden".
    static let heldEvents: Set<String> = ["race", "match", "game", "final", "semi-final", "summit", "concert", "rally", "ceremony", "tournament"]

    /// What shares do: "Novo Nordisk shares jumped".
    static let marketMoves: Set<String> = [
        "rose", "fell", "jumped", "slid", "slipped", "climbed", "dropped", "surged", "soared", "tumbled", "plunged", "gained",
        "lost", "rallied", "sank", "slumped", "edged", "were", "are", "have", "had", "closed", "opened", "traded", "hit",
    ]

    /// People described by where they come from: "a former sub-postmaster from Bridlington", "a 34-year-old from Hull".
    static let residents: Set<String> = [
        "man", "woman", "boy", "girl", "resident", "residents", "mother", "father", "son", "daughter", "family", "couple",
        "pensioner", "grandmother", "grandfather", "widow", "teenager", "student", "pupil", "teacher", "nurse", "farmer",
        "driver", "shopkeeper", "businessman", "businesswoman", "sub-postmaster", "sub-postmistress", "postmaster",
        "year-old", "villagers", "survivor", "victim", "campaigner", "fan", "fans",
        "lad", "lads", "boys", "girls", "men", "women", "kids",
    ]

    /// Plurals of kinds of place, after a list of their names: "Cobb, Fulton and Gwinnett counties". (Not "states",
    /// which is as often a verb.)
    static let placeKindPlurals: Set<String> = ["counties", "provinces", "regions", "districts", "prefectures", "cantons",
                                                "oblasts", "boroughs", "parishes", "municipalities", "rivers", "valleys", "states"]

    /// What people forced from their homes do, before where they go: "fled to Tawila".
    static let fleeing: Set<String> = ["fled", "flee", "flees", "fleeing", "evacuated", "deported", "displaced", "airlifted"]

    /// Plurals of people, before names among them: "senior players including Vinícius Júnior".
    static let peoplePlurals: Set<String> = ["players", "stars", "politicians", "executives", "ministers", "lawmakers", "leaders",
                                             "celebrities", "artists", "actors", "musicians", "singers", "writers", "authors", "athletes",
                                             "figures", "officials", "senators", "candidates", "rivals", "teammates", "team-mates", "teachers",
                                             "workers", "employers", "heads", "doctors", "nurses", "lawyers", "journalists"]

    /// America's parties' adjectives, which describe what follows them: "the Republican chairman of the committee",
    /// "with Republican votes" (where "the Labour chairman" is the party's).
    static let americanPartyAdjectives: Set<String> = ["Republican", "Democratic", "Democrat"]

    /// Parties' adjectives, which open a title as a place's name may: "Republican state Sen. Shelly Echols".
    static let partyAdjectives = americanPartyAdjectives.union(["Labour", "Conservative", "Liberal", "Green"])

    /// What offices are of, besides fields of policy: "Secretary of State", "Minister of Finance".
    static let officeFields: Set<String> = ["state", "finance", "treasury", "interior", "war", "exchequer", "works", "economy"]

    /// Peoples named as news names them, which no topic page gathers: "First Nations communities".
    static let peoples: Set<String> = ["First Nations", "Inuit", "Métis", "Aboriginal", "Indigenous", "Native Americans", "Native American"]

    /// Diseases and viruses, which are no one's name: "the Covid-19 pandemic" (whose digits would make a product of it),
    /// "a close relative of Ebola" (an organisation after "of"). As the text writes them: the list is asked of each name.
    static let diseaseNames: Set<String> = ["Covid-19", "COVID-19", "Covid", "SARS-CoV-2", "Sars-CoV-2", "H5N1", "H1N1", "H7N9", "H5N8",
                                            "Ebola", "Zika", "Mpox", "Nipah", "Hantavirus"]


    /// Acronyms that are not names.
    static let nonEntityAcronyms: Set<String> = [
        "CEO", "CFO", "CTO", "COO", "AI", "GDP", "NOTE", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "LIVE", "PHOTO",
        "VIDEO", "CORRECTION", "IPO", "MVP", "TV", "PM", "AM", "US$", "OK", "PC", "IT", "HR", "PR", "VAT", "FAQ",
        "PDF", "CSV", "API", "GPU", "CPU", "LLM", "LLMS", "RAM", "SUV", "EV", "EVS", "DNA", "HIV", "COVID", "ID", "VIP", "R&D",
        "Q1", "Q2", "Q3", "Q4", "YOY", "ETF", "ESG", "B2B", "UN's", "GMT", "UTC", "BST", "CET", "EST", "PST", "MW", "GW", "TWH",
        "KM", "MPH", "USD", "EUR", "GBP", "JPY", "CNY", "NB", "PS", "AKA", "ASAP", "DIY", "FYI", "MBA", "PHD", "UK's", "US's",
        "SEO", "URL", "HTML", "AR", "VR", "IOT", "SAAS", "KPI", "ROI", "EPS", "M&A", "NFT", "OTC", "LNG", "CO2", "NHS's",
        "SVG", "YAML", "JSON", "XML", "CSS", "RSS", "SQL", "HTTP", "HTTPS", "PNG", "JPEG", "GIF", "SDK", "CLI", "UI", "UX", "OS",
        "USB", "LED", "LCD", "OLED", "KB", "MB", "GB", "TB", "PB", "GHZ", "MHZ", "KWH", "MWH", "GWH",
        // Medicine's and transport's common nouns: "GP surgeries", "an MRI scan", "HGV drivers".
        "GP", "GPs", "A&E", "ICU", "MRI", "IVF", "ADHD", "PTSD", "HGV", "HGVs", "CCTV", "SIM",
        // A picture caption's opening: "FILE - President … speaks".
        "FILE",
    ]

    /// Capitalised words that are rarely names on their own (sentence starts, titles, weekdays, months).
    static let commonCapitalized: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
        "their", "our", "my", "your", "in", "on", "at", "by", "for", "from", "with", "without", "to", "of", "and", "but", "or",
        "nor", "so", "yet", "if", "when", "while", "after", "before", "since", "until", "as", "because", "although", "though",
        "however", "meanwhile", "moreover", "furthermore", "still", "also", "then", "now", "today", "yesterday", "tomorrow",
        "last", "next", "first", "second", "third", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "some", "many", "most", "all", "both", "each", "every", "no", "not", "more", "less", "few", "several", "such",
        "what", "which", "who", "whom", "whose", "where", "why", "how", "there", "here", "according", "despite", "during",
        "under", "over", "about", "into", "through", "between", "among", "against", "across", "around", "behind", "beyond",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "read", "see", "note",
        "source", "sources", "chart", "figure", "table", "photo", "image", "key", "why", "what", "analysts", "officials",
        "shares", "residents", "investors", "critics", "experts", "researchers", "economists", "figures", "data", "earlier",
        "later", "yes", "mr", "mrs", "ms", "dr", "sir", "chief", "executive", "senior", "former", "new", "old", "big",
        "small", "other", "another", "same", "only", "just", "even", "much", "very", "well", "once", "again", "ever",
        "never", "always", "often", "sometimes", "perhaps", "maybe", "instead", "indeed", "overall", "together", "already",
        "almost", "nearly", "about", "roughly", "around", "approximately", "local", "national", "global", "international",
        "global", "federal", "state", "public", "private", "general", "special", "annual", "quarterly", "monthly", "weekly",
        "daily", "update", "updated", "breaking", "exclusive", "analysis", "opinion", "comment", "editorial", "interview",
        "report", "reports", "news", "live", "watch", "listen", "share", "follow", "subscribe", "sign", "click", "more",
        "less", "by", "via", "per", "plus", "minus", "total", "average", "median", "number", "rate", "rates", "price",
        "prices", "cost", "costs", "revenue", "sales", "profit", "profits", "growth", "demand", "supply", "market", "markets",
        "economy", "government", "company", "companies", "firm", "firms", "bank", "banks", "group", "groups", "people",
        "everyone", "nobody", "someone", "anyone", "everything", "nothing", "something", "anything", "let", "lets",
        "can", "could", "will", "would", "should", "shall", "must", "might", "do", "does", "did", "is", "are", "was", "were",
        "be", "been", "being", "have", "has", "had", "having", "get", "got", "make", "made", "take", "took", "go", "went",
        "like", "unlike", "asked", "told", "said", "says", "given", "once", "whether", "either", "neither", "because",
        "unless", "whereas", "whilst", "thus", "hence", "therefore", "otherwise", "nevertheless", "nonetheless", "besides",
        "background", "context", "method", "methods", "methodology", "notes", "summary", "conclusion", "introduction",
        "appendix", "contents", "quality", "cost", "energy", "closing", "timeline", "selected", "rough", "parameter",
        "moon", "rival", "rivals", "time",
        // Words for people's race or origin, capitalised in American style: "the votes of Black residents".
        "black", "white", "indigenous", "hispanic", "latino", "latina",
        // Business functions before a job: "Finance chief Sinead Gorman", "Marketing director …".
        "finance", "marketing", "operations", "sales", "strategy", "compliance", "communications",
    ]

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    static let pronouns: Set<String> = ["he", "she", "they", "it"]

    /// Days and months, which stand before names in datelines and time phrases (not the months that
    /// are also given names: "June Carter", "April Ryan", "August Wilson").
    static let calendarWords: Set<String> = Set(months.keys).subtracting(["may", "june", "april", "august", "jan"])
        .union(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

    /// Every list a word belongs to, in one lookup: the recognizer asks a dozen of these questions
    /// about the words around each name, and hashing the word once per question was a fifth of
    /// extraction time.
    static let classes: [String: WordClass] = {
        let lists: [(Set<String>, WordClass)] = [
            (honorifics, .honorific), (roleWords, .role), (commonCapitalized, .commonCapitalized), (connectors, .connector),
            (nameParticles, .particle), (organizationPrefixes, .organizationPrefix), (organizationSuffixes, .organizationSuffix),
            (lowercaseOrganizationEndings, .lowercaseOrganizationEnding), (speechVerbs, .speechVerb),
            (organizationVerbs, .organizationVerb), (organizationNouns, .organizationNoun),
            (organizationPossessions, .organizationPossession), (productCues, .productCue), (Recognizer.thingCues, .thingCue),
            (placeSuffixes, .placeSuffix), (placePrefixes, .placePrefix), (placeKinds, .placeKind), (holidays, .holiday),
            (Set(months.keys), .month), (weatherEvents, .weatherEvent), (foreignOrganizationOpenings, .foreignOrganizationOpening),
            (resultVerbs, .resultVerb), (partyStances, .partyStance), (compassPoints, .compassPoint), (clubOpeners, .clubOpener),
            (placeQualifiers, .placeQualifier), (partyMembers, .partyMember), (eventEndings, .eventEnding),
            (thingNameEndings, .thingNameEnding), (employerRoles, .employerRole), (companyWords, .companyWord),
            (calendarWords, .calendarWord), (Recognizer.titlesInNames, .titleInName), (FigureFinder.scales, .scale),
            (FigureFinder.currencyWords, .currencyWord), (FigureFinder.notUnits, .notUnit),
            (QuoteFinder.contrastWords, .contrastWord), (QuoteFinder.listenerWords, .listenerWord),
            (legalForms, .legalForm), (groupWords, .groupWord), (Recognizer.compoundTitleEnds, .compoundTitleEnd),
            (placeKindNouns, .placeKindNoun), (Recognizer.runsWhat, .runsWhat), (works, .work),
        ]
        return index(lists)
    }()

    /// `classes` asked on a word's bytes, capitals folded: no lower-case String is made for the
    /// question (only ASCII words; others are lower-cased by Unicode's rules and asked of `classes`).
    static let classTable = ByteTable(classes.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } })

    /// The word lists a word is in, asked on its bytes; `lowered` gives the word in lower case when it is
    /// not ASCII (the caller may have it already).
    @inline(__always) static func classes(ofWord word: UnsafeBufferPointer<UInt8>, lowered: () -> String) -> WordClass {
        word.allSatisfy({ $0 < 0x80 }) ? classTable.value(word, foldingCase: true) ?? [] : classes[lowered()] ?? []
    }

    /// The lists a word of a name is in.
    static func classes(of word: Substring) -> WordClass {
        var bytes = word
        return bytes.withUTF8 { classes(ofWord: $0) { word.lowercased() } }
    }

    /// The lists token `t` of the bytes `b` is in; none when it is no word.
    static func classes(of t: Token, in b: [UInt8]) -> WordClass {
        guard t.kind == .word else { return [] }
        return b.withUnsafeBufferPointer { all in
            classes(ofWord: UnsafeBufferPointer(rebasing: all[t.start..<t.end])) { Recognizer.lowercase(b[t.start..<t.end]) }
        }
    }
}

/// The word lists a lower-case word is in.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64
    static let honorific = WordClass(rawValue: 1 << 0)
    static let role = WordClass(rawValue: 1 << 1)
    static let commonCapitalized = WordClass(rawValue: 1 << 2)
    static let connector = WordClass(rawValue: 1 << 3)
    static let particle = WordClass(rawValue: 1 << 4)
    static let organizationPrefix = WordClass(rawValue: 1 << 5)
    static let organizationSuffix = WordClass(rawValue: 1 << 6)
    static let lowercaseOrganizationEnding = WordClass(rawValue: 1 << 7)
    static let speechVerb = WordClass(rawValue: 1 << 8)
    static let organizationVerb = WordClass(rawValue: 1 << 9)
    static let organizationNoun = WordClass(rawValue: 1 << 10)
    static let organizationPossession = WordClass(rawValue: 1 << 11)
    static let productCue = WordClass(rawValue: 1 << 12)
    static let thingCue = WordClass(rawValue: 1 << 13)
    static let placeSuffix = WordClass(rawValue: 1 << 14)
    static let placePrefix = WordClass(rawValue: 1 << 15)
    static let placeKind = WordClass(rawValue: 1 << 16)
    static let holiday = WordClass(rawValue: 1 << 17)
    static let month = WordClass(rawValue: 1 << 18)
    static let weatherEvent = WordClass(rawValue: 1 << 19)
    static let foreignOrganizationOpening = WordClass(rawValue: 1 << 20)
    static let resultVerb = WordClass(rawValue: 1 << 21)
    static let partyStance = WordClass(rawValue: 1 << 22)
    static let compassPoint = WordClass(rawValue: 1 << 23)
    static let clubOpener = WordClass(rawValue: 1 << 24)
    static let placeQualifier = WordClass(rawValue: 1 << 25)
    static let partyMember = WordClass(rawValue: 1 << 26)
    static let eventEnding = WordClass(rawValue: 1 << 27)
    static let thingNameEnding = WordClass(rawValue: 1 << 28)
    static let employerRole = WordClass(rawValue: 1 << 29)
    static let companyWord = WordClass(rawValue: 1 << 30)
    static let calendarWord = WordClass(rawValue: 1 << 31)
    static let titleInName = WordClass(rawValue: 1 << 32)
    static let scale = WordClass(rawValue: 1 << 33)
    static let currencyWord = WordClass(rawValue: 1 << 34)
    static let notUnit = WordClass(rawValue: 1 << 35)
    static let contrastWord = WordClass(rawValue: 1 << 36)
    static let listenerWord = WordClass(rawValue: 1 << 37)
    static let legalForm = WordClass(rawValue: 1 << 38)
    static let groupWord = WordClass(rawValue: 1 << 39)
    static let compoundTitleEnd = WordClass(rawValue: 1 << 40)
    static let placeKindNoun = WordClass(rawValue: 1 << 41)
    static let runsWhat = WordClass(rawValue: 1 << 42)
    static let work = WordClass(rawValue: 1 << 43)
}

/// The case-sensitive lists a name as written is in ("NHS", "KC", "Amazon").
struct FormClass: OptionSet, Sendable {
    let rawValue: UInt16
    static let institution = FormClass(rawValue: 1 << 0)
    static let nonEntityAcronym = FormClass(rawValue: 1 << 1)
    static let postNominal = FormClass(rawValue: 1 << 2)
    static let shortForm = FormClass(rawValue: 1 << 3)
    static let ordinaryWordPlace = FormClass(rawValue: 1 << 4)
    static let riverOrRegion = FormClass(rawValue: 1 << 5)
    static let nationalityNoun = FormClass(rawValue: 1 << 6)
    static let disease = FormClass(rawValue: 1 << 7)
    static let peoples = FormClass(rawValue: 1 << 8)
}

extension WordLists {
    /// Every case-sensitive list a name is in, in one lookup on its bytes: each candidate name was
    /// hashed again for each of these lists.
    static let formTable: ByteTable<FormClass> = {
        let lists: [(Set<String>, FormClass)] = [
            (institutions, .institution), (nonEntityAcronyms, .nonEntityAcronym), (postNominals, .postNominal),
            (Set(shortForms.keys), .shortForm), (ordinaryWordPlaces, .ordinaryWordPlace), (riversAndRegions, .riverOrRegion),
            (nationalityNouns, .nationalityNoun), (diseaseNames, .disease), (peoples, .peoples),
        ]
        return ByteTable(index(lists))
    }()

    /// The case-sensitive lists `form` is in.
    static func formClasses(_ form: String) -> FormClass {
        formTable.value(form) ?? []
    }

    /// Each word of the lists, with every class whose list holds it.
    static func index<Classes: OptionSet>(_ lists: [(Set<String>, Classes)]) -> [String: Classes] where Classes.Element == Classes {
        var classes: [String: Classes] = [:]
        for (list, kind) in lists {
            for word in list { classes[word, default: []].insert(kind) }
        }
        return classes
    }
}
