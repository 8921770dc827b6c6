import Foundation
import FactdeckModel
import GRDB

/// A deck with what is waiting in it today, as the home screen and `decks` show it.
public struct DeckSummary: Sendable, Equatable {
    public var deck: Deck
    /// New cards that today's new-card limit still allows.
    public var newCount: Int
    /// Learning and relearning cards due before the end of today.
    public var learningCount: Int
    /// Review cards due today, within what today's review limit still allows.
    public var reviewCount: Int
    public var totalCards: Int
    public var suspendedCount: Int
}

extension CollectionDatabase {
    /// The deck named `name` (names are matched exactly), creating it with default options.
    @discardableResult
    public func ensureDeck(named name: String, now: Date) throws -> Deck {
        try write { db in try Self.ensureDeck(db, named: name, now: now) }
    }

    static func ensureDeck(_ db: Database, named rawName: String, now: Date) throws -> Deck {
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw StorageError.invalidData("a deck name must not be empty") }
        if let deck = try deck(db, named: name) { return deck }
        try db.execute(sql: "INSERT INTO deck (name, createdAt) VALUES (?, ?)", arguments: [name, now.milliseconds])
        let id = db.lastInsertedRowID
        try saveOptions(db, deckID: id, DeckOptions())
        return Deck(id: id, name: name)
    }

    /// The deck named `name`, or nil.
    public func deck(named name: String) throws -> Deck? {
        try read { db in try Self.deck(db, named: name) }
    }

    static func deck(_ db: Database, named name: String) throws -> Deck? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, name FROM deck WHERE name = ?", arguments: [name]) else {
            return nil
        }
        let id: Int64 = row["id"]
        return Deck(id: id, name: row["name"], options: try options(db, deckID: id))
    }

    /// Every deck, by name.
    public func decks() throws -> [Deck] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM deck ORDER BY name").map { row in
                let id: Int64 = row["id"]
                return Deck(id: id, name: row["name"], options: try Self.options(db, deckID: id))
            }
        }
    }

    /// Replaces the options of the deck named `name` after validating them.
    public func setOptions(_ options: DeckOptions, forDeck name: String) throws -> Deck {
        try options.validate()
        return try write { db in
            guard var deck = try Self.deck(db, named: name) else { throw StorageError.deckNotFound(name) }
            try Self.saveOptions(db, deckID: deck.id, options)
            deck.options = options
            return deck
        }
    }

    static func options(_ db: Database, deckID: Int64) throws -> DeckOptions {
        var options = DeckOptions()
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM deckOptions WHERE deckId = ?", arguments: [deckID]) else {
            return options
        }
        options.desiredRetention = row["desiredRetention"]
        options.newPerDay = row["newPerDay"]
        options.reviewsPerDay = row["reviewsPerDay"]
        options.learningSteps = (try? StepList.parse(row["learningSteps"])) ?? options.learningSteps
        options.relearningSteps = (try? StepList.parse(row["relearningSteps"])) ?? options.relearningSteps
        options.maximumInterval = row["maximumInterval"]
        options.fuzz = (row["fuzz"] as Int64) != 0
        return options
    }

    static func saveOptions(_ db: Database, deckID: Int64, _ options: DeckOptions) throws {
        try db.execute(sql: """
            INSERT INTO deckOptions (deckId, desiredRetention, newPerDay, reviewsPerDay, learningSteps,
                                     relearningSteps, maximumInterval, fuzz)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (deckId) DO UPDATE SET
                desiredRetention = excluded.desiredRetention, newPerDay = excluded.newPerDay,
                reviewsPerDay = excluded.reviewsPerDay, learningSteps = excluded.learningSteps,
                relearningSteps = excluded.relearningSteps, maximumInterval = excluded.maximumInterval,
                fuzz = excluded.fuzz
            """, arguments: [deckID, options.desiredRetention, options.newPerDay, options.reviewsPerDay,
                             StepList.format(options.learningSteps), StepList.format(options.relearningSteps),
                             options.maximumInterval, options.fuzz ? 1 : 0])
    }

    /// Every deck with its new, learning and review counts for the study day `window`,
    /// after the deck's daily limits and what was already studied that day.
    /// Each count is an index range scan, bounded by the limit where there is one.
    public func deckSummaries(for window: DayWindow) throws -> [DeckSummary] {
        try read { db in
            let studied = try Self.studiedToday(db, window: window)
            return try Row.fetchAll(db, sql: "SELECT id, name FROM deck ORDER BY name").map { row in
                let id: Int64 = row["id"]
                let deck = Deck(id: id, name: row["name"], options: try Self.options(db, deckID: id))
                let done = studied[id] ?? (0, 0)
                return try Self.summary(db, deck: deck, window: window, studiedNew: done.new, studiedReviews: done.review)
            }
        }
    }

    static func summary(_ db: Database, deck: Deck, window: DayWindow, studiedNew: Int, studiedReviews: Int) throws -> DeckSummary {
        let active = "deckId = :deck AND suspended = 0 AND coalesce(buriedUntilDay, 0) <= :day"
        func count(_ sql: String, limit: Int? = nil) throws -> Int {
            var arguments: StatementArguments = ["deck": deck.id, "day": window.day, "end": window.end.milliseconds]
            var query = sql
            if let limit {
                query = "SELECT count(*) FROM (SELECT 1 FROM card WHERE \(sql) LIMIT :limit)"
                _ = arguments.append(contentsOf: ["limit": max(0, limit)])
            }
            return try Int.fetchOne(db, sql: query, arguments: arguments) ?? 0
        }
        let newLeft = max(0, deck.options.newPerDay - studiedNew)
        let reviewsLeft = max(0, deck.options.reviewsPerDay - studiedReviews)
        return DeckSummary(
            deck: deck,
            newCount: try count("state = 'new' AND \(active)", limit: newLeft),
            learningCount: try count("SELECT count(*) FROM card WHERE state IN ('learning', 'relearning') AND due < :end AND \(active)"),
            reviewCount: try count("state = 'review' AND due < :end AND \(active)", limit: reviewsLeft),
            totalCards: try count("SELECT count(*) FROM card WHERE deckId = :deck"),
            suspendedCount: try count("SELECT count(*) FROM card WHERE deckId = :deck AND suspended = 1"))
    }
}
