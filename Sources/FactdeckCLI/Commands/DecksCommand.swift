import ArgumentParser

/// `factdeck decks`: every deck with today's new, learning and due counts.
struct DecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decks", abstract: "List decks with today's new, learning and due counts.")

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let environment = try CLIEnvironment.current()
        let database = try environment.openDatabase(option: global.databasePath)
        let summaries = try database.deckSummaries(for: environment.today)
        if global.json {
            Output.json(DeckSummaryJSON.list(summaries))
        } else {
            Output.lines(DeckSummaryJSON.table(summaries, environment: environment))
        }
    }
}
