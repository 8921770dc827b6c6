import Foundation

/// The FSRS-6 memory model: how stability and difficulty evolve with each
/// answer, and how recall probability decays with time.
///
/// The formulas and clamps follow fsrs-rs (the reference used by Anki), so
/// that `memoryState(history:)` agrees with fsrs-rs `memory_state` for the
/// same `[(rating, delta_t)]` item. The model is pure: no clock, no state.
public struct FSRSModel: Sendable {
    /// Smallest stability fsrs-rs allows (days).
    public static let minimumStability = 0.001
    /// Largest stability fsrs-rs allows (days, 100 years).
    public static let maximumStability = 36500.0
    /// Difficulty range.
    public static let difficultyRange: ClosedRange<Double> = 1...10

    /// The weights in use.
    public let parameters: Parameters

    private let w: [Double]
    /// Negative exponent of the power forgetting curve (`-w[20]`).
    private let decay: Double
    /// Chosen so that retrievability is exactly 0.9 when elapsed == stability.
    private let factor: Double

    /// Creates a model with the given weights (FSRS-6 defaults if omitted).
    public init(parameters: Parameters = .fsrs6Default) {
        self.parameters = parameters
        self.w = parameters.w
        self.decay = -parameters.w[20]
        self.factor = pow(0.9, 1 / decay) - 1
    }

    /// Memory after the very first answer to a card: stability `w[rating-1]`,
    /// difficulty `w4 - e^(w5·(rating-1)) + 1`, both clamped.
    public func initialState(rating: Rating) -> MemoryState {
        MemoryState(
            stability: clampStability(w[rating.rawValue - 1]),
            difficulty: clampDifficulty(initialDifficulty(rating)))
    }

    /// Memory after answering `rating`, `elapsedDays` study days after the
    /// previous answer. `current == nil` means this is the first answer.
    ///
    /// Elapsed 0 (same study day) uses the short-term formula (w17–w19);
    /// otherwise recall stability (Hard/Good/Easy) or forget stability
    /// (Again, capped by the short-term bound `S / e^(w17·w18)`) at the
    /// retrievability reached after `elapsedDays`. Difficulty always moves
    /// with linear damping and mean reversion towards the Easy initial value.
    public func nextState(from current: MemoryState?, elapsedDays: Int, rating: Rating) -> MemoryState {
        guard let current else { return initialState(rating: rating) }
        let s = clampStability(current.stability)
        let d = clampDifficulty(current.difficulty)
        let newStability: Double
        if elapsedDays <= 0 {
            newStability = shortTermStability(s, rating: rating)
        } else {
            let r = retrievability(elapsedDays: Double(elapsedDays), stability: s)
            newStability = rating == .again
                ? forgetStability(s, difficulty: d, retrievability: r)
                : recallStability(s, difficulty: d, retrievability: r, rating: rating)
        }
        return MemoryState(
            stability: clampStability(newStability),
            difficulty: nextDifficulty(d, rating: rating))
    }

    /// Probability of recall after `elapsedDays` (may be fractional) for a
    /// memory of the given stability: `(1 + factor·t/S)^(-w20)`.
    public func retrievability(elapsedDays: Double, stability: Double) -> Double {
        let t = elapsedDays.isFinite ? max(0, elapsedDays) : 0
        return pow(1 + factor * t / clampStability(stability), decay)
    }

    /// Days until retrievability falls to `desiredRetention` (unrounded and
    /// not capped, like fsrs-rs-python 0.9.3 and py-fsrs: the scheduler
    /// applies the deck's maximum interval). Retention is clamped to
    /// 0.0001…0.9999 as fsrs-rs does.
    public func interval(stability: Double, desiredRetention: Double) -> Double {
        let retention = desiredRetention.isFinite ? min(max(desiredRetention, 0.0001), 0.9999) : 0.9
        let days = clampStability(stability) / factor * (pow(retention, 1 / decay) - 1)
        return days.isNaN ? 0 : max(days, 0)
    }

    /// Replays a card's whole history, oldest first: each element is a rating
    /// and the study days since the previous answer (the first element's
    /// elapsed days are ignored). Returns nil for an empty history.
    public func memoryState(history: [(rating: Rating, elapsedDays: Int)]) -> MemoryState? {
        var state: MemoryState?
        for review in history {
            state = nextState(from: state, elapsedDays: review.elapsedDays, rating: review.rating)
        }
        return state
    }

    // MARK: - Formulas

    private func initialDifficulty(_ rating: Rating) -> Double {
        w[4] - exp(w[5] * Double(rating.rawValue - 1)) + 1
    }

    private func nextDifficulty(_ d: Double, rating: Rating) -> Double {
        let delta = -w[6] * Double(rating.rawValue - 3)
        let damped = d + (10 - d) * delta / 9
        let reverted = w[7] * initialDifficulty(.easy) + (1 - w[7]) * damped
        return clampDifficulty(reverted)
    }

    private func shortTermStability(_ s: Double, rating: Rating) -> Double {
        var increase = exp(w[17] * (Double(rating.rawValue) - 3 + w[18])) * pow(s, -w[19])
        if rating >= .hard { increase = max(increase, 1) }
        return s * increase
    }

    private func recallStability(_ s: Double, difficulty d: Double, retrievability r: Double, rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return s * (1 + exp(w[8]) * (11 - d) * pow(s, -w[9]) * (exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    private func forgetStability(_ s: Double, difficulty d: Double, retrievability r: Double) -> Double {
        let longTerm = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * exp((1 - r) * w[14])
        let shortTermCap = s / exp(w[17] * w[18])
        return min(longTerm, shortTermCap)
    }

    private func clampStability(_ s: Double) -> Double {
        guard !s.isNaN else { return Self.minimumStability }
        return min(max(s, Self.minimumStability), Self.maximumStability)
    }

    private func clampDifficulty(_ d: Double) -> Double {
        guard !d.isNaN else { return Self.difficultyRange.upperBound }
        return min(max(d, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }
}
