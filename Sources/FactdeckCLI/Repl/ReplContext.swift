import FSRS
import FactdeckModel
import Foundation
import Storage
import Study
import Terminal

/// What every part of the REPL shares: the collection, the line editor, the clock and
/// the terminal's manners, plus the answers of this run that `undo` can take back.
final class ReplContext {
    let database: CollectionDatabase
    let editor: LineEditor
    var environment: CLIEnvironment
    let databaseOption: String?
    /// What Tab completes while a flow asks for something other than a command.
    let completionMode = CompletionMode()
    /// Answers of this run, newest last, with each card as it was when shown.
    var undoStack: [(receipt: AnswerReceipt, before: Card, rating: Rating, duration: TimeInterval)] = []

    init(database: CollectionDatabase, editor: LineEditor, environment: CLIEnvironment, databaseOption: String?) {
        self.database = database
        self.editor = editor
        self.environment = environment
        self.databaseOption = databaseOption
    }

    var style: Style { environment.style }

    /// The time now: `FACTDECK_NOW` when set (fixed for the whole run), else the wall clock.
    var now: Date { environment.isClockFixed ? environment.now : Date() }

    var today: DayWindow { StudyDay.window(containing: now, clock: environment.clock) }

    func say(_ text: String = "") { Output.line(text) }

    /// `text` made safe for the terminal and wrapped to its width, indented by `indent`.
    func wrapped(_ text: String, indent: Int = 2) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return DisplayText.wrapped(DisplayText.sanitized(text), to: max(20, environment.columns - indent)).map { pad + $0 }
    }

    /// Reads one line; Ctrl-C gives `.interrupted`, Ctrl-D or the end of input `.endOfInput`.
    func ask(_ prompt: String) -> LineInput { editor.readLine(prompt: prompt) }

    /// The deck names and card-id prefixes Tab completes.
    func deckNames() -> [String] { (try? database.decks().map(\.name)) ?? [] }

    func scheduler(for card: Card) throws -> Scheduler {
        let options = try database.deck(named: card.deckName)?.options ?? DeckOptions()
        return environment.scheduler(for: options)
    }
}

/// Whether Tab completes command lines or, while a flow asks for a deck, deck names.
/// Shared with libedit's completion callback, which runs on the same thread as the REPL.
final class CompletionMode: @unchecked Sendable {
    var decksOnly = false
}
