import Foundation
import FSRS
import FactdeckModel
import GRDB

/// One answer from another program's history (an Anki `revlog` row).
public struct ImportedReview: Sendable, Equatable {
    public var reviewedAt: Date
    public var rating: Rating
    /// Seconds taken to answer.
    public var duration: TimeInterval

    public init(reviewedAt: Date, rating: Rating, duration: TimeInterval) {
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.duration = duration
    }
}

/// A card coming from an Anki package or a CSV file, with its history.
public struct ImportedCard: Sendable, Equatable {
    /// The card's id when the file names it (factdeck's own exports); else the collection
    /// finds it (see `CollectionDatabase.importCards`).
    public var id: CardID?
    /// The note the card comes from (the Anki GUID when it is a valid id, else derived from it).
    public var noteID: String
    /// Which of the note's cards this is (Anki's template or cloze ordinal).
    public var ordinal: Int
    public var deckName: String
    public var content: CardContent
    /// Suspended in the file: applied when the card is added, never to a card already here.
    public var suspended: Bool
    public var reviews: [ImportedReview]

    public init(id: CardID? = nil, noteID: String, ordinal: Int, deckName: String, content: CardContent,
                suspended: Bool = false, reviews: [ImportedReview] = []) {
        self.id = id
        self.noteID = noteID
        self.ordinal = ordinal
        self.deckName = deckName
        self.content = content
        self.suspended = suspended
        self.reviews = reviews
    }
}

/// What an import of an Anki package or a CSV file changed.
public struct InteropImportSummary: Sendable, Equatable, Codable {
    public var cards = ImportSummary()
    /// Review-log rows appended.
    public var reviewsAdded = 0
    /// Reviews already in the log (same card, same millisecond), left as they are.
    public var reviewsPresent = 0
    /// The decks the cards went to, by name.
    public var decks: [String] = []

    public init() {}
}

extension CollectionDatabase {
    /// Adds or updates `cards` and appends their histories, all in one transaction:
    /// a failure leaves the collection as it was.
    ///
    /// A card's id is the one the file gives; else the id of the card already in the
    /// collection with the same note, kind and prompt (so a note edited elsewhere keeps
    /// its cards); else one derived from the note id and the ordinal. Content and deck
    /// are updated in place, schedules and histories kept. Reviews already in the log
    /// (same card and millisecond) are skipped; when a card gains reviews, its schedule
    /// is rebuilt by replaying its whole log through FSRS under its deck's options, and
    /// the new log rows carry the replayed states. Importing the same cards twice
    /// changes nothing the second time.
    public func importCards(_ cards: [ImportedCard], clock: StudyDayClock, now: Date) throws -> InteropImportSummary {
        try write { db in
            var summary = InteropImportSummary()
            var position = try Self.nextPosition(db)
            var decks: [String: Deck] = [:]
            var seen: Set<CardID> = []
            for imported in cards {
                let deck: Deck
                if let known = decks[imported.deckName] {
                    deck = known
                } else {
                    deck = try Self.ensureDeck(db, named: imported.deckName, now: now)
                    decks[imported.deckName] = deck
                    summary.decks.append(deck.name)
                }
                let id = try Self.resolveID(db, imported, taken: seen)
                guard seen.insert(id).inserted else {
                    throw StorageError.invalidData("card \(id) appears twice in the file")
                }
                let draft = CardDraft(id: id, noteID: imported.noteID, content: imported.content)
                if let existing = try? Self.card(db, id: id) {
                    if existing.content == draft.content && existing.noteID == draft.noteID && existing.deckID == deck.id {
                        summary.cards.unchanged += 1
                    } else {
                        try Self.updateContent(db, id: id, content: draft.content, now: now)
                        try db.execute(sql: "UPDATE card SET noteId = ?, deckId = ? WHERE id = ?",
                                       arguments: [draft.noteID, deck.id, id.rawValue])
                        summary.cards.updated += 1
                    }
                } else {
                    try Self.insert(db, draft, deckID: deck.id, position: position, now: now)
                    position += 1
                    summary.cards.added += 1
                    if imported.suspended {
                        try db.execute(sql: "UPDATE card SET suspended = 1 WHERE id = ?", arguments: [id.rawValue])
                    }
                }
                let scheduler = Scheduler(options: deck.options.schedulerOptions, clock: clock)
                let (added, present) = try Self.mergeHistory(db, id: id, reviews: imported.reviews, scheduler: scheduler, now: now)
                summary.reviewsAdded += added
                summary.reviewsPresent += present
            }
            return summary
        }
    }

