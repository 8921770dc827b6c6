import FactdeckModel
import Foundation
@testable import Interop
import Storage
import Testing

@Suite struct CSVImporterTests {
    private func write(_ text: String, _ name: String, in collection: InteropCollection) throws -> URL {
        let url = collection.url(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    private func importText(_ text: String, name: String = "words.csv", options: CSVImportOptions = .init(),
                            into collection: InteropCollection) throws -> InteropImportReport {
        try CSVImporter.importFile(url: try write(text, name, in: collection), into: collection.database, options: options,
                                   clock: collection.clock, now: collection.now)
    }

    @Test func readsAnkisOwnExportFormat() throws {
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        let text = """
        #separator:tab
        #html:true
        #guid column:1
        #notetype column:2
        #deck column:3
        #tags column:6
        O]G6!PFr}a\tBasic\tGeo::Europe\tCapital of <b>France</b>\tParis\tgeo
        K.i}Fee(!-\tCloze\tGeo::Europe\tIn {{c1::2023}}, {{c2::645::number}} attacks\t\t
        abc\tBasic (and reversed card)\tWords\tchien\tdog\t
        typ\tBasic (type in the answer)\tWords\tYear\t1989\t

        """
        let report = try importText(text, name: "notes.txt", into: collection)
        #expect(report.summary.cards.added == 6)
        let cards = try collection.allCards()
        #expect(cards.contains { $0.content.prompt == "Capital of France" && $0.content.answer == "Paris" && $0.content.tags == ["geo"] })
        #expect(cards.contains { $0.content.prompt == "In 2023, {{645}} attacks" && $0.content.hint == "number" })
        #expect(cards.contains { $0.content.prompt == "dog" && $0.content.answer == "chien" })
        #expect(cards.contains { $0.content.kind == .typed && $0.content.answer == "1989" })
        // Same GUIDs as the .apkg importer derives: a CSV and a package of one deck meet.
        #expect(cards.contains { $0.noteID == CardID.derived(from: "anki:O]G6!PFr}a").rawValue })
        #expect(cards.contains { $0.id.rawValue == "typ" })
        let again = try importText(text, name: "notes.txt", into: collection)
        #expect(again.summary.cards.unchanged == 6 && again.summary.cards.added == 0)
    }

    @Test func withoutAHeaderColumnsAreFrontBackTags() throws {
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        let report = try importText("Capital of Peru,Lima,geo capitals\n\"Quoted, with\nnewline\",\"say \"\"hi\"\"\"\n",
                                    name: "capitals.csv", into: collection)
        #expect(report.summary.cards.added == 2)
        let cards = try collection.allCards()
        #expect(Set(cards.map(\.deckName)) == ["capitals"])
        #expect(cards.contains { $0.content.prompt == "Capital of Peru" && $0.content.tags == ["geo", "capitals"] })
        #expect(cards.contains { $0.content.prompt == "Quoted, with\nnewline" && $0.content.answer == "say \"hi\"" })
        // Ids come from the content: a second import changes nothing.
        let again = try importText("Capital of Peru,Lima,geo capitals\n\"Quoted, with\nnewline\",\"say \"\"hi\"\"\"\n",
                                   name: "capitals.csv", into: collection)
        #expect(again.summary.cards.unchanged == 2)
    }

    @Test func aColumnMappingAndADeckCanBeGiven() throws {
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        let mapping = try #require(CSVColumns(mapping: "front=2,back=3,deck=1"))
        #expect(CSVColumns(mapping: "back=2") == nil)
        #expect(CSVColumns(mapping: "front=x") == nil)
        _ = try importText("Spanish\tperro\tdog\nSpanish\tgato\tcat\n", name: "w.tsv",
                           options: CSVImportOptions(columns: mapping), into: collection)
        let cards = try collection.allCards()
        #expect(cards.map(\.deckName) == ["Spanish", "Spanish"])
        #expect(cards.map(\.content.prompt) == ["perro", "gato"])
        _ = try importText("a;b\n", name: "x.txt", options: CSVImportOptions(deckName: "Chosen"), into: collection)
        #expect(try collection.database.deck(named: "Chosen") != nil)
    }

    @Test func columnsHeaderPicksFieldsByName() throws {
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        _ = try importText("#separator:comma\n#columns:Tags,Back,Front\nt1,answer,question\n", into: collection)
        let card = try #require(try collection.allCards().first)
        #expect(card.content.prompt == "question" && card.content.answer == "answer" && card.content.tags == ["t1"])
    }

    @Test func aMalformedFileIsRefusedWholeAndTheCollectionIsUnchanged() throws {
        let cases: [(String, String)] = [
            ("good,row\n\"never closed,x\n", "2: a quoted field is never closed"),
            ("good,row\nonly-front\n", "2: the back is empty"),
            ("good,row\n\"a\"b,c\n", "2: text after a closing quote"),
            ("#separator:comma\n#notetype:Cloze\nno cloze here,\n", "3: a Cloze note without"),
            ("#deck column:x\na,b\n", "1: '#deck column' needs a column number"),
        ]
        for (text, message) in cases {
            let collection = try InteropCollection()
            defer { collection.cleanUp() }
            try collection.seed()
            let before = try collection.snapshot()
            do {
                _ = try importText(text, into: collection)
                Issue.record("accepted: \(text)")
            } catch let error as InteropError {
                #expect(error.description.contains("words.csv:\(message)"), "\(error)")
            }
            #expect(try collection.snapshot() == before)
        }
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        let url = collection.url("latin1.csv")
        try Data([0x63, 0x61, 0x66, 0xE9, 0x2C, 0x78, 0x0A]).write(to: url)
        #expect(throws: InteropError.badText(path: url.path, line: 1, reason: "the file is not UTF-8 text")) {
            try CSVImporter.importFile(url: url, into: collection.database, clock: collection.clock, now: collection.now)
        }
    }

    @Test func delimitedTextQuotesWhatNeedsIt() throws {
        let line = DelimitedText.line(["plain", "a,b", "say \"x\"", "#hash", "two\nlines"], separator: ",")
        #expect(line == "plain,\"a,b\",\"say \"\"x\"\"\",\"#hash\",\"two\nlines\"")
        let records = try DelimitedText.records(line + "\r\n# comment\nlast,row", separator: ",")
        #expect(records.map(\.fields) == [["plain", "a,b", "say \"x\"", "#hash", "two\nlines"], ["last", "row"]])
        #expect(records.map(\.line) == [1, 4])
    }

    @Test func htmlBecomesText() {
        #expect(HTMLText.plain("Capital of <b>France</b>&nbsp;&amp; co<br>next[sound:a.mp3]") == "Capital of France & co\nnext")
        #expect(HTMLText.plain("<div>one</div><div>two</div>") == "one\ntwo")
        #expect(HTMLText.plain("&#233;t&#xE9; &lt;3") == "été <3")
        #expect(HTMLText.html("a < b & c\nd") == "a &lt; b &amp; c<br>d")
    }

    @Test func clozeMarkupBecomesOneCardPerNumber() throws {
        let text = "{{c1::Paris}} is in {{c2::France::country}}; {{c1::Paris}} is big. {{c3::outer {{c4::inner}}}}"
        #expect(ClozeMarkup.numbers(in: text) == [1, 2, 3, 4])
        let one = try #require(ClozeMarkup.card(text, number: 1))
        #expect(one.prompt == "{{Paris}} is in France; [...] is big. outer inner")
        #expect(one.answer == "Paris, Paris")
        let two = try #require(ClozeMarkup.card(text, number: 2))
        #expect(two.prompt == "Paris is in {{France}}; Paris is big. outer inner" && two.hint == "country")
        let three = try #require(ClozeMarkup.card(text, number: 3))
        #expect(three.answer == "outer inner")
        let four = try #require(ClozeMarkup.card(text, number: 4))
        #expect(four.prompt.hasSuffix("outer {{inner}}"))
        #expect(ClozeMarkup.card(text, number: 5) == nil)
    }
}
