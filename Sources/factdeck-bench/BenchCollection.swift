import FactdeckModel
import Foundation
import GRDB
import Storage

/// A large collection for benchmarks, built once with SQL and kept in `.build/bench/`
/// so that later runs measure instead of rebuilding.
struct BenchCollection {
    let cards: Int
    let reviewsPerCard: Int
    let path: String
    /// The clock the collection is built around: cards are due from 60 days before to 60 after.
    static let now = Date(timeIntervalSince1970: 1_736_683_200) // 2025-01-12T12:00:00Z
    /// Bumped when the generator changes, so that collections built by an older one are rebuilt.
    static let generation = 2

    init(cards: Int, reviewsPerCard: Int, folder: String) {
        self.cards = cards
        self.reviewsPerCard = reviewsPerCard
        path = "\(folder)/collection-\(cards)-\(cards * reviewsPerCard).sqlite"
    }

    /// Builds the collection unless a complete one is already there; returns the seconds spent building.
    func prepare() throws -> Double {
        if FileManager.default.fileExists(atPath: path),
           let queue = try? DatabaseQueue(path: path),
           let ready = try? queue.read({ db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'benchReady'") }),
           ready == "\(cards)x\(reviewsPerCard)-\(Self.generation)" {
            return 0
        }
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let start = ContinuousClock.now
        _ = try CollectionDatabase.open(path: path) // creates the schema through the migrations
        let queue = try DatabaseQueue(path: path)
        let nowMs = Int64(Self.now.timeIntervalSince1970 * 1000)
        let dayMs: Int64 = 86_400_000
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = OFF")
            try db.inTransaction {
                for deck in 0..<10 {
                    try db.execute(sql: "INSERT INTO deck (id, name, createdAt) VALUES (?, ?, ?)",
                                   arguments: [deck + 1, "Bench \(deck)", nowMs])
                    try db.execute(sql: """
                        INSERT INTO deckOptions VALUES (?, 0.9, 20, 200, '1m 10m', '10m', 36500, 1)
                        """, arguments: [deck + 1])
                }
                // 1 card in 20 is new; the rest are review cards due within ±60 days, last answered
                // 1–40 days before they fell due (or before now), each deck in its own quarter hour
                // of the day; fact kinds in turn; 1 card in 50 a leech; added over 390 days.
                try db.execute(sql: """
                    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1)
                    INSERT INTO card (id, noteId, deckId, kind, prompt, answer, factKind, state, step, stability,
                                      difficulty, due, lastReview, reps, lapses, position, createdAt, modifiedAt)
                    SELECT printf('c%010d', i), printf('c%010d', i), 1 + i % 10, 'basic',
                           'Question number ' || i || ' about a fact', 'Answer ' || i,
                           CASE i % 5 WHEN 0 THEN 'date' WHEN 1 THEN 'figure' WHEN 2 THEN 'group' WHEN 3 THEN 'position'
                                      ELSE 'custom' END,
                           CASE WHEN i % 20 = 0 THEN 'new' ELSE 'review' END, NULL,
                           CASE WHEN i % 20 = 0 THEN NULL ELSE 1.0 + (i * 7919 % 3650) / 10.0 END,
                           CASE WHEN i % 20 = 0 THEN NULL ELSE 1.0 + (i * 104729 % 900) / 100.0 END,
                           CASE WHEN i % 20 = 0 THEN ? ELSE ? + ((i * 2654435761) % 121 - 60) * ? END,
                           CASE WHEN i % 20 = 0 THEN NULL
                                ELSE min(?, ? + ((i * 2654435761) % 121 - 60) * ?) - (1 + i % 40) * ? - ((i % 10) * 15 + (i / 10) % 15) * 60000 END,
                           CASE WHEN i % 20 = 0 THEN 0 ELSE ? END,
                           CASE WHEN i % 20 = 0 THEN 0 WHEN i % 50 = 1 THEN 8 + i % 5 ELSE i % 3 END, i, ? + (i % 390) * ?, ?
                    FROM n
                    """, arguments: [cards, nowMs, nowMs, dayMs, nowMs, nowMs, dayMs, dayMs, reviewsPerCard,
                                                  nowMs - 400 * dayMs, dayMs, nowMs])
                try db.execute(sql: """
                    WITH RECURSIVE r(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM r WHERE k < ? - 1)
                    INSERT INTO reviewLog (cardId, reviewedAt, rating, elapsedDays, durationMs, stateBefore,
                                           stepBefore, stabilityBefore, difficultyBefore, dueBefore, stateAfter,
                                           stepAfter, stabilityAfter, difficultyAfter, dueAfter)
                    SELECT card.id, card.lastReview - (? - r.k) * 3 * ?, 1 + (card.position + r.k) % 4,
                           CASE WHEN r.k = 0 THEN 0 ELSE 1 + (card.position + r.k) % 40 END,
                           4000 + (card.position * 31 + r.k) % 9000,
                           CASE WHEN r.k = 0 THEN 'new' ELSE 'review' END, NULL,
                           CASE WHEN r.k = 0 THEN NULL ELSE card.stability END,
                           CASE WHEN r.k = 0 THEN NULL ELSE card.difficulty END,
                           card.lastReview - (? - r.k) * 3 * ? - 3600000,
                           'review', NULL, card.stability, card.difficulty, card.due
                    FROM card, r WHERE card.state = 'review'
                    LIMIT ?
                    """, arguments: [reviewsPerCard * 2, reviewsPerCard * 2, dayMs, reviewsPerCard * 2, dayMs,
                                     cards * reviewsPerCard])
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('benchReady', ?)",
                               arguments: ["\(cards)x\(reviewsPerCard)-\(Self.generation)"])
                return .commit
            }
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            try db.execute(sql: "ANALYZE")
        }
        return (ContinuousClock.now - start).seconds
    }
}
