import Testing
@testable import DeckGenerator

/// Byte-level helpers that stand in for `String` and `Array` calls on hot paths: same answers.
@Suite struct ByteHelpersTests {
    @Test func endsWithAnswersAsHasSuffixOnTheTokensText() {
        // A prepend mark (U+0600) before `ly` joins the `l` into one character: `hasSuffix("ly")` is false there.
        let text = "He firmly said it: quickly, \u{0600}ly, éing, sing, s, ly."
        let read = ArticleReader.read(text, format: .plain)
        read.bytes.withUnsafeBufferPointer { buffer in
            let analyzer = Analyzer(read: read, bytes: buffer)
            for s in analyzer.tokens.indices {
                for token in analyzer.tokens[s] {
                    let word = analyzer.text(token)
                    for suffix: StaticString in ["ly", "ing", "s", "al"] {
                        #expect(analyzer.endsWith(token, suffix) == word.hasSuffix(suffix.description), "\(word) \(suffix)")
                    }
                }
            }
        }
    }

    @Test func lastWordIsTheLastOfTheSplitWords() {
        for text in ["Gordon Carraway", "Carraway", "  Gordon  Carraway  ", " ", "", "Jean-Luc Picard", "A \u{301}B C"] {
            #expect(NameFinder.lastWord(text) == text.split(separator: " ").last, "\(text)")
        }
    }

    @Test func removeAscendingKeepsTheRestInOrder() {
        var words = ["a", "b", "c", "d", "e", "f"].map { $0 + String(repeating: "x", count: 20) }
        words.remove(ascending: [1, 2, 4])
        #expect(words.map { $0.prefix(1) } == ["a", "d", "f"])
        words.remove(ascending: [])
        #expect(words.count == 3)
        words.remove(ascending: [0, 1, 2])
        #expect(words.isEmpty)
    }
}
