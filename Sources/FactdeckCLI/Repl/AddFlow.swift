import FactdeckModel
import Foundation
import Storage
import Terminal

/// Adding a card in the REPL step by step: deck, kind, text, alternatives, tags; the card
/// is shown as it will be studied and saved on confirmation.
enum AddFlow {
    static func run(_ context: ReplContext) throws {
        context.say(context.style.dim("Ctrl-C cancels at any step."))
        let decks = context.deckNames()
        context.completionMode.decksOnly = true
        let chosenDeck = ask(context, "deck" + (decks.isEmpty ? "" : " (Tab completes: \(decks.prefix(5).joined(separator: ", ")))"),
                             allowEmpty: false)
        context.completionMode.decksOnly = false
        guard let deck = chosenDeck else { return cancelled(context) }
        guard let kindText = ask(context, "kind: basic, typed or cloze [basic]", allowEmpty: true) else { return cancelled(context) }
        guard let kind = kindText.isEmpty ? .basic : CardKind(rawValue: kindText.lowercased()) else {
            throw CLIError(.usage, "kind must be basic, typed or cloze, not '\(kindText)'")
        }
        var drafts: [CardContent] = []
        if kind == .cloze {
            guard let text = ask(context, "text with the hidden parts in {{double braces}}", allowEmpty: false) else {
                return cancelled(context)
            }
            drafts = try Cloze.blanks(in: text).map { CardContent(kind: .cloze, prompt: $0.prompt, answer: $0.answer) }
        } else {
            guard let front = ask(context, "front", allowEmpty: false), let back = ask(context, "back", allowEmpty: false) else {
                return cancelled(context)
            }
            drafts = [CardContent(kind: kind, prompt: front, answer: back)]
        }
        guard let alternatives = ask(context, "also accepted (separate with ;)", allowEmpty: true),
              let tags = ask(context, "tags (separate with spaces)", allowEmpty: true) else { return cancelled(context) }
        for index in drafts.indices {
            drafts[index].alternatives = list(alternatives, separator: ";")
            drafts[index].tags = list(tags, separator: " ")
        }
        context.say("It will be studied as:")
        for draft in drafts {
            for line in context.wrapped("Q: " + draft.question) { context.say(line) }
            for line in context.wrapped("A: " + draft.answer) { context.say(line) }
        }
        if let existing = try? context.database.cards(matching: CardFilter(deckName: deck)) {
            for draft in drafts where existing.contains(where: { $0.content.prompt == draft.prompt }) {
                context.say(context.style.yellow("note: ") + "\(deck) already has a card with this question")
            }
        }
        guard let confirm = ask(context, "save? [Y/n]", allowEmpty: true) else { return cancelled(context) }
        guard confirm.isEmpty || confirm.lowercased().hasPrefix("y") else { return cancelled(context) }
        var generator = SystemRandomNumberGenerator()
        let noteID = CardID.random(using: &generator).rawValue
        let cards = try context.database.addCards(
            drafts.map { CardDraft(id: CardID.random(using: &generator), noteID: noteID, content: $0) },
            deckName: deck, now: context.now)
        context.say("added \(cards.map(\.id.rawValue).joined(separator: " ")) to \(deck)")
    }

    /// Parts of `text` split at `separator`, trimmed, empty ones dropped.
    static func list(_ text: String, separator: Character) -> [String] {
        text.split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func ask(_ context: ReplContext, _ label: String, allowEmpty: Bool) -> String? {
        while true {
            switch context.ask("  \(label)> ") {
            case .line(let line):
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.isEmpty && !allowEmpty { continue }
                return text
            case .interrupted, .endOfInput:
                return nil
            }
        }
    }

    private static func cancelled(_ context: ReplContext) {
        context.say("not added")
    }
}
