import Testing
@testable import DeckGenerator

/// Stances whose actor must be right (a wrong actor makes a card that teaches a false fact): joined
/// verbs, subjects before asides, `Officials in PLACE`, inverted quotes after a title, referring nouns,
/// relative clauses; and what is no stance (empty or negated speech, deeds), one fact per statement,
/// and the issue as a short noun phrase.
extension PositionExtractorTests {
    /// Every marked actor holds a stance there, and no other actor does.
    func expectExactActors(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = MarkedText(marked)
        let facts = text.facts()
        #expect(text.missing("stance", in: facts).isEmpty, "missing \(text.missing("stance", in: facts)) in: \(text.text)", sourceLocation: sourceLocation)
        let extra = text.unexpected("stance", in: facts).map { "\($0.answer): \($0.stance ?? "")" }
        #expect(extra.isEmpty, "unexpected \(extra) in: \(text.text)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        // 1. A joined reporting verb keeps the first verb's subject.
        "[[Amina Yusuf|stance]] said the Delta Party had shifted its tactics and warned that the state was losing ground.",
        // 2. The subject, not a name inside its apposition or relative clause.
        "The [[National Reform Party|stance]] (NRP), the party of former prime minister Omar Baig, rejected the budget.",
        "The [[Kivu Miners Union|stance]] (KMU), which represents workers at Tamar Mining, said the closures would cost jobs.",
        // 3. A plural role noun and `in PLACE`.
        "[[Officials in Nairobi|stance]] insist that the insurgency can be contained by force.",
        // 4. The speaker after `said` and a title, not the quote's first word.
        "\"Kenya needs open borders more than ever,\" said Dr. [[Lena Varga|stance]], a researcher at the institute.",
        // 9. `X, who called on …`; `who` after an organisation's apposition is the person.
        "The talks were chaired by [[Sara Lind|stance]], the head of the Baltic Institute, who called on the government to act.",
    ]) func stanceActorIsTheSubject(_ marked: String) {
        expectExactActors(marked)
    }

    @Test func companyBeforeItsMakerApposition() {
        let found = positions("Fenwick & Hale Inc., the U.S. maker of Morrow biscuits and Lark Valley soups, said it would cut 900 jobs.", "stance")
        #expect(found.map(\.answer) == ["Fenwick & Hale Inc."])
    }

    @Test func joinedVerbsGiveTwoStancesForTheFirstSubject() {
        let found = positions("Amina Yusuf said the Delta Party had shifted its tactics and warned that the state was losing ground. Omar Baig rejected the plan and called for new talks.", "stance")
        #expect(found.filter { $0.answer == "Amina Yusuf" }.count == 2)
        #expect(found.filter { $0.answer == "Omar Baig" }.count == 2)
        #expect(!found.contains { $0.answer == "Delta Party" })
        // The first view ends before the joined verb.
        #expect(found.first { $0.answer == "Amina Yusuf" }?.stance == "the Delta Party had shifted its tactics")
    }

    @Test(arguments: [
        "Norway, whose fund holds shares in the firm, has said almost nothing.",
        "The two ministers argued over it for hours.",
        "Tanzania neither accepted nor rejected the offer.",
        "Uganda declined to comment.",
        "Sweden did not say whether it would vote.",
        "The Harbour Front claimed the attack on the base.",
        "Farmers protested outside parliament.",
        "The firm set aside money for compensation claims, a legacy issue.",
    ]) func emptySpeechAndDeedsAreNoStances(_ text: String) {
        #expect(positions(text, "stance").isEmpty, "in: \(text)")
    }

    @Test func objectingToSomethingIsAViewOnIt() {
        let found = positions("Kenya objected to the new tariff.", "stance")
        #expect(found.map(\.answer) == ["Kenya"])
        #expect(found.first?.on == "the new tariff")
    }

    @Test func referringNounsNeedAGroupOfThatHeadWord() {
        let found = positions("The Ministry of Water said reserves were low. The Lake Council met on Monday. The ministry said the dam was safe.", "stance")
        #expect(found.first { $0.stance == "the dam was safe" }?.answer == "Ministry of Water")
        #expect(!found.contains { $0.answer == "Lake Council" })
        // Nothing fits: no stance rather than the last group named.
        let none = positions("The Lake Council met on Monday. The agency said the dam was unsafe.", "stance")
        #expect(none.isEmpty, "\(none.map(\.answer))")
        // `the group` after a group that opened the sentence before.
        let group = positions("The Harbour Front claimed the attack on the base. The group said it had offered talks.", "stance")
        #expect(group.map(\.answer) == ["Harbour Front"])
        // Inside another actor's view, `the bank` is no actor of its own.
        let nested = positions("The Bank of Leeds cut rates. Later, Ruth Adler, the finance director of Marlow Group, said the bank now expects growth.", "stance")
        #expect(!nested.contains { $0.answer.contains("Leeds") }, "\(nested.map(\.answer))")
    }

    @Test func oneStatementGivesOneStance() {
        let found = positions("The Jaish Front said it wanted to see the overthrow of the government.", "stance")
        #expect(found.count == 1)
        let support = positions("The Reform Party warned that it would not support the budget.", "stance")
        #expect(support.count == 1)
    }

    @Test func theIssueIsAShortNounPhraseOrNothing() {
        let found = positions("Chile said that the new copper royalties may amount to a tax. Peru said more would follow. Brazil said it would not support the budget. Ghana said in public that prices were falling.", "stance")
        #expect(found.first { $0.answer == "Chile" }?.on == "the new copper royalties")
        #expect(found.first { $0.answer == "Peru" }.map { $0.on == nil } == true)
        #expect(found.first { $0.answer == "Brazil" }.map { $0.on == nil } == true)
        #expect(found.first { $0.answer == "Ghana" }?.on == "prices")
    }
}
