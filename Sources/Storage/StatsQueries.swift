import FSRS
import FactdeckModel
import Foundation
import GRDB

/// A card a statistics report names (a leech, a card about to be forgotten).
public struct CardLabel: Sendable, Equatable {
    public var id: CardID
    public var deckName: String
    public var question: String

    public init(id: CardID, deckName: String, question: String) {
        self.id = id
        self.deckName = deckName
        self.question = question
    }
}

extension CollectionDatabase {
    /// What `factdeck stats` draws, in one read transaction: every card of the deck (or of
    /// the collection) through the `card_stats` index, the review log summed per 15-minute
    /// slot from `detailSince` on, all-time sums, and the earlier slots that hold reviews.
    /// Throws `deckNotFound` for an unknown deck.
    public func statsData(deckName: String?, detailSince: Date) throws -> StatsData {
        try read { db in
            var deckID: Int64?
            if let deckName {
                guard let deck = try Self.deck(db, named: deckName) else { throw StorageError.deckNotFound(deckName) }
                deckID = deck.id
            }
            let sinceSlot = Self.slot(containing: detailSince)
            return StatsData(
                cards: try Self.cardSnapshots(db, deckID: deckID),
                tallies: try Self.tallies(db, deckID: deckID, sinceSlot: sinceSlot),
                detailSince: Self.slotStart(sinceSlot),
                totals: try Self.tallies(db, deckID: deckID, sinceSlot: nil),
                earlierStudySlots: try Self.studySlots(db, deckID: deckID, beforeSlot: sinceSlot))
        }
    }

    /// The id, deck and question of the cards with these `CardSnapshot.key`s; keys of
    /// cards deleted since are left out.
    public func cardLabels(keys: [Int64]) throws -> [Int64: CardLabel] {
        guard !keys.isEmpty else { return [:] }
        return try read { db in
            var labels: [Int64: CardLabel] = [:]
            let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ", ")
            for row in try Row.fetchAll(db, sql: """
                SELECT card.rowid AS key, card.id, deck.name, card.kind, card.prompt, card.hint
                FROM card JOIN deck ON deck.id = card.deckId WHERE card.rowid IN (\(placeholders))
                """, arguments: StatementArguments(keys)) {
                let idText: String = row["id"]
                guard let id = CardID(idText) else { continue }
                let prompt: String = row["prompt"]
                let hint: String? = row["hint"]
                let question = row["kind"] == "cloze" ? Cloze.blanked(prompt, placeholder: "[\(hint ?? "...")]") : prompt
                labels[row["key"]] = CardLabel(id: id, deckName: row["name"], question: question)
            }
            return labels
        }
    }

    // MARK: - Queries

    static func slot(containing date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / Double(ReviewTally.slotSeconds)).rounded(.down))
    }

    static func slotStart(_ slot: Int64) -> Date {
        Date(timeIntervalSince1970: Double(slot) * Double(ReviewTally.slotSeconds))
    }

    /// One pass over the `card_stats` index (a covering index: the card table and its
    /// texts are not read). Columns are read by position, the fastest way GRDB offers.
    static func cardSnapshots(_ db: Database, deckID: Int64?) throws -> [CardSnapshot] {
        let count = try Int.fetchOne(db, sql: deckID == nil ? "SELECT count(*) FROM card" : "SELECT count(*) FROM card WHERE deckId = ?",
                                     arguments: deckID.map { [$0] } ?? []) ?? 0
        var snapshots: [CardSnapshot] = []
        snapshots.reserveCapacity(count)
        let sql = """
            SELECT rowid, state, factKind, stability, difficulty, lastReview, due, createdAt, lapses, suspended, buriedUntilDay
            FROM card INDEXED BY card_stats
            """ + (deckID == nil ? " WHERE deckId >= -9223372036854775808" : " WHERE deckId = ?")
        let statement = try db.cachedStatement(sql: sql)
        if let deckID { statement.arguments = [deckID] }
        let cursor = try Row.fetchCursor(statement)
        while let row = try cursor.next() {
            let stateText: String = row[1]
            let factText: String = row[2]
            guard let state = CardState(rawValue: stateText), let factKind = FactKind(rawValue: factText) else {
                throw StorageError.invalidData("card with an unknown state or fact kind")
            }
            snapshots.append(CardSnapshot(
                key: row[0], state: state, factKind: factKind,
                stability: row.hasNull(atIndex: 3) ? 0 : row[3],
                difficulty: row.hasNull(atIndex: 4) ? 0 : row[4],
                lastReviewMs: row.hasNull(atIndex: 5) ? nil : row[5] as Int64,
                dueMs: row[6], createdMs: row[7], lapses: row[8], suspended: row[9] as Int64 != 0,
                buriedUntilDay: row.hasNull(atIndex: 10) ? nil : row[10] as Int))
        }
        return snapshots
    }

    /// `reviewStats` summed per slot (or over all time when `sinceSlot` is nil), fact kind,
    /// review kind and rating; slots in order.
    static func tallies(_ db: Database, deckID: Int64?, sinceSlot: Int64?) throws -> [ReviewTally] {
        var conditions: [String] = []
        var arguments: [DatabaseValueConvertible] = []
        if let sinceSlot {
            conditions.append("slot >= ?")
            arguments.append(sinceSlot)
        }
        if let deckID {
            conditions.append("deckId = ?")
            arguments.append(deckID)
        }
        let slotColumn = sinceSlot == nil ? "NULL" : "slot"
        var sql = "SELECT \(slotColumn), factKind, kind, rating, sum(reviews), sum(firstOfDay), sum(durationMs) FROM reviewStats"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += sinceSlot == nil ? " GROUP BY factKind, kind, rating" : " GROUP BY slot, factKind, kind, rating ORDER BY slot"
        var tallies: [ReviewTally] = []
        for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) {
            let factText: String = row[1]
            guard let factKind = FactKind(rawValue: factText), let kind = ReviewKind(rawValue: row[2]),
                  let rating = Rating(rawValue: row[3]) else {
                throw StorageError.invalidData("review summary with an unknown kind or rating")
            }
            let reviews: Int = row[4]
            guard reviews > 0 else { continue }
            tallies.append(ReviewTally(slotStart: row.hasNull(atIndex: 0) ? nil : slotStart(row[0]),
                                       factKind: factKind, kind: kind, rating: rating, reviews: reviews,
                                       firstOfDay: row[5], durationMs: row[6]))
        }
        return tallies
    }

    /// Slots before `beforeSlot` with at least one review, in order.
    static func studySlots(_ db: Database, deckID: Int64?, beforeSlot: Int64) throws -> [Date] {
        let sql = deckID == nil
            ? "SELECT DISTINCT slot FROM reviewStats WHERE slot < ? AND reviews > 0 ORDER BY slot"
            : "SELECT DISTINCT slot FROM reviewStats WHERE slot < ? AND deckId = ? AND reviews > 0 ORDER BY slot"
        let arguments: StatementArguments = deckID.map { [beforeSlot, $0] } ?? [beforeSlot]
        return try Int64.fetchAll(db, sql: sql, arguments: arguments).map(slotStart)
    }
}
