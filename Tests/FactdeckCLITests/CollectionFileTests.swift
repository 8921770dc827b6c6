import Foundation
import GRDB
import Testing

/// End-to-end: where the collection lives, how it is created, and how a bad, newer or
/// locked file is refused with the file left as it was.
@Suite struct CollectionFileTests {
    @Test func createsFolderAndPrivateFileUnderXDGDataHome() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let xdg = factdeck.folder.appendingPathComponent("xdg")
        let result = try factdeck.run(["add", "--deck", "D", "--front", "Q", "--back", "A"], database: false,
                                      extraEnvironment: ["XDG_DATA_HOME": xdg.path])
        #expect(result.status == 0, "\(result.stderr)")
        let file = xdg.appendingPathComponent("factdeck/collection.sqlite").path
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let mode = try DatabaseQueue(path: file).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func defaultPathIsUnderHomeAndDbEnvironmentVariableWins() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        #expect(try factdeck.run(["add", "--deck", "D", "--front", "Q", "--back", "A"], database: false).status == 0)
        #expect(FileManager.default.fileExists(atPath: factdeck.folder.appendingPathComponent(".local/share/factdeck/collection.sqlite").path))
        let other = factdeck.folder.appendingPathComponent("other.sqlite").path
        #expect(try factdeck.run(["add", "--deck", "D", "--front", "Q", "--back", "A"], database: false,
                                 extraEnvironment: ["FACTDECK_DB": other]).status == 0)
        #expect(FileManager.default.fileExists(atPath: other))
    }

    @Test func newerSchemaIsRefusedAndLeftUntouched() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        _ = try factdeck.addCard()
        try DatabaseQueue(path: factdeck.databasePath).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: factdeck.databasePath))
        for arguments in [["decks"], ["add", "--deck", "D", "--front", "x", "--back", "y"], ["list"]] {
            let result = try factdeck.run(arguments)
            #expect(result.status == 65)
            #expect(result.stderr.contains("newer factdeck"))
            #expect(result.stderr.contains("v99-from-the-future"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: factdeck.databasePath)) == before)
    }

    @Test func notADatabaseIsRefusedAndLeftUntouched() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let garbage = Data("this is not an SQLite file, just some text\n".utf8) + Data(repeating: 0x41, count: 5000)
        try garbage.write(to: URL(fileURLWithPath: factdeck.databasePath))
        let result = try factdeck.run(["decks"])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("factdeck: error: \(factdeck.databasePath): not a factdeck collection"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: factdeck.databasePath)) == garbage)

        let foreign = factdeck.folder.appendingPathComponent("foreign.sqlite").path
        try DatabaseQueue(path: foreign).write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        let foreignResult = try factdeck.run(["decks", "--db", foreign], database: false)
        #expect(foreignResult.status == 65)
        #expect(foreignResult.stderr.contains("not a factdeck collection"))
    }

    @Test func unwritableLocationIsAnIOError() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let result = try factdeck.run(["decks", "--db", "/proc/factdeck/collection.sqlite"], database: false)
        #expect(result.status == 74)
        #expect(result.stderr.hasPrefix("factdeck: error: /proc/factdeck"))
        let folder = try factdeck.run(["decks", "--db", factdeck.folder.path], database: false)
        #expect(folder.status == 74)
    }

    @Test func lockedDatabaseRefusesWritesAndKeepsData() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let id = try factdeck.addCard()
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: factdeck.databasePath, configuration: configuration)
        try holder.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        let result = try factdeck.run(["review", id, "--rating", "good"])
        try holder.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(result.status == 74)
        #expect(result.stderr.contains("locked"))
        let shown = try #require(try factdeck.run(["show", id, "--json"]).json() as? [String: Any])
        #expect(shown["reps"] as? Int == 0)
        #expect((shown["history"] as? [Any])?.isEmpty == true)
    }
}
