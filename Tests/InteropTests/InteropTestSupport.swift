import FSRS
import FactdeckModel
import Foundation
@testable import Interop
import Storage
import Testing

/// A collection in its own temporary folder, with a fixed clock (UTC, rollover 4 am).
struct InteropCollection {
    let folder: URL
    let database: CollectionDatabase
    let now = Date(timeIntervalSince1970: 1_736_683_200) // 2025-01-12T12:00:00Z
    let clock = StudyDayClock(timeZone: TimeZone(secondsFromGMT: 0) ?? .current, rolloverHour: 4)

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("factdeck-interop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try CollectionDatabase.open(path: folder.appendingPathComponent("c.sqlite").path)
    }

    func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    func importPackage(_ url: URL, limits: ExpansionLimits = .default) throws -> InteropImportReport {
        try AnkiImporter.importPackage(url: url, into: database, clock: clock, now: now, limits: limits)
    }

    func allCards() throws -> [Card] { try database.cards(matching: CardFilter()) }

    /// Every card with its review log: what must not change when an import is refused.
    func snapshot() throws -> [String] {
        try allCards().map { card in
            let reviews = try database.reviews(of: card.id).map { "\($0.reviewedAt.timeIntervalSince1970):\($0.rating)" }
            return "\(card.id) \(card.deckName) \(card.content.prompt) \(card.schedule.state) \(card.version) \(reviews)"
        }
    }

    /// Adds two basic cards and answers one, so refused imports have something to keep.
    func seed() throws {
        let drafts = [CardDraft(id: CardID.derived(from: "seed-1"), content: CardContent(kind: .basic, prompt: "Q1", answer: "A1")),
                      CardDraft(id: CardID.derived(from: "seed-2"), content: CardContent(kind: .basic, prompt: "Q2", answer: "A2"))]
        let cards = try database.addCards(drafts, deckName: "Seed", now: now)
        let scheduler = Scheduler(options: SchedulerOptions(), clock: clock)
        let outcome = scheduler.review(cards[0].schedule, rating: .good, at: now, fuzzSeed: 1)
        _ = try database.recordAnswer(for: cards[0], outcome: outcome, at: now, duration: 3)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }
}

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// What the oracle saw in the collection the fixture was exported from.
    static func expectation(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: url(name + ".json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

/// The real Anki backend and genanki, run through scripts/anki_oracle.py in .venv-oracle.
/// Without the venv the oracle tests print why and pass, except under CI, where they fail.
enum Oracle {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let python = root.appendingPathComponent(".venv-oracle/bin/python")
    static let script = root.appendingPathComponent("scripts/anki_oracle.py")

    static func available(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        if FileManager.default.isExecutableFile(atPath: python.path) { return true }
        let reason = "the Anki oracle is not installed (\(python.path) missing: run scripts/oracle-venv.sh)"
        if let ci = ProcessInfo.processInfo.environment["CI"], !ci.isEmpty {
            Issue.record("CI is set and \(reason)", sourceLocation: sourceLocation)
        } else {
            print("skipping an Anki oracle test: \(reason)")
        }
        return false
    }

    /// Runs the oracle and parses its one JSON object.
    static func run(_ arguments: [String]) throws -> [String: Any] {
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "UTC"
        process.environment = environment
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let errorDrain = Drain(error.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = errorDrain.wait()
        guard process.terminationStatus == 0 else {
            throw OracleFailure.failed(String(decoding: errors, as: UTF8.self))
        }
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw OracleFailure.failed("not a JSON object: \(String(decoding: data, as: UTF8.self))")
        }
        return object
    }

    enum OracleFailure: Error { case failed(String) }

    final class Drain: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)
        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }
        func wait() -> Data { done.wait(); return data }
    }
}

/// Expected cards of an oracle description, keyed the way factdeck derives note ids.
struct ExpectedCard {
    var guid: String
    var ord: Int
    var deck: String
    var queue: Int
    /// Answers FSRS learns from (ease 1–4; learning, review, relearning).
    var answers: [(id: Int64, ease: Int)]

    static func all(_ description: [String: Any]) -> [ExpectedCard] {
        (description["cards"] as? [[String: Any]] ?? []).map { card in
            let reviews = (card["reviews"] as? [[String: Any]] ?? []).compactMap { review -> (Int64, Int)? in
                guard let ease = review["ease"] as? Int, let type = review["type"] as? Int, let id = review["id"] as? Int64 ?? (review["id"] as? Int).map(Int64.init),
                      (1...4).contains(ease), (0...2).contains(type) else { return nil }
                return (id, ease)
            }
            return ExpectedCard(guid: card["guid"] as? String ?? "", ord: card["ord"] as? Int ?? 0,
                                deck: card["deck"] as? String ?? "", queue: card["queue"] as? Int ?? 0, answers: reviews)
        }
    }

    var noteID: String { CardID(guid)?.rawValue ?? CardID.derived(from: "anki:\(guid)").rawValue }
}
