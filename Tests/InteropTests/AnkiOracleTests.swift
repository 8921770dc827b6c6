import FSRS
import FactdeckModel
import Foundation
@testable import Interop
import Storage
import Testing

/// The real Anki backend as the oracle: it opens what factdeck exports, and writes the
/// packages factdeck imports. Needs .venv-oracle (scripts/oracle-venv.sh); without it
/// these tests say so and pass, except when CI is set.
@Suite(.serialized) struct AnkiOracleTests {
    private func cards(_ description: [String: Any]) -> [[String: Any]] { description["cards"] as? [[String: Any]] ?? [] }
    private func notes(_ description: [String: Any]) -> [[String: Any]] { description["notes"] as? [[String: Any]] ?? [] }

    @Test func ankiOpensAnExportedPackage() throws {
        guard Oracle.available() else { return }
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        try RoundTripTests.populate(collection)
        let file = collection.url("geo.apkg")
        _ = try AnkiExporter.exportPackage(deckName: "Geo", from: collection.database, to: file, withProgress: false,
                                           clock: collection.clock, now: collection.now)
        let seen = try Oracle.run(["inspect", file.path])
        #expect(seen["decks"] as? [String] == ["Geo", "Geo::Europe"])
        #expect(seen["revlog"] as? Int == 0)
        let ankiNotes = notes(seen)
        #expect(ankiNotes.count == 4)
        let byGUID = Dictionary(uniqueKeysWithValues: ankiNotes.map { ($0["guid"] as? String ?? "", $0) })
        let basic = try #require(byGUID[CardID.derived(from: "basic").rawValue])
        #expect(basic["fields"] as? [String] == ["Capital of France", "Paris"])
        #expect(basic["tags"] as? [String] == ["capitals", "geo"])
        #expect(basic["notetype"] as? String == "Basic (factdeck)")
        let cloze = try #require(byGUID["note-attacks"])
        #expect(cloze["notetype"] as? String == "Cloze (factdeck)")
        #expect(cloze["fields"] as? [String] == ["In {{c1::2023::year}}, {{c2::645}} attacks &amp; more.", "Annual report"])
        let typed = try #require(byGUID[CardID.derived(from: "typed").rawValue])
        #expect(typed["notetype"] as? String == "Basic (type in the answer) (factdeck)")
        let ankiCards = cards(seen)
        #expect(ankiCards.count == 5)
        #expect(ankiCards.allSatisfy { $0["type"] as? Int == 0 && $0["reps"] as? Int == 0 })
        // Each card carries its factdeck id as custom data.
        let ids = Set(ankiCards.compactMap { ($0["custom_data"] as? String).flatMap { AnkiCardConversion.factdeckID("{\"cd\":\($0.debugDescription)}") } })
        #expect(ids == Set(try collection.allCards().map(\.id)))
        let log = try #require(seen["log"] as? [String: Int])
        #expect(log["new"] == 4)
    }

    @Test func ankiSeesProgressAndReviewCounts() throws {
        guard Oracle.available() else { return }
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        try RoundTripTests.populate(collection)
        let file = collection.url("geo-progress.apkg")
        _ = try AnkiExporter.exportPackage(deckName: "Geo", from: collection.database, to: file, withProgress: true,
                                           clock: collection.clock, now: collection.now)
        let seen = try Oracle.run(["inspect", file.path])
        #expect(seen["revlog"] as? Int == 7)
        let ours = try collection.allCards()
        for card in cards(seen) {
            let custom = card["custom_data"] as? String ?? ""
            let id = try #require(AnkiCardConversion.factdeckID("{\"cd\":\(custom.debugDescription)}"))
            let mine = try #require(ours.first { $0.id == id })
            let reviews = card["reviews"] as? [[String: Any]] ?? []
            #expect(reviews.count == mine.schedule.reps, "\(id)")
            #expect(card["reps"] as? Int == mine.schedule.reps)
            #expect(card["lapses"] as? Int == mine.schedule.lapses)
            #expect((card["queue"] as? Int == -1) == mine.suspended)
            let expectedType = [CardState.new: 0, .learning: 1, .review: 2, .relearning: 3][mine.schedule.state]
            #expect(card["type"] as? Int == expectedType)
            if let memory = mine.schedule.memory {
                let theirs = try #require(card["memory"] as? [String: Double])
                #expect(abs((theirs["s"] ?? 0) - memory.stability) < 1e-3)
                #expect(abs((theirs["d"] ?? 0) - memory.difficulty) < 1e-2)
            } else {
                #expect(card["memory"] is NSNull)
            }
        }
    }

