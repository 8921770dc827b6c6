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

    @Test func encodingsSizeAndStdinOnce() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let mixed = factdeck.folder.appendingPathComponent("mixed.txt")
        try Data(Array("The Caf\u{E9} opened in 2021. Na".utf8) + [0xEF] + Array("ve.".utf8)).write(to: mixed)
        let refused = try factdeck.run(["extract", mixed.path], database: false)
        #expect(refused.status == 65)
        #expect(refused.stderr == "factdeck: error: \(mixed.path): the input is not valid UTF-8 (first bad byte at offset 28); convert it to UTF-8 first\n")
        let utf16 = factdeck.folder.appendingPathComponent("u16.txt")
        let wideBytes: [UInt8] = [0xFF, 0xFE] + Array("In 2021 it rained.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Data(wideBytes).write(to: utf16)
        let wide = try factdeck.run(["extract", utf16.path], database: false)
        #expect(wide.status == 65)
        #expect(wide.stderr == "factdeck: error: \(utf16.path): the input is UTF-16; convert it to UTF-8 first\n")
        // Too large: refused by its size before it is read (a sparse file of 40 MiB).
        let huge = factdeck.folder.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 40 << 20)
        try handle.close()
        let large = try factdeck.run(["extract", huge.path], database: false)
        #expect(large.status == 65)
        #expect(large.stderr == "factdeck: error: \(huge.path): the input is 40 MB, more than the 32 MB an article may have\n")
        let twice = try factdeck.run(["extract", "-", "-"], stdin: "In 2021 it rained.\n", database: false)
        #expect(twice.status == 64)
        #expect(twice.stderr == "factdeck: error: stdin (-) may be given only once\n")
        let generate = try factdeck.run(["generate", "-", mixed.path, "-"], stdin: "In 2021 it rained.\n", database: false)
        #expect(generate.status == 64)
    }
}
