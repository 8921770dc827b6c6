import Foundation

/// A deck's scheduling settings, with the defaults of Anki and py-fsrs.
public struct SchedulerOptions: Sendable, Equatable {
    /// Target probability of recall when a review card comes due (0.9).
    public var desiredRetention: Double = 0.9
    /// Learning steps in seconds for new cards (1 min, 10 min).
    public var learningSteps: [TimeInterval] = [60, 600]
    /// Relearning steps in seconds after a lapse (10 min).
    public var relearningSteps: [TimeInterval] = [600]
    /// Longest review interval in days (100 years).
    public var maximumInterval: Int = 36500
    /// Whether review intervals get Anki's deterministic fuzz.
    public var enableFuzz: Bool = true
    /// FSRS weights.
    public var parameters: Parameters = .fsrs6Default

    /// Creates options; every argument defaults to the Anki/py-fsrs default.
    public init(
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36500,
        enableFuzz: Bool = true,
        parameters: Parameters = .fsrs6Default
    ) {
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzz = enableFuzz
        self.parameters = parameters
    }
}
