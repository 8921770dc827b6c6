import Foundation
import FSRS
import FactdeckModel
import GRDB

/// Reading cards out of rows of `card` joined with `deck` and `source`.
enum CardRow {
    /// The columns `decode` expects, for `SELECT \(CardRow.columns) FROM \(CardRow.from) …`.
    static let columns = """
    card.id, card.noteId, card.deckId, deck.name AS deckName, card.kind, card.prompt, card.answer,
    card.alternatives, card.factKind, card.hint, card.context, source.document, card.tags,
    card.state, card.step, card.stability, card.difficulty, card.due, card.lastReview, card.reps,
    card.lapses, card.suspended, card.buriedUntilDay, card.createdAt, card.modifiedAt, card.version
    """
    static let from = "card JOIN deck ON deck.id = card.deckId LEFT JOIN source ON source.id = card.sourceId"

    static func decode(_ row: Row) throws -> Card {
        let idText: String = row["id"]
        guard let id = CardID(idText) else { throw StorageError.invalidData("card with invalid id '\(idText)'") }
        guard let kind = CardKind(rawValue: row["kind"]),
              let factKind = FactKind(rawValue: row["factKind"]),
              let state = CardState(rawValue: row["state"]) else {
            throw StorageError.invalidData("card \(idText) has an unknown kind or state")
        }
        let alternativesJSON: String = row["alternatives"]
        let alternatives = (try? JSONDecoder().decode([String].self, from: Data(alternativesJSON.utf8))) ?? []
        let tagText: String = row["tags"]
        let content = CardContent(kind: kind, prompt: row["prompt"], answer: row["answer"],
                                  alternatives: alternatives, factKind: factKind, hint: row["hint"],
                                  context: row["context"], source: row["document"],
                                  tags: tagText.split(separator: " ").map(String.init))
        var memory: MemoryState?
        if let stability: Double = row["stability"], let difficulty: Double = row["difficulty"] {
            memory = MemoryState(stability: stability, difficulty: difficulty)
        }
        let lastReview: Int64? = row["lastReview"]
        let schedule = SchedulingState(state: state, step: row["step"], memory: memory,
                                       due: Date(milliseconds: row["due"]),
                                       lastReview: lastReview.map(Date.init(milliseconds:)),
                                       reps: row["reps"], lapses: row["lapses"])
        return Card(id: id, noteID: row["noteId"], deckID: row["deckId"], deckName: row["deckName"],
                    content: content, schedule: schedule, suspended: row["suspended"] as Int64 != 0,
                    buriedUntilDay: row["buriedUntilDay"],
                    createdAt: Date(milliseconds: row["createdAt"]),
                    modifiedAt: Date(milliseconds: row["modifiedAt"]), version: row["version"])
    }

    static func alternativesJSON(_ alternatives: [String]) -> String {
        guard let data = try? JSONEncoder().encode(alternatives) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    static func tagsText(_ tags: [String]) -> String {
        tags.map { $0.replacingOccurrences(of: " ", with: "_") }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
