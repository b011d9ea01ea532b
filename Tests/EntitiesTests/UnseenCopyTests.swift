// Shapes of wire copy the extractor got wrong when first shown it: match results, lists of
// organisations, initials, "and" inside and between names, people whose given names the lists lack,
// British quotation marks and counties.

@testable import Entities
import Testing

@Test func sidesOfAMatchResultAreTeams() {
    let text = "Inter Milan beat Barcelona 4-3 after extra time. Barcelona manager Hansi Flick was angry. Aston Villa drew 1-1 with Werder Bremen, and Bayer Leverkusen lost 2-1 to Eintracht Frankfurt."
    #expect(names(text, .organization) == ["Inter Milan", "Barcelona", "Aston Villa", "Werder Bremen", "Bayer Leverkusen", "Eintracht Frankfurt"])
    #expect(names(text, .place).isEmpty)
    #expect(names(text, .person) == ["Hansi Flick"])
    // Players, whose sets come in twos, stay people; a country's team stays the country.
    #expect(names("Jannik Sinner beat Carlos Alcaraz 6-4, 6-2 in Rome.", .person) == ["Jannik Sinner", "Carlos Alcaraz"])
    #expect(names("England beat Wales 2-0 on Saturday.", .place) == ["England", "Wales"])
    // A club's name of a word and a city, with or without a result; a storm is nobody.
    #expect(names("He joined Werder Bremen in 2019.", .organization) == ["Werder Bremen"])
    #expect(names("The storm, named Hurricane Milton, made landfall.", .person).isEmpty)
    // A city named first as a place turns out to be the club; stores in a city are not its team.
    let table = extractor.extract([TextBlock(.paragraph, "Arsenal beat Chelsea 3-1 to move two points clear of Liverpool. Liverpool, who drew 1-1 at Villa Park on Saturday, are second. Liverpool are unbeaten at home.")])
    #expect(table.entities(of: .organization).map(\.name) == ["Arsenal", "Chelsea", "Liverpool"])
    #expect(table.entities(of: .organization)[2].mentions == 3 && table.entities(of: .place).map(\.name) == ["Villa Park"])
    #expect(names("About 13 percent of stores in Athens were affected.", .place) == ["Athens"])
    #expect(names("Barcelona's B team lost.", .organization).isEmpty)
}

@Test func whatANameOwnsAndWhatItIsCalled() {
    // A name owning a player is the team; "which" is said of no person; "known as" gives an acronym.
    let f1 = extractor.extract([TextBlock(.paragraph, "Red Bull's Max Verstappen won, ahead of McLaren's Lando Norris. Red Bull team principal Christian Horner was pleased.")])
    #expect(f1.entities(of: .organization).map(\.name) == ["Red Bull", "McLaren"])
    #expect(f1.entities(of: .person).map(\.name) == ["Max Verstappen", "Lando Norris", "Christian Horner"])
    #expect(names("Shares fell. Maersk, which controls a sixth of container capacity, said so.", .organization) == ["Maersk"])
    let tsmc = extractor.extract([TextBlock(.paragraph, "Taiwan Semiconductor Manufacturing Co., known as TSMC, makes the chips. TSMC shares rose.")])
    #expect(tsmc.entities(of: .organization).map(\.name) == ["Taiwan Semiconductor Manufacturing"])
    #expect(tsmc.entities(of: .organization).first?.mentions == 3 && tsmc.entities(of: .product).isEmpty)
    #expect(names("Mahindra & Mahindra and Maruti Suzuki, its main domestic rivals, were little changed.", .organization) == ["Mahindra & Mahindra", "Maruti Suzuki"])
    // Short forms and channels: the Fed is the Federal Reserve; Radio 4 is a broadcaster's, not a version.
    let fed = extractor.extract([TextBlock(.paragraph, "The Federal Reserve held rates. “The Fed is worried,” she said. Later the Fed said more.")])
    #expect(fed.entities(of: .organization).map(\.name) == ["Federal Reserve"] && fed.entities(of: .organization)[0].mentions == 3)
    #expect(names("The Fed held rates.", .organization) == ["Federal Reserve"])
    #expect(names("She told BBC Radio 4's Today programme it was uncertain.", .organization) == ["BBC Radio 4"])
    #expect(names("A No 10 spokesman said the vote would go ahead.", .organization) == ["No 10"])
    #expect(extractor.extract([TextBlock(.paragraph, "A No 10 spokesman said 40 jobs would go.")]).figures.map(\.text) == ["40 jobs"])
    // An amount after a name is no version of it.
    let amount = extractor.extract([TextBlock(.paragraph, "The measure would cost the Treasury 40 billion reais over a decade.")])
    #expect(amount.entities(of: .product).isEmpty && amount.figures.map(\.text) == ["40 billion reais"])
    // A company's name opens a brand, not a person's; an institution's initials refer to the name given.
    #expect(names("The increase follows moves by rivals Apple Music and YouTube Music.", .person).isEmpty)
    #expect(names("Shares in Taiwan Semiconductor Manufacturing Co rose. TSMC said revenue rose.", .organization) == ["Taiwan Semiconductor Manufacturing"])
    #expect(names("Macron hailed the deal on X, formerly Twitter.", .organization) == ["X"])
    #expect(names("Investment was delayed in the states of Ceara and Rio Grande do Norte.", .place) == ["Ceara", "Rio Grande do Norte"])
}

@Test func peopleWhoseNamesTheListsLack() {
    // A given name the gazetteers lack, before a surname that is also a town's.
    #expect(names("In the women's race, Sifan Hassan of the Netherlands won.", .person) == ["Sifan Hassan"])
    #expect(names("The mark was set by compatriot Eliud Kipchoge in Berlin.", .person) == ["Eliud Kipchoge"])
    #expect(names("Hassan, the Olympic champion, said she struggled.", .person) == ["Hassan"])
    // Foreign institutions keep their particles without becoming people; British papers write Nasa.
    #expect(names("Charles Cadieux, a researcher at the Université de Montréal, led it.", .organization) == ["Université de Montréal"])
    #expect(names("The European Space Agency and Nasa operate the telescope.", .organization) == ["European Space Agency", "Nasa"])
    #expect(names("Prosecutors said he lied. The Securities and Exchange Commission has sued.", .organization) == ["Securities and Exchange Commission"])
}

