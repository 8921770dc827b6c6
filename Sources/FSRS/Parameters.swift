/// The 21 trainable weights of FSRS-6 (`w[0]` … `w[20]`).
///
/// `w[0…3]` initial stability per rating, `w[4…7]` difficulty, `w[8…10]`
/// recall stability, `w[11…14]` forget stability, `w[15]` hard penalty,
/// `w[16]` easy bonus, `w[17…19]` same-day (short-term) stability and
/// `w[20]` the decay of the forgetting curve.
public struct Parameters: Sendable, Equatable {
    /// The weights, always exactly 21 finite values within the FSRS-6 bounds.
    public let w: [Double]

    /// The FSRS-6 default parameters (fsrs-rs `DEFAULT_PARAMETERS`,
    /// py-fsrs 6.3.2 `DEFAULT_PARAMETERS`).
    public static let fsrs6Default = Parameters(unchecked: [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
        0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425,
        0.0912, 0.0658, 0.1542,
    ])

    /// The number of FSRS-6 weights.
    public static let count = 21

    /// Inclusive bounds per weight, as py-fsrs 6.3.2 validates them and as
    /// the fsrs-rs optimizer clips them. Values outside make the formulas
    /// meaningless (for example a zero decay divides by zero).
    public static let bounds: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100,
        1...10, 0.001...4, 0.001...4, 0.001...0.75,
        0...4.5, 0...0.8, 0.001...3.5, 0.001...5,
        0.001...0.25, 0.001...0.9, 0...4, 0...1,
        1...6, 0...2, 0...2, 0...0.8, 0.1...0.8,
    ]

    /// Validates and wraps a weight vector (for example one trained by an
    /// optimizer). Throws `FSRSError.invalidParameters` unless there are
    /// exactly 21 finite weights, each within `Parameters.bounds`.
    public init(_ w: [Double]) throws {
        guard w.count == Self.count else {
            throw FSRSError.invalidParameters("expected \(Self.count) FSRS-6 parameters, got \(w.count)")
        }
        for (index, value) in w.enumerated() {
            guard value.isFinite else {
                throw FSRSError.invalidParameters("parameter w[\(index)] is not a finite number (\(value))")
            }
            let range = Self.bounds[index]
            guard range.contains(value) else {
                throw FSRSError.invalidParameters(
                    "parameter w[\(index)] = \(value) is outside \(range.lowerBound)...\(range.upperBound)")
            }
        }
        self.w = w
    }

    private init(unchecked w: [Double]) {
        self.w = w
    }
}
