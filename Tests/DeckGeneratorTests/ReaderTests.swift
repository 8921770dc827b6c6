import Testing
@testable import DeckGenerator

/// The reader's text: markup removed, escapes and footnote marks resolved, sentences split.
@Suite struct ReaderTests {
    func sentences(_ text: String, _ format: InputFormat = .markdown) -> [String] {
        let read = ArticleReader.read(text, format: format)
        return read.sentences.filter { read.paragraphs[$0.paragraph].kind != .chrome }.map { read.string(of: $0) }
    }

    @Test func markdownMarkupEscapesAndFootnoteMarks() {
        let text = "## *Clashes escalate*\n\nThe Taliban\\* has **invaded** a [town](http://x.org) 24km away (TTP\\*, also known as the Pakistani Taliban\\*).\n\n\\*\\*\\*\\*\\*\n\n\\* Organisations banned in the Russian Federation"
        let read = ArticleReader.read(text, format: .markdown)
        #expect(read.paragraphs.map(\.kind) == [.heading, .body, .chrome])
        #expect(read.string(of: read.paragraphs[1]) == "The Taliban has invaded a town 24km away (TTP, also known as the Pakistani Taliban).")
    }

    @Test func pageBreakJoinsSentence() {
        #expect(sentences("The support, including in\n\nterms of weapons, was large. The group wishes\n\nto see change.") ==
                ["The support, including in terms of weapons, was large.", "The group wishes to see change."])
    }

    @Test func otherScriptsAddressesAndPullQuotesAreChrome() {
        let text = "# افغانستان آزاد\n\n[www.afgazad.com](http://www.afgazad.com)\n\nafgazad@gmail.com\n\n“TTP” has given the Taliban depth inside Pakistan\n\nSareen stated that the “TTP has given the Taliban depth inside Pakistan”."
        let read = ArticleReader.read(text, format: .markdown)
        #expect(read.paragraphs.map(\.kind) == [.chrome, .chrome, .chrome, .chrome, .body])
    }

    @Test func abbreviationsInitialsDecimalsQuotes() {
        let text = "The U.S. economy grew 3.5% in Jan. and Feb. under Dr. Smith. J. R. Doe agreed. \"It works!\" he said. She asked \"why?\" Then she left (as planned.) Apple Inc. The company fell. Talks with Apple Inc. continued."
        #expect(sentences(text, .plain) == [
            "The U.S. economy grew 3.5% in Jan. and Feb. under Dr. Smith.",
            "J. R. Doe agreed.",
            "\"It works!\" he said.",
            "She asked \"why?\"",
            "Then she left (as planned.)",
            "Apple Inc.",
            "The company fell.",
            "Talks with Apple Inc. continued.",
        ])
    }

    @Test func htmlTagsEntitiesScriptsAndBlocks() {
        let html = "<html><head><title>x</title><style>p{}</style></head><body><nav>Home</nav><h1>Rates &amp; markets</h1><p>The bank&#8217;s rate rose<br>to 4.5%.</p><script>var a = 1;</script><ul><li>First item</li></ul></body></html>"
        let read = ArticleReader.read(html, format: .html)
        #expect(read.paragraphs.map { read.string(of: $0) } == ["Rates & markets", "The bank’s rate rose to 4.5%.", "First item"])
        #expect(read.paragraphs.map(\.kind) == [.heading, .body, .listItem])
    }

    @Test func decodingRefusesEmptyBinaryAndNonUTF8() throws {
        #expect(throws: GeneratorError.emptyInput("x")) { try TextDecoding.decode(Array(" \n\n".utf8), path: "x") }
        #expect(throws: GeneratorError.binaryInput("x")) { try TextDecoding.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x10], path: "x") }
        #expect(throws: GeneratorError.invalidEncoding("x", offset: 2)) { try TextDecoding.decode([0x41, 0x42, 0xC3, 0xC3, 0x80, 0x80], path: "x") }
        let latin = try TextDecoding.decode(Array("Caf".utf8) + [0xE9] + Array(" au lait, na".utf8) + [0xEF] + Array("ve and fine.".utf8), path: "x")
        #expect(latin.decodedAsLatin1)
        #expect(latin.text == "Café au lait, naïve and fine.")
        let bom = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Hi.".utf8), path: "x")
        #expect(bom.text == "Hi.")
    }

    @Test func formatGuess() {
        #expect(InputFormat.guess(path: "a.html", text: "") == .html)
        #expect(InputFormat.guess(path: "a.txt", text: "") == .plain)
        #expect(InputFormat.guess(path: "-", text: "<!DOCTYPE html><p>x</p>") == .html)
        #expect(InputFormat.guess(path: "-", text: "# Title") == .markdown)
    }
}
