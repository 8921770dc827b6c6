import Foundation
import Testing

/// End-to-end: `factdeck generate` writes the committed sample deck, imports, and keeps ids.
@Suite struct GenerateCommandTests {
    @Test func generatesTheCommittedDeck() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let output = factdeck.folder.appendingPathComponent("sample.deck").path
        let result = try factdeck.run(["generate", SharedFiles.sample, "-o", output], database: false)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == String(contentsOfFile: SharedFiles.sampleDeck, encoding: .utf8))
        let stdout = try factdeck.run(["generate", SharedFiles.sample, "--deck", "Clashes"], database: false)
        #expect(stdout.stdout.hasPrefix("# factdeck deck file"))
        #expect(stdout.stdout.contains("deck: Clashes\n"))
    }

    @Test func generateImportTwiceKeepsCards() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let first = try #require(try factdeck.run(["generate", SharedFiles.sample, "--import", "--json"]).json() as? [String: Any])
        let cards = try #require(first["cards"] as? Int)
        #expect(first["added"] as? Int == cards)
        let second = try #require(try factdeck.run(["generate", SharedFiles.sample, "--import", "--json"]).json() as? [String: Any])
        #expect(second["added"] as? Int == 0)
        #expect(second["unchanged"] as? Int == cards)
        let listed = try #require(try factdeck.run(["list", "--json"]).json() as? [[String: Any]])
        #expect(listed.count == cards)
    }

    /// A fact of another article, or a fact left after its look-alike is deleted, never takes
    /// over a reviewed card and its history.
    @Test func importNeverHandsHistoryToAnotherFact() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let school = "The old school in Quetta was built in 1990 by the government."
        let dam = "Later, a huge dam on the Kabul River was built in 1990 by the government."
        let art1 = factdeck.folder.appendingPathComponent("art1.txt"), art2 = factdeck.folder.appendingPathComponent("art2.txt")
        try Data(school.utf8).write(to: art1)
        try Data(dam.utf8).write(to: art2)
        #expect(try factdeck.run(["generate", art1.path, "--import", "--deck", "D"]).status == 0)
        let listed = try #require(try factdeck.run(["list", "--json"]).json() as? [[String: Any]])
        let schoolID = try #require(listed.first?["id"] as? String)
        #expect(try factdeck.run(["review", schoolID, "--rating", "good"]).status == 0)
        let second = try #require(try factdeck.run(["generate", art2.path, "--import", "--deck", "D", "--json"]).json() as? [String: Any])
        #expect(second["added"] as? Int == 1)
        #expect(second["updated"] as? Int == 0)

        // One article with both sentences, then the school sentence deleted.
        let art = factdeck.folder.appendingPathComponent("art.txt")
        try Data((school + "\n\n" + dam).utf8).write(to: art)
        #expect(try factdeck.run(["generate", art.path, "--import", "--deck", "E"]).status == 0)
        let both = try #require(try factdeck.run(["list", "--json"]).json() as? [[String: Any]])
        let artSchool = try #require(both.first { ($0["deck"] as? String) == "E" && ($0["prompt"] as? String ?? "").contains("school") }?["id"] as? String)
        #expect(try factdeck.run(["review", artSchool, "--rating", "good"]).status == 0)
        try Data(dam.utf8).write(to: art)
        let third = try #require(try factdeck.run(["generate", art.path, "--import", "--deck", "E", "--json"]).json() as? [String: Any])
        #expect(third["updated"] as? Int == 0)
        let after = try #require(try factdeck.run(["list", "--json"]).json() as? [[String: Any]])
        let kept = try #require(after.first { $0["id"] as? String == artSchool })
        #expect((kept["prompt"] as? String ?? "").contains("school"))
        #expect(kept["state"] as? String != "new")
    }

    @Test func outputFolderAndBrokenDatabaseAreRefusedCleanly() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let folder = factdeck.folder.path
        let toFolder = try factdeck.run(["generate", SharedFiles.sample, "-o", folder])
        #expect(toFolder.status == 64)
        #expect(toFolder.stderr == "factdeck: error: \(folder) is a folder; -o takes a file path\n", "\(toFolder.stderr)")
        // A database that cannot be used: the deck file is not written either.
        let notADatabase = factdeck.folder.appendingPathComponent("junk.sqlite")
        try Data("this is not sqlite, just some text that is long enough to look like a file".utf8).write(to: notADatabase)
        let deck = factdeck.folder.appendingPathComponent("out.deck").path
        let failed = try factdeck.run(["generate", SharedFiles.sample, "-o", deck, "--import", "--db", notADatabase.path], database: false)
        #expect(failed.status != 0)
        #expect(!FileManager.default.fileExists(atPath: deck))
    }
}
