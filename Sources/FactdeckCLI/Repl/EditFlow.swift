import FactdeckModel
import Storage
import Terminal

/// Editing a card's text in the REPL: each field is shown and kept when Enter is pressed.
enum EditFlow {
    static func run(_ context: ReplContext, idText: String?) throws {
        let card: Card
        if let idText {
            guard let id = CardID(idText) else { throw CLIError(.usage, "'\(idText)' is not a card id") }
            card = try context.database.card(id: id)
        } else if let last = context.undoStack.last {
            card = try context.database.card(id: last.receipt.card.id)
        } else {
            throw CLIError(.usage, "edit needs a card id (no card was studied yet)")
        }
        let edited = try edit(context, card: card)
        context.say("saved \(edited.id)")
    }

    /// Asks for a new question, answer and alternatives, saves them, and returns the card as stored.
    static func edit(_ context: ReplContext, card: Card) throws -> Card {
        var content = card.content
        context.say(context.style.dim("Enter keeps what is there; Ctrl-C cancels."))
        guard let prompt = ask(context, "question", current: content.prompt),
              let answer = ask(context, "answer", current: content.answer),
              let alternatives = ask(context, "also accepted (separate with ;)", current: content.alternatives.joined(separator: "; "))
        else {
            context.say("not changed")
            return card
        }
        if content.kind == .cloze && prompt != content.prompt {
            let blanks = try Cloze.blanks(in: prompt)
            guard blanks.count == 1 else { throw CLIError(.data, "a cloze card needs exactly one {{…}} part") }
            content.prompt = blanks[0].prompt
            content.answer = answer == card.content.answer ? blanks[0].answer : answer
        } else {
            content.prompt = prompt
            content.answer = answer
        }
        content.alternatives = AddFlow.list(alternatives, separator: ";")
        guard content != card.content else { return card }
        return try context.database.editCard(id: card.id, content: content, now: context.now)
    }

    private static func ask(_ context: ReplContext, _ label: String, current: String) -> String? {
        context.say("  \(label): \(DisplayText.sanitized(current))")
        switch context.ask("  new \(label)> ") {
        case .line(let line): return line.isEmpty ? current : line
        case .interrupted, .endOfInput: return nil
        }
    }
}
