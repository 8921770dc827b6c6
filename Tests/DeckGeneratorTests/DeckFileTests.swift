import FactdeckModel
import Testing
@testable import DeckGenerator

/// The deck file format: round trip, and malformed files refused with `file:line:column: message`.
@Suite struct DeckFileTests {
    static let cards = [
        CardDraft(id: CardID("abc123")!, noteID: "note1", content: CardContent(
            kind: .cloze, prompt: "In {{2023}}, 645 attacks were recorded.", answer: "2023", alternatives: [],
            factKind: .date, hint: "year", context: "In 2023, 645 attacks were recorded.", source: "a.md", tags: ["date"])),
        CardDraft(id: CardID("def456")!, content: CardContent(
            kind: .typed, prompt: "What does CSTO stand for?", answer: "Collective Security Treaty Organisation",
            alternatives: ["Collective Security Treaty Organization", "1,000"], factKind: .group, hint: nil,
            context: "Line one\nline two", source: nil, tags: ["group", "organisation"])),
        CardDraft(id: CardID("ghi789")!, content: CardContent(kind: .basic, prompt: "Q?", answer: "A")),
    ]

    @Test func roundTrip() throws {
        let deck = DeckFile(name: "Sample deck", cards: DeckFileTests.cards)
        let text = deck.text()
        let parsed = try DeckFile.parse(text, file: "x.deck")
        #expect(parsed == deck)
        #expect(parsed.text() == text)
        #expect(text.contains("[card abc123]\nnote: note1\nkind: cloze\nfact: date\nprompt: In {{2023}}, 645 attacks were recorded.\nanswer: 2023\nhint: year"))
    }

    @Test func handWrittenFileWithCommentsAndCRLF() throws {
        let text = "# my deck\r\nformat: factdeck-deck 1\r\n\r\n[card q1]\r\nprompt: Capital of Peru?\r\nanswer: Lima\r\naccept: Lima, Peru\r\n"
        let deck = try DeckFile.parse(text, file: "x.deck")
        #expect(deck.name == nil)
        #expect(deck.cards.count == 1)
        #expect(deck.cards[0].content.kind == .basic)
        #expect(deck.cards[0].content.alternatives == ["Lima, Peru"])
    }

    @Test(arguments: [
        ("[card a]\nprompt: x\nanswer: y\n", 1, 1, "missing 'format: factdeck-deck 1' before the first card"),
        ("format: factdeck-deck 2\n", 1, 9, "unsupported format"),
        ("format: factdeck-deck 1\n[card a b]\nprompt: x\nanswer: y\n", 2, 7, "invalid card id 'a b'"),
        ("format: factdeck-deck 1\n[card a]\nprompt: x\nanswer: y\n\n[card a]\nprompt: z\nanswer: w\n", 6, 7, "duplicate card id 'a' (first at line 2)"),
        ("format: factdeck-deck 1\n[card a]\nprompt: x\nanswer: y\ncolour: red\n", 5, 1, "unknown field 'colour'"),
        ("format: factdeck-deck 1\n[card a]\nprompt: x\n", 2, 1, "card 'a' has no answer"),
        ("format: factdeck-deck 1\n[card a]\nkind: cloze\nprompt: no braces\nanswer: y\n", 4, 9, "invalid cloze text"),
        ("format: factdeck-deck 1\n[card a]\nkind: fancy\nprompt: x\nanswer: y\n", 3, 7, "unknown kind 'fancy'"),
        ("format: factdeck-deck 1\n[card a]\nprompt x\n", 3, 1, "expected 'key: value' or '[card ID]'"),
        ("format: factdeck-deck 1\n[card a]\nprompt: x\nprompt: y\nanswer: z\n", 4, 1, "field 'prompt' given twice"),
        ("format: factdeck-deck 1\n[card a]\nprompt: x\u{7}y\nanswer: z\n", 3, 10, "control character"),
        ("hello\n", 1, 1, "expected 'key: value'"),
        ("format: factdeck-deck 1\n[card a]\nkind: cloze\nprompt: In {{2023}} it rained.\nanswer: 2024\n", 5, 9, "answer '2024' differs from the part hidden"),
        ("format: factdeck-deck 1\ndeck: A\nformat: factdeck-deck 1\n[card a]\nprompt: x\nanswer: y\n", 3, 1, "header field 'format' given twice (first at line 1)"),
    ] as [(String, Int, Int, String)])
    func malformedFilesAreRefusedWithPosition(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        do {
            _ = try DeckFile.parse(text, file: "bad.deck")
            Issue.record("parsed a malformed file")
        } catch let GeneratorError.malformedDeck(file, gotLine, gotColumn, gotMessage) {
            #expect(file == "bad.deck")
            #expect(gotLine == line)
            #expect(gotColumn == column)
            #expect(gotMessage.hasPrefix(message), "\(gotMessage)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func firstInvalidUTF8ByteHasALineAndColumn() {
        let bytes = Array("format: factdeck-deck 1\nprompt: caf".utf8) + [0xE9, 0x0A]
        let place = DeckFile.firstInvalidUTF8(bytes)
        #expect(place?.line == 2 && place?.column == 12 && place?.byte == 0xE9)
        #expect(DeckFile.firstInvalidUTF8(Array("héllo\n→ ok".utf8)) == nil)
    }
}
