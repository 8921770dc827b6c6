import FactdeckModel
import Foundation
import Storage
import Study
import Terminal

/// The REPL `factdeck` opens: the home screen, then commands until `quit` or Ctrl-D.
/// On a terminal it edits lines with libedit (history, Tab completion, Ctrl-R); with
/// piped input it reads plain lines, so whole sessions can be scripted.
enum Repl {
    static let commands: [(name: String, summary: String)] = [
        ("study [DECK]", "study today's cards: learning, then reviews, then new cards"),
        ("quiz [DECK] [N]", "a practice test of N cards (default 10); the schedule is not changed"),
        ("add", "add a card, step by step"),
        ("edit [ID]", "change a card's text (the last card studied when no id is given)"),
        ("find TEXT", "find cards by text"),
        ("show ID", "a card's content, memory state and history"),
        ("decks", "decks with new, learning and due counts"),
        ("stats [DECK]", "progress statistics"),
        ("undo", "take back the last answer"),
        ("suspend ID...", "keep cards out of study"),
        ("bury ID...", "hide cards until tomorrow"),
        ("options DECK [--new-per-day N ...]", "show or change a deck's study options"),
        ("help", "this list"),
        ("quit", "end the session (Ctrl-D too)"),
    ]

    static func run(global: GlobalOptions) throws {
        let environment = try CLIEnvironment.current()
        let database = try environment.openDatabase(option: global.databasePath)
        let editor: LineEditor
        if LibeditLineEditor.isAvailable {
            let folder = environment.dataFolder()
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
            editor = LibeditLineEditor(historyPath: folder.appendingPathComponent("history").path)
        } else {
            // Piped input is echoed so that the output reads as a transcript of the session.
            editor = PlainLineEditor(echo: true)
        }
        let context = ReplContext(database: database, editor: editor, environment: environment,
                                  databaseOption: global.databasePath)
        editor.completion = completion(for: context)
        defer { editor.close() }
        try home(context)
        while true {
            switch context.ask("factdeck> ") {
            case .endOfInput:
                context.say("Bye.")
                return
            case .interrupted:
                continue
            case .line(let line):
                context.editor.remember(line)
                do {
                    if try !dispatch(line, context) { return }
                } catch {
                    let failure = CLIError.from(error)
                    context.say(context.style.red("error: ") + failure.message)
                }
            }
        }
    }

    /// Runs one command line; false when the session should end.
    static func dispatch(_ line: String, _ context: ReplContext) throws -> Bool {
        let words = try CommandWords.split(line)
        guard let command = words.first?.lowercased() else { return true }
        let arguments = Array(words.dropFirst())
        switch command {
        case "quit", "exit", "q":
            context.say("Bye.")
            return false
        case "help", "?":
            for entry in commands {
                context.say("  " + DisplayText.padded(entry.name, to: 36) + " " + entry.summary)
            }
        case "study", "s":
            var screen = StudyScreen(context: context, deckName: arguments.first)
            return try screen.run()
        case "quiz":
            try QuizScreen.run(context, arguments: arguments)
        case "add":
            try AddFlow.run(context)
        case "edit":
            try EditFlow.run(context, idText: arguments.first)
        case "find":
            try runSubcommand(["list"] + arguments, context)
        case "show", "decks", "options", "suspend", "unsuspend", "delete":
            try runSubcommand([command] + arguments, context)
        case "stats":
            try runSubcommand(["stats"] + (arguments.first.map { ["--deck", $0] } ?? []), context)
        case "undo":
            try StudyScreen.undoLast(context)
        case "bury":
            let ids = try CardIDArguments.parse(arguments)
            try context.database.bury(ids: ids, untilDay: context.today.day + 1, now: context.now)
            context.say("buried until tomorrow: \(ids.map(\.rawValue).joined(separator: " "))")
        case "home":
            try home(context)
        default:
            context.say("Unknown command '\(DisplayText.sanitized(command))'. Type 'help' for the list.")
        }
        return true
    }

    /// Runs one of factdeck's commands inside the REPL, on the same collection.
    static func runSubcommand(_ words: [String], _ context: ReplContext) throws {
        var arguments = words
        if let option = context.databaseOption { arguments += ["--db", option] }
        var command = try Factdeck.parseAsRoot(arguments)
        guard !(command is Factdeck) else { throw CLIError(.usage, "unknown command '\(words.first ?? "")'") }
        do {
            try command.run()
        } catch where Factdeck.exitCode(for: error) == .success {
            context.say(Factdeck.fullMessage(for: error))
        }
    }

    /// The home screen: decks with today's counts, the streak, and what `study` will do.
    static func home(_ context: ReplContext) throws {
        let summaries = try context.database.deckSummaries(for: context.today)
        let style = context.style
        context.say(style.bold("factdeck") + style.dim(" — type 'help' for commands"))
        Output.lines(DeckSummaryJSON.table(summaries, environment: context.environment))
        let streak = try context.database.studyStreak(clock: context.environment.clock, today: context.today.day)
        context.say("Streak: \(streak) day\(streak == 1 ? "" : "s")")
        let new = summaries.reduce(0) { $0 + $1.newCount }
        let learning = summaries.reduce(0) { $0 + $1.learningCount }
        let review = summaries.reduce(0) { $0 + $1.reviewCount }
        if new + learning + review == 0 {
            context.say(summaries.isEmpty ? "No cards yet: 'add' one, or generate a deck from an article."
                : "Nothing is due today. 'quiz' practises without changing the schedule.")
        } else {
            context.say("'study' will show \(learning) learning, \(review) review and \(new) new card\(new == 1 ? "" : "s").")
        }
    }

    /// Tab completion: command names first, then deck names or card ids by command.
    static func completion(for context: ReplContext) -> @Sendable (String, String) -> [String] {
        let names = commands.compactMap { $0.name.split(separator: " ").first.map(String.init) }
        let database = context.database
        let mode = context.completionMode
        return { line, word in
            let deckNames = { (try? database.decks().map(\.name)) ?? [] }
            if mode.decksOnly { return deckNames() }
            let previous = line.split(separator: " ")
            guard let command = previous.first.map(String.init) else { return names }
            switch command {
            case "study", "quiz", "options", "stats":
                // On a command line, a name with spaces needs quotes.
                return deckNames().map { $0.contains(" ") ? "\"\($0)\"" : $0 }
            case "show", "edit", "suspend", "unsuspend", "bury", "delete":
                guard !word.isEmpty else { return [] }
                return ((try? database.cards(matching: CardFilter(query: word, limit: 50))) ?? [])
                    .map(\.id.rawValue).filter { $0.hasPrefix(word) }
            default:
                return []
            }
        }
    }
}
