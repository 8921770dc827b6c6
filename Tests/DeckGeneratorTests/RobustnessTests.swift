import Testing
@testable import DeckGenerator

/// Bad or odd input never crashes the reader, the extractors or the card builder.
@Suite struct RobustnessTests {
    struct Generator64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = ["The", "Taliban", "(", ")", "TTP", ",", ".", " ", "\n\n", "#", "*", "\\*", "1,000", "2024", "–", "-", "’s", "'", "“", "”",
                         "of", "the", "said", "that", "Dr.", "U.S.", "Jan.", "5", "more than", "$", "%", "km", "President", "Ali", "Khan",
                         "<p>", "</p>", "&amp;", "[x](y)", "also known as", "headed by", "According to", "anti-", "12.01.2025", "Q1", "the 1990s",
                         "Bank", "of", "England", "(", "BoE", ")", "é", "ß", "🙂", "\t", "|", "{{", "}}", "last", "December", "on", "Monday"]

    @Test func randomTextsDoNotCrash() {
        var random = Generator64(state: 42)
        for round in 0..<300 {
            var text = ""
            for _ in 0..<Int(random.next() % 120) { text += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] + (random.next() % 3 == 0 ? " " : "") }
            for format in InputFormat.allCases {
                let (_, facts) = FactExtractor.extract(text: text, format: format)
                let cards = CardBuilder.cards(for: [.init(source: "r\(round).md", title: nil, facts: facts)])
                _ = DeckFile(name: "r", cards: cards).text()
            }
        }
    }

    @Test func edgeTexts() throws {
        for text in ["", ".", "(", "[[", "A", "2024", "$", "The (", "\\", "of the", "Dr.", "U.S.", "“", "1,000-", "—", "X’s", "Jan. ", "# ", "<", "&#0;", "&#xFFFFFFFF;",
                     "&#xD800;", "&#;", "&#x;", "5\u{00A0}000", "5\u{2009}", "\u{202F}000", "1\u{00A0}000\u{00A0}", "\\*", "\\*a\\*", "a\\*",
                     "Page", "Page 1 of", "Page /", "Tel:", "Tel: +", "Fax 1234567", "1 comments", "Share:", "|", ":"] {
            for format in InputFormat.allCases { _ = FactExtractor.extract(text: text, format: format) }
        }
    }
}
