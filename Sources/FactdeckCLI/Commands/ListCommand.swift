import ArgumentParser
import Storage
import Terminal

/// `factdeck list`: cards with id, state and due, filtered by deck, due today and text.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List cards (id, state, due), optionally only a deck's, due ones or matching text.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this deck's cards.") var deck: String?
    @Flag(help: "Only cards due today (learning, review and relearning).") var due = false
    @Option(help: "At most this many cards.") var limit: Int?
    @Argument(help: "Text to find in the question, answer, alternatives, tags or id.") var query: String?

    mutating func run() throws {
        let environment = try CLIEnvironment.current()
        let database = try environment.openDatabase(option: global.databasePath)
        let today = environment.today
        if let limit, limit < 0 { throw CLIError(.usage, "--limit takes a number from 0 up, not \(limit)") }
        let filter = CardFilter(deckName: deck, dueBefore: due ? today.end : nil, day: due ? today.day : nil,
                                query: query, limit: limit)
        let cards = try database.cards(matching: filter)
        if global.json {
            Output.json(.array(cards.map(CardJSON.summary)))
            return
        }
        guard !cards.isEmpty else {
            Output.line("No cards match.")
            return
        }
        var table = TextTable(headers: ["id", "state", "due", "deck", "question"])
        for card in cards {
            table.append([card.id.rawValue, card.suspended ? "suspended" : card.schedule.state.rawValue,
                          card.schedule.state == .new ? "-" : TimeText.relative(card.schedule.due, now: environment.now),
                          card.deckName, card.content.question])
        }
        Output.lines(table.render(columns: environment.columns, style: environment.style))
    }
}
