import ArgumentParser
import FSRS
import FactdeckModel
import Foundation

/// `factdeck review ID --rating R`: answers one card now, due or not, without the REPL.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Answer one card now (due or not) and print its new state.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The card id.") var id: String
    @Option(help: "again, hard, good, easy or 1–4.") var rating: String
    @Option(help: "Seconds taken to answer, for statistics.") var duration: Double = 0

    mutating func run() throws {
        guard let parsed = Rating(argument: rating) else {
            throw CLIError(.usage, "rating '\(rating)' is not one of again, hard, good, easy or 1–4")
        }
        guard duration.isFinite, duration >= 0, duration <= 86400 else {
            throw CLIError(.usage, "duration \(duration) is out of range (0–86400 seconds)")
        }
        guard let cardID = CardID(id) else { throw CLIError(.usage, "'\(id)' is not a card id") }
        let environment = try CLIEnvironment.current()
        let database = try environment.openDatabase(option: global.databasePath)
        let card = try database.card(id: cardID)
        let options = try database.deck(named: card.deckName)?.options ?? DeckOptions()
        let scheduler = environment.scheduler(for: options)
        let outcome = scheduler.review(card.schedule, rating: parsed, at: environment.now,
                                       fuzzSeed: Fuzz.seed(cardID: card.id.rawValue, reps: card.schedule.reps))
        let updated = try database.recordAnswer(for: card, outcome: outcome, at: environment.now, duration: duration)
        if global.json {
            let history = try database.reviews(of: cardID)
            Output.json(CardJSON.detail(updated, history: history,
                                        retrievability: scheduler.retrievability(of: updated.schedule, at: environment.now)))
            return
        }
        let memory = updated.schedule.memory
        Output.line("\(updated.id): \(parsed.name) → \(CardText.state(updated)), due "
            + "\(TimeText.relative(updated.schedule.due, now: environment.now)) (\(ISOTime.format(updated.schedule.due)))"
            + (memory.map { String(format: ", stability %.2fd, difficulty %.2f", $0.stability, $0.difficulty) } ?? ""))
    }
}
