import FSRS
import FactdeckModel
import Foundation
import Storage
import Study
import Terminal

/// Everything a command takes from outside the program: the clock, the time zone and
/// study-day rollover, where the collection is, and how the terminal wants output.
/// Only this target reads them; the pure targets get them as arguments.
struct CLIEnvironment {
    var variables: [String: String]
    var now: Date
    /// Whether `FACTDECK_NOW` fixed the clock (then `now` never moves, even in a long REPL session).
    var isClockFixed: Bool
    var clock: StudyDayClock
    var style: Style
    var columns: Int

    /// Reads the process environment; `FACTDECK_NOW` (ISO 8601) replaces the wall clock.
    static func current() throws -> CLIEnvironment {
        let variables = ProcessInfo.processInfo.environment
        let timeZone = TimeZone.current
        var now = Date()
        var isClockFixed = false
        if let text = variables["FACTDECK_NOW"], !text.isEmpty {
            guard let fixed = ISOTime.parse(text, timeZone: timeZone) else {
                throw CLIError(.usage, "FACTDECK_NOW '\(text)' is not an ISO 8601 time (e.g. 2025-01-12T12:00:00Z)")
            }
            now = fixed
            isClockFixed = true
        }
        return CLIEnvironment(variables: variables, now: now, isClockFixed: isClockFixed,
                              clock: StudyDayClock(timeZone: timeZone, rolloverHour: 4),
                              style: Style.detect(environment: variables),
                              columns: TerminalSize.columns(environment: variables))
    }

    /// The study day `now` falls in.
    var today: DayWindow { StudyDay.window(containing: now, clock: clock) }

    /// `--db`, else `FACTDECK_DB`, else `$XDG_DATA_HOME/factdeck/collection.sqlite`,
    /// else `~/.local/share/factdeck/collection.sqlite`.
    func databasePath(option: String?) -> String {
        if let option, !option.isEmpty { return option }
        if let path = variables["FACTDECK_DB"], !path.isEmpty { return path }
        return dataFolder().appendingPathComponent("collection.sqlite").path
    }

    /// The folder for factdeck's data (collection, REPL history).
    func dataFolder() -> URL {
        if let xdg = variables["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("factdeck")
        }
        let home = variables["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/factdeck")
    }

    /// Opens the collection the options name.
    func openDatabase(option: String?) throws -> CollectionDatabase {
        try CollectionDatabase.open(path: databasePath(option: option))
    }

    /// The scheduler for a deck's options under this environment's study-day clock.
    func scheduler(for options: DeckOptions) -> Scheduler {
        Scheduler(options: options.schedulerOptions, clock: clock)
    }
}
