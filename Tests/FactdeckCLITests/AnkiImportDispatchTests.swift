import Foundation
import FSRS
import Terminal
import Testing
@testable import FactdeckCLI

/// `importInteropFile`, which the `import` command calls for Anki packages and CSV/TSV.
@Suite struct AnkiImportDispatchTests {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("InteropTests/Fixtures")

    private func environment() -> CLIEnvironment {
        CLIEnvironment(variables: [:], now: Date(timeIntervalSince1970: 1_736_683_200), isClockFixed: true,
                       clock: StudyDayClock(timeZone: TimeZone(secondsFromGMT: 0) ?? .current, rolloverHour: 4),
                       style: Style.detect(environment: ["NO_COLOR": "1"]), columns: 80)
    }

    @Test func importsPackagesAndTextAndLeavesOtherFilesToTheCaller() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factdeck-dispatch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let global = try GlobalOptions.parse(["--db", folder.appendingPathComponent("c.sqlite").path])
        #expect(try importInteropFile(Self.fixtures.appendingPathComponent("genanki.apkg").path, global: global,
                                      environment: environment()))
        let csv = folder.appendingPathComponent("words.tsv")
        try Data("perro\tdog\n".utf8).write(to: csv)
        #expect(try importInteropFile(csv.path, global: global, environment: environment()))
        #expect(try !importInteropFile(folder.appendingPathComponent("article.deck").path, global: global, environment: environment()))
        let database = try environment().openDatabase(option: global.databasePath)
        #expect(try database.decks().map(\.name) == ["Genanki Deck", "words"])

        let bad = folder.appendingPathComponent("bad.apkg")
        try Data("not a zip".utf8).write(to: bad)
        #expect(throws: CLIError(.data, "\(bad.path): not a valid zip archive (no zip directory found: the file is not a zip or is truncated); nothing was imported")) {
            try importInteropFile(bad.path, global: global, environment: environment())
        }
        #expect(throws: CLIError(.noInput, "\(folder.path)/gone.apkg: no such file")) {
            try importInteropFile(folder.appendingPathComponent("gone.apkg").path, global: global, environment: environment())
        }
    }
}
