import FactdeckModel
import Foundation
import GRDB
@testable import Interop
import Storage
import Testing

/// Every bad archive is refused whole, with a one-line error naming the file, and the
/// collection is left exactly as it was.
@Suite struct BadArchiveTests {
    /// Imports `url` into a seeded collection, expects `check` of the error, and an unchanged collection.
    private func expectRefused(_ build: (InteropCollection) throws -> URL, limits: ExpansionLimits = .default,
                               _ check: (InteropError) -> Bool) throws {
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        try collection.seed()
        let before = try collection.snapshot()
        let url = try build(collection)
        do {
            _ = try collection.importPackage(url, limits: limits)
            Issue.record("the import of \(url.lastPathComponent) was not refused")
        } catch let error as InteropError {
            #expect(check(error), "\(error)")
            #expect(error.description.hasPrefix(url.path))
            #expect(!error.description.contains("\n"))
        }
        #expect(try collection.snapshot() == before)
    }

    private func zip(_ entries: [(String, Data)], _ collection: InteropCollection, name: String = "bad.apkg") throws -> URL {
        let url = collection.url(name)
        try AnkiExporter.writeZip(entries, to: url, date: collection.now)
        return url
    }

    private func goodCollectionData() throws -> Data {
        try extract("collection.anki2", from: Fixtures.url("genanki.apkg"))
    }

    private func extract(_ entry: String, from url: URL) throws -> Data {
        let archive = try SafeArchive(url: url, limits: .default)
        return try #require(try archive.data(entry, maximum: 50 << 20))
    }

    @Test func refusesEntriesThatClimbOutOfTheFolder() throws {
        let collectionData = try goodCollectionData()
        for name in ["../evil.txt", "media/../../evil", "/etc/evil", "..\\evil", "C:\\evil"] {
            try expectRefused({ try zip([("collection.anki2", collectionData), (name, Data("x".utf8))], $0) }) {
                if case .unsafeEntry(_, let entry) = $0 { return entry == name }
                return false
            }
        }
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.temporaryDirectory.appendingPathComponent("evil.txt").path))
    }

    @Test func refusesArchivesThatExpandPastTheLimit() throws {
        // Declared size past the limit: refused before anything is extracted.
        let zeros = Data(count: 4 << 20)
        try expectRefused({ try zip([("collection.anki2", zeros)], $0) },
                          limits: ExpansionLimits(maximumBytes: 1 << 20)) {
            if case .tooLarge = $0 { return true }
            return false
        }
        // A small zstd entry that expands past the limit while it is decompressed.
        let bomb = Zstd.compress(Data(count: 8 << 20))
        #expect(bomb.count < 4096)
        try expectRefused({ try zip([("meta", Data([0x08, 0x03])), ("collection.anki21b", bomb)], $0) },
                          limits: ExpansionLimits(maximumBytes: 1 << 20)) {
            if case .tooLarge = $0 { return true }
            return false
        }
        // Too many entries.
        try expectRefused({ try zip((0..<20).map { ("\($0)", Data()) }, $0) },
                          limits: ExpansionLimits(maximumBytes: 1 << 20, maximumEntries: 10)) {
            if case .tooLarge = $0 { return true }
            return false
        }
    }

    @Test func refusesATruncatedArchive() throws {
        try expectRefused({ collection in
            let data = try Data(contentsOf: Fixtures.url("anki-latest.apkg"))
            let url = collection.url("truncated.apkg")
            try data.prefix(data.count / 2).write(to: url)
            return url
        }) {
            if case .notAnArchive = $0 { return true }
            return false
        }
    }

    @Test func refusesAFileThatIsNotAZip() throws {
        try expectRefused({ collection in
            let url = collection.url("notes.apkg")
            try Data("Capital of France,Paris\n".utf8).write(to: url)
            return url
        }) {
            if case .notAnArchive = $0 { return true }
            return false
        }
    }

    @Test func refusesAnArchiveWithoutACollection() throws {
        try expectRefused({ try zip([("media", Data("{}".utf8)), ("0", Data("image".utf8))], $0) }) {
            if case .noCollection = $0 { return true }
            return false
        }
        // meta naming the current format but only a legacy collection inside.
        let legacy = try goodCollectionData()
        try expectRefused({ try zip([("meta", Data([0x08, 0x03])), ("collection.anki2", legacy)], $0) }) {
            if case .noCollection = $0 { return true }
            return false
        }
    }

    @Test func refusesACollectionWithABrokenSchema() throws {
        func sqlite(_ sql: String, _ collection: InteropCollection) throws -> Data {
            let path = collection.url("broken-\(UUID().uuidString).db").path
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: sql) }
            try queue.close()
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let cases: [(String, String)] = [
            ("CREATE TABLE foo (x)", "no table 'col'"),
            ("""
             CREATE TABLE col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags);
             INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', 'not json', '{}', '{}', '{}');
             CREATE TABLE notes (id); CREATE TABLE cards (id); CREATE TABLE revlog (id);
             """, "are not JSON"),
            ("""
             CREATE TABLE col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags);
             INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', '{}', '{}', '{}', '{}');
             CREATE TABLE notes (id); CREATE TABLE cards (id); CREATE TABLE revlog (id);
             """, "no such column"),
        ]
        for (sql, message) in cases {
            try expectRefused({ try zip([("collection.anki2", try sqlite(sql, $0))], $0) }) {
                if case .badCollection(_, let reason) = $0 { return reason.contains(message) }
                return false
            }
        }
        // Not SQLite at all, and zstd that is not zstd.
        try expectRefused({ try zip([("collection.anki2", Data(repeating: 0x41, count: 4096))], $0) }) {
            if case .badCollection(_, let reason) = $0 { return reason.contains("collection.anki2") }
            return false
        }
        try expectRefused({ try zip([("meta", Data([0x08, 0x03])), ("collection.anki21b", Data("plain".utf8))], $0) }) {
            if case .badCollection(_, let reason) = $0 { return reason.contains("zstd") }
            return false
        }
    }

    @Test func entryNamesAreCheckedLikePaths() {
        #expect(SafeArchive.isSafe("collection.anki2"))
        #expect(SafeArchive.isSafe("media/0"))
        #expect(SafeArchive.isSafe("a..b"))
        #expect(!SafeArchive.isSafe("../x"))
        #expect(!SafeArchive.isSafe("a/../../x"))
        #expect(!SafeArchive.isSafe("/x"))
        #expect(!SafeArchive.isSafe("\\x"))
        #expect(!SafeArchive.isSafe("C:x"))
        #expect(!SafeArchive.isSafe(""))
    }
}
