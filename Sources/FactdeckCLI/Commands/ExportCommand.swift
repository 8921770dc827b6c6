import ArgumentParser
import DeckGenerator
import FactdeckModel
import Foundation
import Interop
import Storage

/// `factdeck export DECK --format apkg|csv|tsv|deck -o FILE`: a deck for Anki or a spreadsheet.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a deck as an Anki package (.apkg, with its subdecks), CSV/TSV for Anki, or a factdeck deck file.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case apkg, csv, tsv, deck
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deck to export.") var deck: String
    @Option(help: "apkg, csv, tsv or deck (default: from the file's extension).") var format: Format?
    @Option(name: [.customShort("o"), .customLong("output")], help: "The file to write.") var output: String
    @Flag(help: "apkg: include each card's schedule, memory state and review log.") var withProgress = false

    mutating func run() throws {
        let chosen = try format ?? Self.format(of: output)
        if withProgress && chosen != .apkg {
            throw CLIError(.usage, "--with-progress is only for --format apkg (CSV and TSV hold notes only)")
        }
        let environment = try CLIEnvironment.current()
        let database = try environment.openDatabase(option: global.databasePath)
        let url = URL(fileURLWithPath: output)
        let report: ExportReport
        do {
            switch chosen {
            case .apkg:
                report = try AnkiExporter.exportPackage(deckName: deck, from: database, to: url, withProgress: withProgress,
                                                        clock: environment.clock, now: environment.now)
            case .csv:
                report = try CSVExporter.exportText(deckName: deck, from: database, to: url, separator: ",")
            case .tsv:
                report = try CSVExporter.exportText(deckName: deck, from: database, to: url, separator: "\t")
            case .deck:
                report = try Self.exportDeckFile(deckName: deck, from: database, to: url)
            }
        } catch let error as InteropError {
            throw InteropErrors.cliError(error)
        }
        if global.json {
            Output.json(.object([
                ("file", .string(report.file)), ("format", .string(report.format)), ("deck", .string(deck)),
                ("notes", .int(report.notes)), ("cards", .int(report.cards)), ("reviews", .int(report.reviews)),
            ]))
        } else {
            var line = "exported \(report.cards) card\(report.cards == 1 ? "" : "s") (\(report.notes) note\(report.notes == 1 ? "" : "s"))"
            if withProgress { line += " and \(report.reviews) review\(report.reviews == 1 ? "" : "s")" }
            Output.line(line + " from '\(deck)' to \(output)")
        }
    }

    /// The deck's cards as a factdeck deck file (docs/deck-format.md), which `import` reads back
    /// with the same ids. Written to a temporary file first, then renamed over `url`.
    static func exportDeckFile(deckName: String, from database: CollectionDatabase, to url: URL) throws -> ExportReport {
        let cards = try database.cards(matching: CardFilter(deckName: deckName))
        let file = DeckFile(name: deckName, cards: cards.map { CardDraft(id: $0.id, noteID: $0.noteID, content: $0.content) })
        do {
            try Data(file.text().utf8).write(to: url, options: .atomic)
        } catch {
            throw CLIError(.io, "\(url.path): cannot write the deck file (\(error.localizedDescription))")
        }
        return ExportReport(file: url.path, format: "deck", cards: cards.count,
                            notes: Set(cards.map(\.noteID)).count, reviews: 0)
    }

    static func format(of path: String) throws -> Format {
        switch (path as NSString).pathExtension.lowercased() {
        case "apkg": return .apkg
        case "csv": return .csv
        case "tsv", "txt": return .tsv
        case "deck": return .deck
        default: throw CLIError(.usage, "give --format apkg, csv, tsv or deck (the file name '\(path)' does not say)")
        }
    }
}
