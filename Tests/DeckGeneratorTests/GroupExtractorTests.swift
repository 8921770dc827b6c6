import Testing
@testable import DeckGenerator

/// Groups: one fact per group with all its names, found by general cues.
@Suite struct GroupExtractorTests {
    func groups(_ text: String, format: InputFormat = .plain) -> [Fact] {
        FactExtractor.extract(text: text, format: format).1.filter { $0.type == .group }
    }
    func names(_ fact: Fact) -> Set<String> { Set([fact.answer] + (fact.aliases ?? [])) }

    @Test func acronymDefinitionLinksNameAndAcronym() {
        let found = groups("Tajikistan turned to the Collective Security Treaty Organisation (CSTO) for help. Later the CSTO met again.")
        #expect(found.count == 1)
        #expect(found.first?.answer == "Collective Security Treaty Organisation")
        #expect(found.first?.aliases == ["CSTO"])
    }

    @Test func acronymLinkedToExpansionElsewhere() {
        let found = groups("The IMF cut its forecast. Officials at the International Monetary Fund said more cuts were possible.")
        #expect(found.count == 1)
        #expect(names(found[0]) == ["IMF", "International Monetary Fund"])
    }

    @Test func alsoKnownAsAndBracketedGloss() {
        let found = groups("The group refused to limit the Tehreek-e Taliban Pakistan (TTP, also known as the Pakistani Taliban). The Jamaat Ansarullah group (Tajik Taliban) operates in the north.")
        let ttp = found.first { $0.answer == "Tehreek-e Taliban Pakistan" }
        #expect(ttp.map(names) == ["Tehreek-e Taliban Pakistan", "TTP", "Pakistani Taliban"])
        let jamaat = found.first { $0.answer == "Jamaat Ansarullah" }
        #expect(jamaat?.aliases == ["Tajik Taliban"])
    }

