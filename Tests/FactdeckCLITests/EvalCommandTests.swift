import Foundation
import Testing

/// End-to-end: `factdeck eval` on the shared gold file.
@Suite struct EvalCommandTests {
    @Test func tableAndJSON() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let table = try factdeck.run(["eval", SharedFiles.sampleGold], database: false)
        #expect(table.status == 0, "\(table.stderr)")
        for word in ["kind", "matched", "recall", "precision", "F1", "date", "figure", "group", "role", "stance", "total"] {
            #expect(table.stdout.contains(word))
        }
        let json = try #require(try factdeck.run(["eval", SharedFiles.sampleGold, "--json"], database: false).json() as? [String: Any])
        let kinds = try #require(json["kinds"] as? [String: [String: Any]])
        #expect(Set(kinds.keys) == ["date", "figure", "group", "role", "stance"])
        #expect((kinds["date"]?["recall"] as? Double ?? 0) >= 0.9)
        #expect(kinds["stance"]?["precision"] == nil)
        let total = try #require(json["total"] as? [String: Any])
        #expect((total["f1"] as? Double ?? 0) >= 0.9)
    }

    @Test func malformedGoldIsRefused() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let bad = factdeck.folder.appendingPathComponent("bad.gold.json")
        try Data("{\"facts\": 3}".utf8).write(to: bad)
        let result = try factdeck.run(["eval", bad.path], database: false)
        #expect(result.status == 65)
        #expect(result.stderr.contains("not a gold file"))
    }
}
