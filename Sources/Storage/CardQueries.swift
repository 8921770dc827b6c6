import Foundation
import FSRS
import FactdeckModel
import GRDB

/// What to list: a deck, only cards due by a time, and text to search for.
public struct CardFilter: Sendable, Equatable {
    public var deckName: String?
    /// Only cards (learning, review, relearning; not suspended or buried) due before this instant.
    public var dueBefore: Date?
    /// The study day, to leave out buried cards when `dueBefore` is set.
    public var day: Int?
    /// Case-insensitive text to find in the prompt, answer, alternatives, tags or id.
    public var query: String?
    public var limit: Int?

    public init(deckName: String? = nil, dueBefore: Date? = nil, day: Int? = nil, query: String? = nil, limit: Int? = nil) {
        self.deckName = deckName
        self.dueBefore = dueBefore
        self.day = day
        self.query = query
        self.limit = limit
    }
}

extension CollectionDatabase {
    /// Adds new cards to the deck named `deckName` (created when missing), in one transaction.
    /// An id that already exists refuses the whole batch.
    public func addCards(_ drafts: [CardDraft], deckName: String, now: Date) throws -> [Card] {
        try write { db in
            let deck = try Self.ensureDeck(db, named: deckName, now: now)
            var position = try Self.nextPosition(db)
            for draft in drafts {
                if try Self.cardExists(db, draft.id) {
                    throw StorageError.invalidData("a card with id '\(draft.id)' already exists")
                }
                try Self.insert(db, draft, deckID: deck.id, position: position, now: now)
                position += 1
            }
            return try drafts.map { try Self.card(db, id: $0.id) }
        }
    }

    /// The card with `id`; throws `cardNotFound` when there is none.
    public func card(id: CardID) throws -> Card {
        try read { db in try Self.card(db, id: id) }
    }

