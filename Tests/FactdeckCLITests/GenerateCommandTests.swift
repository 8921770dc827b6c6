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
}
