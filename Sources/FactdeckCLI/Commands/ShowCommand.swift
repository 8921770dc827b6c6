import ArgumentParser
import FSRS
import FactdeckModel
import Foundation

/// `factdeck show ID`: a card's content, schedule, memory state and review history.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a card: content, state, memory, due date and review history.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The card id.") var id: String

    mutating func run() throws {
        let environment = try CLIEnvironment.current()
        guard let cardID = CardID(id) else { throw CLIError(.usage, "'\(id)' is not a card id") }
        let database = try environment.openDatabase(option: global.databasePath)
        let card = try database.card(id: cardID)
        let history = try database.reviews(of: cardID)
        let deck = try database.deck(named: card.deckName)
        let scheduler = environment.scheduler(for: deck?.options ?? DeckOptions())
        let retrievability = scheduler.retrievability(of: card.schedule, at: environment.now)
        if global.json {
            Output.json(CardJSON.detail(card, history: history, retrievability: retrievability))
            return
        }
        Output.lines(CardText.detail(card, history: history, retrievability: retrievability, environment: environment))
    }
}
