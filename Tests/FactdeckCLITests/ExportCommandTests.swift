import Foundation
import Testing

/// End-to-end: `factdeck export` writes Anki packages and CSV/TSV, and refuses what it cannot do.
@Suite struct ExportCommandTests {
    @Test func exportsAnApkgWithProgress() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let id = try factdeck.addCard(deck: "Geo", front: "Capital of Peru", back: "Lima")
        try factdeck.run(["add", "--deck", "Geo::Europe", "--cloze", "In {{2023}}, {{645}} attacks were recorded."])
        #expect(try factdeck.run(["review", id, "--rating", "good"]).status == 0)
        let file = factdeck.folder.appendingPathComponent("geo.apkg").path
        let result = try factdeck.run(["export", "Geo", "--format", "apkg", "-o", file, "--with-progress", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try result.json() as? [String: Any])
        #expect(object["cards"] as? Int == 3 && object["notes"] as? Int == 2 && object["reviews"] as? Int == 1)
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(data.prefix(2) == Data("PK".utf8))
        let plain = try factdeck.run(["export", "Geo", "-o", file])
        #expect(plain.stdout == "exported 3 cards (2 notes) from 'Geo' to \(file)\n")
    }

    @Test func exportsCSVAndTSVWithAnkiHeaders() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let id = try factdeck.addCard(deck: "Geo", front: "Capital, of Peru", back: "Lima")
        for (format, separator) in [("csv", "comma"), ("tsv", "tab")] {
            let file = factdeck.folder.appendingPathComponent("geo.\(format)").path
            let result = try factdeck.run(["export", "Geo", "--format", format, "-o", file])
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(text.hasPrefix("#separator:\(separator)\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"))
            let last = text.split(separator: "\n").last.map(String.init) ?? ""
            #expect(last == (format == "csv" ? "\(id),Basic,Geo,\"Capital, of Peru\",Lima," : "\(id)\tBasic\tGeo\tCapital, of Peru\tLima\t"))
        }
    }

    @Test func refusesWhatItCannotDo() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        _ = try factdeck.addCard(deck: "Geo")
        let folder = factdeck.folder.path
        let missing = try factdeck.run(["export", "Nope", "-o", "\(folder)/x.apkg"])
        #expect(missing.status == 66 && missing.stderr == "factdeck: error: no deck named 'Nope'\n")
        let progress = try factdeck.run(["export", "Geo", "-o", "\(folder)/x.csv", "--with-progress"])
        #expect(progress.status == 64 && progress.stderr.contains("--with-progress is only for --format apkg"))
        let unknown = try factdeck.run(["export", "Geo", "-o", "\(folder)/x.pdf"])
        #expect(unknown.status == 64 && unknown.stderr.contains("give --format"))
        let unwritable = try factdeck.run(["export", "Geo", "-o", "\(folder)/no/such/folder/x.apkg"])
        #expect(unwritable.status == 74 && unwritable.stderr.hasPrefix("factdeck: error: \(folder)/no/such/folder/x.apkg: cannot write"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/x.apkg"))
    }

    @Test func deckFileExportImportsBackWithTheSameIDsAndHistory() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let id = try factdeck.addCard(deck: "Geo", front: "Capital of Peru", back: "Lima")
        try factdeck.run(["add", "--deck", "Geo", "--cloze", "In {{2023}}, {{645}} attacks were recorded."])
        try factdeck.run(["review", id, "--rating", "good"])
        let file = factdeck.folder.appendingPathComponent("geo.deck").path
        let exported = try #require(try factdeck.run(["export", "Geo", "-o", file, "--json"]).json() as? [String: Any])
        #expect(exported["format"] as? String == "deck")
        #expect(exported["cards"] as? Int == 3)
        #expect(exported["notes"] as? Int == 2)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("[card \(id)]"))
        let again = try #require(try factdeck.run(["import", file, "--json"]).json() as? [String: Any])
        #expect(again["unchanged"] as? Int == 3)
        let other = try FactdeckProcess()
        defer { other.cleanUp() }
        let imported = try #require(try other.run(["import", file, "--json"]).json() as? [String: Any])
        #expect(imported["added"] as? Int == 3)
        #expect(try other.run(["show", id]).stdout.contains("Capital of Peru"))
    }
}