    @Test(arguments: [(Character(","), "geo.csv"), ("\t", "geo.tsv")])
    func ankiImportsExportedCSVAsItIs(separator: Character, name: String) throws {
        guard Oracle.available() else { return }
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        try RoundTripTests.populate(collection)
        let file = collection.url(name)
        _ = try CSVExporter.exportText(deckName: "Geo", from: collection.database, to: file, separator: separator)
        let seen = try Oracle.run(["inspect-csv", file.path])
        let log = try #require(seen["log"] as? [String: Int])
        #expect(log["new"] == 4 && log["missing_notetype"] == 0)
        #expect(seen["decks"] as? [String] == ["Geo", "Geo::Europe"])
        let byGUID = Dictionary(uniqueKeysWithValues: notes(seen).map { ($0["guid"] as? String ?? "", $0) })
        #expect(byGUID["note-attacks"]?["notetype"] as? String == "Cloze")
        #expect(byGUID["note-attacks"]?["fields"] as? [String] == ["In {{c1::2023::year}}, {{c2::645}} attacks &amp; more.", "Annual report"])
        #expect(byGUID[CardID.derived(from: "sub").rawValue]?["fields"] as? [String] == ["Line 1<br>Line 2", "two, \"quoted\""])
        #expect(byGUID[CardID.derived(from: "typed").rawValue]?["notetype"] as? String == "Basic (type in the answer)")
        #expect(cards(seen).count == 5)
    }

    @Test(arguments: ["latest", "legacy", "colpkg"])
    func packagesWrittenByAnkiImportWithTheirHistories(format: String) throws {
        guard Oracle.available() else { return }
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        let file = collection.url(format == "colpkg" ? "anki.colpkg" : "anki-\(format).apkg")
        let made = try Oracle.run(["make-anki", file.path, "--format", format])
        let report = try collection.importPackage(file)
        let expected = ExpectedCard.all(made)
        #expect(report.summary.cards.added == expected.count)
        #expect(report.summary.reviewsAdded == expected.map(\.answers.count).reduce(0, +))
        let ours = try collection.allCards()
        for note in Dictionary(grouping: expected, by: \.noteID) {
            let mine = ours.filter { $0.noteID == note.key }
            #expect(mine.count == note.value.count)
            for (card, theirs) in zip(mine, note.value.sorted { $0.ord < $1.ord }) {
                #expect(card.deckName == theirs.deck)
                #expect(card.suspended == (theirs.queue == -1))
                let log = try collection.database.reviews(of: card.id)
                #expect(log.map(\.rating.rawValue) == theirs.answers.map(\.ease))
            }
        }
        let again = try collection.importPackage(file)
        #expect(again.summary.cards.added == 0 && again.summary.cards.updated == 0 && again.summary.reviewsAdded == 0)
    }

    /// Anki's own FSRS (fsrs-rs inside the backend) computes the same memory states from
    /// the imported histories as factdeck's replay.
    @Test func memoryStatesAgreeWithAnkisFSRS() throws {
        guard Oracle.available() else { return }
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        let fixture = Fixtures.url("anki-latest.apkg")
        _ = try collection.importPackage(fixture)
        let seen = try Oracle.run(["inspect", fixture.path])
        let ours = try collection.allCards()
        var compared = 0
        for card in cards(seen) {
            guard let memory = card["anki_memory"] as? [String: Double], let guid = card["guid"] as? String,
                  let ord = card["ord"] as? Int else { continue }
            let noteID = ExpectedCard(guid: guid, ord: ord, deck: "", queue: 0, answers: []).noteID
            let siblings = ours.filter { $0.noteID == noteID }
            guard ord < siblings.count, let mine = siblings[ord].schedule.memory else {
                Issue.record("no memory for \(guid) \(ord)")
                continue
            }
            #expect(abs(mine.stability - (memory["s"] ?? 0)) / mine.stability < 0.001, "\(guid) s \(mine.stability) vs \(memory)")
            #expect(abs(mine.difficulty - (memory["d"] ?? 0)) < 0.001, "\(guid) d \(mine.difficulty) vs \(memory)")
            compared += 1
        }
        #expect(compared == 6)
    }

    @Test func packagesWrittenByGenankiImport() throws {
        guard Oracle.available() else { return }
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        let file = collection.url("genanki.apkg")
        let made = try Oracle.run(["make-genanki", file.path])
        let report = try collection.importPackage(file)
        #expect(report.summary.cards.added == cards(made).count)
        let prompts = Set(try collection.allCards().map(\.content.prompt))
        #expect(prompts == ["Capital of Argentina", "2 < 3?", "The {{Danube}} flows through Vienna.",
                            "The Danube flows through {{Vienna}}."])
    }
}