@Test func listsInitialsListenersAndWhatTheCompanySaid() {
    // The next name in a list an organisation opens; a common word opening a longer name that acts.
    #expect(names("It was led by General Catalyst, with existing investors Lightspeed Venture Partners, Andreessen Horowitz and Nvidia.", .organization)
        == ["General Catalyst", "Lightspeed Venture Partners", "Andreessen Horowitz", "Nvidia"])
    #expect(names("Representatives for Ministry of Science and Technology did not respond.", .organization) == ["Ministry of Science and Technology"])
    // The first of a list whose next name is an organisation's by its shape; not inside "the … and … Council".
    #expect(names("Investors include Andreessen Horowitz, Sequoia Capital and others.", .organization) == ["Andreessen Horowitz", "Sequoia Capital"])
    #expect(!names("Funding came from the Natural Sciences and Engineering Research Council of Canada.", .organization).contains("Natural Sciences"))
    #expect(names("Mercedes driver George Russell was seventh. Davy Stockbrokers analyst Stephen Furlong agreed.", .organization) == ["Mercedes", "Davy Stockbrokers"])
    // Offices named with a possessive inside; Australia's Labor party.
    #expect(names("The Maricopa County Sheriff's Office and the Manhattan District Attorney's Office said so.", .organization)
        == ["Maricopa County Sheriff's Office", "Manhattan District Attorney's Office"])
    #expect(names("Opposition leader Peter Dutton accused Labor of mismanagement.", .organization) == ["Labor"])
    #expect(names("The House approved it, with Speaker Mike Johnson relying on Democratic votes.", .person) == ["Mike Johnson"])
    // A listed company's whole name opening a sentence keeps its common first word.
    #expect(names("Storage lags. National Grid, which runs the network, said so.", .organization) == ["National Grid"])
    #expect(names("Manchester United beat Liverpool 2-1 at Old Trafford on Sunday.", .organization) == ["Manchester United", "Liverpool"])
    // Initials of a name the text gave, with a possessive too; a union named before the word "union".
    let gm = extractor.extract([TextBlock(.paragraph, "The United Auto Workers union struck plants owned by General Motors and Ford. Workers at GM's plant walked out. The ECB's board met.")])
    #expect(gm.entities(of: .organization).map(\.name) == ["United Auto Workers", "General Motors", "Ford", "ECB"])
    #expect(gm.entities(of: .organization)[1].mentions == 2)
    // An acronym before a title; an employer before an analyst.
    #expect(names("The United Auto Workers union struck. UAW President Dale Brennan said so.", .organization) == ["United Auto Workers"])
    #expect(names("Shares rose. Bernstein analyst Bruno Marchetti said the price was high.", .organization) == ["Bernstein"])
    // A newspaper a person told; a job at the end of a long description; a clause is no description.
    #expect(names("“We want to build a champion,” Arthur Mensch told Le Monde.", .organization) == ["Le Monde"])
    #expect(names("Klaas Knot, the former Dutch central bank governor, is among those tipped.", .person) == ["Klaas Knot"])
    #expect(names("Danish drugmaker Bavarian Nordic, which makes the only approved mpox vaccine, said it could help.", .organization) == ["Bavarian Nordic"])
    #expect(names("Labour held the seat of Runcorn and Helsby by six votes.", .place).first == "Runcorn")
    // "The company said": the organisation the story is about, not the court it appeals to.
    let apple = extractor.extract([
        TextBlock(.paragraph, "The European Commission fined Apple on Monday. Apple said it would appeal to the General Court in Luxembourg."),
        TextBlock(.paragraph, "The Cupertino, California-based company said the decision ignored “a thriving, competitive and fast-growing market”."),
    ])
    #expect(apple.quotes.map(\.speaker) == ["Apple"])
}

@Test func whereAndJoinsOneNameAndWhereTwo() {
    // A field of what an organisation does goes on past "and"; a whole name, or a list, does not.
    #expect(names("China's Ministry of Industry and Information Technology said sales rose.", .organization) == ["Ministry of Industry and Information Technology"])
    #expect(names("The US Food and Drug Administration approved it.", .organization) == ["US Food and Drug Administration"])
    #expect(names("The United Nations Relief and Works Agency said 150 staff had died.", .organization) == ["United Nations Relief and Works Agency"])
    #expect(names("Kroger fell. The United Food and Commercial Workers International Union objected.", .organization)
        == ["Kroger", "United Food and Commercial Workers International Union"])
    #expect(names("Scandals hit group companies Daihatsu and Hino Motors.", .organization) == ["Daihatsu", "Hino Motors"])
    #expect(names("Talks between Real Halcyon and Falcon Press ended.", .organization) == ["Real Halcyon", "Falcon Press"])
    #expect(names("The Orion Institute for Economic Studies and Harborview Pictures agreed.", .organization) == ["Orion Institute for Economic Studies", "Harborview Pictures"])
    // A capitalised particle may end a name; palaces are places; honours are not organisations.
    #expect(names("“Scale matters,” said Tu Le, founder of Sino Auto Insights.", .person) == ["Tu Le"])
    // Regions by their compass point; a people in the plural is no organisation, a region in the plural stays a place.
    #expect(names("Rains pounded East Africa and Southeast Asia, and flooded the Balkans.", .place) == ["East Africa", "Southeast Asia", "Balkans"])
    #expect(names("About 49.9% of Argentines and many Britons lived below the line.", .organization).isEmpty)
    // A subject described as an organisation is one, whatever town shares its name; a place stays one after "in".
    #expect(names("President Claudia Sheinbaum spoke. Morena, Sheinbaum's party, holds a majority.", .organization) == ["Morena"])
    #expect(names("Sales in Singapore, the company said, rose.", .place) == ["Singapore"])
    let palace = extractor.extract([TextBlock(.paragraph, "She was stripped of her CBE, Buckingham Palace said on Friday.")])
    #expect(palace.entities(of: .place).map(\.name) == ["Buckingham Palace"] && palace.entities(of: .organization).isEmpty && palace.entities(of: .person).isEmpty)
}

