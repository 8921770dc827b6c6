import FactdeckModel

/// Reviews split by review kind: learning, relearning, young and mature.
public struct KindCounts: Sendable, Equatable {
    public var learning = 0
    public var relearning = 0
    public var young = 0
    public var mature = 0

    public init(learning: Int = 0, relearning: Int = 0, young: Int = 0, mature: Int = 0) {
        self.learning = learning
        self.relearning = relearning
        self.young = young
        self.mature = mature
    }

    public var total: Int { learning + relearning + young + mature }
    /// Reviews of review cards (young and mature).
    public var review: Int { young + mature }

    public subscript(kind: ReviewKind) -> Int {
        get {
            switch kind {
            case .learning: learning
            case .relearning: relearning
            case .young: young
            case .mature: mature
            }
        }
        set {
            switch kind {
            case .learning: learning = newValue
            case .relearning: relearning = newValue
            case .young: young = newValue
            case .mature: mature = newValue
            }
        }
    }

    static func + (lhs: KindCounts, rhs: KindCounts) -> KindCounts {
        KindCounts(learning: lhs.learning + rhs.learning, relearning: lhs.relearning + rhs.relearning,
                   young: lhs.young + rhs.young, mature: lhs.mature + rhs.mature)
    }
}

/// Passed and failed reviews, and the pass rate.
public struct RetentionCounts: Sendable, Equatable {
    public var passed = 0
    public var failed = 0

    public init(passed: Int = 0, failed: Int = 0) {
        self.passed = passed
        self.failed = failed
    }

    public var total: Int { passed + failed }
    /// passed / total; nil when there were none.
    public var rate: Double? { Ratio.of(passed, total) }

    static func + (lhs: RetentionCounts, rhs: RetentionCounts) -> RetentionCounts {
        RetentionCounts(passed: lhs.passed + rhs.passed, failed: lhs.failed + rhs.failed)
    }
}

/// Divisions that never divide by zero.
enum Ratio {
    static func of(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }

    static func of(_ part: Double, _ whole: Int) -> Double? {
        whole == 0 ? nil : part / Double(whole)
    }
}
