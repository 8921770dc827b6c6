import Foundation
import FSRS

/// Per-deck study options, with Anki's defaults.
public struct DeckOptions: Sendable, Equatable, Codable {
    public var desiredRetention: Double = 0.9
    public var newPerDay: Int = 20
    public var reviewsPerDay: Int = 200
    /// Learning steps in seconds (default 1m 10m).
    public var learningSteps: [TimeInterval] = [60, 600]
    /// Relearning steps in seconds (default 10m).
    public var relearningSteps: [TimeInterval] = [600]
    public var maximumInterval: Int = 36500
    public var fuzz: Bool = true

    public init() {}

    /// Allowed ranges; values outside them are refused rather than clamped,
    /// so a typo never silently changes a schedule.
    public static let retentionRange: ClosedRange<Double> = 0.7...0.99
    public static let perDayRange: ClosedRange<Int> = 0...100_000
    public static let maximumIntervalRange: ClosedRange<Int> = 1...36500
    public static let stepRange: ClosedRange<TimeInterval> = 1...(365 * 86400)
    public static let maximumSteps = 20

    /// Throws `ModelError.optionOutOfRange` for the first option outside its range.
    public func validate() throws {
        guard Self.retentionRange.contains(desiredRetention) else {
            throw ModelError.optionOutOfRange(name: "desired retention", value: "\(desiredRetention)", allowed: "0.7–0.99")
        }
        guard Self.perDayRange.contains(newPerDay) else {
            throw ModelError.optionOutOfRange(name: "new cards per day", value: "\(newPerDay)", allowed: "0–100000")
        }
        guard Self.perDayRange.contains(reviewsPerDay) else {
            throw ModelError.optionOutOfRange(name: "reviews per day", value: "\(reviewsPerDay)", allowed: "0–100000")
        }
        guard Self.maximumIntervalRange.contains(maximumInterval) else {
            throw ModelError.optionOutOfRange(name: "maximum interval", value: "\(maximumInterval)", allowed: "1–36500 days")
        }
        for (name, steps) in [("learning steps", learningSteps), ("relearning steps", relearningSteps)] {
            guard steps.count <= Self.maximumSteps, steps.allSatisfy({ Self.stepRange.contains($0) }) else {
                throw ModelError.optionOutOfRange(name: name, value: StepList.format(steps), allowed: "up to 20 steps of 1s–365d")
            }
        }
    }

    /// The scheduler configuration these options describe.
    public var schedulerOptions: SchedulerOptions {
        SchedulerOptions(desiredRetention: desiredRetention, learningSteps: learningSteps,
                         relearningSteps: relearningSteps, maximumInterval: maximumInterval,
                         enableFuzz: fuzz)
    }
}