@Test func britishCopyQuotesWithSingleMarks() {
    // ‘…,’ said Name; a quotation that runs on into the next paragraph; plural possessives inside do not close it.
    let found = extractor.extract([
        TextBlock(.paragraph, "Analysts were unsurprised. ‘Capacity is tight across Europe,’ said Ruth Albright of Davy. ‘Every airline is pricing up.’"),
        TextBlock(.paragraph, "Union leader Sharon Graham was defiant. ‘We will not accept this offer from the bosses."),
        TextBlock(.paragraph, "‘The workers’ union wants a rise, and the company made £2bn,’ she said."),
    ])
    #expect(found.quotes.map(\.speaker) == ["Ruth Albright", "Ruth Albright", "Sharon Graham"])
    #expect(found.quotes.map(\.text).last?.hasPrefix("We will not accept this offer from the bosses. The workers’ union wants") == true)
    // Typed without smart punctuation too; and where a paragraph has double marks, its apostrophes stay apostrophes.
    #expect(extractor.extract([TextBlock(.paragraph, "'Prices will rise again,' said Ruth Albright.")]).quotes.map(\.speaker) == ["Ruth Albright"])
    #expect(extractor.extract([TextBlock(.paragraph, "The workers’ union said “talks have failed again”, and the bosses’ side agreed.")]).quotes.map(\.text) == ["talks have failed again"])
}

@Test func aClauseAfterACommaDescribesNoName() {
    // ", as its new boss" goes on with the sentence: it says nothing of the company before the comma.
    let found = extractor.extract([TextBlock(.paragraph, "Starbucks named Brian Niccol, the chief executive of Chipotle Mexican Grill, as its new boss. Chipotle's shares fell.")])
    #expect(found.entities(of: .organization).map(\.name) == ["Starbucks", "Chipotle Mexican Grill"])
    #expect(found.entities(of: .person).map(\.name) == ["Brian Niccol"])
    // After a dateline's dash the text opens: "Mining giant" is no organisation named Mining. Brent crude is oil.
    #expect(names("RIO DE JANEIRO — Mining giant Vale SA signed a settlement.", .organization) == ["Vale SA"])
    #expect(names("Oil rose. Brent crude, the global benchmark, traded at $74.50 a barrel.", .place).isEmpty)
    // A plan or an event named with its year.
    #expect(names("Dividends fund Vision 2030, his plan to diversify the economy. Expo 2030 opens soon.", .organization).isEmpty)
}

@Test func carmakersNamedWithMotor() {
    // "Nissan" is also a given name: "Motor" after it makes the carmaker, and the quotation is its chief's.
    let found = extractor.extract([TextBlock(.paragraph, "Nissan Motor and Honda Motor have ended talks. “It was difficult to reach an agreement,” Nissan chief executive Makoto Uchida said.")])
    #expect(found.entities(of: .organization).map(\.name) == ["Nissan Motor", "Honda Motor"])
    #expect(found.quotes.map(\.speaker) == ["Makoto Uchida"])
}

@Test func listedCompaniesAsNewsWritesThem() {
    // "and" for the index list's "&", no accents, no "Companies".
    #expect(names("Marks and Spencer said sales rose. Estee Lauder said demand slowed.", .organization) == ["Marks and Spencer", "Estee Lauder"])
}

@Test func britishCountiesAndCompassCompanies() {
    #expect(names("Discharges polluted rivers in Kent, East Sussex and Hampshire.", .place) == ["Kent", "East Sussex", "Hampshire"])
    // English names of cities the city list writes in their own language.
    #expect(names("Córdoba and Seville were above 45C; Cologne and Venice were spared.", .place) == ["Córdoba", "Seville", "Cologne", "Venice"])
    #expect(names("Southern Water has been fined a record £90 million.", .person).isEmpty)
    #expect(names("Southern Water has been fined a record £90 million.", .organization) == ["Southern Water"])
}

@Test func aSpeakerNamedAfterWhoseDeputyTheyAre() {
    #expect(speakers("Opposition leader Samuel Otieno was scathing. “Nobody saw this coming,” admitted Otieno's deputy, Ruth Wambui, on the radio.") == ["Ruth Wambui"])
}

@Test func ordinaryWordsOpeningASentenceAndNamesOfFirms() {
    // An ordinary English word before a job is not the firm the person works for; a firm's name is.
    #expect(names("Prices rose. Industry analyst Jane Dorsey said demand was weak.", .organization).isEmpty)
    #expect(names("Voters were tired. Political scientist Meera Pillai said so.", .organization).isEmpty)
    #expect(names("Prices rose. Jefferies analyst Jane Dorsey said demand was weak.", .organization) == ["Jefferies"])
    // Firms by the last word of their names.
    #expect(names("Maya Lindqvist, a policy analyst at the Brookings Institution, said so.", .organization) == ["Brookings Institution"])
    #expect(names("Analyst Tatiana Cirisano of MIDiA Research said streaming was growing.", .organization) == ["MIDiA Research"])
    #expect(names("The film was produced by Taylor Swift Productions.", .person).isEmpty)
    // A party's acronym with its branch is the party; a people with its compass point is nobody.
    let bjp = extractor.extract([TextBlock(.paragraph, "Narendra Modi's Bharatiya Janata Party won. The BJP's state president, Rajeev Chandrasekhar, said so.")])
    #expect(bjp.entities(of: .place).isEmpty && bjp.entities(of: .organization).map(\.name) == ["Bharatiya Janata Party"])
    #expect(names("After reunification, East German officials resisted.", .person).isEmpty)
    #expect(names("It was a venture backed by the Trump family.", .product).isEmpty)
    // Countries whose names hold "and"; a person's nickname.
    #expect(names("Debris fell on Trinidad and Tobago and the Turks and Caicos Islands.", .place) == ["Trinidad and Tobago", "Turks and Caicos Islands"])
    #expect(names("Officials in Bosnia and Herzegovina said so.", .organization).isEmpty)
    let cz = extractor.extract([TextBlock(.paragraph, "Changpeng Zhao pleaded guilty. Zhao, widely known as CZ, served four months. CZ wrote on X.")])
    #expect(cz.entities(of: .person).first?.mentions == 4 && !cz.entities(of: .organization).map(\.name).contains("CZ"))
}

