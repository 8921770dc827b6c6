import ArgumentParser
import Foundation

/// The `factdeck` command: with no subcommand, the REPL where the daily session runs
/// (with `--json`, the home screen's deck counts).
struct Factdeck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factdeck",
        abstract: "Study the facts of what you read, with spaced repetition in the terminal.",
        subcommands: [
            AddCommand.self, DecksCommand.self, ListCommand.self, ShowCommand.self, ReviewCommand.self,
            EditCommand.self, SuspendCommand.self, UnsuspendCommand.self, DeleteCommand.self, OptionsCommand.self,
            ExportCommand.self, StatsCommand.self,
            ExtractCommand.self, GenerateCommand.self, ImportCommand.self, EvalCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        if global.json {
            try HomeScreen.showJSON(global: global)
        } else {
            try Repl.run(global: global)
        }
    }
}

/// The program's entry point: runs the command line and turns every error into one
/// `factdeck: error: …` line on standard error and a sysexits code.
public enum FactdeckMain {
    public static func run(arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        var command: ParsableCommand
        do {
            command = try Factdeck.parseAsRoot(arguments)
        } catch {
            exit(reportArgumentError(error))
        }
        do {
            try command.run()
            exit(0)
        } catch let error as ExitCode {
            exit(error.rawValue)
        } catch let error where isArgumentParserOutcome(error) {
            exit(reportArgumentError(error))
        } catch {
            let failure = CLIError.from(error)
            Output.error("factdeck: error: \(failure.message)")
            exit(failure.code.rawValue)
        }
    }

    /// Help requests and argument mistakes found while running (`help`, `ValidationError`)
    /// are ArgumentParser's; every other error is the program's own.
    private static func isArgumentParserOutcome(_ error: Error) -> Bool {
        let code = Factdeck.exitCode(for: error)
        return code == .success || code == .validationFailure
    }

    /// Help and version requests print and succeed; mistakes in the arguments exit 64.
    private static func reportArgumentError(_ error: Error) -> Int32 {
        if Factdeck.exitCode(for: error) == .success {
            Output.line(Factdeck.fullMessage(for: error))
            return 0
        }
        let message = Factdeck.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
        Output.error("factdeck: error: \(message) (see 'factdeck help')")
        return CLIError.Code.usage.rawValue
    }
}
