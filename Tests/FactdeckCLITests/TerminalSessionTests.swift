import Foundation
import Testing

/// End-to-end through a pseudo-terminal (util-linux `script` gives factdeck a real
/// terminal), so the real libedit runs: Tab completion, history across runs, Ctrl-R,
/// Ctrl-C. Keys are typed with pauses, as a person would.
@Suite(.serialized) struct TerminalSessionTests {
    /// Runs factdeck on a terminal, typing `keys` (each after a pause), and returns the screen output and exit status.
    func runOnTerminal(_ factdeck: FactdeckProcess, keys: [String]) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        // exec, so factdeck itself (not a shell that Ctrl-C would kill) is the terminal's process.
        let command = "exec '\(FactdeckProcess.binary.path)' --db '\(factdeck.databasePath)'"
        process.arguments = ["-qfec", command, "/dev/null"]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": factdeck.folder.path, "FACTDECK_NOW": factdeck.now,
                               "TZ": "UTC", "TERM": "xterm", "NO_COLOR": "1"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let reader = PipeDrain(output.fileHandleForReading.fileDescriptor)
        Thread.sleep(forTimeInterval: 0.8)
        for key in keys {
            PipeDrain.writeAll(Data(key.utf8), to: input.fileHandleForWriting.fileDescriptor)
            Thread.sleep(forTimeInterval: 0.35)
        }
        Thread.sleep(forTimeInterval: 0.5)
        try input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return (String(decoding: reader.wait(), as: UTF8.self), process.terminationStatus)
    }

    @Test func tabCompletesCommandsAndDeckNames() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let id = try factdeck.addCard(deck: "Geography", front: "Capital of France", back: "Paris")
        let session = try runOnTerminal(factdeck, keys: ["stu\t", "Geo\t", "\r", "Paris\r", "\r", "quit\r"])
        #expect(session.status == 0, "\(session.output)")
        #expect(session.output.contains("Capital of France"))
        let card = try #require(try factdeck.run(["show", id, "--json"]).json() as? [String: Any])
        #expect(card["reps"] as? Int == 1)
    }

    @Test func tabCompletesDeckNamesWhenAddingACard() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        _ = try factdeck.addCard(deck: "Geography")
        let session = try runOnTerminal(factdeck, keys: ["add\r", "Geog\t", "\r", "\r", "Capital of Peru\r", "Lima\r", "\r", "\r", "\r", "quit\r"])
        #expect(session.status == 0)
        let cards = try #require(try factdeck.run(["list", "--deck", "Geography", "--json"]).json() as? [[String: Any]])
        #expect(cards.count == 2, "\(session.output)")
    }

    @Test func historyIsKeptAcrossRunsAndSearchable() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        _ = try factdeck.addCard(deck: "Geography")
        _ = try runOnTerminal(factdeck, keys: ["decks\r", "quit\r"])
        let history = factdeck.folder.appendingPathComponent(".local/share/factdeck/history")
        let saved = try String(contentsOf: history, encoding: .utf8)
        #expect(saved.contains("decks"))
        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        // Up arrow twice recalls `decks`; Ctrl-R finds it again by its first letters.
        let session = try runOnTerminal(factdeck, keys: ["\u{1B}[A\u{1B}[A", "\r", "\u{12}dec", "\r", "quit\r"])
        #expect(session.status == 0)
        let tables = session.output.components(separatedBy: "new  learn  due  cards  deck").count - 1
        #expect(tables == 3, "\(session.output)") // the home screen, then `decks` twice
    }

    @Test func ctrlCDropsTheInputAndKeepsTheSession() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let first = try factdeck.addCard(front: "Q1", back: "A1")
        let second = try factdeck.addCard(front: "Q2", back: "A2")
        let session = try runOnTerminal(factdeck, keys: ["bogus words", "\u{03}", "study\r", "A1\r", "\r", "half an ans", "\u{03}",
                                                         "decks\r", "quit\r"])
        #expect(session.status == 0, "\(session.output)")
        #expect(!session.output.contains("Unknown command 'bogus"))
        #expect(session.output.contains("Studied 1 card"))
        let answered = try #require(try factdeck.run(["show", first, "--json"]).json() as? [String: Any])
        #expect(answered["reps"] as? Int == 1)
        let untouched = try #require(try factdeck.run(["show", second, "--json"]).json() as? [String: Any])
        #expect(untouched["reps"] as? Int == 0)
    }
}
