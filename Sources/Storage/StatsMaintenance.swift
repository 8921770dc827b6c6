import Foundation
import GRDB

/// Checking and rebuilding `reviewStats`, the per-slot sums of the review log that the
/// "v2-stats" triggers keep up to date.
extension CollectionDatabase {
    /// The sums `reviewStats` should hold, computed afresh from the review log.
    private static let recomputed = """
        SELECT r.reviewedAt / 900000 AS slot, card.deckId AS deckId, card.factKind AS factKind,
               \(StatsSchema.kind("r")) AS kind, r.rating AS rating, count(*) AS reviews,
               sum(r.elapsedDays >= 1) AS firstOfDay, sum(r.durationMs) AS durationMs
        FROM reviewLog AS r JOIN card ON card.id = r.cardId
        GROUP BY 1, 2, 3, 4, 5
        """

    /// How many rows of `reviewStats` differ from a fresh sum of the review log (0 when
    /// the triggers kept it exact).
    public func reviewStatsDiscrepancies() throws -> Int {
        try read { db in
            let columns = "slot, deckId, factKind, kind, rating, reviews, firstOfDay, durationMs"
            return try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM (SELECT \(columns) FROM reviewStats EXCEPT SELECT \(columns) FROM (\(Self.recomputed))))
                     + (SELECT count(*) FROM (SELECT \(columns) FROM (\(Self.recomputed)) EXCEPT SELECT \(columns) FROM reviewStats))
                """) ?? 0
        }
    }

    /// Replaces `reviewStats` with a fresh sum of the review log, in one transaction
    /// (after a bulk load that bypassed the triggers, or to repair a damaged file).
    public func rebuildReviewStats() throws {
        try write { db in
            try db.execute(sql: "DELETE FROM reviewStats")
            try db.execute(sql: """
                INSERT INTO reviewStats (slot, deckId, factKind, kind, rating, reviews, firstOfDay, durationMs)
                \(Self.recomputed)
                """)
        }
    }
}
