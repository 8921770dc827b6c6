import Foundation

// factdeck-bench [all|collection|stats|extract] [--cards N] [--reviews-per-card M]
// Prints the figures recorded in docs/performance.md.
let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let value = Int(arguments[index + 1]) else {
        return fallback
    }
    return value
}
let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
let binFolder = executable.deletingLastPathComponent()
let factdeckBinary = binFolder.appendingPathComponent("factdeck").path
let benchFolder = binFolder.deletingLastPathComponent().appendingPathComponent("bench").path
let selected = arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "all"

do {
    print("factdeck-bench on \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB")
    if selected == "all" || selected == "collection" {
        try CollectionBench.run(cards: option("--cards", 1_000_000), reviewsPerCard: option("--reviews-per-card", 10),
                                folder: benchFolder, factdeckBinary: factdeckBinary)
    }
    if selected == "all" || selected == "stats" {
        try StatsBench.run(folder: benchFolder)
    }
    if selected == "all" || selected == "extract" {
        try runExtractBench()
    }
} catch {
    FileHandle.standardError.write(Data("factdeck-bench: error: \(error)\n".utf8))
    exit(1)
}
