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

    @Test func aChamberOfMembersAfterTheOrAPossessiveIsABody() {
        MarkedText("Moldova's [[House of Delegates|group]] on Sunday ratified the grant.").expectExactly("group")
        MarkedText("The bill passed the [[Chamber of Senators|group]] on Monday.").expectExactly("group")
        MarkedText("House of Mirrors opened in 1990.").expectExactly("group")
    }

    @Test func anEmbassyIsABody() {
        MarkedText("The [[Norvian Embassy|group]] in Ostrava welcomed the vote.").expectExactly("group")
    }

    @Test func pluralHeadWordsOpeningASentenceAndCapitalsGluedToANumberAreNoBodies() {
        MarkedText("Ministries had written the media into hundreds of ordinances.").expectExactly("group")
        MarkedText("Agencies say the rules are unclear.").expectExactly("group")
        MarkedText("[[Siemens|group]] shipped the first drive, the 19KD, in 1972.").expectExactly("group")
    }

    @Test func aNameBeforeSeveralBracketedNamesIsAFamilyOfBodies() {
        let found = groups("""
        The Socialist Union of Veltria (Red Banner) leads the coalition. The main opposition party, the Socialist Union of \
        Veltria (Workers' Front), voted against it.
        """)
        #expect(found.contains { names($0) == ["Socialist Union of Veltria (Red Banner)", "Red Banner"] })
        #expect(found.contains { names($0) == ["Socialist Union of Veltria (Workers' Front)", "Workers' Front"] })
        // The family's acronym before a bracket names a member too.
        let acronym = groups("""
        The Socialist Union of Westmark (Red Banner) leads. The Socialist Union of Westmark (Workers' Front) abstained. \
        The SUW (Green Wing), formed last year, was also reluctant.
        """)
        #expect(acronym.contains { names($0) == ["SUW (Green Wing)", "Green Wing"] })
        // One bracketed name alone stays the name's alias.
        let one = groups("The Islamic Movement of Veltria (Green Flag) claimed the attack.")
        #expect(one.contains { names($0) == ["Islamic Movement of Veltria", "Green Flag"] })
    }

    @Test func namesQuotedInAMarketsTickerAreNoBodies() {
        MarkedText("DAX 15,480 ▲1.4% • Veltra Bank 88.10 ▼0.3% • Brent $81.20").expectExactly("group")
        MarkedText("[[Boeing|group]] delivered its 737 jets late.").expectExactly("group")
    }

    @Test func aRussianLegalFormBeforeANameMakesItABody() {
        MarkedText("Most of the metal comes through [[PJSC Severny Kamen|group]], and traders have scrambled.").expectExactly("group")
    }

    @Test func aLoneHeadWordOpeningAHeadingIsNoBody() {
        let found = groups("# Exchange halts trading in tin\n\nThe Nordic Metal Exchange suspended trading on Tuesday.", format: .markdown)
        #expect(!found.contains { $0.answer == "Exchange" })
        #expect(found.contains { $0.answer == "Nordic Metal Exchange" })
    }
}
