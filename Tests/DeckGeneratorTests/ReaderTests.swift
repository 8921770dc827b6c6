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

    @Test func htmlNamedEntitiesOfHTML4() {
        let read = ArticleReader.read("<p>A 3&nbsp;&micro;m process at 40&deg;C, &frac12; the cost &ndash; &Eacute;cole &alpha;.</p>", format: .html)
        #expect(read.paragraphs.map { read.string(of: $0) } == ["A 3 µm process at 40°C, ½ the cost – École α."])
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

    // MARK: Blocks that are whole, encodings, numbers, chrome lines, escaped stars

    @Test func htmlCellsAndItemsAreNeverJoinedByThePageBreakRuleButProseIs() {
        let html = "<table><tr><td>wages fell 3% in 2015</td><td>rents rose 2% in 2016</td></tr></table><ul><li>400 cafés closed</li><li>rents rose 7%</li></ul><h2>prices</h2><p>and more</p><p>on the way in 2017</p>"
        #expect(sentences(html, .html) == ["wages fell 3% in 2015", "rents rose 2% in 2016", "400 cafés closed", "rents rose 7%",
                                           "prices", "and more on the way in 2017"])
        // A nested `div` or an advertisement between two halves of a sentence.
        #expect(sentences("<div>The party won 12 seats<div>in 2016 elections.</div></div>", .html) == ["The party won 12 seats in 2016 elections."])
        // Markdown joins paragraphs only: not a list item or table row and the paragraph after it.
        #expect(sentences("- the first item\n\nand a paragraph after it\n\n| a cell |\n\nbelow the table") ==
                ["the first item", "and a paragraph after it", "a cell", "below the table"])
        #expect(sentences("Rents rose by\n\nabout 2% in 2016.", .plain) == ["Rents rose by about 2% in 2016."])
    }

    @Test func mixedUTF8AndLatin1AndUTF16AreRefused() throws {
        // Valid UTF-8 `é` and Latin-1 `ï`: the file is UTF-8 with a bad byte, not Latin-1.
        let mixed = Array("The Caf\u{E9} opened. Na".utf8) + [0xEF] + Array("ve text.".utf8)
        #expect(throws: GeneratorError.invalidEncoding("x", offset: 20)) { try TextDecoding.decode(mixed, path: "x") }
        // The offset counts the BOM: it is the offset in the file.
        #expect(throws: GeneratorError.invalidEncoding("x", offset: 5)) { try TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x41, 0x42, 0xC3, 0xC3], path: "x") }
        let le: [UInt8] = [0xFF, 0xFE] + Array("Hi there.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + Array("Hi there.".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(throws: GeneratorError.utf16Input("x")) { try TextDecoding.decode(le, path: "x") }
        #expect(throws: GeneratorError.utf16Input("x")) { try TextDecoding.decode(be, path: "x") }
        #expect(throws: GeneratorError.utf16Input("x")) { try TextDecoding.decode(Array(le.dropFirst(2)), path: "x") }
        #expect(throws: GeneratorError.utf16Input("x")) { try TextDecoding.decode(Array(be.dropFirst(2)), path: "x") }
        #expect(GeneratorError.utf16Input("a.txt").description == "a.txt: the input is UTF-16; convert it to UTF-8 first")
        #expect(GeneratorError.inputTooLarge("a.txt", bytes: 50_000_000).description == "a.txt: the input is 48 MB, more than the 32 MB an article may have")
        // Latin-1 alone is still read.
        #expect(try TextDecoding.decode(Array("Caf".utf8) + [0xE9] + Array(" au lait.".utf8), path: "x").text == "Café au lait.")
    }

    @Test func thinAndNoBreakSpacesBetweenDigitGroupsKeepTheNumberWhole() {
        let read = ArticleReader.read("<p>5&#8201;000 tonnes, 12&nbsp;345\u{202F}678 people, 5\u{00A0}000 cars, in 2015&nbsp;000 and 5&nbsp;0000 and 5&nbsp;km.</p>", format: .html)
        #expect(read.text == "5,000 tonnes, 12,345,678 people, 5,000 cars, in 2015 000 and 5 0000 and 5 km.")
        let marked = MarkedText("Exports reached [[5,000 tonnes|figure]] in [[2020|date]].")
        let facts = FactExtractor.extract(text: "Exports reached 5\u{2009}000 tonnes in 2020.", format: .plain).1
        #expect(marked.missing("figure", in: facts).isEmpty, "\(facts.map(\.answer))")
        #expect(marked.missing("date", in: facts).isEmpty)
    }

    @Test func invalidNumericReferencesBecomeReplacementCharacters() {
        let read = ArticleReader.read("<p>a&#0;b&#xD800;c&#x110000;d&#xFFFFFFFF;e&#;f&#65;g</p>", format: .html)
        #expect(read.text == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e&#;fAg")
    }

    @Test func shortFurnitureLinesAreChrome() {
        let text = "Tel: +44 20 7946 0958\n\nFax. (020) 7946-0959 or 020 7946 0950\n\nPage 3 of 12\n\nPage 4/12\n\n12 comments\n\nShare\n\nAdvertisement\n\nPrint:\n\nRead more\n\nThe river rose 3 metres in 2019.\n\nPhone lines: 12 were cut in 2019\n\nPage 3 of the report\n\n12 comments were removed in 2020.\n\nShare prices fell 3%."
        #expect(sentences(text, .plain) == ["The river rose 3 metres in 2019.", "Phone lines: 12 were cut in 2019", "Page 3 of the report",
                                            "12 comments were removed in 2020.", "Share prices fell 3%."])
        // A heading that is one of these words stays a heading.
        #expect(ArticleReader.read("## Search\n\nThe search took 3 days.", format: .markdown).paragraphs.map(\.kind) == [.heading, .body])
    }

    @Test func plainTextParagraphsAreFoldedInOnePass() {
        // Blank lines (spaces, tabs, carriage returns) end a paragraph; a line of a vertical tab does not.
        // Runs longer than sixteen bytes, double spaces, tabs and line ends fold to single spaces.
        let text = "  First line  of\r\ntext\twith  tabs.  \n \t \r\nSecond paragraph,\u{000B}long enough to need more than sixteen bytes a step:   done.\n\u{000B}\nStill the second.\n\n\n5\u{00A0}\n000 cars\n"
        let read = ArticleReader.read(text, format: .plain)
        #expect(read.paragraphs.map { read.string(of: $0) } == [
            "First line of text with tabs.",
            "Second paragraph, long enough to need more than sixteen bytes a step: done. Still the second.",
            "5 000 cars",
        ])
    }

    @Test func byteScanLanesLettersAndLeadBytes() {
        let bytes = Array("no mark here, but. one".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(ByteScan.firstLane(ByteScan.block(buffer, 0) .== SIMD16(repeating: UInt8(ascii: "."))) == 16)
            #expect(ByteScan.firstLane(ByteScan.block(buffer, 4) .== SIMD16(repeating: UInt8(ascii: "."))) == 13)
        }
        func word(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer { ByteScan.word($0, 0) } }
        #expect(ByteScan.asciiLetters(word(Array("aZ@[`{z".utf8) + [0xC1])) == 0x0080_0000_0000_8080)
        #expect(ByteScan.leadBytes(word([0xC3, 0xA9, 0x41, 0xE2, 0x80, 0x9C, 0xBF, 0xFF])) == 0x8000_0000_8000_0080)
        // Mostly Latin with a few signs beyond ASCII, and mostly another script.
        #expect(!Chrome.isChrome(Array("“Café” is where the committee met on Tuesday".utf8)))
        #expect(Chrome.isChrome(Array("Москва is big".utf8)))
    }

    @Test func escapedStarsAroundAWordAreKept() {
        let read = ArticleReader.read("Critics put it at 3\\*5 \\*escaped\\* stars. The Taliban\\* and TTP\\*, also\nthe \\*starred\nphrase\\* here.", format: .markdown)
        #expect(read.text == "Critics put it at 3*5 *escaped* stars. The Taliban and TTP, also the *starred phrase* here.")
    }
}
