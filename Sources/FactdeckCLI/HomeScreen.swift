import Foundation
import Storage

/// `factdeck --json`: the home screen's figures (each deck with today's counts) for scripts.
enum HomeScreen {
    static func showJSON(global: GlobalOptions) throws {
        let environment = try CLIEnvironment.current()
        let database = try environment.openDatabase(option: global.databasePath)
        Output.json(DeckSummaryJSON.list(try database.deckSummaries(for: environment.today)))
    }
}
