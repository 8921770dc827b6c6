import Foundation
import FSRS
import FactdeckModel
import GRDB

/// Where a study session's next card comes from, in the order a session shows them.
public enum StudySource: String, Sendable, Equatable {
    /// A learning or relearning card whose step is due now.
    case learning
    /// A review card due today.
    case review
    /// A new card, within the deck's new-card limit for today.
    case new
    /// A learning card not yet due, shown early because nothing else is left.
    case learnAhead
}

extension CollectionDatabase {
    /// The next card to study in the deck named `deckName` (every deck when nil):
    /// learning cards due now, then reviews due today, then new cards within each deck's
    /// daily limits, then learning cards due before `learnAheadUntil`. Suspended and
    /// buried cards are left out. Nil when nothing is left for today.
    public func nextStudyCard(deckName: String?, window: DayWindow, now: Date,
                              learnAheadUntil: Date) throws -> (card: Card, source: StudySource)? {
        try read { db in
            let decks = try Self.studyDecks(db, deckName: deckName, window: window)
            guard !decks.isEmpty else { return nil }
            let all = decks.map { String($0.deck.id) }.joined(separator: ",")
            let active = "card.suspended = 0 AND coalesce(card.buriedUntilDay, 0) <= \(window.day)"
            func first(_ condition: String, order: String, _ arguments: StatementArguments = []) throws -> Card? {
                try Row.fetchOne(db, sql: """
                    SELECT \(CardRow.columns) FROM \(CardRow.from)
                    WHERE \(condition) AND \(active) ORDER BY \(order) LIMIT 1
                    """, arguments: arguments).map(CardRow.decode)
            }
            if let card = try first("card.deckId IN (\(all)) AND card.state IN ('learning', 'relearning') AND card.due <= ?",
                                    order: "card.due, card.id", [now.milliseconds]) {
                return (card, .learning)
            }
            let reviewDecks = decks.filter { $0.reviewsLeft > 0 }.map { String($0.deck.id) }.joined(separator: ",")
            if !reviewDecks.isEmpty,
               let card = try first("card.deckId IN (\(reviewDecks)) AND card.state = 'review' AND card.due < ?",
                                    order: "card.due, card.id", [window.end.milliseconds]) {
                return (card, .review)
            }
            let newDecks = decks.filter { $0.newLeft > 0 }.map { String($0.deck.id) }.joined(separator: ",")
            if !newDecks.isEmpty,
               let card = try first("card.deckId IN (\(newDecks)) AND card.state = 'new'", order: "card.position, card.id") {
                return (card, .new)
            }
            if let card = try first("card.deckId IN (\(all)) AND card.state IN ('learning', 'relearning') AND card.due <= ?",
                                    order: "card.due, card.id", [learnAheadUntil.milliseconds]) {
                return (card, .learnAhead)
            }
            return nil
        }
    }

    /// When the next learning card of the deck (or every deck) is due, for a session that ends
    /// with learning cards still to come.
    public func nextLearningDue(deckName: String?, window: DayWindow) throws -> Date? {
        try read { db in
            let decks = try Self.studyDecks(db, deckName: deckName, window: window)
            guard !decks.isEmpty else { return nil }
            let all = decks.map { String($0.deck.id) }.joined(separator: ",")
            let due = try Int64.fetchOne(db, sql: """
                SELECT min(due) FROM card WHERE deckId IN (\(all)) AND state IN ('learning', 'relearning')
                AND suspended = 0 AND coalesce(buriedUntilDay, 0) <= ?
                """, arguments: [window.day])
            return due.map(Date.init(milliseconds:))
        }
    }

    private struct StudyDeck {
        var deck: Deck
        var newLeft: Int
        var reviewsLeft: Int
    }

    private static func studyDecks(_ db: Database, deckName: String?, window: DayWindow) throws -> [StudyDeck] {
        var decks: [Deck]
        if let deckName {
            guard let deck = try deck(db, named: deckName) else { throw StorageError.deckNotFound(deckName) }
            decks = [deck]
        } else {
            decks = try Row.fetchAll(db, sql: "SELECT id, name FROM deck ORDER BY name").map { row in
                let id: Int64 = row["id"]
                return Deck(id: id, name: row["name"], options: try options(db, deckID: id))
            }
        }
        let studied = try studiedToday(db, window: window)
        return decks.map { deck in
            let done = studied[deck.id] ?? (0, 0)
            return StudyDeck(deck: deck, newLeft: max(0, deck.options.newPerDay - done.new),
                             reviewsLeft: max(0, deck.options.reviewsPerDay - done.review))
        }
    }

    /// New cards started and review cards answered today, per deck.
    static func studiedToday(_ db: Database, window: DayWindow) throws -> [Int64: (new: Int, review: Int)] {
        var studied: [Int64: (new: Int, review: Int)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT card.deckId AS deckId, sum(reviewLog.stateBefore = 'new') AS new,
                   sum(reviewLog.stateBefore = 'review') AS review
            FROM reviewLog JOIN card ON card.id = reviewLog.cardId
            WHERE reviewLog.reviewedAt >= ? AND reviewLog.reviewedAt < ?
            GROUP BY card.deckId
            """, arguments: [window.start.milliseconds, window.end.milliseconds]) {
            studied[row["deckId"]] = (row["new"], row["review"])
        }
        return studied
    }

    /// Buries cards until the start of study day `untilDay`; an unknown id refuses them all.
    public func bury(ids: [CardID], untilDay: Int, now: Date) throws {
        try write { db in
            for id in ids { _ = try Self.card(db, id: id) }
            for id in ids {
                try db.execute(sql: """
                    UPDATE card SET buriedUntilDay = ?, modifiedAt = ?, version = version + 1 WHERE id = ?
                    """, arguments: [untilDay, now.milliseconds, id.rawValue])
            }
        }
    }
}
