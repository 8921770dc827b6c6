import ArgumentParser
import DeckGenerator
import Foundation
import Interop

/// `factdeck import FILE`: adds a deck file's cards to the collection (new added, changed
/// updated in place keeping their schedule, nothing else touched); Anki packages and
/// CSV/TSV files go to the interop importer. A malformed file is refused whole.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a deck file, an Anki package (.apkg, .colpkg) or a CSV/TSV file into the collection.",
        discussion: "A deck file's 'deck:' line names the deck (else the file name); --deck overrides it. A malformed file is refused whole with file:line:column: message; nothing is half-imported.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The deck file ('-' for standard input).", valueName: "file"))
    var file: String

    @Option(name: .customLong("deck"), help: ArgumentHelp("Import into this deck instead.", valueName: "name"))
    var deckName: String?

    @Option(name: .customLong("columns"),
            help: ArgumentHelp("For a CSV/TSV file without header lines: which column is which, e.g. 'deck=1,front=2,back=3,tags=4'.",
                               valueName: "mapping"))
    var columns: String?

    mutating func run() throws {
        if file != "-" {
            var options = CSVImportOptions(deckName: deckName)
            if let columns {
                guard let mapping = CSVColumns(mapping: columns) else {
                    throw CLIError(.usage, "--columns '\(columns)' is not a mapping like 'front=1,back=2,tags=3,deck=4'")
                }
                options.columns = mapping
            }
            if try importInteropFile(file, global: global, environment: CLIEnvironment.current(), csvOptions: options) {
                return
            }
        }
        let bytes = try ArticleInput.bytes(file)
        let label = file == "-" ? "stdin" : file
        let deck: DeckFile
        do {
            let decoded = try TextDecoding.decode(bytes, path: label)
            if decoded.decodedAsLatin1 {
                let place = DeckFile.firstInvalidUTF8(bytes)
                throw GeneratorError.malformedDeck(file: label, line: place?.line ?? 1, column: place?.column ?? 1,
                                                   message: "not UTF-8 text (byte 0x\(String(place?.byte ?? 0, radix: 16, uppercase: true))); a deck file must be UTF-8")
            }
            deck = try DeckFile.parse(decoded.text, file: label)
        } catch let error as GeneratorError {
            throw ArticleInput.cliError(error)
        }
        var name = deckName ?? deck.name
        if name == nil {
            var stem = Generator.sourceName(file)
            while let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = String(stem[..<dot]) }
            name = stem
        }
        let environment = try CLIEnvironment.current()
        let database = try environment.openDatabase(option: global.databasePath)
        let result = try database.importDrafts(deck.cards, deckName: name ?? "Default", now: environment.now)
        if global.json {
            Output.json(.object([("deck", .string(name ?? "Default")), ("cards", .int(Int64(deck.cards.count))),
                                 ("added", .int(Int64(result.added))), ("updated", .int(Int64(result.updated))),
                                 ("unchanged", .int(Int64(result.unchanged)))]))
        } else {
            Output.line("imported \(deck.cards.count) cards into deck '\(name ?? "Default")': \(result.added) added, \(result.updated) updated, \(result.unchanged) unchanged")
        }
    }
}
