import FSRS
import FactdeckModel
import Foundation
import Stats
import Storage

/// The statistics benchmarks of docs/performance.md: the whole `factdeck stats` report on
/// 100,000 cards / 1,000,000 reviews (target under 150 ms) and 1,000,000 cards /
/// 10,000,000 reviews (target under 1 s), in process and as a fresh `factdeck` process.
enum StatsBench {
    static let sizes: [(cards: Int, reviewsPerCard: Int, targetMs: Double)] = [(100_000, 10, 150), (1_000_000, 10, 1000)]

    static func run(folder: String) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("factdeck").path
        for size in sizes {
            let collection = BenchCollection(cards: size.cards, reviewsPerCard: size.reviewsPerCard, folder: folder)
            print("stats: \(size.cards) cards, \(size.cards * size.reviewsPerCard) review-log rows (\(collection.path))")
            let built = try collection.prepare()
            print(built > 0 ? String(format: "  built in %.1f s", built) : "  reused the collection built earlier")
            _ = try CollectionDatabase.open(path: collection.path) // applies migrations outside the timings

            let clock = StudyDayClock(timeZone: TimeZone(identifier: "UTC") ?? .current)
            var lines: [String] = []
            for range in [StatsRange.month, .all] {
                var times: [Double] = []
                var phases = (load: [Double](), compute: [Double]())
                for _ in 0..<7 {
                    let start = ContinuousClock.now
                    let database = try CollectionDatabase.open(path: collection.path)
                    let options = StatsOptions(now: BenchCollection.now, clock: clock, range: range)
                    var cards = CardFigures(options: options)
                    let data = try database.statsData(deckName: nil, detailSince: options.detailSince) { cards.add($0) }
                    let loaded = ContinuousClock.now
                    let report = StatsReport(data: data, cards: cards, options: options)
                    let keys = (report.hardest.leeches + report.hardest.lowestRetrievability).map(\.key)
                    let labels = try database.cardLabels(keys: keys)
                    let end = ContinuousClock.now
                    times.append((end - start).milliseconds)
                    phases.load.append((loaded - start).milliseconds)
                    phases.compute.append((end - loaded).milliseconds)
                    guard report.cardCounts.total == size.cards, labels.count == keys.count else {
                        throw BenchError.unexpected("stats saw \(report.cardCounts.total) cards, \(labels.count) of \(keys.count) labels")
                    }
                }
                let all = Percentiles(times)
                lines.append(String(format: "  in process, --range %@: median %.0f ms (read and count cards %.0f ms, the rest %.0f ms), max %.0f ms",
                                    range.rawValue, all.median, Percentiles(phases.load).median,
                                    Percentiles(phases.compute).median, all.max))
            }
            lines.forEach { print($0) }
            for arguments in [["stats"], ["stats", "--json"], ["stats", "--range", "all", "--json"]] {
                let process = try CollectionBench.timeProcess(binary, arguments: arguments + ["--db", collection.path], runs: 7)
                print(String(format: "  factdeck %@ (whole process): median %.0f ms, max %.0f ms — target %.0f ms",
                             arguments.joined(separator: " "), process.median, process.max, size.targetMs))
            }
        }
    }
}
