import Testing
@testable import DeckGenerator

/// Groups by the shape of their mention (sets 20 and 21): lone head words and office acronyms, `run by the X`, a known
/// name's possessive inside a longer name, `OPEC+`, another country's body of the same name, heads of advisory and
/// securities firms, projects, `Manufacturers including A, B and C`, `its parent X`, `a curator at X`, and a
/// company's council that is not the company.
extension GroupExtractorTests {
    @Test func loneHeadWordsAndOfficeAcronymsAreNoGroups() {
        let text = """
        Union claims victory on plants. Group chief executive Oliver Brandt said the company must become leaner. \
        "Our success rests on an alignment between the shareholders, the Board and the CEO," said Henri Castel of Veltrano.
        """
        let answers = Set(groups(text).map(\.answer))
        for name in ["Union", "Group", "Board", "CEO"] { #expect(!answers.contains(name), "\(answers)") }
    }

    @Test func bodyRunByTheNameIsNoPerson() {
        let text = "West Germany's Bildschirmtext, run by the Deutsche Bundespost, never took off."
        #expect(groups(text).map(\.answer).contains("Deutsche Bundespost"))
        #expect(FactExtractor.extract(text: text, format: .plain).1.filter { $0.subtype == "role" }.isEmpty)
    }

    @Test func knownPossessiveNameGoesOnIntoItsBody() {
        let found = groups("Moody’s Investors Service, which rates Nigeria, and S&P Global Ratings are reviewing the profile.")
        #expect(found.map(\.answer).contains("Moody’s Investors Service"), "\(found.map(\.answer))")
        #expect(!found.map(\.answer).contains("Investors Service"))
    }

    @Test func plusAcronymIsABodyOfItsOwn() {
        let found = groups("The Organization of the Petroleum Exporting Countries (OPEC) met. Output will strain the OPEC+ quota.")
        #expect(found.map(\.answer).contains("OPEC+"), "\(found.map(\.answer))")
        #expect(found.first { $0.answer == "Organization of the Petroleum Exporting Countries" }?.aliases == ["OPEC"])
    }

    @Test func anotherCountrysBodyOfTheSameNameStaysApart() {
        let text = """
        The United Kingdom’s Civil Aviation Authority followed. \
        The Pakistan Civil Aviation Authority (PCAA) says it has since overhauled its licensing system.
        """
        let found = groups(text)
        #expect(found.first { $0.answer == "Pakistan Civil Aviation Authority" }?.aliases == ["PCAA"], "\(found.map(names))")
    }

    @Test func advisersSecuritiesAndFrenchTelecomHeads() {
        let text = """
        "It pays now," said Aigerim Sadykova, head of research at Steppe Energy Advisers, an Almaty consultancy. \
        Bismarck Okafor, chief economist at Harbourview Securities, said so. At midnight, France Télécom pulled the plug.
        """
        let answers = Set(groups(text).map(\.answer))
        for name in ["Steppe Energy Advisers", "Harbourview Securities", "France Télécom"] { #expect(answers.contains(name), "\(answers)") }
        #expect(!answers.contains("Steppe") && !answers.contains("Advisers"), "\(answers)")
    }

    @Test func projectsWithAcronymsAreNoGroups() {
        let text = "Tengizchevroil (TCO) said the Future Growth Project (FGP) had started. A linked Wellhead Pressure Management Project (WPMP) cost more."
        let answers = Set(groups(text).map(\.answer))
        #expect(!answers.isEmpty, "\(answers)")
        for name in ["Future Growth Project", "FGP", "Wellhead Pressure Management Project", "WPMP"] { #expect(!answers.contains(name), "\(answers)") }
    }

    @Test func examplesAfterASentenceOpeningKindParentAndCurator() {
        let text = """
        Manufacturers including Alcatel, Matra and Telic turned out millions of them. \
        The entrepreneur Xavier Niel, who later founded the internet provider Free and its parent Iliad, made a fortune. \
        "He held it up," said Margaret Lin, a curator at the Computer History Museum.
        """
        let answers = Set(groups(text).map(\.answer))
        for name in ["Alcatel", "Matra", "Telic", "Iliad", "Computer History Museum"] { #expect(answers.contains(name), "\(answers)") }
    }

    @Test func companysCouncilIsNotTheCompany() {
        let text = "Stellantis cut jobs. Stellantis' US dealers, represented by the Stellantis National Dealer Council, wrote to the chief."
        let found = groups(text)
        #expect(found.first { $0.answer == "Stellantis" }?.aliases == [], "\(found.map(names))")
        #expect(found.contains { $0.answer == "Stellantis National Dealer Council" }, "\(found.map(names))")
    }
}

extension GroupExtractorTests {
    @Test func initialismTakingLettersFromLowerCaseWords() {
        let text = """
        The job went to the Direction générale des télécommunications (DGT), the telephone arm of the ministry. \
        The offer would be placed before the Cabinet Committee on Privatisation (CCoP) for a decision. \
        The 10-year Japanese government bond (JGB) yield rose.
        """
        let found = groups(text)
        #expect(found.first { $0.answer == "Direction générale des télécommunications" }?.aliases == ["DGT"], "\(found.map(names))")
        #expect(found.first { $0.answer == "Cabinet Committee on Privatisation" }?.aliases == ["CCoP"], "\(found.map(names))")
        #expect(!found.contains { names($0).contains("JGB") || names($0).contains("Japanese government bond") }, "\(found.map(names))")
    }
}

extension GroupExtractorTests {
    @Test func placesOfficesMembersRatingsZonesAndWorksAreNoGroups() {
        let text = """
        Siddaramaiah sworn in as Karnataka chief minister, cabinet clears the guarantees. \
        Outgoing chief minister Basavaraj Bommai conceded defeat. \
        Lower Saxony’s premier Stephan Weil, a Social Democrat who sits on the board, welcomed the deal. \
        Moody’s Investors Service, which rates Nigeria Caa1, is reviewing the profile. \
        Published February 28, 2024 • Updated 09:42 WAT \
        Taliban and Turkmenistan break ground on Afghan leg of TAPI gas pipeline. \
        Data released last weekend showed exports fell. \
        Economists at the Centre for Policy Dialogue (CPD), a Dhaka think tank, disagreed. \
        The yuan may join the currencies that make up its Special Drawing Right (SDR), alongside the dollar.
        """
        let answers = Set(groups(text).map(\.answer))
        for name in ["Karnataka", "Outgoing", "Social Democrat", "Nigeria Caa1", "WAT", "TAPI", "Data", "Dhaka", "Special Drawing Right", "SDR", "Lower Saxony"] {
            #expect(!answers.contains(name), "\(answers)")
        }
        #expect(answers.contains("Centre for Policy Dialogue"), "\(answers)")
    }

    @Test func companyWordIsASuffixAndDottedCountryPrefixClips() {
        let text = """
        Hewlett-Packard Company (HP) put on sale a device. Hewlett-Packard itself has changed. \
        For the U.S. Federal Reserve, which has signalled a rise, a weaker yuan adds a worry. Some Fed officials agree.
        """
        let found = groups(text)
        #expect(found.first { $0.answer == "Hewlett-Packard Company" }.map(names)?.isSuperset(of: ["HP", "Hewlett-Packard"]) == true, "\(found.map(names))")
        #expect(found.first { $0.answer == "U.S. Federal Reserve" }.map(names)?.contains("Fed") == true, "\(found.map(names))")
    }
}

extension GroupExtractorTests {
    @Test func unionsAfterAPluralPossessiveAndAnAppositionAfterTheAcronym() {
        let text = """
        The metalworkers' unions FIM-CISL, Fiom-CGIL and Uilm, which have organised strikes, said they wanted a meeting. \
        Keuffel & Esser (K&E), the New Jersey firm that had been America's leading maker of slide rules, stopped making them.
        """
        let found = groups(text)
        let answers = Set(found.map(\.answer))
        for name in ["FIM-CISL", "Fiom-CGIL", "Uilm", "Keuffel & Esser"] { #expect(answers.contains(name), "\(answers)") }
        #expect(found.first { $0.answer == "Keuffel & Esser" }?.aliases == ["K&E"], "\(found.map(names))")
        #expect(!answers.contains("New Jersey"), "\(answers)")
    }

    @Test func partyQualifierInBracketsAndAnAliasAfterOr() {
        let text = """
        The BJP won 66 seats and the Janata Dal (Secular), or JD(S), led by former chief minister H.D. Kumaraswamy, was reduced to 19. \
        Bihar chief minister Nitish Kumar of the Janata Dal (United) attended.
        """
        let found = groups(text)
        #expect(found.first { $0.answer == "Janata Dal (Secular)" }?.aliases == ["JD(S)"], "\(found.map(names))")
        #expect(found.contains { $0.answer == "Janata Dal (United)" }, "\(found.map(names))")
        #expect(!found.contains { names($0).contains("Janata Dal") || names($0).contains("Secular") || names($0).contains("Bihar") }, "\(found.map(names))")
    }
}

extension GroupExtractorTests {
    @Test func thingsKnownAsANameAndNotations() {
        let text = """
        Dave Cochran wrote the routines using an algorithm known as CORDIC, which computes them. \
        The HP-35 introduced engineers to Reverse Polish Notation (RPN), a way of entering calculations.
        """
        let answers = Set(groups(text).map(\.answer))
        for name in ["CORDIC", "Reverse Polish Notation", "RPN"] { #expect(!answers.contains(name), "\(answers)") }
    }

    @Test func peoplesByACasteAppositionAndByCoordination() {
        let text = """
        Shivakumar is a Vokkaliga, the dominant farming caste of the Old Mysore region. \
        He added that Pashtun and Baloch communities along the stretch would also have to be won over.
        """
        let found = groups(text)
        for name in ["Vokkaliga", "Pashtun", "Baloch"] { #expect(found.first { $0.answer == name }?.subtype == "people", "\(found.map(\.answer))") }
    }

    @Test func investAndEtablissementsHeadCompanies() {
        let found = groups("The Peugeot family, through Peugeot Invest and Etablissements Peugeot Freres, holds about 7%.")
        #expect(found.contains { names($0).contains("Peugeot Invest") }, "\(found.map(names))")
        #expect(found.contains { names($0).contains("Etablissements Peugeot Freres") }, "\(found.map(names))")
    }
}

extension GroupExtractorTests {
    @Test func formerNameAfterAnApposition() {
        let found = groups("France's PSA Group, the maker of Peugeot and Citroen, formerly known as Peugeot S.A., merged with FCA.")
        #expect(found.contains { names($0).isSuperset(of: ["PSA Group", "Peugeot S.A."]) }, "\(found.map(names))")
        #expect(!found.contains { names($0).contains("Citroen") && names($0).contains("PSA Group") }, "\(found.map(names))")
        let renamed = groups("Musk's company, X, formerly Twitter, cut staff. X Corp. said so.")
        #expect(renamed.contains { names($0).contains("Twitter") && names($0).count >= 2 }, "\(renamed.map(names))")
    }
}
