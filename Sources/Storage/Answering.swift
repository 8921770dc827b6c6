import Foundation
import FSRS
import FactdeckModel
import GRDB

extension CollectionDatabase {
    /// Records one answer in its own transaction: the card must still be exactly as it
    /// was read (`card.version`), its schedule becomes `outcome.after`, and a row is
    /// appended to the review log. Returns the card as stored afterwards.
    public func recordAnswer(for card: Card, outcome: ReviewOutcome, at now: Date, duration: TimeInterval) throws -> Card {
        try answer(card, outcome: outcome, at: now, duration: duration, burySiblingsUntilDay: nil).card
    }

    /// Records one answer as `recordAnswer` does and, when `burySiblingsUntilDay` is given,
    /// buries the card's new and review siblings (cards of the same note) until that day,
    /// all in one transaction. The receipt is what `undoAnswer` needs.
    public func answer(_ card: Card, outcome: ReviewOutcome, at now: Date, duration: TimeInterval,
                       burySiblingsUntilDay: Int?) throws -> AnswerReceipt {
        defer { countAnswer() }
        return try write { db in
            let after = outcome.after
            try db.execute(sql: """
                UPDATE card SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, lastReview = ?,
                                reps = ?, lapses = ?, buriedUntilDay = NULL, modifiedAt = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, arguments: [after.state.rawValue, after.step, after.memory?.stability, after.memory?.difficulty,
                                 after.due.milliseconds, after.lastReview?.milliseconds, after.reps, after.lapses,
                                 now.milliseconds, card.id.rawValue, card.version])
            guard db.changesCount == 1 else {
                if try Self.cardExists(db, card.id) { throw StorageError.cardChanged(card.id.rawValue) }
                throw StorageError.cardNotFound(card.id.rawValue)
            }
            try Self.appendLog(db, ReviewRecord(cardID: card.id, reviewedAt: now, rating: outcome.rating,
                                                elapsedDays: outcome.elapsedDays, duration: duration,
                                                before: outcome.before, after: after))
            let logID = db.lastInsertedRowID
            var buried: [CardID] = []
            if let day = burySiblingsUntilDay {
                let siblings = try String.fetchAll(db, sql: """
                    SELECT id FROM card WHERE noteId = ? AND id <> ? AND state IN ('new', 'review')
                    AND suspended = 0 AND coalesce(buriedUntilDay, 0) < ?
                    """, arguments: [card.noteID, card.id.rawValue, day])
                for sibling in siblings {
                    try db.execute(sql: "UPDATE card SET buriedUntilDay = ?, version = version + 1 WHERE id = ?",
                                   arguments: [day, sibling])
                }
                buried = siblings.compactMap(CardID.init)
            }
            // The card as a read would return it (times at the stored millisecond), without reading it back.
            var stored = card
            stored.schedule = after
            stored.schedule.due = Date(milliseconds: after.due.milliseconds)
            stored.schedule.lastReview = after.lastReview.map { Date(milliseconds: $0.milliseconds) }
            stored.buriedUntilDay = nil
            stored.modifiedAt = Date(milliseconds: now.milliseconds)
            stored.version += 1
            return AnswerReceipt(card: stored, logID: logID, buriedSiblings: buried)
        }
    }

    /// Takes back an answer: the card returns to `before` (its state when it was shown),
    /// the review-log row is removed and the siblings it buried are unburied. Refused when
    /// the card changed since the answer.
    public func undoAnswer(_ receipt: AnswerReceipt, restoring before: Card, now: Date) throws -> Card {
        try write { db in
            let schedule = before.schedule
            try db.execute(sql: """
                UPDATE card SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, lastReview = ?,
                                reps = ?, lapses = ?, buriedUntilDay = ?, modifiedAt = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, arguments: [schedule.state.rawValue, schedule.step, schedule.memory?.stability,
                                 schedule.memory?.difficulty, schedule.due.milliseconds,
                                 schedule.lastReview?.milliseconds, schedule.reps, schedule.lapses,
                                 before.buriedUntilDay, now.milliseconds, receipt.card.id.rawValue, receipt.card.version])
            guard db.changesCount == 1 else { throw StorageError.cardChanged(receipt.card.id.rawValue) }
            try db.execute(sql: "DELETE FROM reviewLog WHERE id = ? AND cardId = ?",
                           arguments: [receipt.logID, receipt.card.id.rawValue])
            for sibling in receipt.buriedSiblings {
                try db.execute(sql: "UPDATE card SET buriedUntilDay = NULL, version = version + 1 WHERE id = ?",
                               arguments: [sibling.rawValue])
            }
            return try Self.card(db, id: receipt.card.id)
        }
    }

    static func appendLog(_ db: Database, _ record: ReviewRecord) throws {
        let before = record.before, after = record.after
        guard let memory = after.memory else {
            throw StorageError.invalidData("an answer must leave card \(record.cardID) with a memory state")
        }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO reviewLog (cardId, reviewedAt, rating, elapsedDays, durationMs,
                                   stateBefore, stepBefore, stabilityBefore, difficultyBefore, dueBefore,
                                   stateAfter, stepAfter, stabilityAfter, difficultyAfter, dueAfter)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [
            record.cardID.rawValue, record.reviewedAt.milliseconds, record.rating.rawValue, record.elapsedDays,
            Int64((max(0, record.duration) * 1000).rounded()),
            before.state.rawValue, before.step, before.memory?.stability, before.memory?.difficulty,
            before.due.milliseconds,
            after.state.rawValue, after.step, memory.stability, memory.difficulty, after.due.milliseconds,
        ])
    }

    /// The review log of one card, oldest first.
    public func reviews(of id: CardID) throws -> [ReviewRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM reviewLog WHERE cardId = ? ORDER BY reviewedAt, id",
                             arguments: [id.rawValue]).map(Self.decodeLog)
        }
    }

    static func decodeLog(_ row: Row) throws -> ReviewRecord {
        func snapshot(_ suffix: String) throws -> SchedulingState {
            guard let state = CardState(rawValue: row["state\(suffix)"]) else {
                throw StorageError.invalidData("review log row with an unknown state")
            }
            var memory: MemoryState?
            if let stability: Double = row["stability\(suffix)"], let difficulty: Double = row["difficulty\(suffix)"] {
                memory = MemoryState(stability: stability, difficulty: difficulty)
            }
            return SchedulingState(state: state, step: row["step\(suffix)"], memory: memory,
                                   due: Date(milliseconds: row["due\(suffix)"]), lastReview: nil, reps: 0, lapses: 0)
        }
        let cardText: String = row["cardId"]
        guard let cardID = CardID(cardText), let rating = Rating(rawValue: row["rating"]) else {
            throw StorageError.invalidData("review log row with an invalid card id or rating")
        }
        let durationMs: Int64 = row["durationMs"]
        return ReviewRecord(id: row["id"], cardID: cardID, reviewedAt: Date(milliseconds: row["reviewedAt"]),
                            rating: rating, elapsedDays: row["elapsedDays"], duration: Double(durationMs) / 1000,
                            before: try snapshot("Before"), after: try snapshot("After"))
    }
}
