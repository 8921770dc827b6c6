import Testing
@testable import DeckGenerator

/// The word-hash tables the extractors use instead of `Dictionary` and `Set`.
@Suite struct FastTablesTests {
    @Test func addCountsInPlaceAndInsertsAbsentKeys() {
        var table = KeyTable<Int>()
        let key = Lexicon.key("board")
        table.add(key, 1)
        table.add(key, 2)
        table.add(Lexicon.key("union"), 0)
        #expect(table[key] == 3)
        #expect(table[Lexicon.key("union")] == 0, "a delta of 0 still adds the key, as `table[key, default: 0] += 0` did")
        #expect(table[Lexicon.key("party")] == nil)
        // Many keys: growing keeps every count.
        for index in 0..<1_000 { table.add(UInt64(index) &* 0x9E37_79B9_7F4A_7C15, index) }
        #expect((0..<1_000).allSatisfy { table[UInt64($0) &* 0x9E37_79B9_7F4A_7C15] == $0 })
        #expect(table[key] == 3)
    }

    @Test func exchangeReturnsThePreviousValue() {
        var table = KeyTable<Int32>(minimumCapacity: 4)
        #expect(table.exchange(7, 1) == nil)
        #expect(table.exchange(7, 2) == 1)
        #expect(table.exchange(0, 5) == nil, "key 0 is stored like any other")
        #expect(table[7] == 2 && table[0] == 5)
    }

    @Test func keyFilterLetsEveryGivenKeyThroughAndMostOthersNot() {
        let words = ["headed", "led", "chaired", "founded", "run", "commanded", "started"]
        let filter = KeyFilter(words.map { Lexicon.key($0) })
        #expect(words.allSatisfy { filter.mayContain(Lexicon.key($0)) })
        let others = Lexicon.split("the of and to in a is that for on with as was by at from it his an were are which this be or has had not have")
        let passed = others.filter { filter.mayContain(Lexicon.key($0)) }.count
        #expect(passed * 2 < others.count, "\(passed) of \(others.count) common words pass")
    }
}
