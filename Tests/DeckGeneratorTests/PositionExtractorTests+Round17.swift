import Testing
@testable import DeckGenerator

/// Roles seen on set 17: `by then` in an apposition, a passive appointment after an age and an apposition, a verb
/// opening no apposition, a bare agent noun sharing its article, `run by` after a company's apposition, lists.
extension PositionExtractorTests {
    @Test func appositionAfterByThen() {
        #expect(roles("Don Varga, by then a Korvel vice president, did not live to see it.")["Don Varga"] == "Korvel vice president")
    }

    @Test func passiveAppointmentAfterAgeAndApposition() {
        let found = positions("Bob Brill, 62, a former head of Vorlan's parks business, had been named CEO in February 2020, weeks before the shutdown.", "role")
        #expect(found.contains { $0.answer == "Bob Brill" && $0.role == "CEO" }, "\(found.map { ($0.answer, $0.role) })")
    }

    @Test func verbOpensNoApposition() {
        let found = positions("Vorlan's board, which also includes former Ostrel chief executive Mark Tennant, had been under pressure from activist investor Dan Hobb.", "role")
        #expect(!found.contains { $0.answer == "Mark Tennant" && ($0.role ?? "").hasPrefix("had") }, "\(found.map { ($0.answer, $0.role) })")
    }

    @Test func bareAgentNounSharesTheArticle() {
        let found = positions("\"The voter has sent a message,\" said Arjun Mehra, a political commentator and activist.", "role")
        #expect(found.filter { $0.answer == "Arjun Mehra" }.map(\.role) == ["political commentator and activist"], "\(found.map { ($0.answer, $0.role) })")
    }

    @Test func runByAfterACompanysApposition() {
        let found = positions("The software came from Corvane, a small Portland-area company run by Ada Brill and Tom Hadley, which had bought it.", "role")
        for name in ["Ada Brill", "Tom Hadley"] {
            let fact = found.first { $0.answer == name }
            #expect(fact?.role == "head of Corvane" && fact?.of == "Corvane", "\(found.map { ($0.answer, $0.role, $0.of) })")
        }
    }

    @Test func everyNameOfAListAfterAPluralRole() {
        let found = roles("In 1982, three former Korvel managers, Ada Brill, Tom Hadley and Jim Varga, founded Ostrel.")
        for name in ["Ada Brill", "Tom Hadley", "Jim Varga"] { #expect(found[name] == "managers", "\(found)") }
    }
}

/// Set 17, second pass: two offices before `at`, leading a side to a win.
extension PositionExtractorTests {
    @Test func twoOfficesJoinedBeforeAt() {
        let found = positions("\"It lost control,\" said Paul Dorn, a computing historian and curator emeritus at the Velmont Institute.", "role")
        let wanted = Set(found.filter { $0.answer == "Paul Dorn" }.compactMap(\.role))
        #expect(wanted.isSuperset(of: ["computing historian", "curator emeritus"]), "\(wanted)")
    }

    @Test func leadingASideToAWinIsNoOffice() {
        let found = positions("Imran Valli, a former cricket star who led Korvia to the 1992 World Cup, has blamed the army.", "role")
        let wanted = found.filter { $0.answer == "Imran Valli" }.compactMap(\.role)
        #expect(!wanted.contains("leader"), "\(wanted)")
    }
}

/// Set 17 stances: `alleges`, those who speak for a body, a body's document before the verb.
extension PositionExtractorTests {
    @Test func allegesSpeakersForABodyAndItsManifesto() {
        let text = """
        The Korvia Accountability Bureau (KAB) opened the case. KAB alleges that the money was diverted. \
        Ostrel Holdings said it would appeal. Lawyers for Ostrel Holdings argued that a delay was needed. \
        The Korvia People's Party (KPP) won. The KPP's manifesto promised to create jobs.
        """
        let found = positions(text, "stance").map { "\($0.answer): \($0.stance ?? "")" }
        #expect(found.contains { $0.hasPrefix("KAB: alleges that") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Ostrel Holdings: a delay") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("KPP: promised to create jobs") }, "\(found)")
    }
}

/// Roles seen again on sets 12–16: a second verb of a relative clause, `the division led by X`, a bank examiner.
extension PositionExtractorTests {
    @Test func secondVerbOfARelativeClause() {
        let text = """
        Pat Velmer, an engineer who began his career at Ostrel Corp in 1979 and became its first chief technology officer, returned. \
        Brendan Osk, who co-founded Korvane and now runs Brill Software, signed an open letter.
        """
        let found = positions(text, "role").map { "\($0.answer): \($0.role ?? "") / \($0.of ?? "")" }
        #expect(found.contains("Pat Velmer: first chief technology officer / Ostrel Corp"), "\(found)")
        #expect(found.contains("Brendan Osk: head of Brill Software / Brill Software"), "\(found)")
    }

    @Test func theDivisionLedByAndABankExaminer() {
        let text = """
        The console was the work of Varnel Research & Development 1 (R&D1), the division led by Gunji Okabe, a former engineer. \
        "This is a classic bank run," said Mark Tellen, a former Federal Reserve bank examiner.
        """
        let found = positions(text, "role").map { "\($0.answer): \($0.role ?? "")" }
        #expect(found.contains("Gunji Okabe: leader of Varnel Research & Development 1"), "\(found)")
        #expect(found.contains("Mark Tellen: former Federal Reserve bank examiner"), "\(found)")
    }
}

extension PositionExtractorTests {
    @Test func surnamesRoleInItsAbbreviationIsTheFullNamesRole() {
        let text = "The company named Chief Financial Officer David Zinsler as interim head. Zinsler will continue to serve as CFO."
        let found = positions(text, "role").map(\.answer)
        #expect(found.contains("David Zinsler") && !found.contains("Zinsler"), "\(found)")
    }
}
