import ArgumentParser
import FactdeckModel

/// `factdeck suspend ID...`: keeps cards out of study until unsuspended.
struct SuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suspend", abstract: "Keep cards out of study until they are unsuspended.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Card ids.") var ids: [String] = []

    mutating func run() throws {
        try SuspensionChange.apply(true, ids: ids, global: global)
    }
}

/// `factdeck unsuspend ID...`: returns suspended cards to study.
struct UnsuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unsuspend", abstract: "Return suspended cards to study.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Card ids.") var ids: [String] = []

    mutating func run() throws {
        try SuspensionChange.apply(false, ids: ids, global: global)
    }
}

/// What `suspend` and `unsuspend` share: all the ids change, or none.
enum SuspensionChange {
    static func apply(_ suspended: Bool, ids texts: [String], global: GlobalOptions) throws {
        let ids = try CardIDArguments.parse(texts)
        let environment = try CLIEnvironment.current()
        let database = try environment.openDatabase(option: global.databasePath)
        try database.setSuspended(suspended, ids: ids, now: environment.now)
        let verb = suspended ? "suspended" : "unsuspended"
        if global.json {
            Output.json(.object([(verb, .array(ids.map { .string($0.rawValue) }))]))
        } else {
            Output.line("\(verb) \(ids.count) card\(ids.count == 1 ? "" : "s"): \(ids.map(\.rawValue).joined(separator: " "))")
        }
    }
}
