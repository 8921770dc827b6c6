import Testing
@testable import DeckGenerator

/// Token class bits stand for their word lists exactly, so a bit test gives the same answer
/// as a lookup in the list.
@Suite struct WordClassTests {
    @Test func everyBitMirrorsItsList() {
        #expect(WordClass.sources.count <= 64)
        var seen: UInt64 = 0
        for (wordClass, keys) in WordClass.sources {
            #expect(seen & wordClass.rawValue == 0, "two lists share a bit")
            seen |= wordClass.rawValue
            #expect(!keys.isEmpty)
            for key in keys { #expect(WordClass.table[key] & wordClass.rawValue != 0) }
            // No word outside the list has its bit.
            let members = Set(keys)
            for (_, other) in WordClass.sources {
                for key in other where !members.contains(key) { #expect(WordClass.table[key] & wordClass.rawValue == 0) }
            }
        }
    }

    @Test func tokensCarryTheirClasses() {
        let text = Array("The chief executive said on Tuesday that Pakistani forces, the ministry and 20 soldiers left.".utf8)
        var buffer = TokenBuffer(capacity: 4)
        text.withUnsafeBufferPointer { Tokenizer.tokenize($0, 0, $0.count, into: &buffer) }
        let count = buffer.count
        let store = SentenceTokens(buffer, starts: [0, count], summaries: [SentenceSummary()])
        let tokens = store[0]
        #expect(count == 17)
        func token(_ word: String) -> Token { tokens.first { String(decoding: text[$0.start..<$0.end], as: UTF8.self) == word }! }
        #expect(token("executive").isIn(.roleHeads) == Lexicon.roleHeads.contains(Lexicon.key("executive")))
        #expect(token("said").isIn(.reportingVerbs))
        #expect(token("Tuesday").isIn(.weekdays))
        #expect(token("Pakistani").isIn(.demonym))
        #expect(!token("soldiers").isIn(.weekdays))
        #expect(tokens.allSatisfy { $0.kind != .punct || $0.classes == 0 })
    }
}