    @Test func headWordsMemberNounsAndAppositions() {
        let text = """
        Analysts at Morgan Stanley called it a logical step. Acorn Computers, a British home-computer maker, needed a chip. \
        The oil company Equinor hired her. Taliban fighters crossed the border. Human Rights Watch has accused the army. \
        Klaas Knot, the governor of the Dutch central bank, defended the increase.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Morgan Stanley", "Acorn Computers", "Equinor", "Taliban", "Human Rights Watch"]))
        #expect(!answers.contains("Klaas Knot"))
        #expect(!answers.contains("Dutch"))
        #expect(groups(text).first { $0.answer == "Acorn Computers" }?.description == "British home-computer maker")
    }

    @Test func peoplesAndNotPlaces() {
        let found = groups("The line separates Pashtuns trapped on either side. The group has links with some Baloch insurgent groups. Pakistan, Afghanistan and the United States met in the Middle East.")
        let answers = Set(found.map(\.answer))
        #expect(answers == ["Pashtuns", "Baloch"])
        #expect(found.allSatisfy { $0.subtype == "people" })
    }

    @Test func companySuffixIsAnAlias() {
        let found = groups("Nordwind ASA, the Norwegian wind-turbine manufacturer, agreed to buy Voltaro Inc. for cash. Shares of Nordwind fell. Voltaro employs 850 people.")
        #expect(found.contains { names($0) == ["Nordwind ASA", "Nordwind"] })
        #expect(found.contains { names($0) == ["Voltaro Inc.", "Voltaro"] })
    }

    @Test func termsAndProductsAreNotGroups() {
        let answers = Set(groups("RISC stands for reduced instruction set computer. The Newton sold poorly. Intel's 80386 was faster.").map(\.answer))
        #expect(!answers.contains("RISC"))
        #expect(!answers.contains("Newton"))
    }

    @Test func hyphenatedHeadsAndSlashedSuffixes() {
        let found = groups("The Pakistan Muslim League-Nawaz (PML-N) took six seats. Halvorsen Pharma A/S, the Danish insulin maker, agreed to buy Medicor Therapeutics Inc. for cash. Halvorsen will pay in cash. Medicor shares rose.")
        #expect(found.contains { names($0) == ["Pakistan Muslim League-Nawaz", "PML-N"] })
        #expect(found.contains { names($0) == ["Halvorsen Pharma A/S", "Halvorsen"] })
        #expect(found.contains { names($0) == ["Medicor Therapeutics Inc.", "Medicor"] })
        #expect(!found.contains { $0.answer == "S" })
        #expect(groups("Hazaras in Quetta have been attacked repeatedly by Lashkar-e-Jhangvi.").contains { $0.answer == "Lashkar-e-Jhangvi" })
        #expect(groups("Exchange-traded funds that hold bitcoin have drawn money.").isEmpty)
    }

    @Test func countryPrefixAndClippedNames() {
        let found = groups("The US Federal Reserve has kept rates unchanged, and Fed Chair Jerome Powell said officials were waiting.")
        #expect(found.count == 1)
        #expect(found.first.map(names) == ["US Federal Reserve", "Federal Reserve", "Fed"])
    }

    @Test func ethnicPeoplesRulingBodiesAndEmployers() {
        let answers = Set(groups("Ethnic Kyrgyz and Uzbeks clashed in Osh. The Taliban administration set up camps. The Taliban have barred girls from school. The Biden administration imposed tariffs. Hejlsberg joined Microsoft in 1996. She joined from Salesforce in 2021. Borland, a software company founded in 1983, released a compiler.").map(\.answer))
        #expect(answers.isSuperset(of: ["Kyrgyz", "Uzbeks", "Taliban", "Microsoft", "Salesforce", "Borland"]))
        #expect(!answers.contains("Biden"))
    }

    @Test func campusesProductsAndRegionsOfTitles() {
        let answers = Set(groups("Kenneth Bowles, a professor at the University of California, San Diego, led a team. Wirth designed ALGOL 68 for a committee. Maryam Nawaz, the chief minister of Punjab, spoke. Hejlsberg, the chief architect of Turbo Pascal, joined later.").map(\.answer))
        #expect(answers.contains("University of California, San Diego"))
        #expect(!answers.contains("ALGOL"))
        #expect(!answers.contains("Punjab"))
        #expect(!answers.contains("Turbo Pascal"))
    }

    @Test func superlativesMakersAndBodiesBeforeTitles() {
        let found = groups("BlackRock, the world's largest asset manager, expects two cuts. Bayer, the German drugmaker, cut its forecast. Bundesbank President Joachim Nagel said inflation was under control.")
        #expect(Set(found.map(\.answer)) == ["BlackRock", "Bayer", "Bundesbank"])
        #expect(found.first { $0.answer == "Bayer" }?.description == "German drugmaker")
        let roles = FactExtractor.extract(text: "Bundesbank President Joachim Nagel said inflation was under control.", format: .plain).1.filter { $0.subtype == "role" }
        #expect(roles.first?.of == "Bundesbank")
    }

    @Test func pluralsInIsAsPeoples() {
        let found = groups("Ismailis in Badakhshan face pressure. Ahmadis are barred from politics. The crisis deepened. Analysis of the data took weeks. He moved to Paris in 2020.")
        #expect(Set(found.map(\.answer)) == ["Ismailis", "Ahmadis"])
        #expect(found.allSatisfy { $0.subtype == "people" })
    }

    @Test func abbreviatedHeadsCompoundsAndBusinessClauses() {
        let found = groups("Ritchie worked at Bell Laboratories. AT&T, which owned Bell Labs, licensed Unix. Sun Microsystems released Java. The GNU project grew.")
        #expect(found.contains { names($0) == ["Bell Laboratories", "Bell Labs"] })
        #expect(found.contains { $0.answer == "AT&T" })
        #expect(found.contains { $0.answer == "Sun Microsystems" })
        #expect(!found.contains { $0.answer == "GNU" })
    }

    @Test func pressReleaseNames() {
        let found = groups("Corvel Health, Inc. (NASDAQ: CRVL) (\"Corvel\" or the \"Company\") agreed to buy a lab. Goldman Sachs & Co. LLC is acting as adviser. Goldman Sachs declined to comment.")
        #expect(found.contains { names($0) == ["Corvel Health, Inc.", "Corvel"] || names($0) == ["Corvel Health, Inc.", "Corvel", "Corvel Health"] })
        #expect(found.contains { names($0) == ["Goldman Sachs & Co. LLC", "Goldman Sachs"] })
        #expect(!found.contains { $0.answer == "CRVL" || $0.answer == "Company" || $0.answer == "Inc." || $0.answer == "LLC" })
    }

    @Test func acronymSpansLowerCaseConnectors() {
        let found = groups("The Organization for Security and Co-operation in Europe (OSCE) said the vote lacked competition. Tajik opposition group Group 24 was banned. Erlan Koshanov, the speaker of the Mazhilis, praised the turnout.")
        #expect(found.contains { names($0) == ["Organization for Security and Co-operation in Europe", "OSCE"] })
        #expect(!found.contains { $0.answer == "Group" || $0.answer == "Mazhilis" })
    }

    @Test func headingsTrainsAndNavigationAreNotGroups() {
        let found = groups("THE ATTACK\n\nFighters stopped the Khyber Express, which was carrying 300 passengers. The Express Tribune reported it.\n\nOUTLOOK\n\nHome | Analysis | Water & Security\n\nThe river is drying.")
        #expect(found.map(\.answer) == ["Express Tribune"])
    }

    @Test func definiteHeadsGerundsAcronymsAndPublications() {
        let found = groups("""
        The International Monetary Fund approved the loan. The minister said the deficit target agreed with the Fund would hold. \
        Leaders met at the International Fund for Saving the Aral Sea (IFAS) in Dushanbe. \
        Trade grew, according to the TPO (Trade Promotion Organization of Iran). \
        Sara Lee is a fellow at Steppe & River, an independent research network. \
        Omer Khan covers economics for The Indus Ledger. For the Baluch farmers of Zabol, the warning came true.
        """)
        #expect(found.contains { names($0) == ["International Monetary Fund", "Fund"] })
        #expect(found.contains { names($0) == ["International Fund for Saving the Aral Sea", "IFAS"] })
        #expect(found.contains { names($0) == ["Trade Promotion Organization of Iran", "TPO"] })
        #expect(found.contains { $0.answer == "Steppe & River" })
        #expect(found.contains { $0.answer == "Indus Ledger" })
        #expect(found.contains { $0.answer == "Baluch" && $0.subtype == "people" })
        #expect(!found.contains { $0.answer == "Fund" })
    }
}
