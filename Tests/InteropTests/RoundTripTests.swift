import FSRS
import FactdeckModel
import Foundation
@testable import Interop
import Storage
import Testing

/// factdeck → .apkg/CSV → factdeck: ids, content and histories survive, and a second
/// import changes nothing.
@Suite struct RoundTripTests {
    /// A deck with basic, typed and cloze cards (one cloze note of two parts), a subdeck,
    /// a suspended card and answers over several days.
    static func populate(_ collection: InteropCollection) throws {
        let database = collection.database
        let noteID = "note-attacks"
        _ = try database.addCards([
            CardDraft(id: CardID.derived(from: "basic"), content: CardContent(kind: .basic, prompt: "Capital of France",
                                                                             answer: "Paris", tags: ["geo", "capitals"])),
            CardDraft(id: CardID.derived(from: "typed"), content: CardContent(kind: .typed, prompt: "Year the <Wall> fell",
                                                                             answer: "1989")),
            CardDraft(id: CardID.derived(from: "c1"), noteID: noteID,
                      content: CardContent(kind: .cloze, prompt: "In {{2023}}, 645 attacks & more.", answer: "2023", hint: "year",
                                           context: "Annual report")),
            CardDraft(id: CardID.derived(from: "c2"), noteID: noteID,
                      content: CardContent(kind: .cloze, prompt: "In 2023, {{645}} attacks & more.", answer: "645",
                                           context: "Annual report")),
        ], deckName: "Geo", now: collection.now.addingTimeInterval(-30 * 86400))
        _ = try database.addCards([CardDraft(id: CardID.derived(from: "sub"),
                                             content: CardContent(kind: .basic, prompt: "Line 1\nLine 2", answer: "two, \"quoted\""))],
                                  deckName: "Geo::Europe", now: collection.now.addingTimeInterval(-30 * 86400))
        try database.setSuspended(true, ids: [CardID.derived(from: "typed")], now: collection.now)
        let scheduler = Scheduler(options: SchedulerOptions(), clock: collection.clock)
        for (key, ratings) in [("basic", [Rating.good, .good, .again, .good]), ("c1", [.easy, .good]), ("sub", [.hard])] {
            var at = collection.now.addingTimeInterval(-20 * 86400)
            for rating in ratings {
                let card = try database.card(id: CardID.derived(from: key))
                let outcome = scheduler.review(card.schedule, rating: rating, at: at,
                                               fuzzSeed: Fuzz.seed(cardID: card.id.rawValue, reps: card.schedule.reps))
                _ = try database.recordAnswer(for: card, outcome: outcome, at: at, duration: 4.5)
                at = max(outcome.after.due, at.addingTimeInterval(60))
            }
        }
    }

