import Foundation
import Testing

/// End-to-end: replaying fsrs-rs reference histories through `factdeck review`, one
/// review a day at noon UTC (same-day reviews at later minutes), gives fsrs-rs's
/// stability and difficulty after every review.
@Suite struct ReviewReplayTests {
    struct Vectors: Decodable {
        struct History: Decodable {
            var reviews: [[Int]]
            var states: [[Double]]
        }
        var histories: [History]
    }

    static let vectors: Vectors? = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../FSRSTests/Vectors/memory_states.json").standardizedFileURL
        guard let data = try? Data(contentsOf: file) else { return nil }
        return try? JSONDecoder().decode(Vectors.self, from: data)
    }()

    @Test(arguments: stride(from: 3, to: 600, by: 41).map { $0 })
    func replayMatchesFSRSRS(index: Int) throws {
        let vectors = try #require(Self.vectors)
        let history = vectors.histories[index % vectors.histories.count]
        var factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let id = try factdeck.addCard()
        let start = try #require(ISO8601DateFormatter().date(from: "2025-01-12T12:00:00Z"))
        var day = 0
        var minute = 0
        for (position, review) in history.reviews.enumerated() {
            let (rating, elapsed) = (review[0], review[1])
            if position > 0 {
                if elapsed == 0 { minute += 1 } else { minute = 0 }
                day += elapsed
            }
            factdeck.now = ISO8601DateFormatter().string(from: start.addingTimeInterval(Double(day * 86400 + minute * 60)))
            let result = try factdeck.run(["review", id, "--rating", "\(rating)", "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            let card = try #require(try result.json() as? [String: Any])
            let stability = try #require(card["stability"] as? Double)
            let difficulty = try #require(card["difficulty"] as? Double)
            let expected = history.states[position]
            #expect(abs(stability - expected[0]) <= 1e-4 * expected[0], "history \(index) review \(position)")
            #expect(abs(difficulty - expected[1]) <= 1e-4 * expected[1], "history \(index) review \(position)")
        }
    }
}
