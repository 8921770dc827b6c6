import ArgumentParser
import FactdeckModel
import Foundation

/// `factdeck add`: a basic card from a front and back, or cloze cards from a text with `{{…}}` parts.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a card: --front/--back, or --cloze 'In {{2023}}, 645 attacks were recorded.'")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The deck (created when first named).") var deck: String
    @Option(help: "The question.") var front: String?
    @Option(help: "The answer.") var back: String?
    @Option(help: "A text with the parts to hide in {{double braces}}; one card a part.") var cloze: String?
    @Flag(help: "The answer is typed and judged (basic cards).") var typed = false
    @Option(name: .customLong("alt"), help: "Another accepted answer (repeatable).") var alternatives: [String] = []
    @Option(name: .customLong("tag"), help: "A tag (repeatable).") var tags: [String] = []
    @Option(help: "What kind of answer is expected, shown with the question (e.g. 'year').") var hint: String?

    func validate() throws {
        if cloze != nil && (front != nil || back != nil) {
            throw ValidationError("give either --cloze or --front and --back, not both")
        }
        if cloze == nil && (front == nil || back == nil) {
            throw ValidationError("give --front and --back, or --cloze")
        }
    }

    mutating func run() throws {
        let environment = try CLIEnvironment.current()
        var generator = SystemRandomNumberGenerator()
        var drafts: [CardDraft] = []
        if let cloze {
            let blanks = try Cloze.blanks(in: cloze)
            let noteID = CardID.random(using: &generator).rawValue
            for blank in blanks {
                drafts.append(CardDraft(id: CardID.random(using: &generator), noteID: noteID,
                                        content: content(kind: .cloze, prompt: blank.prompt, answer: blank.answer)))
            }
        } else if let front, let back {
            drafts.append(CardDraft(id: CardID.random(using: &generator),
                                    content: content(kind: typed ? .typed : .basic, prompt: front, answer: back)))
        }
        let database = try environment.openDatabase(option: global.databasePath)
        let cards = try database.addCards(drafts, deckName: deck, now: environment.now)
        if global.json {
            var members: [(String, JSONValue)] = [("id", .string(cards[0].id.rawValue))]
            if cards.count > 1 { members.append(("ids", .array(cards.map { .string($0.id.rawValue) }))) }
            Output.json(.object(members))
        } else {
            Output.lines(cards.map(\.id.rawValue))
        }
    }

    private func content(kind: CardKind, prompt: String, answer: String) -> CardContent {
        CardContent(kind: kind, prompt: prompt, answer: answer, alternatives: alternatives,
                    factKind: .custom, hint: hint, tags: tags)
    }
}