    @Test func apkgWithProgressRoundTripsIntoANewCollection() throws {
        let source = try InteropCollection()
        defer { source.cleanUp() }
        try Self.populate(source)
        let file = source.url("geo.apkg")
        let report = try AnkiExporter.exportPackage(deckName: "Geo", from: source.database, to: file, withProgress: true,
                                                    clock: source.clock, now: source.now)
        #expect(report.cards == 5 && report.notes == 4 && report.reviews == 7)

        let target = try InteropCollection()
        defer { target.cleanUp() }
        let imported = try target.importPackage(file)
        #expect(imported.summary.cards.added == 5 && imported.summary.reviewsAdded == 7)
        let before = try source.allCards(), after = try target.allCards()
        #expect(after.map(\.id) == before.map(\.id))
        #expect(after.map(\.content) == before.map(\.content))
        #expect(after.map(\.deckName) == before.map(\.deckName))
        #expect(after.map(\.suspended) == before.map(\.suspended))
        #expect(after.map(\.noteID) == before.map(\.noteID))
        for (mine, theirs) in zip(after, before) {
            let a = try target.database.reviews(of: mine.id), b = try source.database.reviews(of: theirs.id)
            // Anki's review ids are unique milliseconds: answers given at the same instant move by 1 ms.
            #expect(a.count == b.count)
            for (x, y) in zip(a, b) { #expect(abs(x.reviewedAt.timeIntervalSince(y.reviewedAt)) < 0.01) }
            #expect(a.map(\.rating) == b.map(\.rating))
            #expect(a.map(\.duration) == b.map(\.duration))
            #expect(abs((mine.schedule.memory?.stability ?? 0) - (theirs.schedule.memory?.stability ?? 0)) < 1e-6)
            #expect(abs((mine.schedule.memory?.difficulty ?? 0) - (theirs.schedule.memory?.difficulty ?? 0)) < 1e-6)
            #expect(mine.schedule.state == theirs.schedule.state)
            if theirs.schedule.state != .new {
                #expect(abs(mine.schedule.due.timeIntervalSince(theirs.schedule.due)) < 1)
            }
        }
        // Into the collection it came from: nothing changes.
        let snapshot = try source.snapshot()
        let again = try source.importPackage(file)
        #expect(again.summary.cards.unchanged == 5 && again.summary.reviewsAdded == 0)
        #expect(try source.snapshot() == snapshot)
    }

    @Test func exportsAreStable() throws {
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        try Self.populate(collection)
        func export(_ name: String) throws -> AnkiCollection {
            let url = collection.url(name)
            _ = try AnkiExporter.exportPackage(deckName: "Geo", from: collection.database, to: url, withProgress: true,
                                               clock: collection.clock, now: collection.now)
            return try AnkiImporter.readPackage(url: url, limits: .default).collection
        }
        let first = try export("one.apkg"), second = try export("two.apkg")
        #expect(first.notes.map(\.guid) == second.notes.map(\.guid))
        #expect(first.notes.map(\.id) == second.notes.map(\.id))
        #expect(first.cards.map(\.id) == second.cards.map(\.id))
        #expect(Set(first.notes.map(\.guid)) == [CardID.derived(from: "basic").rawValue, CardID.derived(from: "typed").rawValue,
                                                 "note-attacks", CardID.derived(from: "sub").rawValue])
        let cloze = try #require(first.notes.first { $0.guid == "note-attacks" })
        #expect(cloze.fields == ["In {{c1::2023::year}}, {{c2::645}} attacks &amp; more.", "Annual report"])
        let typed = try #require(first.notes.first { $0.guid == CardID.derived(from: "typed").rawValue })
        #expect(typed.fields[0] == "Year the &lt;Wall&gt; fell")
        #expect(first.reviews.count == 7)
        #expect(first.cards.contains { $0.queue == -1 })
    }

    @Test(arguments: [Character(","), "\t"])
    func csvRoundTripsAndReimportsAsUnchanged(separator: Character) throws {
        let source = try InteropCollection()
        defer { source.cleanUp() }
        try Self.populate(source)
        let file = source.url(separator == "," ? "geo.csv" : "geo.tsv")
        let report = try CSVExporter.exportText(deckName: "Geo", from: source.database, to: file, separator: separator)
        #expect(report.notes == 4)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("#separator:\(separator == "," ? "comma" : "tab")\n#html:true\n"))

        let target = try InteropCollection()
        defer { target.cleanUp() }
        let imported = try CSVImporter.importFile(url: file, into: target.database, clock: target.clock, now: target.now)
        #expect(imported.summary.cards.added == 5)
        let before = try source.allCards(), after = try target.allCards()
        #expect(after.map(\.id).sorted() != [] && Set(after.map(\.noteID)) == Set(before.map(\.noteID)))
        #expect(Set(after.map(\.content.prompt)) == Set(before.map(\.content.prompt)))
        #expect(Set(after.map(\.content.answer)) == Set(before.map(\.content.answer)))
        #expect(Set(after.map(\.deckName)) == ["Geo", "Geo::Europe"])
        // The basic and typed cards keep their ids (the GUID column).
        for key in ["basic", "typed", "sub"] { #expect(after.contains { $0.id == CardID.derived(from: key) }) }
        // Back into the source collection: cloze cards are found by note and prompt, nothing changes.
        let snapshot = try source.snapshot()
        let again = try CSVImporter.importFile(url: file, into: source.database, clock: source.clock, now: source.now)
        #expect(again.summary.cards.added == 0 && again.summary.cards.updated == 0 && again.summary.cards.unchanged == 5)
        #expect(try source.snapshot() == snapshot)
    }
}
