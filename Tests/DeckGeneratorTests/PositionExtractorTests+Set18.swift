import Testing
@testable import DeckGenerator

/// Roles of sets 18 and 19: a speaker of a parliament holds an office.
extension PositionExtractorTests {
    @Test func speakerOfParliamentIsARole() {
        let facts = FactExtractor.extract(text: "With Kanat Isaev, the speaker of parliament, declining to take over, Japarov became acting president.", format: .plain).1
        #expect(facts.contains { $0.subtype == "role" && $0.answer == "Kanat Isaev" && ($0.role ?? "").contains("speaker") }, "\(facts)")
        #expect(!facts.contains { $0.type == .group && $0.answer == "Kanat Isaev" })
    }
}
