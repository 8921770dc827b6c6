import FactdeckModel
import Foundation
import Stats
import Storage
import Terminal

/// The statistics report as `factdeck stats` and the REPL's `stats` show it: loading the
/// figures from the collection and turning them into lines, JSON or HTML.
enum StatsScreen {
    /// A computed report with the cards it names.
    struct Loaded {
        var report: StatsReport
        var labels: [Int64: CardLabel]
        /// The deck the report is for; nil for the whole collection.
        var deck: String?
    }

    /// Reads the collection and computes the report for `deck` (nil: every deck) at the
    /// environment's time, time zone and rollover hour.
    static func load(database: CollectionDatabase, environment: CLIEnvironment, deck: String?,
                     range: StatsRange) throws -> Loaded {
        let options = StatsOptions(now: environment.now, clock: environment.clock, range: range)
        var cards = CardFigures(options: options)
        let data = try database.statsData(deckName: deck, detailSince: options.detailSince) { cards.add($0) }
        let report = StatsReport(data: data, cards: cards, options: options)
        let keys = (report.hardest.leeches + report.hardest.lowestRetrievability).map(\.key)
        return Loaded(report: report, labels: try database.cardLabels(keys: keys), deck: deck)
    }

    /// The report as terminal lines: what the REPL's `stats [DECK]` prints.
    static func lines(database: CollectionDatabase, environment: CLIEnvironment, deck: String?,
                      range: StatsRange = .month) throws -> [String] {
        let loaded = try load(database: database, environment: environment, deck: deck, range: range)
        return StatsText.render(loaded, style: environment.style, columns: environment.columns)
    }

    /// Parses `--range`: `1m`, `3m`, `1y` or `all`.
    static func range(_ text: String) throws -> StatsRange {
        guard let range = StatsRange(rawValue: text.lowercased()) else {
            throw CLIError(.usage, "range '\(text)' is not one of 1m, 3m, 1y or all")
        }
        return range
    }
}
