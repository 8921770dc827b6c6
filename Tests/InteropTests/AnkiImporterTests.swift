import FSRS
import FactdeckModel
import Foundation
@testable import Interop
import Storage
import Testing

/// Importing packages that Anki itself and genanki wrote (committed fixtures made by
/// scripts/anki_oracle.py, so these run without Python).
@Suite struct AnkiImporterTests {
    static let ankiFixtures = ["anki-legacy.apkg", "anki-latest.apkg", "anki-collection.colpkg"]

    @Test(arguments: ankiFixtures)
    func importsNotesOfEveryKindWithHistories(fixture: String) throws {
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        let report = try collection.importPackage(Fixtures.url(fixture))
        #expect(report.summary.cards.added == 7)
        #expect(report.skipped == 0)
        let cards = try collection.allCards()
        func card(_ prompt: String) throws -> Card { try #require(cards.first { $0.content.prompt == prompt }, "\(prompt)") }

        let peru = try card("Capital of Peru")
        #expect(peru.content.kind == .basic && peru.content.answer == "Lima" && peru.content.tags == ["geo"])
        #expect(peru.deckName == "Oracle::Basics")
        let forward = try card("chien"), reverse = try card("dog")
        #expect(forward.content.answer == "dog" && reverse.content.answer == "chien")
        #expect(forward.noteID == reverse.noteID && forward.id != reverse.id)
        let typed = try card("Year the Berlin Wall fell")
        #expect(typed.content.kind == .typed && typed.content.answer == "1989" && typed.suspended)
        let first = try card("In {{2023}}, 645 attacks were recorded.")
        let second = try card("In 2023, {{645}} attacks were recorded.")
        #expect(first.content.kind == .cloze && first.content.answer == "2023" && first.content.hint == nil)
        #expect(second.content.answer == "645" && second.content.hint == "number")
        #expect(second.content.question == "In 2023, [number] attacks were recorded.")
        #expect(first.content.context == "From the annual report" && first.deckName == "Oracle")
        let fresh = try card("Not yet studied & new")
        #expect(fresh.schedule.state == .new && fresh.content.answer == "still new")

        // Histories: every answer of the Anki review log, same times and ratings.
        let expected = ExpectedCard.all(try Fixtures.expectation(fixture))
        #expect(expected.count == 7)
        var reviewTotal = 0
        for note in Dictionary(grouping: expected, by: \.noteID) {
            let ours = cards.filter { $0.noteID == note.key }
            #expect(ours.count == note.value.count)
            for (mine, theirs) in zip(ours, note.value.sorted { $0.ord < $1.ord }) {
                let log = try collection.database.reviews(of: mine.id)
                #expect(log.map { $0.reviewedAt.timeIntervalSince1970 * 1000 }.map { Int64($0.rounded()) } == theirs.answers.map(\.id))
                #expect(log.map(\.rating.rawValue) == theirs.answers.map(\.ease))
                #expect(mine.schedule.reps == theirs.answers.count)
                #expect((mine.schedule.memory != nil) == !theirs.answers.isEmpty)
                reviewTotal += log.count
            }
        }
        #expect(reviewTotal == 4 * 4 + 2 * 2) // four first cards answered 4 times, two second cards twice
    }

    @Test func memoryStatesComeFromReplayingTheHistory() throws {
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        _ = try collection.importPackage(Fixtures.url("anki-latest.apkg"))
        let model = FSRSModel()
        for card in try collection.allCards() where card.schedule.reps > 0 {
            let log = try collection.database.reviews(of: card.id)
            var history: [(rating: Rating, elapsedDays: Int)] = []
            var previous: Date?
            for record in log {
                history.append((record.rating, previous.map { collection.clock.elapsedDays(from: $0, to: record.reviewedAt) } ?? 0))
                previous = record.reviewedAt
            }
            let expected = try #require(model.memoryState(history: history))
            let memory = try #require(card.schedule.memory)
            #expect(abs(memory.stability - expected.stability) < 1e-9)
            #expect(abs(memory.difficulty - expected.difficulty) < 1e-9)
            #expect(card.schedule.lastReview == log.last?.reviewedAt)
        }
    }

    @Test(arguments: ankiFixtures + ["genanki.apkg"])
    func importingTheSameFileTwiceChangesNothing(fixture: String) throws {
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        let first = try collection.importPackage(Fixtures.url(fixture))
        let before = try collection.snapshot()
        let second = try collection.importPackage(Fixtures.url(fixture))
        #expect(second.summary.cards.added == 0 && second.summary.cards.updated == 0)
        #expect(second.summary.cards.unchanged == first.summary.cards.added)
        #expect(second.summary.reviewsAdded == 0)
        #expect(second.summary.reviewsPresent == first.summary.reviewsAdded)
        #expect(try collection.snapshot() == before)
    }

    @Test func theThreeAnkiFormatsGiveTheSameCards() throws {
        var results: [[String]] = []
        for fixture in Self.ankiFixtures {
            let collection = try InteropCollection()
            defer { collection.cleanUp() }
            _ = try collection.importPackage(Fixtures.url(fixture))
            // Each fixture was made by its own Anki run, so GUIDs differ; all else is the same.
            results.append(try collection.allCards().map {
                "\($0.deckName) \($0.content.kind) \($0.content.prompt) \($0.content.answer) \($0.schedule.reps) \($0.suspended)"
            }.sorted())
        }
        #expect(results[0] == results[1])
        #expect(results[1] == results[2])
    }

    @Test func importsGenankiPackages() throws {
        let collection = try InteropCollection()
        defer { collection.cleanUp() }
        let report = try collection.importPackage(Fixtures.url("genanki.apkg"))
        #expect(report.summary.cards.added == 4)
        let cards = try collection.allCards()
        #expect(Set(cards.map(\.deckName)) == ["Genanki Deck"])
        let argentina = try #require(cards.first { $0.content.prompt == "Capital of Argentina" })
        #expect(argentina.content.answer == "Buenos Aires" && argentina.content.tags == ["geo"])
        let html = try #require(cards.first { $0.content.prompt == "2 < 3?" })
        #expect(html.content.answer == "yes\nalways")
        let cloze = cards.filter { $0.content.kind == .cloze }.map(\.content.prompt).sorted()
        #expect(cloze == ["The Danube flows through {{Vienna}}.", "The {{Danube}} flows through Vienna."])
    }
}

/// Which Anki review-log rows become factdeck answers.
@Suite struct AnkiHistoryTests {
    private func row(_ id: Int64, ease: Int, type: Int, interval: Int64 = 1, factor: Int64 = 2500) -> AnkiReview {
        AnkiReview(id: id, cardID: 1, ease: ease, interval: interval, lastInterval: 0, factor: factor, time: 2500, type: type)
    }

