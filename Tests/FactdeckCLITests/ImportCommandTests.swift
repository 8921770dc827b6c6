import Foundation
import Testing

/// End-to-end: `factdeck import` adds new cards, updates changed ones in place with their
/// history, and refuses a malformed file whole.
@Suite struct ImportCommandTests {
    static let deck = """
    format: factdeck-deck 1
    deck: Geo

    [card peru1]
    kind: typed
    prompt: Capital of Peru?
    answer: Lima

    [card year1]
    kind: cloze
    fact: date
    prompt: In {{2023}}, 645 attacks were recorded.
    answer: 2023
    hint: year

    """

    @Test func addsThenUpdatesInPlace() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let file = factdeck.folder.appendingPathComponent("geo.deck")
        try Data(Self.deck.utf8).write(to: file)
        let first = try factdeck.run(["import", file.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("2 added, 0 updated, 0 unchanged"))
        #expect(try factdeck.run(["review", "peru1", "--rating", "good"]).status == 0)

        let edited = Self.deck.replacingOccurrences(of: "answer: Lima", with: "answer: Lima\naccept: Lima, Peru") + "[card new1]\nprompt: Capital of Chile?\nanswer: Santiago\n"
        try Data(edited.utf8).write(to: file)
        let second = try #require(try factdeck.run(["import", file.path, "--json"]).json() as? [String: Any])
        #expect(second["added"] as? Int == 1)
        #expect(second["updated"] as? Int == 1)
        #expect(second["unchanged"] as? Int == 1)
        let listed = try #require(try factdeck.run(["list", "--json"]).json() as? [[String: Any]])
        #expect(listed.count == 3)
        #expect(listed.first { $0["id"] as? String == "peru1" }?["state"] as? String != "new")
    }

    @Test func malformedFileIsRefusedWhole() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let file = factdeck.folder.appendingPathComponent("bad.deck")
        try Data((Self.deck + "[card broken]\nprompt: Q?\nanswr: A\n").utf8).write(to: file)
        let result = try factdeck.run(["import", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.deck:17:1: unknown field 'answr'"), "\(result.stderr)")
        let listed = try factdeck.run(["list", "--json"])
        #expect((try? listed.json() as? [[String: Any]])??.isEmpty ?? true)
    }

    @Test func importsTheCommittedSampleDeck() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let result = try #require(try factdeck.run(["import", SharedFiles.sampleDeck, "--json"]).json() as? [String: Any])
        #expect(result["deck"] as? String == "afghanistan-pakistan-clashes-2025")
        #expect((result["added"] as? Int ?? 0) > 60)
    }

    @Test func csvWithoutHeaderTakesAColumnMappingAndAnkiPackagesGoToTheInteropImporter() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let csv = factdeck.folder.appendingPathComponent("cards.csv")
        try "Geo,Capital of Peru,Lima\nGeo,Capital of Chile,Santiago\n".write(to: csv, atomically: true, encoding: .utf8)
        let imported = try #require(try factdeck.run(["import", csv.path, "--columns", "deck=1,front=2,back=3", "--json"]).json() as? [String: Any])
        #expect(imported["added"] as? Int == 2)
        let cards = try #require(try factdeck.run(["list", "--deck", "Geo", "--json"]).json() as? [[String: Any]])
        #expect(Set(cards.compactMap { $0["answer"] as? String }) == ["Lima", "Santiago"])
        let bad = try factdeck.run(["import", csv.path, "--columns", "front=x"])
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("factdeck: error: --columns 'front=x'"))
        let again = try #require(try factdeck.run(["import", csv.path, "--columns", "deck=1,front=2,back=3", "--json"]).json() as? [String: Any])
        #expect(again["added"] as? Int == 0)

        let package = factdeck.folder.appendingPathComponent("geo.apkg")
        #expect(try factdeck.run(["export", "Geo", "-o", package.path]).status == 0)
        let other = try FactdeckProcess()
        defer { other.cleanUp() }
        let fromAnki = try #require(try other.run(["import", package.path, "--json"]).json() as? [String: Any])
        #expect(fromAnki["added"] as? Int == 2)
    }
}
