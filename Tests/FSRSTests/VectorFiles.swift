import Foundation
@testable import FSRS

/// Loads the reference vectors written by scripts/fsrs_vectors.py.
enum VectorFiles {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "vector file \(name).json not found in the test bundle" }
    }

    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Vectors") else {
            throw Missing(name: name)
        }
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    // memory_states.json
    struct MemoryStates: Decodable {
        struct History: Decodable {
            let reviews: [[Int]]  // [rating, delta_t]
            let states: [[Double]]  // [stability, difficulty] after each review
        }
        let histories: [History]
    }

    // curves.json
    struct Curves: Decodable {
        struct Transition: Decodable {
            let stability: Double
            let difficulty: Double
            let desired_retention: Double
            let elapsed_days: Int
            let again: [Double]
            let hard: [Double]
            let good: [Double]
            let easy: [Double]
        }
        let retrievability: [[Double]]  // [elapsed_days, stability, R]
        let intervals: [[Double]]  // [stability, desired_retention, days]
        let transitions: [Transition]
    }

    // scheduler_steps.json
    struct SchedulerSteps: Decodable {
        struct Step: Decodable {
            let at: Int
            let rating: Int
            let state: String
            let step: Int?
            let stability: Double
            let difficulty: Double
            let days: Int?
            let py_days: Int?
            let due_offset: Double?
            let anki_rule: Bool?
        }
        struct Config: Decodable {
            let name: String
            let learning_steps: [Double]
            let relearning_steps: [Double]
            let maximum_interval: Int
            let desired_retention: Double
            let sequences: [[Step]]
        }
        let configs: [Config]
    }
}

/// True when `actual` is within `tolerance` relative to `expected`, or within
/// `absolute`. The absolute floor (1e-6 days, 0.09 s) covers fsrs-rs's f32
/// arithmetic near the stability floor, where `(S+1)^w13 - 1` for S ≈ 0.003
/// cancels to ~1e-4 relative error (double precision agrees with this code).
func isClose(_ actual: Double, _ expected: Double, relative tolerance: Double = 1e-4, absolute: Double = 1e-6) -> Bool {
    abs(actual - expected) <= max(tolerance * abs(expected), absolute)
}

/// Parses an ISO 8601 instant such as "2024-03-10T08:00:00Z".
func instant(_ text: String) -> Date {
    ISO8601DateFormatter().date(from: text) ?? Date(timeIntervalSince1970: .nan)
}

/// A time zone known to exist in the tz database.
func zone(_ identifier: String) -> TimeZone {
    TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0) ?? .current
}
