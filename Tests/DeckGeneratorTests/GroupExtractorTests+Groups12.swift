import Testing
@testable import DeckGenerator

/// Groups of the groups12 round: `A and B (ACRONYM)` with an acronym opening with A's initials is one name, a name in
/// apposition after a lower-case office or bureau, `the opposition X`.
extension GroupExtractorTests {
    @Test func nameAndMoreWordsBeforeItsOwnAcronymIsOneName() {
        let found = groups("The bourse is owned by Baltic Ports Holdings and Logistics (BPHL), which bought it in 2015.")
        #expect(found.contains { names($0) == ["Baltic Ports Holdings and Logistics", "BPHL"] })
        #expect(!found.contains { $0.answer == "Baltic Ports Holdings" || $0.answer == "Logistics" })
        // An acronym of one of two bodies spells no more than its initials: two names.
        let two = groups("Loans from the Nordic Credit Fund and Westland Bank (NC) rose.")
        #expect(!two.contains { $0.answer == "Nordic Credit Fund and Westland Bank" })
    }

    @Test func nameInAppositionAfterALowerCaseOffice() {
        MarkedText("Growth could slow: the national statistics office, [[Tilastokeskus Norden|group]], has said that exports fell.").expectExactly("group")
        MarkedText("Prices rose, and the customs bureau, [[Arvenholt Tullverket|group]], has said so.").expectExactly("group")
    }

    @Test func theOppositionBeforeAName() {
        MarkedText("The opposition [[Druk Sangye Tshogde|group]] has criticised the government.").expectExactly("group")
    }
}
