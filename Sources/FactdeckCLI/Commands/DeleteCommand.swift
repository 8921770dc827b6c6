import ArgumentParser
import FactdeckModel

/// `factdeck delete ID...`: removes cards and their review history.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete cards and their review history (all the ids, or none).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Card ids.") var ids: [String] = []

    mutating func run() throws {
        let ids = try CardIDArguments.parse(ids)
        let environment = try CLIEnvironment.current()
        let database = try environment.openDatabase(option: global.databasePath)
        try database.deleteCards(ids: ids)
        if global.json {
            Output.json(.object([("deleted", .array(ids.map { .string($0.rawValue) }))]))
        } else {
            Output.line("deleted \(ids.count) card\(ids.count == 1 ? "" : "s"): \(ids.map(\.rawValue).joined(separator: " "))")
        }
    }
}
