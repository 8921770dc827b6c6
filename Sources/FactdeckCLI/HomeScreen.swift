import Foundation
import Storage
import Terminal

/// What `factdeck` shows on start: each deck with today's new, learning and due counts.
enum HomeScreen {
    static func show(global: GlobalOptions) throws {
        let environment = try CLIEnvironment.current()
        let database = try environment.openDatabase(option: global.databasePath)
        let summaries = try database.deckSummaries(for: environment.today)
        if global.json {
            Output.json(DeckSummaryJSON.list(summaries))
            return
        }
        let style = environment.style
        Output.line(style.bold("factdeck") + style.dim(" — \(database.path)"))
        Output.lines(DeckSummaryJSON.table(summaries, environment: environment))
        let due = summaries.reduce(0) { $0 + $1.newCount + $1.learningCount + $1.reviewCount }
        Output.line(due == 0 ? "Nothing is due today." : "\(due) card\(due == 1 ? "" : "s") to study today.")
    }
}
