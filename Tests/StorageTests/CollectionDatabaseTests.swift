import FSRS
import FactdeckModel
import Foundation
import Storage
import Testing

@Suite struct CollectionDatabaseTests {
    @Test func reopeningKeepsDataAndAppliesNoMigrationTwice() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        _ = try collection.database.addCards([collection.draft("a1")], deckName: "D", now: collection.now)
        let again = try CollectionDatabase.open(path: collection.path)
        #expect(try again.card(id: #require(CardID("a1"))).content.prompt == "Q")
    }

    @Test func addRefusesDuplicateIDsWholeBatch() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        _ = try database.addCards([collection.draft("a1")], deckName: "D", now: collection.now)
        #expect(throws: StorageError.self) {
            try database.addCards([collection.draft("b2"), collection.draft("a1")], deckName: "D", now: collection.now)
        }
        #expect(try database.cards(matching: CardFilter()).count == 1)
        #expect(throws: StorageError.self) {
            try database.addCards([collection.draft("c3", prompt: "  ")], deckName: "D", now: collection.now)
        }
    }

    @Test func importAddsUpdatesAndKeepsSchedules() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        let first = try database.importDrafts([collection.draft("a1"), collection.draft("b2")], deckName: "D", now: collection.now)
        #expect(first == ImportSummary(added: 2, updated: 0, unchanged: 0))
        let card = try database.card(id: #require(CardID("a1")))
        let scheduler = Scheduler(options: SchedulerOptions(), clock: StudyDayClock(timeZone: .utcZone))
        let outcome = scheduler.review(card.schedule, rating: .good, at: collection.now, fuzzSeed: 1)
        _ = try database.recordAnswer(for: card, outcome: outcome, at: collection.now, duration: 3)

        let second = try database.importDrafts([collection.draft("a1", prompt: "Q2"), collection.draft("b2")],
                                               deckName: "D", now: collection.now)
        #expect(second == ImportSummary(added: 0, updated: 1, unchanged: 1))
        let updated = try database.card(id: #require(CardID("a1")))
        #expect(updated.content.prompt == "Q2")
        #expect(updated.schedule.state == .learning)
        #expect(try database.reviews(of: #require(CardID("a1"))).count == 1)
        let third = try database.importDrafts([collection.draft("a1", prompt: "Q2"), collection.draft("b2")],
                                              deckName: "D", now: collection.now)
        #expect(third == ImportSummary(added: 0, updated: 0, unchanged: 2))
    }

    @Test func answerIsRefusedWhenTheCardChangedSinceRead() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        _ = try database.addCards([collection.draft("a1")], deckName: "D", now: collection.now)
        let id = try #require(CardID("a1"))
        let shown = try database.card(id: id)
        _ = try database.editCard(id: id, content: CardContent(kind: .basic, prompt: "changed", answer: "A"), now: collection.now)
        let scheduler = Scheduler(options: SchedulerOptions(), clock: StudyDayClock(timeZone: .utcZone))
        let outcome = scheduler.review(shown.schedule, rating: .good, at: collection.now, fuzzSeed: 1)
        #expect(throws: StorageError.cardChanged("a1")) {
            try database.recordAnswer(for: shown, outcome: outcome, at: collection.now, duration: 1)
        }
        #expect(try database.reviews(of: id).isEmpty)
        #expect(try database.card(id: id).schedule.state == .new)
    }

    @Test func answerWritesTheLogWithBeforeAndAfter() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        _ = try database.addCards([collection.draft("a1")], deckName: "D", now: collection.now)
        let id = try #require(CardID("a1"))
        let card = try database.card(id: id)
        let scheduler = Scheduler(options: SchedulerOptions(), clock: StudyDayClock(timeZone: .utcZone))
        let outcome = scheduler.review(card.schedule, rating: .easy, at: collection.now, fuzzSeed: 1)
        let after = try database.recordAnswer(for: card, outcome: outcome, at: collection.now, duration: 4.25)
        #expect(after.schedule.state == .review)
        #expect(after.version == card.version + 1)
        let log = try database.reviews(of: id)
        #expect(log.count == 1)
        #expect(log[0].rating == .easy)
        #expect(log[0].duration == 4.25)
        #expect(log[0].before.state == .new)
        #expect(log[0].after.state == .review)
        #expect(log[0].after.memory == after.schedule.memory)
        #expect(log[0].elapsedDays == 0)
    }

    @Test func summariesCountNewLearningAndDueWithinLimits() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        _ = try database.addCards((0..<5).map { collection.draft("c\($0)") }, deckName: "D", now: collection.now)
        var options = DeckOptions()
        options.newPerDay = 3
        _ = try database.setOptions(options, forDeck: "D")
        let clock = StudyDayClock(timeZone: .utcZone)
        let scheduler = Scheduler(options: SchedulerOptions(), clock: clock)
        for (index, rating) in [Rating.good, .easy].enumerated() {
            let card = try database.card(id: #require(CardID("c\(index)")))
            _ = try database.recordAnswer(for: card, outcome: scheduler.review(card.schedule, rating: rating, at: collection.now, fuzzSeed: 1),
                                          at: collection.now, duration: 1)
        }
        let day = clock.dayNumber(collection.now)
        let today = DayWindow(day: day, start: clock.startOfDay(day), end: clock.startOfDay(day + 1))
        let summary = try #require(try database.deckSummaries(for: today).first)
        #expect(summary.newCount == 1)      // 3 a day, 2 already started today
        #expect(summary.learningCount == 1) // the Good card, due in 10 minutes
        #expect(summary.reviewCount == 0)   // the Easy card is due in days
        #expect(summary.totalCards == 5)
    }

    @Test func deleteRemovesHistoryAndUnknownIDsRefuseAll() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        _ = try database.addCards([collection.draft("a1"), collection.draft("b2")], deckName: "D", now: collection.now)
        let a1 = try #require(CardID("a1")), missing = try #require(CardID("zz"))
        #expect(throws: StorageError.cardNotFound("zz")) { try database.deleteCards(ids: [a1, missing]) }
        #expect(try database.cards(matching: CardFilter()).count == 2)
        try database.deleteCards(ids: [a1])
        #expect(throws: StorageError.cardNotFound("a1")) { try database.card(id: a1) }
    }
}