@Test func partiesBrandsAndPlacesByWhatTheTextSaysOfThem() {
    #expect(names("Marine Le Pen, the leader of the far-right National Rally, spoke.", .organization) == ["National Rally"])
    #expect(names("Fitch Ratings downgraded the bonds.", .organization) == ["Fitch Ratings"])
    // What a company makes and sells is a brand, not another company.
    #expect(names("Shares in the maker of KitKat and Nescafé fell.", .product) == ["KitKat", "Nescafé"])
    #expect(names("Sales of Wegovy slowed.", .product) == ["Wegovy"])
    // A crater is a place; so is a compass point with a place; a body named for its country is an organisation.
    #expect(names("The rover landed in Jezero Crater in 2021.", .place) == ["Jezero Crater"])
    #expect(names("Exports from North Wales rose, as did those from West London.", .place) == ["North Wales", "West London"])
    #expect(names("Transport for Wales told passengers not to travel.", .organization) == ["Transport for Wales"])
    #expect(names("Police Scotland said so.", .organization) == ["Police Scotland"])
}

@Test func theSubjectOfASentenceSetOffByCommasSpeaksAndSpeaksAgain() {
    let text = "Emmanuel Macron reappointed Sébastien Lecornu. Lecornu, 39, a close ally of Macron and former armed forces minister, said he accepted \"out of duty\". \"I will do everything to give France a budget,\" he wrote on X."
    let quotes = extractor.extract([TextBlock(.paragraph, text)]).quotes
    #expect(quotes.map(\.speaker) == ["Sébastien Lecornu", "Sébastien Lecornu"])
}

@Test func clausesAfterANameAndCompaniesOfOneFamily() {
    // A participle after the comma opens a clause about someone else; a job with one stays a description.
    let text = "Neal Katyal, representing a group of small businesses led by V.O.S. Selections, a New York wine importer, told the court that the law \"doesn't even mention tariffs.\""
    let katyal = extractor.extract([TextBlock(.paragraph, text)])
    #expect(katyal.entities(of: .person).map(\.name) == ["Neal Katyal"] && katyal.quotes.first?.speaker == "Neal Katyal")
    #expect(names("Emeka Yilmaz, sporting director at Real Prescott, said so.", .person) == ["Emeka Yilmaz"])
    // A description that is an organisation's own name; two legal forms, two companies; families are no companies.
    #expect(names("Gavi, the Vaccine Alliance, said it had ordered more doses.", .organization).contains("Gavi"))
    #expect(names("Shares in Porsche AG fell. Porsche SE, the holding company of the Porsche and Piëch families, said so.", .organization) == ["Porsche AG", "Porsche SE"])
}

@Test func countriesAndFirmsDescribedLikePeopleAndVerbsOpeningASentence() {
    #expect(names("India refused to travel to Pakistan, the official host, for security reasons.", .person).isEmpty)
    #expect(names("Rivals such as Adevinta, the owner of Leboncoin, and eBay had complained.", .person).isEmpty)
    #expect(names("It lost to the Peronist coalition Fuerza Patria.", .organization) == ["Fuerza Patria"])
    #expect(names("The match was tense. Chasing 265, India reached their target.", .place) == ["India"])
    #expect(names("It was late. Boeing 737 jets were grounded.", .product) == ["Boeing 737"])
}

@Test func anAmpersandNameBeforeAndAndASpeakerTheSexListsMisread() {
    #expect(names("Fidelity Management & Research and Lightspeed Venture Partners co-led the round.", .organization)
            == ["Fidelity Management & Research", "Lightspeed Venture Partners"])
    // The lists give "Krishna" to women only; the one person named in the paragraph is still the "he" who speaks.
    let text = "Chief financial officer Krishna Rao said the money would fund research. \"This is a reflection of the demand we are seeing,\" he said."
    #expect(extractor.extract([TextBlock(.paragraph, text)]).quotes.first?.speaker == "Krishna Rao")
}

@Test func clubsAndLendersNamedForTheirCities() {
    #expect(names("Lenders such as Nationwide, Barclays and Santander have cut rates. Paris prosecutor Laure Beccuau said so.", .organization)
            == ["Nationwide", "Barclays", "Santander"])
    #expect(names("Paris prosecutor Laure Beccuau said so.", .place) == ["Paris"])
    #expect(names("The winners will face Atlético Madrid. He joined Sporting Lisbon in 2019.", .organization) == ["Atlético Madrid", "Sporting Lisbon"])
    // A headline's "Man City" is Manchester City, and "Man" alone there is no island.
    let match = extractor.extract([TextBlock(.title, "Real Madrid Beat Man City 3-2 As Mbappé Scores Twice"),
                                   TextBlock(.paragraph, "Kylian Mbappé scored twice as Real Madrid beat Manchester City 3-2.")])
    #expect(match.entities(of: .place).isEmpty && match.entities(of: .organization).map(\.name).contains("Manchester City"))
}

@Test func aJobTheListsLackOpeningASentence() {
    let text = "It erupted. Geologist Thorvaldur Thordarson of the University of Iceland said so. \"We are at the start,\" he said."
    let found = extractor.extract([TextBlock(.paragraph, text)])
    #expect(found.entities(of: .person).map(\.name) == ["Thorvaldur Thordarson"] && found.quotes.first?.speaker == "Thorvaldur Thordarson")
    // A company's first word that is also such a word stays in its name.
    #expect(names("Prices fell. Meridian Retail AG said so.", .organization) == ["Meridian Retail"])
}

@Test func whatAnOrganisationOwnsAndWhoOpensADatelineSentence() {
    // A name of its own that an organisation just named owns is its product; its people and boards are not.
    #expect(names("The agency approved Bristol Myers Squibb's Cobenfy. Cobenfy, which combines two compounds, works differently.", .product) == ["Cobenfy"])
    #expect(names("NASA's Perseverance rover landed in 2021.", .product) == ["Perseverance"])
    let owned = extractor.extract([TextBlock(.paragraph, "Apple's Tim Cook spoke. Meta's Oversight Board met.")])
    #expect(owned.entities(of: .product).isEmpty && owned.entities(of: .person).map(\.name) == ["Tim Cook"])
    // After a dateline's dash: "Tickets for Oasis's …" is Oasis; "Fan Rachel Dunmore" is Rachel Dunmore.
    let oasis = extractor.extract([TextBlock(.paragraph, "LONDON — Tickets for Oasis's first tour sold out. Fan Rachel Dunmore, 34, queued for hours.")])
    #expect(oasis.entities(of: .organization).map(\.name) == ["Oasis"] && oasis.entities(of: .person).map(\.name) == ["Rachel Dunmore"])
    #expect(names("HANOI — Friends of Amsterdam has denied any wrongdoing.", .place) == ["Hanoi"])
}

