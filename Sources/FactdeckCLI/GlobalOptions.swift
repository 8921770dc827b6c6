import ArgumentParser

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The collection file (default: $FACTDECK_DB, else the XDG data folder).", valueName: "path"))
    var databasePath: String?

    @Flag(name: .customLong("json"), help: "Print machine-readable JSON.")
    var json = false
}
