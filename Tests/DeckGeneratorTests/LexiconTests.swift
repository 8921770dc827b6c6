import Testing
@testable import DeckGenerator

/// The word keys written as literals in `K` are the hashes `Lexicon.key` gives their words.
@Suite struct LexiconTests {
    @Test func literalKeysMatchTheirWords() {
        #expect(K.all.count >= 100)
        for (word, key) in K.all {
            #expect(Lexicon.key(word) == key, "K constant for \(word)")
        }
    }

    @Test func stringKeyEqualsByteKey() {
        for word in ["Taliban", "al-Qa’eda", "U.S.", "Goïta", "it's", ""] {
            let bytes = Array(word.utf8)
            let byteKey = bytes.withUnsafeBufferPointer { Lexicon.key($0, 0, $0.count) }
            #expect(Lexicon.key(word) == byteKey)
        }
    }
}
