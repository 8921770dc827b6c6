import FSRS
import FactdeckModel
import Foundation
import GRDB
import Storage
import Testing

@Suite struct StatsQueriesTests {
    let scheduler = Scheduler(options: SchedulerOptions(), clock: StudyDayClock(timeZone: .utcZone))

    /// Answers card `id` at `time` and returns the card as stored.
    @discardableResult
    func answer(_ database: CollectionDatabase, _ id: String, _ rating: Rating, at time: Date, seconds: Double = 5) throws -> Card {
        let card = try database.card(id: #require(CardID(id)))
        let outcome = scheduler.review(card.schedule, rating: rating, at: time, fuzzSeed: 7)
        return try database.recordAnswer(for: card, outcome: outcome, at: time, duration: seconds)
    }

    @Test func emptyCollectionHasNoFigures() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let data = try collection.database.statsData(deckName: nil, detailSince: collection.now)
        #expect(data.cards.isEmpty && data.tallies.isEmpty && data.totals.isEmpty && data.earlierStudySlots.isEmpty)
        #expect(throws: StorageError.deckNotFound("Nope")) {
            try collection.database.statsData(deckName: "Nope", detailSince: collection.now)
        }
    }

    @Test func answersAreSummedPerSlotKindAndRating() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        let now = collection.now // 2025-01-12 12:00 UTC
        _ = try database.addCards([collection.draft("a1"), collection.draft("b2")], deckName: "D", now: now)
        try answer(database, "a1", .good, at: now, seconds: 3)                            // learning
        try answer(database, "a1", .again, at: now.addingTimeInterval(60), seconds: 4)    // learning, same slot
        try answer(database, "b2", .easy, at: now.addingTimeInterval(20 * 60), seconds: 2) // learning, next slot
        let b2 = try database.card(id: #require(CardID("b2")))
        #expect(b2.schedule.state == .review)
        try answer(database, "b2", .good, at: b2.schedule.due.addingTimeInterval(3600), seconds: 6) // young, first of day

        let data = try database.statsData(deckName: nil, detailSince: now.addingTimeInterval(-86400))
        #expect(data.cards.count == 2)
        #expect(data.tallies.map(\.reviews) == [1, 1, 1, 1])
        let first = data.tallies[0]
        #expect(first.slotStart == now && first.kind == .learning && first.rating == .again && first.durationMs == 4000)
        #expect(data.tallies[1].rating == .good && data.tallies[1].durationMs == 3000 && data.tallies[1].firstOfDay == 0)
        #expect(data.tallies[2].slotStart == now.addingTimeInterval(15 * 60) && data.tallies[2].rating == .easy)
        let review = data.tallies[3]
        #expect(review.kind == .young && review.firstOfDay == 1 && review.durationMs == 6000)
        #expect(data.totals.map(\.reviews).reduce(0, +) == 4 && data.totals.allSatisfy { $0.slotStart == nil })
        #expect(try database.reviewStatsDiscrepancies() == 0)

        let later = try database.statsData(deckName: "D", detailSince: now.addingTimeInterval(86400))
        #expect(later.tallies.count == 1)
        #expect(later.earlierStudySlots == [now, now.addingTimeInterval(15 * 60)])
    }

    @Test func matureReviewsAreThoseOnIntervalsOf21DaysOrMore() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        var time = collection.now
        _ = try database.addCards([collection.draft("a1")], deckName: "D", now: time)
        var card = try answer(database, "a1", .easy, at: time)
        var kinds: [(Int, ReviewKind)] = []
        for _ in 0..<6 {
            let interval = Int((card.schedule.due.timeIntervalSince(card.schedule.lastReview ?? time) / 86400).rounded(.up))
            time = card.schedule.due.addingTimeInterval(8 * 3600)
            card = try answer(database, "a1", .good, at: time)
            kinds.append((interval, interval >= 21 ? .mature : .young))
        }
        let data = try database.statsData(deckName: nil, detailSince: collection.now)
        #expect(data.tallies.dropFirst().map(\.kind) == kinds.map(\.1))
        #expect(kinds.contains { $0.1 == .mature } && kinds.contains { $0.1 == .young })
    }

    @Test func summaryFollowsDeletesAndMovesBetweenDecksAndFactKinds() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        let now = collection.now
        _ = try database.addCards([collection.draft("a1"), collection.draft("b2"), collection.draft("c3")], deckName: "D", now: now)
        for (index, id) in ["a1", "b2", "c3", "a1"].enumerated() {
            try answer(database, id, .good, at: now.addingTimeInterval(Double(index) * 120))
        }
        try database.deleteCards(ids: [#require(CardID("b2"))])
        #expect(try database.reviewStatsDiscrepancies() == 0)
        #expect(try database.statsData(deckName: nil, detailSince: now).totals.map(\.reviews).reduce(0, +) == 3)

        var moved = collection.draft("a1")
        moved.content.factKind = .date
        _ = try database.importDrafts([moved], deckName: "E", now: now)
        #expect(try database.reviewStatsDiscrepancies() == 0)
        let inE = try database.statsData(deckName: "E", detailSince: now)
        #expect(inE.totals.map(\.reviews) == [2] && inE.totals.first?.factKind == .date)
        #expect(try database.statsData(deckName: "D", detailSince: now).totals.map(\.reviews) == [1])
    }

    @Test func deletingOneReviewRowSubtractsIt() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        _ = try database.addCards([collection.draft("a1")], deckName: "D", now: collection.now)
        try answer(database, "a1", .good, at: collection.now)
        try answer(database, "a1", .good, at: collection.now.addingTimeInterval(60))
        let queue = try DatabaseQueue(path: collection.path)
        try queue.write { db in try db.execute(sql: "DELETE FROM reviewLog WHERE id = (SELECT max(id) FROM reviewLog)") }
        try queue.close()
        #expect(try database.reviewStatsDiscrepancies() == 0)
        #expect(try database.statsData(deckName: nil, detailSince: collection.now).tallies.map(\.reviews) == [1])
    }

    @Test func undoneAnswersLeaveTheSummary() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        _ = try database.addCards([collection.draft("a1")], deckName: "D", now: collection.now)
        let card = try database.card(id: #require(CardID("a1")))
        let outcome = scheduler.review(card.schedule, rating: .good, at: collection.now, fuzzSeed: 7)
        let receipt = try database.answer(card, outcome: outcome, at: collection.now, duration: 4, burySiblingsUntilDay: nil)
        #expect(try database.statsData(deckName: nil, detailSince: collection.now).tallies.map(\.reviews) == [1])
        _ = try database.undoAnswer(receipt, restoring: card, now: collection.now)
        #expect(try database.reviewStatsDiscrepancies() == 0)
        #expect(try database.statsData(deckName: nil, detailSince: collection.now).tallies.isEmpty)
    }

    @Test func importedHistoriesAreSummedAndFollowTheirCards() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        let clock = StudyDayClock(timeZone: .utcZone)
        let reviews = (0..<4).map { ImportedReview(reviewedAt: collection.now.addingTimeInterval(Double($0) * 86400 * 3),
                                                    rating: $0 == 2 ? .again : .good, duration: 5) }
        var imported = ImportedCard(noteID: "n1", ordinal: 0, deckName: "Anki",
                                    content: CardContent(kind: .basic, prompt: "Q", answer: "A"), reviews: reviews)
        _ = try database.importCards([imported], clock: clock, now: collection.now)
        #expect(try database.reviewStatsDiscrepancies() == 0)
        #expect(try database.statsData(deckName: nil, detailSince: collection.now).totals.map(\.reviews).reduce(0, +) == 4)
        imported.deckName = "Moved"
        _ = try database.importCards([imported], clock: clock, now: collection.now)
        #expect(try database.reviewStatsDiscrepancies() == 0)
        #expect(try database.statsData(deckName: "Moved", detailSince: collection.now).totals.map(\.reviews).reduce(0, +) == 4)
    }

    @Test func eachDeckKeepsItsOwnRowsInASlot() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        _ = try database.addCards([collection.draft("a1")], deckName: "D", now: collection.now)
        _ = try database.addCards([collection.draft("b2")], deckName: "E", now: collection.now)
        try answer(database, "a1", .good, at: collection.now)
        try answer(database, "b2", .good, at: collection.now.addingTimeInterval(60))
        let all = try database.statsData(deckName: nil, detailSince: collection.now)
        #expect(all.tallies.count == 2 && all.tallies.allSatisfy { $0.slotStart == collection.now && $0.reviews == 1 })
        #expect(all.totals.map(\.reviews) == [2])
        #expect(try database.statsData(deckName: "E", detailSince: collection.now).tallies.count == 1)
    }

    @Test func migrationFillsTheSummaryFromAnExistingLog() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        _ = try database.addCards([collection.draft("a1")], deckName: "D", now: collection.now)
        try answer(database, "a1", .good, at: collection.now)
        // Make the file look like one written before "v2-stats", with a review it never summed.
        let queue = try DatabaseQueue(path: collection.path)
        try queue.write { db in
            try db.execute(sql: """
                DROP TABLE reviewStats; DROP INDEX card_stats; DROP TRIGGER reviewStats_logInsert;
                DROP TRIGGER reviewStats_logDelete; DROP TRIGGER reviewStats_cardDelete; DROP TRIGGER reviewStats_cardMove;
                DELETE FROM grdb_migrations WHERE identifier = 'v2-stats'
                """)
        }
        try queue.close()
        let reopened = try CollectionDatabase.open(path: collection.path)
        #expect(try reopened.reviewStatsDiscrepancies() == 0)
        #expect(try reopened.statsData(deckName: nil, detailSince: collection.now).tallies.map(\.reviews) == [1])
        try reopened.rebuildReviewStats()
        #expect(try reopened.reviewStatsDiscrepancies() == 0)
    }

    @Test func cardLabelsNameCardsByKey() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        _ = try database.addCards([collection.draft("a1", prompt: "First?")], deckName: "D", now: collection.now)
        let data = try database.statsData(deckName: nil, detailSince: collection.now)
        let labels = try database.cardLabels(keys: data.cards.map(\.key) + [999])
        #expect(labels.count == 1)
        #expect(labels[data.cards[0].key] == CardLabel(id: try #require(CardID("a1")), deckName: "D", question: "First?"))
    }
}