    @Test func answersAfterTheLastResetCountAndManualChangesDoNot() {
        // As Anki 26.9 writes them: answers, "Forget" (manual, ease 0, ivl 0), "Set due date" (manual, ivl 3).
        let rows = [row(1000, ease: 3, type: 0, interval: -600, factor: 0), row(2000, ease: 3, type: 0),
                    row(3000, ease: 0, type: 4, interval: 0, factor: 0), row(4000, ease: 4, type: 0),
                    row(5000, ease: 0, type: 4, interval: 3), row(6000, ease: 2, type: 1),
                    row(7000, ease: 3, type: 3, factor: 0), row(8000, ease: 1, type: 2)]
        let history = AnkiCardConversion.history(rows)
        #expect(history.map(\.rating) == [.easy, .hard, .again])
        #expect(history.map { $0.reviewedAt.timeIntervalSince1970 } == [4, 6, 8])
        #expect(history.allSatisfy { $0.duration == 2.5 })
    }

    @Test func customDataCarriesTheFactdeckID() {
        #expect(AnkiCardConversion.factdeckID(#"{"s":1.0,"cd":"{\"fd\":\"abc123\"}"}"#)?.rawValue == "abc123")
        #expect(AnkiCardConversion.factdeckID(#"{"cd":{"fd":"abc123"}}"#)?.rawValue == "abc123")
        #expect(AnkiCardConversion.factdeckID(#"{"cd":"{\"fd\":\"no spaces allowed\"}"}"#) == nil)
        #expect(AnkiCardConversion.factdeckID("") == nil)
    }
}