@Test func waterCompaniesRegulatorsAndClausesThatBringTheirOwnSpeaker() {
    let thames = extractor.extract([TextBlock(.paragraph, "Shares in Thames Water fell. The regulator Ofwat said it was reviewing the plan. Chris Weston, its chief executive, spoke. \"We recognise that customers have been let down,\" he told the BBC's Today programme.")])
    #expect(thames.entities(of: .organization).map(\.name) == ["Thames Water", "Ofwat", "BBC"] && thames.entities(of: .person).map(\.name) == ["Chris Weston"])
    #expect(thames.quotes.first?.speaker == "Chris Weston")
    let parties = extractor.extract([TextBlock(.paragraph, "The Democratic Party said the ruling showed \"no one is above the law\", while the People Power Party said it was politically motivated.")])
    #expect(parties.quotes.first?.speaker == "Democratic Party")
    #expect(names("Earlier, regulator Jane Smith said so.", .person) == ["Jane Smith"])
}

@Test func foundersAndTowers() {
    let text = "The company, founded in China by Xu Yangtian, grew. Its rival was founded by Harbour Capital Partners. Trump Tower was lit."
    let found = extractor.extract([TextBlock(.paragraph, text)])
    #expect(found.entities(of: .person).map(\.name) == ["Xu Yangtian"])
    #expect(found.entities(of: .organization).map(\.name) == ["Harbour Capital Partners"])
    #expect(found.entities(of: .place).map(\.name) == ["China", "Trump Tower"])
}

@Test func anOrganisationsPossessiveOpeningASentence() {
    // The possessive token still ends like an organisation's name.
    #expect(names("Harbour Bank's creditors agreed.", .organization) == ["Harbour Bank"])
    #expect(names("Thames Water's senior creditors have agreed.", .organization) == ["Thames Water"])
}

@Test func brandsAfterTheirMakerAndNoGod() {
    #expect(names("The maker of Dove soap and Hellmann's mayonnaise cut jobs.", .product) == ["Dove", "Hellmann"])
    #expect(names("Eli Lilly grew. Sales of Wegovy slowed and Lilly's rival drug Zepbound gained.", .product) == ["Wegovy", "Zepbound"])
    #expect(names("\"With God's help, we will bring them all home,\" he said.", .organization).isEmpty)
}

@Test func anAcronymOpeningASentenceWithADescription() {
    #expect(names("Aid waited. UNRWA, the UN agency for Palestinian refugees, said it had 6,000 trucks waiting.", .organization).first == "UNRWA")
    #expect(names("LONDON, Oct 5 (Reuters) - Shares fell.", .place) == ["London"])
}

@Test func publicBodiesNamedForTheNations() {
    let text = "The list fell, NHS England figures show. BBC Scotland said so. Historic England said so. Kevin England said so."
    let found = extractor.extract([TextBlock(.paragraph, text)])
    #expect(found.entities(of: .organization).map(\.name) == ["NHS England", "BBC Scotland", "Historic England"])
    #expect(found.entities(of: .person).map(\.name) == ["Kevin England"])
}

@Test func initialsBeforeWhatKindOfOrganisationTheyAre() {
    let text = "The United Nations said it was ready. UNRWA, the UN agency for refugees, said so."
    #expect(names(text, .organization) == ["United Nations", "UNRWA"])
}

@Test func aLongNameWithAnOrdinaryWordInsideIsNobodys() {
    #expect(names("Counter Terrorism Policing North West is leading the investigation.", .person).isEmpty)
    #expect(names("Solicitor General D. John Sauer argued. Amy Coney Barrett listened.", .person) == ["D. John Sauer", "Amy Coney Barrett"])
}

@Test func theArticleOpeningASentenceIsNobodysGivenName() {
    // The given-name lists hold "The"; a sentence's article is still no name before "for".
    #expect(names("The Alternative for Germany, which leads some polls, voted against.", .organization) == ["Alternative for Germany"])
    #expect(names("Joseph Moore of Morgan Stanley said so.", .person) == ["Joseph Moore"])
}

@Test func listedCompaniesTheIndexWroteWithADisambiguationAndListsAfterIncluding() {
    // The index list wrote "Rio Tinto (corporation)"; the gazetteer script keeps the name.
    #expect(names("Rio Tinto said it would replace its chief executive.", .organization) == ["Rio Tinto"])
    #expect(names("It works with Chinese partners, including Chinalco and Baowu Steel.", .organization) == ["Chinalco", "Baowu Steel"])
    let ghana = extractor.extract([TextBlock(.paragraph, "Rates held. Economist Courage Kingsley Martey of Databank Group said the bank was cautious.")])
    #expect(ghana.entities(of: .person).map(\.name) == ["Courage Kingsley Martey"] && ghana.entities(of: .organization).map(\.name) == ["Databank Group"])
}

@Test func twoOrdinaryWordsNameNoPerson() {
    // "Game Pass", "Fifth Circuit": English words nobody's name opens with; "Tiger Woods" still a person.
    #expect(names("It adds the games to Game Pass subscribers.", .person).isEmpty)
    #expect(names("The Fifth Circuit said the law was likely unconstitutional.", .organization) == ["Fifth Circuit"])
    #expect(names("Tiger Woods said he would play.", .person) == ["Tiger Woods"])
}

@Test func bodiesNamedForWhatTheyAreOf() {
    #expect(names("The Confederation of British Industry urged ministers to cut taxes.", .organization) == ["Confederation of British Industry"])
    // What someone heads is an organisation, even when its name reads like a person's.
    #expect(names("Ortberg, a former head of Rockwell Collins, said he would move.", .organization) == ["Rockwell Collins"])
}

@Test func aNameThatWhereFollowsAfterInIsAPlace() {
    #expect(names("They sheltered in a school in Nea Makri where evacuees slept.", .place) == ["Nea Makri"])
    #expect(names("They sheltered in a school in Nea Makri where evacuees slept.", .person).isEmpty)
}

@Test func heSaidAfterTheParagraphsOnePersonWhateverTheListsGuessOfTheName() {
    // The lists give "Raila" as a woman's name; the one person of the paragraph speaks, not someone named before.
    let found = extractor.extract([
        TextBlock(.paragraph, "Finance Minister Njuguna Ndung’u had defended the measures."),
        TextBlock(.paragraph, "Opposition leader Raila Odinga urged dialogue. “The government must listen to the young people,” he said."),
    ])
    #expect(found.quotes.map(\.speaker) == ["Raila Odinga"])
    // A second quotation opening the next sentence continues the first speaker's.
    #expect(speakers("“We have lost everything,” said Maria Kontou, 67, standing outside a school in Nea Makri where evacuees were sheltering. “My house, my olive trees, all of it.”") == ["Maria Kontou", "Maria Kontou"])
}

