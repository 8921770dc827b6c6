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
        if let output { try GenerateCommand.checkOutput(output) }
        let articles = try ArticleInput.readAll(files)
        let deck = Generator.deck(articles, name: deckName)
        let text = deck.text()
        if output == nil && !importCards {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        var summary: [(String, JSONValue)] = [("deck", .string(deck.name ?? "")), ("cards", .int(Int64(deck.cards.count)))]
        if let output { summary.append(("path", .string(output))) }
        var line = "\(deck.cards.count) cards" + (output.map { " written to \($0)" } ?? "")
        // Import first: a database that cannot be opened or written leaves no deck file behind.
        if importCards {
            let environment = try CLIEnvironment.current()
            let database = try environment.openDatabase(option: global.databasePath)
            let result = try database.importDrafts(deck.cards, deckName: deck.name ?? "Default", now: environment.now)
            summary += [("added", .int(Int64(result.added))), ("updated", .int(Int64(result.updated))), ("unchanged", .int(Int64(result.unchanged)))]
            line += "; imported into deck '\(deck.name ?? "Default")': \(result.added) added, \(result.updated) updated, \(result.unchanged) unchanged"
        }
        if let output {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) }
            catch { throw CLIError(.io, "\(output): cannot write the deck file (\(error.localizedDescription))") }
        }
        if global.json { Output.json(.object(summary)) } else { Output.line(line) }
    }

    /// Refuses an -o path that is a folder or whose folder does not exist, before any work.
    static func checkOutput(_ output: String) throws {
        var isFolder: ObjCBool = false
        if output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue) {
            throw CLIError(.usage, "\(output) is a folder; -o takes a file path")
        }
        let parent = URL(fileURLWithPath: output).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder) || !isFolder.boolValue {
            throw CLIError(.io, "\(output): cannot write the deck file (no folder \(parent))")
        }
    }
}
