import ArgumentParser
import FactdeckModel
import Foundation

/// `factdeck options DECK`: shows or changes a deck's study options.
struct OptionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "options", abstract: "Show or change a deck's study options.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deck.") var deck: String
    @Option(name: .customLong("desired-retention"), help: "Target recall probability, 0.7–0.99.") var desiredRetention: Double?
    @Option(name: .customLong("new-per-day"), help: "New cards a day.") var newPerDay: Int?
    @Option(name: .customLong("reviews-per-day"), help: "Reviews a day.") var reviewsPerDay: Int?
    @Option(name: .customLong("learning-steps"), help: "e.g. '1m 10m'.") var learningSteps: String?
    @Option(name: .customLong("relearning-steps"), help: "e.g. '10m'.") var relearningSteps: String?
    @Option(name: .customLong("maximum-interval"), help: "Longest interval in days, 1–36500.") var maximumInterval: Int?
    @Option(help: "Spread intervals a little: on or off.") var fuzz: String?

    mutating func run() throws {
        let environment = try CLIEnvironment.current()
        let database = try environment.openDatabase(option: global.databasePath)
        guard var current = try database.deck(named: deck) else { throw CLIError(.noInput, "no deck named '\(deck)'") }
        var options = current.options
        if let desiredRetention { options.desiredRetention = desiredRetention }
        if let newPerDay { options.newPerDay = newPerDay }
        if let reviewsPerDay { options.reviewsPerDay = reviewsPerDay }
        if let learningSteps { options.learningSteps = try StepList.parse(learningSteps) }
        if let relearningSteps { options.relearningSteps = try StepList.parse(relearningSteps) }
        if let maximumInterval { options.maximumInterval = maximumInterval }
        if let fuzz {
            switch fuzz.lowercased() {
            case "on", "true", "yes", "1": options.fuzz = true
            case "off", "false", "no", "0": options.fuzz = false
            default: throw CLIError(.usage, "--fuzz takes on or off, not '\(fuzz)'")
            }
        }
        if options != current.options {
            current = try database.setOptions(options, forDeck: deck)
        }
        let shown = current.options
        if global.json {
            Output.json(.object([
                ("deck", .string(current.name)),
                ("desired_retention", .double(shown.desiredRetention)),
                ("new_per_day", .int(shown.newPerDay)),
                ("reviews_per_day", .int(shown.reviewsPerDay)),
                ("learning_steps", .string(StepList.format(shown.learningSteps))),
                ("relearning_steps", .string(StepList.format(shown.relearningSteps))),
                ("maximum_interval", .int(shown.maximumInterval)),
                ("fuzz", .bool(shown.fuzz)),
            ]))
            return
        }
        Output.lines([
            "deck               \(current.name)",
            "desired retention  \(shown.desiredRetention)",
            "new per day        \(shown.newPerDay)",
            "reviews per day    \(shown.reviewsPerDay)",
            "learning steps     \(StepList.format(shown.learningSteps))",
            "relearning steps   \(StepList.format(shown.relearningSteps))",
            "maximum interval   \(shown.maximumInterval) days",
            "fuzz               \(shown.fuzz ? "on" : "off")",
        ])
    }
}