@Test func clockTimesAreNoFiguresAndUnitsJoinedByAHyphenAre() {
    let found = extractor.extract([TextBlock(.paragraph, "The 121-meter rocket lifted off at 7:30 a.m. with 40 people aboard.")])
    #expect(found.figures.map(\.text) == ["121-meter", "40 people"])
}

@Test func titlesOfPlacesAndPeopleFromThem() {
    // A title of a place with no name after it is no person; a place before the name is skipped.
    let royal = extractor.extract([TextBlock(.paragraph, "The Princess of Wales presented the trophy. Mayor of London Sadiq Khan said so.")])
    #expect(royal.entities(of: .person).map(\.name) == ["Sadiq Khan"])
    #expect(royal.entities(of: .place).map(\.name) == ["Wales"])
    // "of" and a country after a player's name is where the player is from.
    let final = extractor.extract([TextBlock(.paragraph, "Iga Swiatek of Poland beat Amanda Anisimova of the United States 6-0, 6-0.")])
    #expect(final.entities(of: .person).map(\.name) == ["Iga Swiatek", "Amanda Anisimova"])
    #expect(final.entities(of: .place).map(\.name) == ["Poland", "United States"] && final.entities(of: .organization).isEmpty)
    // The field of an office is no part of a name: "Saudi Energy" is nothing, "EU" the holder.
    let offices = extractor.extract([TextBlock(.paragraph, "Saudi Energy Minister Prince Abdulaziz bin Salman pushed members. EU Trade Commissioner Maros Sefcovic agreed.")])
    #expect(offices.entities(of: .organization).map(\.name) == ["EU"])
    #expect(offices.entities(of: .person).map(\.name) == ["Abdulaziz bin Salman", "Maros Sefcovic"])
}

@Test func eventsAndPlacesThatOwnThings() {
    // A tour or a cup is an event, no organisation; a tower owning its top floor is still a place.
    #expect(names("Taylor Swift's Eras Tour has become the first tour to gross $2 billion.", .organization).isEmpty)
    let paris = extractor.extract([TextBlock(.paragraph, "In Paris, the Eiffel Tower's top floor was closed to visitors.")])
    #expect(paris.entities(of: .place).map(\.name) == ["Paris", "Eiffel Tower"] && paris.entities(of: .organization).isEmpty)
    let yields = extractor.extract([TextBlock(.paragraph, "The yield dipped 3 basis points to 3.52%.")])
    #expect(yields.figures.map(\.text) == ["3 basis points", "3.52%"])
}

@Test func shortAttributedQuotesOperatorsAndAbbreviations() {
    // "“It hurts,” Allen said." is a quotation, and the one after it continues it.
    #expect(speakers("Josh Allen threw for 237 yards. “It hurts,” Allen said. “We’ll be back.”") == ["Josh Allen", "Josh Allen"])
    #expect(names("They reached their fifth Super Bowl in six seasons.", .person).isEmpty)
    // An operator's name ends before a listed maker's model; "Habitat for Humanity" opens a sentence whole.
    let crash = extractor.extract([TextBlock(.paragraph, "An Air India Boeing 787 crashed. Habitat for Humanity said it would help. Help came from the U.S. National Transportation Safety Board.")])
    // (The maker its model's name opens with is named too.)
    #expect(crash.entities(of: .organization).map(\.name) == ["Air India", "Boeing", "Habitat for Humanity", "National Transportation Safety Board"])
    #expect(crash.entities(of: .product).map(\.name) == ["Boeing 787"])
}

@Test func townsNothingKnowsAfterInAndCourtsForACircuit() {
    let found = extractor.extract([TextBlock(.paragraph, "Councillors in Redhill voted. He took a holiday in Crete. Investors bought a stake in Zanthera.")])
    #expect(found.entities(of: .place).map(\.name) == ["Redhill", "Crete"])
    #expect(names("The U.S. Court of Appeals for the Fifth Circuit ruled.", .organization) == ["Court of Appeals for the Fifth Circuit"])
    // What someone founded is an organisation, even named like a thing ("Games").
    #expect(names("Marcus Fennimore, the founder of Lantern Games, said so.", .organization) == ["Lantern Games"])
}

@Test func theTailOfALongNameAndDotsCopyDrops() {
    // "The Fifth Circuit" later is the court named in full before.
    let court = extractor.extract([TextBlock(.paragraph, "The U.S. Court of Appeals for the Fifth Circuit ruled on Friday. The Fifth Circuit said the law was unconstitutional.")])
    #expect(court.entities(of: .organization).map(\.name) == ["Court of Appeals for the Fifth Circuit"])
    #expect(court.entities(of: .organization).first?.mentions == 2)
    // The index lists "Warner Bros. Discovery"; copy drops the full stop.
    #expect(names("Walt Disney Co and Warner Bros Discovery report next month.", .organization) == ["Walt Disney", "Warner Bros Discovery"])
    #expect(names("Envoys met in Sharm el-Sheikh on Monday.", .place) == ["Sharm el-Sheikh"])
}

@Test func partnersOfCoalitionsAndBanksOfCountriesBeforeTitles() {
    #expect(names("Her coalition partner, Komeito, quit the government.", .organization) == ["Komeito"])
    let lagos = extractor.extract([TextBlock(.paragraph, "Central Bank of Nigeria Governor Olayemi Cardoso spoke. Dangote Cement and MTN Nigeria led gains.")])
    #expect(lagos.entities(of: .organization).map(\.name) == ["Central Bank of Nigeria", "Dangote Cement", "MTN Nigeria"])
    #expect(lagos.entities(of: .person).map(\.name) == ["Olayemi Cardoso"])
}

