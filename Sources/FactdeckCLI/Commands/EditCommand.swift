import ArgumentParser
import FactdeckModel
import Foundation
import Terminal

/// `factdeck edit ID`: changes a card's text, keeping its schedule and history.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change a card's text; its schedule and history are kept.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The card id.") var id: String
    @Option(help: "New question (for a cloze card: the text with one {{…}} part).") var front: String?
    @Option(help: "New answer.") var back: String?
    @Option(name: .customLong("alt"), help: "Replace the accepted alternatives (repeatable).") var alternatives: [String] = []
    @Flag(name: .customLong("clear-alts"), help: "Remove all accepted alternatives.") var clearAlternatives = false
    @Option(name: .customLong("tag"), help: "Replace the tags (repeatable).") var tags: [String] = []
    @Option(help: "New hint of what kind of answer is expected.") var hint: String?

    mutating func run() throws {
        guard let cardID = CardID(id) else { throw CLIError(.usage, "'\(id)' is not a card id") }
        guard front != nil || back != nil || !alternatives.isEmpty || clearAlternatives || !tags.isEmpty || hint != nil else {
            throw CLIError(.usage, "nothing to change: give --front, --back, --alt, --clear-alts, --tag or --hint")
        }
        let environment = try CLIEnvironment.current()
        let database = try environment.openDatabase(option: global.databasePath)
        var content = try database.card(id: cardID).content
        if let front {
            if content.kind == .cloze {
                let blanks = try Cloze.blanks(in: front)
                guard blanks.count == 1 else {
                    throw CLIError(.data, "a cloze card's text needs exactly one {{…}} part, found \(blanks.count)")
                }
                content.prompt = blanks[0].prompt
                content.answer = blanks[0].answer
            } else {
                content.prompt = front
            }
        }
        if let back {
            content.answer = back
            if content.kind == .cloze {
                content.prompt = Cloze.blanked(content.prompt, placeholder: "{{\(back)}}")
            }
        }
        if clearAlternatives { content.alternatives = [] }
        if !alternatives.isEmpty { content.alternatives = alternatives }
        if !tags.isEmpty { content.tags = tags }
        if let hint { content.hint = hint.isEmpty ? nil : hint }
        let card = try database.editCard(id: cardID, content: content, now: environment.now)
        if global.json {
            Output.json(CardJSON.summary(card))
        } else {
            Output.line("\(card.id): \(DisplayText.sanitized(card.content.question)) → \(DisplayText.sanitized(card.content.answer))")
        }
    }
}
