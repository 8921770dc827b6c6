import FSRS
import FactdeckModel
import Foundation
import GRDB
import GRDBSQLite

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
        var cards: [CardSnapshot] = []
        var data = try statsData(deckName: deckName, detailSince: detailSince) { cards.append($0) }
        data.cards = cards
        return data
    }

    /// The same, handing each card to `eachCard` as it is read instead of keeping them
    /// (the returned `cards` is empty): a million cards are never held at once.
    public func statsData(deckName: String?, detailSince: Date, eachCard: (CardSnapshot) -> Void) throws -> StatsData {
        try read { db in
            var deckID: Int64?
            if let deckName {
                guard let deck = try Self.deck(db, named: deckName) else { throw StorageError.deckNotFound(deckName) }
                deckID = deck.id
            }
            let sinceSlot = Self.slot(containing: detailSince)
            try Self.cardSnapshots(db, deckID: deckID, eachCard)
            return StatsData(
                cards: [],
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
    /// texts are not read), stepping SQLite's statement directly: a collection may hold a
    /// million cards, and reading columns through `Row` costs several times the scan.
    static func cardSnapshots(_ db: Database, deckID: Int64?, _ eachCard: (CardSnapshot) -> Void) throws {
        // The deck id is an integer, written into the SQL so that nothing needs binding.
        let sql = """
            SELECT rowid, state, factKind, stability, difficulty, lastReview, due, createdAt, lapses, suspended, buriedUntilDay
            FROM card INDEXED BY card_stats
            """ + (deckID.map { " WHERE deckId = \($0)" } ?? " WHERE deckId >= -9223372036854775808")
        try forEachRow(db, sql: sql) { handle in
            guard let state = cardState(sqlite3_column_text(handle, 1)),
                  let factKind = factKind(sqlite3_column_text(handle, 2)) else {
                throw StorageError.invalidData("card with an unknown state or fact kind")
            }
            func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
            eachCard(CardSnapshot(
                key: sqlite3_column_int64(handle, 0), state: state, factKind: factKind,
                stability: sqlite3_column_double(handle, 3), difficulty: sqlite3_column_double(handle, 4),
                lastReviewMs: isNull(5) ? nil : sqlite3_column_int64(handle, 5),
                dueMs: sqlite3_column_int64(handle, 6), createdMs: sqlite3_column_int64(handle, 7),
                lapses: Int(sqlite3_column_int64(handle, 8)), suspended: sqlite3_column_int64(handle, 9) != 0,
                buriedUntilDay: isNull(10) ? nil : Int(sqlite3_column_int64(handle, 10))))
        }
    }

    /// Steps `sql` (which takes no arguments) and hands each row's statement handle to
    /// `body`: SQLite's column functions directly, for the queries that read many rows.
    private static func forEachRow(_ db: Database, sql: String, _ body: (OpaquePointer) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            try body(handle)
        }
    }

    /// `new`, `learning`, `review`, `relearning` from the first letters (the schema's
    /// CHECK allows nothing else).
    private static func cardState(_ text: UnsafePointer<UInt8>?) -> CardState? {
        guard let text else { return nil }
        switch text[0] {
        case UInt8(ascii: "n"): return .new
        case UInt8(ascii: "l"): return .learning
        case UInt8(ascii: "r") where text[1] == UInt8(ascii: "e"):
            return text[2] == UInt8(ascii: "v") ? .review : text[2] == UInt8(ascii: "l") ? .relearning : nil
        default: return nil
        }
    }

    /// `date`, `figure`, `group`, `position`, `custom` from the first letter.
    private static func factKind(_ text: UnsafePointer<UInt8>?) -> FactKind? {
        guard let text else { return nil }
        switch text[0] {
        case UInt8(ascii: "d"): return .date
        case UInt8(ascii: "f"): return .figure
        case UInt8(ascii: "g"): return .group
        case UInt8(ascii: "p"): return .position
        case UInt8(ascii: "c"): return .custom
        default: return nil
        }
    }

    /// `reviewStats` per slot from `sinceSlot` on (one tally per deck, fact kind, review
    /// kind and rating, slots in order), or summed over all time when `sinceSlot` is nil.
    static func tallies(_ db: Database, deckID: Int64?, sinceSlot: Int64?) throws -> [ReviewTally] {
        // Integers only, written into the SQL so that nothing needs binding. Per slot the rows
        // are read as stored, one per deck (in key order: no sorting); the report adds up
        // rows that differ only by deck.
        var conditions: [String] = []
        if let sinceSlot { conditions.append("slot >= \(sinceSlot)") }
        if let deckID { conditions.append("deckId = \(deckID)") }
        var sql = sinceSlot == nil
            ? "SELECT NULL, factKind, kind, rating, sum(reviews), sum(firstOfDay), sum(durationMs) FROM reviewStats"
            : "SELECT slot, factKind, kind, rating, reviews, firstOfDay, durationMs FROM reviewStats"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += sinceSlot == nil ? " GROUP BY factKind, kind, rating" : " ORDER BY slot"
        var tallies: [ReviewTally] = []
        try forEachRow(db, sql: sql) { handle in
            guard let factKind = factKind(sqlite3_column_text(handle, 1)),
                  let kind = ReviewKind(rawValue: Int(sqlite3_column_int64(handle, 2))),
                  let rating = Rating(rawValue: Int(sqlite3_column_int64(handle, 3))) else {
                throw StorageError.invalidData("review summary with an unknown kind or rating")
            }
            let reviews = Int(sqlite3_column_int64(handle, 4))
            guard reviews > 0 else { return }
            let slot: Date? = sqlite3_column_type(handle, 0) == SQLITE_NULL ? nil : slotStart(sqlite3_column_int64(handle, 0))
            tallies.append(ReviewTally(slotStart: slot, factKind: factKind, kind: kind, rating: rating, reviews: reviews,
                                       firstOfDay: Int(sqlite3_column_int64(handle, 5)),
                                       durationMs: sqlite3_column_int64(handle, 6)))
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
