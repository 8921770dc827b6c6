import FSRS
import FactdeckModel
import Foundation

/// The JSON shapes of cards: `show` (exactly the documented keys) and `list`.
enum CardJSON {
    /// `show --json`: id, deck, state, step, stability, difficulty, retrievability, due,
    /// last_review, reps, lapses, suspended, history.
    static func detail(_ card: Card, history: [ReviewRecord], retrievability: Double?) -> JSONValue {
        let schedule = card.schedule
        return .object([
            ("id", .string(card.id.rawValue)),
            ("deck", .string(card.deckName)),
            ("state", .string(schedule.state.rawValue)),
            ("step", .optional(schedule.step)),
            ("stability", .optional(schedule.memory?.stability)),
            ("difficulty", .optional(schedule.memory?.difficulty)),
            ("retrievability", .optional(retrievability)),
            ("due", .date(schedule.due)),
            ("last_review", .date(schedule.lastReview)),
            ("reps", .int(schedule.reps)),
            ("lapses", .int(schedule.lapses)),
            ("suspended", .bool(card.suspended)),
            ("history", .array(history.map { record in
                .object([
                    ("at", .date(record.reviewedAt)),
                    ("rating", .int(record.rating.rawValue)),
                    ("state_before", .string(record.before.state.rawValue)),
                    ("stability_after", .optional(record.after.memory?.stability)),
                    ("difficulty_after", .optional(record.after.memory?.difficulty)),
                ])
            })),
        ])
    }

    /// `list --json`: one object a card.
    static func summary(_ card: Card) -> JSONValue {
        .object([
            ("id", .string(card.id.rawValue)),
            ("deck", .string(card.deckName)),
            ("state", .string(card.schedule.state.rawValue)),
            ("due", .date(card.schedule.due)),
            ("kind", .string(card.content.kind.rawValue)),
            ("fact_kind", .string(card.content.factKind.rawValue)),
            ("prompt", .string(card.content.question)),
            ("answer", .string(card.content.answer)),
            ("reps", .int(card.schedule.reps)),
            ("lapses", .int(card.schedule.lapses)),
            ("suspended", .bool(card.suspended)),
        ])
    }
}
