import Foundation

/// Delays of a list of (re)learning steps, with Anki's rule for Hard.
struct LearningSteps: Sendable {
    /// The steps in seconds; negative or non-finite entries count as 0.
    let seconds: [TimeInterval]

    init(_ steps: [TimeInterval]) {
        seconds = steps.map { $0.isFinite ? max(0, $0) : 0 }
    }

    var isEmpty: Bool { seconds.isEmpty }
    var count: Int { seconds.count }

    /// Delay after Again: the first step.
    var againDelay: TimeInterval? { seconds.first }

    /// Delay after Hard on `step`: on the first step the average of the first
    /// two steps (or 1.5× a single step, at most one day more), so Hard lies
    /// between Again and Good; on a later step that step repeated. Delays
    /// over a day are rounded to whole days as Anki does.
    func hardDelay(step: Int) -> TimeInterval? {
        guard let first = seconds.first else { return nil }
        let index = min(max(step, 0), count - 1)
        guard index == 0 else { return seconds[index] }
        if count >= 2 {
            return Self.roundedInDays((first + seconds[1]) / 2)
        }
        return Self.roundedInDays(min(first * 1.5, first + 86_400))
    }

    /// Delay of `step`, or nil past the last step.
    func delay(step: Int) -> TimeInterval? {
        seconds.indices.contains(step) ? seconds[step] : nil
    }

    private static func roundedInDays(_ secs: TimeInterval) -> TimeInterval {
        secs > 86_400 ? (secs / 86_400).rounded() * 86_400 : secs
    }
}
