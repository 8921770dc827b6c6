import FSRS
import FactdeckModel
import Foundation
import Storage

/// The collection benchmarks of docs/performance.md: opening a large collection and
/// listing the next 50 due cards (in a fresh `factdeck` process, as a learner would),
/// and committing one answer.
enum CollectionBench {
    static func run(cards: Int, reviewsPerCard: Int, folder: String, factdeckBinary: String) throws {
        let collection = BenchCollection(cards: cards, reviewsPerCard: reviewsPerCard, folder: folder)
        print("collection: \(cards) cards, \(cards * reviewsPerCard) review-log rows (\(collection.path))")
        let built = try collection.prepare()
        print(built > 0 ? String(format: "  built in %.1f s", built) : "  reused the collection built earlier")
        let size = (try? FileManager.default.attributesOfItem(atPath: collection.path)[.size] as? NSNumber)?.doubleValue ?? 0
        print(String(format: "  file size %.0f MB", size / 1_000_000))

        let process = try timeProcess(factdeckBinary, arguments: ["list", "--due", "--limit", "50", "--json", "--db", collection.path],
                                      runs: 30)
        print(String(format: "  factdeck list --due --limit 50 (whole process: start, open, query, print): median %.1f ms, p90 %.1f ms, max %.1f ms",
                     process.median, process.p90, process.max))

        var openTimes: [Double] = []
        for _ in 0..<30 {
            let start = ContinuousClock.now
            let database = try CollectionDatabase.open(path: collection.path)
            let due = try database.cards(matching: CardFilter(dueBefore: BenchCollection.now, limit: 50))
            openTimes.append((ContinuousClock.now - start).milliseconds)
            guard due.count == 50 else { throw BenchError.unexpected("expected 50 due cards, got \(due.count)") }
        }
        let open = Percentiles(openTimes)
        print(String(format: "  open + next 50 due cards (in process): median %.2f ms, p90 %.2f ms", open.median, open.p90))

        let database = try CollectionDatabase.open(path: collection.path)
        let clock = StudyDayClock(timeZone: TimeZone(identifier: "UTC") ?? .current)
        let scheduler = Scheduler(options: SchedulerOptions(), clock: clock)
        let candidates = try database.cards(matching: CardFilter(dueBefore: BenchCollection.now, limit: 1000))
        var answerTimes: [Double] = []
        var checkpointTimes: [Double] = []
        for (index, card) in candidates.enumerated() {
            let now = BenchCollection.now.addingTimeInterval(Double(index))
            let rating = Rating(rawValue: 1 + index % 4) ?? .good
            let start = ContinuousClock.now
            let outcome = scheduler.review(card.schedule, rating: rating, at: now,
                                           fuzzSeed: Fuzz.seed(cardID: card.id.rawValue, reps: card.schedule.reps))
            _ = try database.recordAnswer(for: card, outcome: outcome, at: now, duration: 5)
            answerTimes.append((ContinuousClock.now - start).milliseconds)
            // As the REPL does after showing each answer's result.
            let checkpointStart = ContinuousClock.now
            database.checkpointIfNeeded()
            checkpointTimes.append((ContinuousClock.now - checkpointStart).milliseconds)
        }
        let answers = Percentiles(answerTimes)
        let checkpoints = Percentiles(checkpointTimes)
        print(String(format: "  commit one answer (%d answers, schedule + transaction + fsync): median %.3f ms, p99 %.3f ms, max %.3f ms",
                     answerTimes.count, answers.median, answers.p99, answers.max))
        print(String(format: "  WAL checkpoint between answers (every 64 answers): p99 %.3f ms, max %.3f ms, %d of %d answers",
                     checkpoints.p99, checkpoints.max, checkpointTimes.filter { $0 > 0.5 }.count, checkpointTimes.count))
    }

    /// Wall time of whole `factdeck` runs, started with posix_spawn (Foundation's Process
    /// adds tens of milliseconds of its own) and output sent to /dev/null.
    static func timeProcess(_ binary: String, arguments: [String], runs: Int) throws -> Percentiles {
        let environment = ["FACTDECK_NOW=2025-01-12T12:00:00Z", "TZ=UTC", "PATH=/usr/bin:/bin"]
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var times: [Double] = []
        for _ in 0..<runs {
            var pid: pid_t = 0
            let start = ContinuousClock.now
            guard posix_spawn(&pid, binary, &actions, nil, argv, envp) == 0 else {
                throw BenchError.unexpected("cannot start \(binary)")
            }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            times.append((ContinuousClock.now - start).milliseconds)
            guard status == 0 else { throw BenchError.unexpected("factdeck exited with status \(status)") }
        }
        return Percentiles(times)
    }
}

/// Order statistics of a sample of timings.
struct Percentiles {
    let sorted: [Double]
    init(_ values: [Double]) { sorted = values.sorted() }
    func at(_ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
    }
    var median: Double { at(0.5) }
    var p90: Double { at(0.9) }
    var p99: Double { at(0.99) }
    var max: Double { sorted.last ?? 0 }
}

enum BenchError: Error {
    case unexpected(String)
}