@Test func partiesByTheirMembersAndNationsWithinStates() {
    let berlin = extractor.extract([TextBlock(.paragraph, "His Christian Democrats govern with the Social Democrats, led by Lars Klingbeil.")])
    #expect(berlin.entities(of: .organization).map(\.name) == ["Christian Democrats", "Social Democrats"])
    #expect(berlin.entities(of: .person).map(\.name) == ["Lars Klingbeil"])
    // A nation within a state describes; before "and" it opens a longer name.
    #expect(names("He chaired a meeting of the Scottish government's resilience committee.", .organization).isEmpty)
    #expect(names("Scottish and Southern Electricity Networks said engineers were working.", .organization) == ["Scottish and Southern Electricity Networks"])
}

@Test func broadcastersDirectorsEmployersAndCompaniesAfterAnd() {
    #expect(names("Interior Minister Laurent Nuñez told France Inter radio.", .organization) == ["France Inter"])
    #expect(names("Interior Minister Laurent Nuñez told France Inter radio.", .person) == ["Laurent Nuñez"])
    #expect(names("Louvre director Laurence des Cars had warned in January.", .organization) == ["Louvre"])
    #expect(names("Microsoft's Azure and Google Cloud are its main rivals.", .organization).contains("Google Cloud"))
}

@Test func programmesAndNumberedRanks() {
    let storm = extractor.extract([TextBlock(.paragraph, "A Category 5 storm hit Jamaica. The U.N.'s World Food Programme said it had supplies in Barbados.")])
    #expect(storm.entities(of: .organization).map(\.name).contains("World Food Programme"))
    #expect(storm.entities(of: .product).isEmpty && storm.entities(of: .person).isEmpty)
}

@Test func aLetterBeforeAFullStopAndASentencesFirstWordIsNoInitial() {
    let found = extractor.extract([TextBlock(.paragraph, "Modi congratulated the team on X. The Board of Control for Cricket in India announced a prize. Tanvi N. Eriksen agreed.")])
    #expect(found.entities(of: .organization).map(\.name) == ["X", "Board of Control for Cricket"])
    #expect(found.entities(of: .person).map(\.name).contains("Tanvi N. Eriksen"))
}

@Test func countyOfficesPartiesBeforeTheirMembersAndChurches() {
    let county = extractor.extract([TextBlock(.paragraph, "Hennepin County Attorney Mary Moriarty said charges were expected.")])
    #expect(county.entities(of: .person).map(\.name) == ["Mary Moriarty"])
    #expect(county.entities(of: .place).map(\.name) == ["Hennepin County"])
    #expect(names("More than 120 Labour MPs have signed an amendment.", .organization) == ["Labour"])
    #expect(names("The Labour MP said so.", .person).isEmpty)
    #expect(names("A gunman opened fire at Annunciation Church that morning.", .person).isEmpty)
}

@Test func aKindOfBodyBeforeATitleNamesNone() {
    #expect(names("Police Chief Brian O'Hara said the suspect was in custody.", .organization).isEmpty)
    #expect(names("Police Chief Brian O'Hara said the suspect was in custody.", .person) == ["Brian O'Hara"])
    #expect(names("Nvidia Chief Executive Jensen Huang spoke.", .organization) == ["Nvidia"])
}

@Test func whoAnInterviewWasWithIsNoSpeaker() {
    #expect(speakers("Hapag-Lloyd's chief executive Rolf Habben Jansen agreed. “It will take months, not weeks,” he said in an interview with Reuters.") == ["Rolf Habben Jansen"])
}

@Test func departmentsBothWaysAndCarmakersShortNames() {
    let doj = extractor.extract([TextBlock(.paragraph, "The Justice Department sued. The Department of Justice has asked the judge to act.")])
    #expect(doj.entities(of: .organization).map(\.name) == ["Justice Department"] && doj.entities(of: .organization)[0].mentions == 2)
    let vw = extractor.extract([TextBlock(.paragraph, "Volkswagen will cut jobs. VW chief executive Oliver Blume agreed.")])
    #expect(vw.entities(of: .organization).map(\.name) == ["Volkswagen"] && vw.entities(of: .organization)[0].mentions == 2)
}

@Test func moneyInCurrenciesANationNames() {
    let found = extractor.extract([TextBlock(.paragraph, "The cuts would save 8 billion Danish crowns a year, and the bill raised 346 billion shillings.")])
    #expect(found.figures.map { "\($0.kind.rawValue):\($0.text)" } == ["money:8 billion Danish crowns", "money:346 billion shillings"])
}

@Test func aNameNoListHoldsEndsBeforeWhereThePersonWorks() {
    // Given names the lists lack, and a family name first: the name ends at "of", the employer is its own.
    let found = extractor.extract([TextBlock(.paragraph, "Dr Fei-Fei Li of Stanford University said the gap had closed. In industry, the shift is under way. Tanaka Hiroshi of Toyota Motor said the carmaker had moved.")])
    #expect(found.entities(of: .person).map(\.name) == ["Fei-Fei Li", "Tanaka Hiroshi"])
    #expect(found.entities(of: .organization).map(\.name) == ["Stanford University", "Toyota Motor"])
    // What names an organisation or a place before "of" keeps the name whole.
    #expect(names("The Bank of England held rates. The Royal Society of Chemistry agreed.", .organization) == ["Bank of England", "Royal Society of Chemistry"])
}

@Test func aSpeakerInTheClauseAfterWhile() {
    // "X did something, while Y, set off by commas, said “…”": Y speaks, not the one who opens the sentence.
    #expect(speakers("Ursula von der Leyen, the president of the European Commission, welcomed the trend, while France's digital minister, Clara Chappaz, said Paris wanted Mistral AI to “stay in the race”.") == ["Clara Chappaz"])
}

@Test func percentagePointsAreOneFigure() {
    let found = extractor.extract([TextBlock(.paragraph, "Results lag by as much as 12 percentage points, and the yield fell 25 basis points.")])
    #expect(found.figures.map(\.text) == ["12 percentage points", "25 basis points"])
}

@Test func aModelNumberAfterANameIsAProduct() {
    let found = extractor.extract([TextBlock(.paragraph, "Samsung said its Galaxy S26 had sold 10 million units. The Covid-19 pandemic slowed sales.")])
    #expect(found.entities(of: .product).map(\.name) == ["Galaxy S26"])
    #expect(found.entities(of: .person).isEmpty)
}

@Test func aClubInAClauseWithItsResult() {
    #expect(names("Madrid will face Arsenal, who beat Paris Saint-Germain 3-0 on aggregate, in Munich.", .organization) == ["Arsenal", "Paris Saint-Germain"])
    #expect(names("Madrid will face Arsenal, who beat Paris Saint-Germain 3-0 on aggregate, in Munich.", .person).isEmpty)
}

