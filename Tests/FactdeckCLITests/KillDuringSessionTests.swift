import FactdeckModel
import Foundation
import GRDB
import Testing

/// End-to-end: SIGKILL at random moments of a busy study session never leaves the
/// collection inconsistent and never loses an answer the session reported as recorded.
@Suite struct KillDuringSessionTests {
    @Test(arguments: 0..<10)
    func killedSessionsLeaveAConsistentCollection(round: Int) throws {
        var factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let added = try factdeck.run(["add", "--deck", "D", "--front", "Q0", "--back", "A0"])
        #expect(added.status == 0)
        for index in 1..<40 {
            try factdeck.run(["add", "--deck", "D", "--front", "Question \(index)", "--back", "A\(index)"])
        }
        try factdeck.run(["options", "D", "--new-per-day", "100"])
        factdeck.now = "2025-01-12T12:00:00Z"
        var generator = SeededGenerator(seed: UInt64(round) &* 0x9E37_79B9_7F4A_7C15 &+ 17)
        // Answers for every card in turn, some right, some wrong, some rated by digit.
        var script = "study\n"
        for index in 0..<200 {
            script += (generator.next() % 3 == 0 ? "wrong\n" : "A\(index % 40)\n") + ["\n", "1\n", "3\n", "4\n"][Int(generator.next() % 4)]
        }
        let delay = 0.02 + Double(generator.next() % 400) / 1000

        let process = Process()
        process.executableURL = FactdeckProcess.binary
        process.arguments = ["--db", factdeck.databasePath]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": factdeck.folder.path, "FACTDECK_NOW": factdeck.now, "TZ": "UTC"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reader = PipeDrain(output.fileHandleForReading.fileDescriptor)
        let bytes = Data(script.utf8)
        let descriptor = input.fileHandleForWriting.fileDescriptor
        let writer = Thread { PipeDrain.writeAll(bytes, to: descriptor) }
        writer.start()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        let transcript = String(decoding: reader.wait(), as: UTF8.self)
        let reported = transcript.components(separatedBy: " — next ").count - 1

        let database = try DatabaseQueue(path: factdeck.databasePath)
        try database.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_key_check") == nil)
            let logged = try Int.fetchOne(db, sql: "SELECT count(*) FROM reviewLog") ?? 0
            #expect(logged >= reported, "round \(round): \(reported) answers shown as recorded, \(logged) in the log")
            // Every card's cached schedule is its last answer's result; cards never answered are new.
            let mismatches = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM card LEFT JOIN (
                    SELECT cardId, count(*) AS answers, max(id) AS lastId FROM reviewLog GROUP BY cardId
                ) AS log ON log.cardId = card.id
                LEFT JOIN reviewLog AS last ON last.id = log.lastId
                WHERE (log.answers IS NULL AND (card.state <> 'new' OR card.reps <> 0))
                   OR (log.answers IS NOT NULL AND (card.reps <> log.answers OR card.state <> last.stateAfter
                       OR card.stability <> last.stabilityAfter OR card.difficulty <> last.difficultyAfter
                       OR card.due <> last.dueAfter))
                """)
            #expect(mismatches == 0, "round \(round)")
        }
        // The collection still opens and works after the kill.
        #expect(try factdeck.run(["decks", "--json"]).status == 0)
    }
}