    static func card(_ db: Database, id: CardID) throws -> Card {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(CardRow.columns) FROM \(CardRow.from) WHERE card.id = ?",
                                         arguments: [id.rawValue]) else {
            throw StorageError.cardNotFound(id.rawValue)
        }
        return try CardRow.decode(row)
    }

    static func cardExists(_ db: Database, _ id: CardID) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM card WHERE id = ?)", arguments: [id.rawValue]) ?? false
    }

    /// Cards matching `filter`: due cards in due order, otherwise in deck and creation order.
    public func cards(matching filter: CardFilter) throws -> [Card] {
        try read { db in
            var conditions: [String] = []
            var arguments: [DatabaseValueConvertible?] = []
            if let name = filter.deckName {
                guard try Self.deck(db, named: name) != nil else { throw StorageError.deckNotFound(name) }
                conditions.append("deck.name = ?")
                arguments.append(name)
            }
            if let dueBefore = filter.dueBefore {
                conditions.append("card.suspended = 0 AND card.state <> 'new' AND card.due < ?")
                arguments.append(dueBefore.milliseconds)
                if let day = filter.day {
                    conditions.append("coalesce(card.buriedUntilDay, 0) <= ?")
                    arguments.append(day)
                }
            }
            if let query = filter.query?.trimmingCharacters(in: .whitespaces), !query.isEmpty {
                let pattern = "%" + query.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
                conditions.append("""
                    (card.id LIKE ?1 ESCAPE '\\' OR card.prompt LIKE ?1 ESCAPE '\\' OR card.answer LIKE ?1 ESCAPE '\\'
                     OR card.alternatives LIKE ?1 ESCAPE '\\' OR card.tags LIKE ?1 ESCAPE '\\')
                    """.replacingOccurrences(of: "?1", with: "?"))
                arguments.append(contentsOf: Array(repeating: pattern, count: 5))
            }
            var sql = "SELECT \(CardRow.columns) FROM \(CardRow.from)"
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += filter.dueBefore != nil ? " ORDER BY card.due, card.id" : " ORDER BY deck.name, card.position, card.id"
            if let limit = filter.limit { sql += " LIMIT \(max(0, limit))" }
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(CardRow.decode)
        }
    }

    /// Replaces a card's content, keeping its schedule and review history.
    public func editCard(id: CardID, content: CardContent, now: Date) throws -> Card {
        try write { db in
            _ = try Self.card(db, id: id)
            try Self.updateContent(db, id: id, content: content, now: now)
            return try Self.card(db, id: id)
        }
    }

    /// Suspends or unsuspends every card in `ids`; an unknown id refuses them all.
    public func setSuspended(_ suspended: Bool, ids: [CardID], now: Date) throws {
        try write { db in
            for id in ids { _ = try Self.card(db, id: id) }
            for id in ids {
                try db.execute(sql: """
                    UPDATE card SET suspended = ?, modifiedAt = ?, version = version + 1 WHERE id = ?
                    """, arguments: [suspended ? 1 : 0, now.milliseconds, id.rawValue])
            }
        }
    }

    /// Deletes every card in `ids` with its review history; an unknown id refuses them all.
    public func deleteCards(ids: [CardID]) throws {
        try write { db in
            for id in ids { _ = try Self.card(db, id: id) }
            for id in ids { try db.execute(sql: "DELETE FROM card WHERE id = ?", arguments: [id.rawValue]) }
        }
    }

    /// Adds drafts whose id is new and updates the content of those whose content changed,
    /// keeping schedules and histories; nothing else is touched. One transaction.
    public func importDrafts(_ drafts: [CardDraft], deckName: String, now: Date) throws -> ImportSummary {
        try write { db in
            let deck = try Self.ensureDeck(db, named: deckName, now: now)
            var summary = ImportSummary()
            var position = try Self.nextPosition(db)
            for draft in drafts {
                if let existing = try? Self.card(db, id: draft.id) {
                    if existing.content == draft.content && existing.noteID == draft.noteID && existing.deckID == deck.id {
                        summary.unchanged += 1
                    } else {
                        try Self.updateContent(db, id: draft.id, content: draft.content, now: now)
                        try db.execute(sql: "UPDATE card SET noteId = ?, deckId = ? WHERE id = ?",
                                       arguments: [draft.noteID, deck.id, draft.id.rawValue])
                        summary.updated += 1
                    }
                } else {
                    try Self.insert(db, draft, deckID: deck.id, position: position, now: now)
                    position += 1
                    summary.added += 1
                }
            }
            return summary
        }
    }

    /// The position after every card's: new cards are studied in the order they were added.
    static func nextPosition(_ db: Database) throws -> Int64 {
        (try Int64.fetchOne(db, sql: "SELECT max(position) FROM card") ?? 0) + 1
    }

    static func insert(_ db: Database, _ draft: CardDraft, deckID: Int64, position: Int64, now: Date) throws {
        let content = draft.content
        try validate(content)
        try db.execute(sql: """
            INSERT INTO card (id, noteId, deckId, kind, prompt, answer, alternatives, factKind, hint, context,
                              sourceId, tags, state, due, position, createdAt, modifiedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?)
            """, arguments: [draft.id.rawValue, draft.noteID, deckID, content.kind.rawValue, content.prompt,
                             content.answer, CardRow.alternativesJSON(content.alternatives),
                             content.factKind.rawValue, content.hint, content.context,
                             try sourceID(db, content.source), CardRow.tagsText(content.tags),
                             now.milliseconds, position, now.milliseconds, now.milliseconds])
    }

    static func updateContent(_ db: Database, id: CardID, content: CardContent, now: Date) throws {
        try validate(content)
        try db.execute(sql: """
            UPDATE card SET kind = ?, prompt = ?, answer = ?, alternatives = ?, factKind = ?, hint = ?,
                            context = ?, sourceId = ?, tags = ?, modifiedAt = ?, version = version + 1
            WHERE id = ?
            """, arguments: [content.kind.rawValue, content.prompt, content.answer,
                             CardRow.alternativesJSON(content.alternatives), content.factKind.rawValue,
                             content.hint, content.context, try sourceID(db, content.source),
                             CardRow.tagsText(content.tags), now.milliseconds, id.rawValue])
    }

    private static func validate(_ content: CardContent) throws {
        if content.prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw StorageError.invalidData("a card's front must not be empty")
        }
        if content.answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw StorageError.invalidData("a card's back must not be empty")
        }
    }

    private static func sourceID(_ db: Database, _ document: String?) throws -> Int64? {
        guard let document, !document.isEmpty else { return nil }
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM source WHERE document = ?", arguments: [document]) {
            return id
        }
        try db.execute(sql: "INSERT INTO source (document) VALUES (?)", arguments: [document])
        return db.lastInsertedRowID
    }
}