@Suite struct AnswerReceiptTests {
    @Test func receiptCardEqualsTheStoredCardAndUndoRestoresIt() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        _ = try database.addCards([CardDraft(id: #require(CardID("a1")), noteID: "n", content: CardContent(kind: .basic, prompt: "Q", answer: "A")),
                                   CardDraft(id: #require(CardID("b2")), noteID: "n", content: CardContent(kind: .basic, prompt: "Q2", answer: "A"))],
                                  deckName: "D", now: collection.now)
        let card = try database.card(id: #require(CardID("a1")))
        let clock = StudyDayClock(timeZone: .utcZone)
        let scheduler = Scheduler(options: SchedulerOptions(), clock: clock)
        let now = collection.now.addingTimeInterval(0.1234)
        let outcome = scheduler.review(card.schedule, rating: .good, at: now, fuzzSeed: 3)
        let day = clock.dayNumber(now)
        let receipt = try database.answer(card, outcome: outcome, at: now, duration: 2, burySiblingsUntilDay: day + 1)
        #expect(receipt.card == (try database.card(id: card.id)))
        #expect(receipt.buriedSiblings == [try #require(CardID("b2"))])
        #expect(try database.card(id: #require(CardID("b2"))).buriedUntilDay == day + 1)
        let restored = try database.undoAnswer(receipt, restoring: card, now: now)
        #expect(restored.schedule == card.schedule)
        #expect(try database.reviews(of: card.id).isEmpty)
        #expect(try database.card(id: #require(CardID("b2"))).buriedUntilDay == nil)
    }
}

@Suite struct CheckpointTests {
    /// The main file alone (without its -wal), copied elsewhere and opened: what a checkpoint has folded in.
    func cardsInMainFile(_ collection: TemporaryCollection) throws -> Int {
        let copy = collection.folder.appendingPathComponent("copy-\(UUID().uuidString).sqlite")
        try FileManager.default.copyItem(atPath: collection.path, toPath: copy.path)
        return try CollectionDatabase.open(path: copy.path).cards(matching: CardFilter()).count
    }

    @Test func commitsStayInTheLogUntilAnIdleCheckpointFoldsThemIn() throws {
        let collection = try TemporaryCollection()
        defer { collection.cleanUp() }
        let database = collection.database
        _ = try database.addCards((0..<50).map { collection.draft("c\($0)") }, deckName: "D", now: collection.now)
        database.checkpointIfNeeded() // no answers yet: nothing to do
        #expect(try cardsInMainFile(collection) == 0)
        database.checkpointIfNeeded(every: 0)
        #expect(try cardsInMainFile(collection) == 50)
    }
}
