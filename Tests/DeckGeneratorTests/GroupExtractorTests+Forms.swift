import Testing
@testable import DeckGenerator

/// Groups by legal form, organisation appositions, former names and first-word short names;
/// terms and adjectives that only look like groups.
extension GroupExtractorTests {
    @Test func legalFormsMakeCompaniesInAnyContext() {
        let found = groups("She came from the Dutch insurer Valkhof Verzekeringen N.V. last year. He ran exports at Grupo Harinero S.A.B. de C.V., a miller. Orders went to Lindner Werkzeug GmbH & Co. KG in May.")
        let answers = Set(found.map(\.answer))
        #expect(answers.isSuperset(of: ["Valkhof Verzekeringen N.V.", "Grupo Harinero S.A.B. de C.V.", "Lindner Werkzeug GmbH & Co. KG"]))
    }

    @Test func abbreviatedSuffixKeepsItsDotAtTheSentenceEnd() {
        let found = groups("Thornbury is being advised by Ellery & Co.")
        #expect(found.map(\.answer).contains("Ellery & Co."))
    }

    @Test func crownBodiesSchoolsAndOrganisationAppositions() {
        let text = """
        The office issues debt on behalf of HM Treasury. She teaches at the Paris School of Economics and at Lisbon Business School. \
        Harwick Mutual, Britain's third-biggest building society, said it had cut rates.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["HM Treasury", "Paris School of Economics", "Lisbon Business School", "Harwick Mutual"]))
    }

    @Test func appositionNamingAPersonsRoleIsNoGroup() {
        let answers = Set(groups("Pieter Vos, the group's finance director, who joined last year, said margins held.").map(\.answer))
        #expect(!answers.contains("Pieter Vos"))
    }

    @Test func termsAdjectivesAndProductLinesAreNotGroups() {
        let text = """
        Shares in the Frankfurt-listed lender rose. Markets expect a cut to Bank Rate in May. \
        It was a small Midwestern company with big plans. The Tolland Data Corporation (TDC) built computers. \
        Later the buyer dropped the TD hardware line. Critics preferred the business-oriented COBOL.
        """
        let answers = Set(groups(text).flatMap(names))
        #expect(!answers.contains("Frankfurt-listed"))
        #expect(!answers.contains("Bank Rate"))
        #expect(!answers.contains("Midwestern"))
        #expect(!answers.contains("TD"))
        #expect(!answers.contains("COBOL"))
    }

    @Test func andInsideABodysName() {
        let found = groups("The deal may draw scrutiny from the Competition and Consumer Authority, the antitrust watchdog.")
        #expect(found.map(\.answer) == ["Competition and Consumer Authority"])
    }

    @Test func formerAndLaterNamesAreAliases() {
        let text = """
        Calder Lyle Group plc (CLG) reported results. Calder Lyle, formerly known as the Western Counties Building Society, \
        will close branches. The National Standards Association (NSA) — renamed the Federal Standards Institute in 1966 and later \
        the National Standards Institute — set up a committee.
        """
        let found = groups(text)
        let calder = found.first { names($0).contains("Calder Lyle") }
        #expect(calder.map(names)?.contains("Western Counties Building Society") == true)
        let nsa = found.first { names($0).contains("NSA") }
        #expect(nsa.map(names)?.isSuperset(of: ["Federal Standards Institute", "National Standards Institute"]) == true)
    }

    @Test func firstWordAloneNamesTheCompany() {
        let text = """
        Ostwald Snacks Ltd. agreed to a sale. Ostwald's shares jumped. The fund manager Ferris Capital Management backed it. \
        Ferris's founder, Ian Doyle, welcomed the deal.
        """
        let found = groups(text)
        #expect(found.first { $0.answer == "Ostwald Snacks Ltd." }.map(names)?.contains("Ostwald") == true)
        #expect(found.first { $0.answer == "Ferris Capital Management" }.map(names)?.contains("Ferris") == true)
        #expect(!found.contains { $0.answer == "Ostwald" || $0.answer == "Ferris" })
    }
}