@Test func aTitleAfterACountrysAbbreviationAndInitialsThatAreAWord() {
    #expect(names("The case ended. U.S. Attorney Damian Williams said: “Fraud does not pay.”", .person) == ["Damian Williams"])
    let who = extractor.extract([TextBlock(.paragraph, "Cases rose, the World Health Organization said. Dr Hans Kluge, the WHO's regional director, agreed. The WHO said more.")])
    #expect(who.entities(of: .organization).map(\.name) == ["World Health Organization"] && who.entities(of: .organization)[0].mentions == 3)
    // Without the full name first, "WHO" in capitals is still no one.
    #expect(names("WHO said what? Nobody knew.", .organization).isEmpty)
}

@Test func whereAQuotationWasSaidIsNotWhoSaidIt() {
    #expect(speakers("President William Ruto spoke. “I will engage in extensive consultations,” he said in a televised address from State House.") == ["William Ruto"])
}

@Test func thePlaceAPartysMemberRepresents() {
    let found = extractor.extract([TextBlock(.paragraph, "Senator Richard Blumenthal, a Connecticut Democrat, spoke. Rep. Jane Doe, a New York Republican, agreed.")])
    #expect(found.entities(of: .place).map(\.name) == ["Connecticut", "New York"])
    #expect(found.entities(of: .organization).isEmpty)
}

@Test func anAgeInAppositionMakesAPerson() {
    #expect(names("Aadit Palicha, 22, said the money would help.", .person) == ["Aadit Palicha"])
    #expect(names("Aadit Palicha, Zepto's 22-year-old co-founder and chief executive, said the money would help.", .person) == ["Aadit Palicha"])
}

@Test func aHeadlineNamesNoOneTheBodyDoesNot() {
    let found = extractor.extract([TextBlock(.title, "Maria Lindqvist, Pioneering Climate Scientist, Dies at 81"),
                                   TextBlock(.paragraph, "Maria Lindqvist has died. She advised the Intergovernmental Panel on Climate Change.")])
    #expect(found.entities(of: .person).map(\.name) == ["Maria Lindqvist"])
    #expect(found.entities(of: .organization).map(\.name) == ["Intergovernmental Panel on Climate Change"])
}

@Test func councilsSaintsTownsAndTheMemberForASeat() {
    let found = extractor.extract([TextBlock(.paragraph, "Councillors in St Albans approved it at a meeting of St Albans City and District Council's planning committee. Cllr Paul de Kort spoke.")])
    #expect(found.entities(of: .place).map(\.name) == ["St Albans"])
    #expect(found.entities(of: .organization).map(\.name) == ["St Albans City and District Council"])
    #expect(found.entities(of: .person).map(\.name) == ["Paul de Kort"])
    let member = extractor.extract([TextBlock(.paragraph, "Jon Trickett, the Labour MP for Hemsworth, spoke.")])
    #expect(member.entities(of: .organization).map(\.name) == ["Labour"] && member.entities(of: .place).map(\.name) == ["Hemsworth"])
}

@Test func aReportsSourceIsNotItsSpeaker() {
    // Named before the quotation with a speech verb: the speaker; "according to" after it: the report's source.
    #expect(speakers("Xi Jinping said China was ready to “open its doors wider”, according to the state news agency Xinhua. “Growth will return next year,” according to Wanjiru Dragomir, an economist.") == ["Xi Jinping", "Wanjiru Dragomir"])
}

@Test func anOfficeWithNoOneInItAndATitleOfTheOfficeItHolds() {
    #expect(names("The Senate confirmed Pete Hegseth as Secretary of Defense, with 52 votes.", .person) == ["Pete Hegseth"])
    #expect(names("She became Secretary of the Treasury in 2021.", .person).isEmpty)
    #expect(names("Chancellor of the Exchequer Rachel Reeves said the budget was fair.", .person) == ["Rachel Reeves"])
}

@Test func aListedCompanysClauseAndNoUnitInOther() {
    #expect(names("Shares in Nvidia, whose chips are used to train the models, rose 1.2%.", .organization) == ["Nvidia"])
    #expect(names("Shares in Nvidia, whose chips are used to train the models, rose 1.2%.", .person).isEmpty)
    let found = extractor.extract([TextBlock(.paragraph, "Funding went back to Columbia University and 12 other institutions.")])
    #expect(!found.figures.map(\.text).contains("12 other"))
}

@Test func aStormByItsNameAloneAndTwoCompaniesWithAnAmpersand() {
    let found = extractor.extract([TextBlock(.title, "Hurricane Milton Slams Into Florida"),
                                   TextBlock(.paragraph, "TAMPA, Fla. (AP) — Hurricane Milton made landfall. The National Hurricane Center said Milton was strong. Duke Energy and Florida Power & Light restored power.")])
    // ("Fla." after the dateline's town is Florida too, named in the body before the headline.)
    #expect(found.entities(of: .place).map(\.name) == ["Tampa", "Florida"])
    #expect(found.entities(of: .organization).map(\.name) == ["AP", "National Hurricane Center", "Duke Energy", "Florida Power & Light"])
}

@Test func aNameBeforeAnAcronymsFirm() {
    let found = extractor.extract([TextBlock(.paragraph, "Opec meets on Sunday. “The cartel is playing for market share,” said Helima Croft of RBC Capital Markets.")])
    #expect(found.entities(of: .person).map(\.name) == ["Helima Croft"])
    #expect(found.entities(of: .organization).map(\.name) == ["Opec", "RBC Capital Markets"])
    #expect(found.quotes.map(\.speaker) == ["Helima Croft"])
}

@Test func aPlayerFromACountryAndADelta() {
    let found = extractor.extract([TextBlock(.paragraph, "In the women's draw, Aryna Sabalenka of Belarus will play Amanda Anisimova of the United States. Sabalenka's coach agreed. Spills in the Niger Delta went on.")])
    #expect(found.entities(of: .person).map(\.name) == ["Aryna Sabalenka", "Amanda Anisimova"] && found.entities(of: .person)[0].mentions == 2)
    #expect(found.entities(of: .place).map(\.name) == ["Belarus", "United States", "Niger Delta"])
    #expect(found.entities(of: .organization).isEmpty)
}
