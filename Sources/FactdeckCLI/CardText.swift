import FSRS
import FactdeckModel
import Foundation
import Terminal

/// A card as `show` and `review` print it for a person.
enum CardText {
    static func detail(_ card: Card, history: [ReviewRecord], retrievability: Double?,
                       environment: CLIEnvironment) -> [String] {
        let style = environment.style
        let content = card.content
        let schedule = card.schedule
        var lines: [String] = []
        func field(_ name: String, _ value: String) {
            let label = DisplayText.padded(name, to: 14)
            let wrapped = DisplayText.wrapped(DisplayText.sanitized(value), to: max(20, environment.columns - 16))
            for (index, part) in wrapped.enumerated() {
                lines.append((index == 0 ? style.dim(label) : String(repeating: " ", count: 14)) + "  " + part)
            }
        }
        field("card", "\(card.id) (\(content.kind.rawValue), \(content.factKind.rawValue)) in deck \(card.deckName)")
        field("question", content.question)
        field("answer", content.answer)
        if !content.alternatives.isEmpty { field("also accepted", content.alternatives.joined(separator: " · ")) }
        if !content.tags.isEmpty { field("tags", content.tags.joined(separator: " ")) }
        if let context = content.context { field("context", context) }
        if let source = content.source { field("source", source) }
        field("state", state(card))
        if let memory = schedule.memory {
            field("stability", String(format: "%.2f days", memory.stability))
            field("difficulty", String(format: "%.2f", memory.difficulty))
        }
        if let retrievability { field("recall now", String(format: "%.1f%%", retrievability * 100)) }
        if schedule.state != .new {
            field("due", "\(ISOTime.format(schedule.due)) (\(TimeText.relative(schedule.due, now: environment.now)))")
        }
        field("reviews", "\(schedule.reps) (lapses \(schedule.lapses))")
        if !history.isEmpty {
            lines.append(style.bold("history"))
            var table = TextTable(headers: ["when", "rating", "before", "after", "stability", "difficulty"])
            for record in history {
                table.append([ISOTime.format(record.reviewedAt), record.rating.name, record.before.state.rawValue,
                              record.after.state.rawValue,
                              record.after.memory.map { String(format: "%.2f", $0.stability) } ?? "-",
                              record.after.memory.map { String(format: "%.2f", $0.difficulty) } ?? "-"])
            }
            lines += table.render(columns: environment.columns, style: style).map { "  " + $0 }
        }
        return lines
    }

    static func state(_ card: Card) -> String {
        var text = card.schedule.state.rawValue
        if let step = card.schedule.step, card.schedule.state == .learning || card.schedule.state == .relearning {
            text += " (step \(step + 1))"
        }
        if card.suspended { text += ", suspended" }
        return text
    }
}
