/// Anki's interval fuzz, made deterministic.
///
/// Review intervals of 2.5 days or more are spread over a small range
/// (±1 day plus 15% of the part within 2.5–7 d, 10% of 7–20 d and 5% above
/// 20 d) so that cards learned together do not stay together. Instead of a
/// global random generator the position in the range comes from a seed
/// derived from the card id and its review count: the same card answered the
/// same way gets the same interval on every machine and every replay.
public enum Fuzz {
    /// A stable 64-bit seed for a card's next answer: FNV-1a 64 over the
    /// UTF-8 bytes of `cardID`, a 0 byte, then `reps` as 8 little-endian
    /// bytes. Pass the card's `reps` before the answer. Frozen: changing it
    /// would move intervals of existing collections on replay.
    public static func seed(cardID: String, reps: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for byte in cardID.utf8 { mix(byte) }
        mix(0)
        let count = UInt64(bitPattern: Int64(reps))
        for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: count >> UInt64(shift))) }
        return hash
    }

    /// A uniform fraction in [0, 1) from a seed (one splitmix64 step, top 53 bits).
    public static func fraction(seed: UInt64) -> Double {
        var z = seed &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        z ^= z >> 31
        return Double(z >> 11) * 0x1p-53
    }

    /// Amount of fuzz in days either side of `interval` (0 under 2.5 days).
    public static func delta(interval: Double) -> Double {
        guard interval >= 2.5 else { return 0 }
        let ranges: [(start: Double, end: Double, factor: Double)] = [
            (2.5, 7, 0.15), (7, 20, 0.1), (20, .greatestFiniteMagnitude, 0.05),
        ]
        return ranges.reduce(1.0) { delta, range in
            delta + range.factor * max(min(interval, range.end) - range.start, 0)
        }
    }

    /// Anki's `constrained_fuzz_bounds`: the whole-day range an interval may
    /// be fuzzed into, kept within `minimum…maximum`, and at least two days
    /// wide when above 2 days and the maximum allows.
    public static func bounds(interval: Double, minimum: Int, maximum: Int) -> ClosedRange<Int> {
        let maximum = max(maximum, 1)
        let minimum = min(max(minimum, 1), maximum)
        let clamped = clamp(interval, minimum, maximum)
        let delta = delta(interval: clamped)
        var lower = min(max(Int((clamped - delta).rounded()), minimum), maximum)
        var upper = min(max(Int((clamped + delta).rounded()), minimum), maximum)
        if upper == lower && upper > 2 && upper < maximum { upper = lower + 1 }
        lower = min(lower, upper)
        return lower...upper
    }

    /// Whole days for a review interval: rounded and clamped to
    /// `minimum…maximum` without fuzz (`fraction == nil`), else the point
    /// `fraction` of the way through `bounds(...)` (Anki's `with_review_fuzz`).
    public static func apply(interval: Double, minimum: Int, maximum: Int, fraction: Double?) -> Int {
        let maximum = max(maximum, 1)
        let minimum = min(max(minimum, 1), maximum)
        guard let fraction else {
            return min(max(Int(clamp(interval, minimum, maximum).rounded()), minimum), maximum)
        }
        let range = bounds(interval: interval, minimum: minimum, maximum: maximum)
        let width = Double(range.upperBound - range.lowerBound + 1)
        let f = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        let days = range.lowerBound + Int((f * width).rounded(.down))
        return min(days, range.upperBound)
    }

    private static func clamp(_ interval: Double, _ minimum: Int, _ maximum: Int) -> Double {
        guard !interval.isNaN else { return Double(minimum) }
        return min(max(interval, Double(minimum)), Double(maximum))
    }
}
