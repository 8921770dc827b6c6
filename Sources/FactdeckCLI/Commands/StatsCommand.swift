import ArgumentParser
import Foundation
import Stats

/// `factdeck stats`: progress statistics for the collection or one deck, as text, JSON
/// or a self-contained HTML page.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show progress statistics: today, streaks, future due, reviews, card counts, memory, retention and more.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this deck's cards and reviews.") var deck: String?
    @Option(help: ArgumentHelp("How far back reviews, hours, buttons and cards added look: 1m, 3m, 1y or all.", valueName: "range"))
    var range: String = "1m"
    @Option(name: .customLong("html"), help: ArgumentHelp("Also write the report as one self-contained HTML page.", valueName: "file"))
    var htmlPath: String?

    mutating func run() throws {
        let statsRange = try StatsScreen.range(range)
        if let htmlPath, htmlPath.isEmpty { throw CLIError(.usage, "--html needs a file name") }
        let environment = try CLIEnvironment.current()
        let database = try environment.openDatabase(option: global.databasePath)
        let loaded = try StatsScreen.load(database: database, environment: environment, deck: deck, range: statsRange)
        if let htmlPath {
            try StatsHTML.write(loaded, to: htmlPath)
        }
        if global.json {
            Output.json(StatsJSON.report(loaded))
            return
        }
        Output.lines(StatsText.render(loaded, style: environment.style, columns: environment.columns))
        if let htmlPath { Output.line("\nWrote the report to \(htmlPath).") }
    }
}