    private static func resolveID(_ db: Database, _ card: ImportedCard, taken: Set<CardID>) throws -> CardID {
        if let id = card.id { return id }
        if let text = try String.fetchOne(db, sql: """
            SELECT id FROM card WHERE noteId = ? AND kind = ? AND prompt = ? ORDER BY position, id LIMIT 1
            """, arguments: [card.noteID, card.content.kind.rawValue, card.content.prompt]),
           let id = CardID(text), !taken.contains(id) {
            return id
        }
        return CardID.derived(from: "\(card.noteID)#\(card.ordinal)")
    }

    /// Milliseconds within which two answers of one card with the same rating are one answer.
    static let sameAnswerWindow: Int64 = 1000

    /// Appends the reviews not yet in the card's log and, when there are any, rebuilds the
    /// card's schedule by replaying the whole log. Returns (added, already present).
    private static func mergeHistory(_ db: Database, id: CardID, reviews: [ImportedReview], scheduler: Scheduler,
                                     now: Date) throws -> (Int, Int) {
        guard !reviews.isEmpty else { return (0, 0) }
        struct Entry { var at: Int64; var rating: Rating; var duration: TimeInterval; var isNew: Bool }
        var entries: [Entry] = []
        var times: Set<Int64> = []
        for row in try Row.fetchAll(db, sql: "SELECT reviewedAt, rating, durationMs FROM reviewLog WHERE cardId = ?",
                                    arguments: [id.rawValue]) {
            let at: Int64 = row["reviewedAt"]
            let durationMs: Int64 = row["durationMs"]
            guard let rating = Rating(rawValue: row["rating"]) else { continue }
            times.insert(at)
            entries.append(Entry(at: at, rating: rating, duration: Double(durationMs) / 1000, isNew: false))
        }
        // Anki keeps review ids (their milliseconds) unique across a collection, so an
        // export may move an answer by a few milliseconds: an answer with the same
        // rating within a second of one already logged is the same answer.
        var present = 0
        for review in reviews {
            let at = review.reviewedAt.milliseconds
            let same = entries.contains { abs($0.at - at) <= sameAnswerWindow && $0.rating == review.rating }
            if !same && times.insert(at).inserted {
                entries.append(Entry(at: at, rating: review.rating, duration: review.duration, isNew: true))
            } else {
                present += 1
            }
        }
        let added = entries.filter(\.isNew).count
        guard added > 0 else { return (0, present) }
        entries.sort { $0.at < $1.at }
        let card = try Self.card(db, id: id)
        var state = SchedulingState.new(due: card.createdAt)
        for entry in entries {
            let at = Date(milliseconds: entry.at)
            let outcome = scheduler.review(state, rating: entry.rating, at: at,
                                           fuzzSeed: Fuzz.seed(cardID: id.rawValue, reps: state.reps))
            if entry.isNew {
                try appendLog(db, ReviewRecord(cardID: id, reviewedAt: at, rating: entry.rating,
                                               elapsedDays: outcome.elapsedDays, duration: entry.duration,
                                               before: outcome.before, after: outcome.after))
            }
            state = outcome.after
        }
        try db.execute(sql: """
            UPDATE card SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, lastReview = ?,
                            reps = ?, lapses = ?, modifiedAt = ?, version = version + 1
            WHERE id = ?
            """, arguments: [state.state.rawValue, state.step, state.memory?.stability, state.memory?.difficulty,
                             state.due.milliseconds, state.lastReview?.milliseconds, state.reps, state.lapses,
                             now.milliseconds, id.rawValue])
        return (added, present)
    }

    /// A deck's cards (with `name::…` subdecks when `subdecks`) and each card's review log,
    /// in deck and position order, for exports.
    public func exportCards(deckName: String, subdecks: Bool = true) throws -> [(card: Card, reviews: [ReviewRecord])] {
        try read { db in
            guard try Self.deck(db, named: deckName) != nil else { throw StorageError.deckNotFound(deckName) }
            let pattern = deckName.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "::%"
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(CardRow.columns) FROM \(CardRow.from)
                WHERE deck.name = ? OR (? AND deck.name LIKE ? ESCAPE '\\')
                ORDER BY deck.name, card.position, card.id
                """, arguments: [deckName, subdecks, pattern])
            var logs: [String: [ReviewRecord]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT reviewLog.* FROM reviewLog JOIN card ON card.id = reviewLog.cardId JOIN deck ON deck.id = card.deckId
                WHERE deck.name = ? OR (? AND deck.name LIKE ? ESCAPE '\\')
                ORDER BY reviewLog.reviewedAt, reviewLog.id
                """, arguments: [deckName, subdecks, pattern]) {
                let record = try Self.decodeLog(row)
                logs[record.cardID.rawValue, default: []].append(record)
            }
            return try rows.map { row in
                let card = try CardRow.decode(row)
                return (card, logs[card.id.rawValue] ?? [])
            }
        }
    }
}
