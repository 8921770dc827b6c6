import Foundation
import Testing

/// Where the shared folder and the sample article are, from this file's path.
enum SharedFiles {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let sample = shared.appendingPathComponent("sources/afghanistan-pakistan-clashes-2025.md").path
    static let sampleGold = shared.appendingPathComponent("facts/afghanistan-pakistan-clashes-2025.gold.json").path
    static let sampleDeck = packageRoot.appendingPathComponent("decks/afghanistan-pakistan-clashes-2025.deck").path
}

/// End-to-end: `factdeck extract` on files and standard input, its JSON and its errors.
@Suite struct ExtractCommandTests {
    @Test func jsonHasGoldKeysAndOffsets() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let result = try factdeck.run(["extract", SharedFiles.sample, "--json"], database: false)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try result.json() as? [String: Any])
        #expect(object["document"] as? String == SharedFiles.sample)
        let facts = try #require(object["facts"] as? [[String: Any]])
        #expect(facts.count > 40)
        let year = try #require(facts.first { $0["answer"] as? String == "1947" })
        #expect(year["type"] as? String == "date")
        #expect(year["value"] as? String == "1947")
        #expect((year["context"] as? String)?.hasPrefix("When Pakistan was established in 1947") == true)
        let start = try #require(year["start"] as? Int), end = try #require(year["end"] as? Int)
        #expect(end - start == 4)
        let csto = try #require(facts.first { $0["answer"] as? String == "Collective Security Treaty Organisation" })
        #expect(csto["aliases"] as? [String] == ["CSTO"])
        #expect(csto["subtype"] as? String == "organisation")
        #expect(facts.contains { $0["type"] as? String == "position" && $0["subtype"] as? String == "role" && $0["role"] as? String == "then-prime minister" })
    }

    @Test func tableAndStdin() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let table = try factdeck.run(["extract", "-"], stdin: "In 2023, 645 attacks were recorded.\n", database: false)
        #expect(table.status == 0)
        #expect(table.stdout.contains("KIND"))
        #expect(table.stdout.contains("2023"))
        #expect(table.stdout.contains("645 attacks"))
        let html = try factdeck.run(["extract", "-", "--json"], stdin: "<html><body><p>Prices rose 3.1% in <b>February 2024</b>.</p></body></html>", database: false)
        let facts = try #require((try html.json() as? [String: Any])?["facts"] as? [[String: Any]])
        #expect(facts.map { $0["answer"] as? String } == ["February 2024", "3.1%"])
    }

    @Test func badInputIsRefused() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let missing = try factdeck.run(["extract", factdeck.folder.appendingPathComponent("nope.md").path], database: false)
        #expect(missing.status == 66)
        #expect(missing.stderr.hasPrefix("factdeck: error: "))
        let empty = factdeck.folder.appendingPathComponent("empty.md")
        try Data().write(to: empty)
        #expect(try factdeck.run(["extract", empty.path], database: false).status == 65)
        let binary = factdeck.folder.appendingPathComponent("b.md")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]).write(to: binary)
        let refused = try factdeck.run(["extract", binary.path], database: false)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("binary"))
        let latin = factdeck.folder.appendingPathComponent("latin.txt")
        try Data(Array("The caf".utf8) + [0xE9] + Array(" opened in 1999 with 12 staff.".utf8)).write(to: latin)
        let decoded = try factdeck.run(["extract", latin.path], database: false)
        #expect(decoded.status == 0)
        #expect(decoded.stderr.contains("Latin-1"))
        #expect(decoded.stdout.contains("1999"))
    }
}
