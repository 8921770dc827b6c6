import ArgumentParser
import DeckGenerator
import Foundation

/// `factdeck generate FILE...`: a deck file of cards from articles, optionally imported.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Make a deck file of flashcards from articles.",
        discussion: "Writes the deck (format: docs/deck-format.md) to -o PATH, or to standard output. With --import the cards also go into the collection: new ids are added, changed cards updated in place with their history kept.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Articles to read ('-' for standard input).", valueName: "file"))
    var files: [String]

    @Option(name: .customLong("deck"), help: ArgumentHelp("The deck's name (default: the first file's name).", valueName: "name"))
    var deckName: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Where to write the deck file.", valueName: "path"))
    var output: String?

    @Flag(name: .customLong("import"), help: "Also import the cards into the collection.")
    var importCards = false

    mutating func run() throws {
        guard !files.isEmpty else { throw CLIError(.usage, "generate needs at least one FILE") }
        if let deckName, deckName.trimmingCharacters(in: .whitespaces).isEmpty { throw CLIError(.usage, "--deck needs a name") }
        let articles = try ArticleInput.readAll(files)
        let deck = Generator.deck(articles, name: deckName)
        let text = deck.text()
        if let output {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) }
            catch { throw CLIError(.io, "\(output): cannot write the deck file (\(error.localizedDescription))") }
        } else if !importCards {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        var summary: [(String, JSONValue)] = [("deck", .string(deck.name ?? "")), ("cards", .int(Int64(deck.cards.count)))]
        if let output { summary.append(("path", .string(output))) }
        var line = "\(deck.cards.count) cards" + (output.map { " written to \($0)" } ?? "")
        if importCards {
            let environment = try CLIEnvironment.current()
            let database = try environment.openDatabase(option: global.databasePath)
            let result = try database.importDrafts(deck.cards, deckName: deck.name ?? "Default", now: environment.now)
            summary += [("added", .int(Int64(result.added))), ("updated", .int(Int64(result.updated))), ("unchanged", .int(Int64(result.unchanged)))]
            line += "; imported into deck '\(deck.name ?? "Default")': \(result.added) added, \(result.updated) updated, \(result.unchanged) unchanged"
        }
        if global.json { Output.json(.object(summary)) } else { Output.line(line) }
    }
}
