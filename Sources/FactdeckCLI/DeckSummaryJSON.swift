import Storage
import Terminal

/// How deck summaries are printed, as JSON and as a table.
enum DeckSummaryJSON {
    static func list(_ summaries: [DeckSummary]) -> JSONValue {
        .array(summaries.map { summary in
            .object([
                ("deck", .string(summary.deck.name)),
                ("new", .int(summary.newCount)),
                ("learning", .int(summary.learningCount)),
                ("due", .int(summary.reviewCount)),
                ("total", .int(summary.totalCards)),
                ("suspended", .int(summary.suspendedCount)),
            ])
        })
    }

    static func table(_ summaries: [DeckSummary], environment: CLIEnvironment) -> [String] {
        guard !summaries.isEmpty else {
            return ["No decks yet. Add a card with 'factdeck add --deck NAME --front … --back …'."]
        }
        var table = TextTable(headers: ["new", "learn", "due", "cards", "deck"])
        for summary in summaries {
            table.append(["\(summary.newCount)", "\(summary.learningCount)", "\(summary.reviewCount)",
                          "\(summary.totalCards)", summary.deck.name])
        }
        return table.render(columns: environment.columns, style: environment.style)
    }
}
