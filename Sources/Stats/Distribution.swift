/// A histogram of values with their count, mean and median.
public struct Distribution: Sendable, Equatable {
    /// One bar: values in `lower..<upper` (`upper` nil: no upper bound).
    public struct Bucket: Sendable, Equatable {
        public var lower: Double
        public var upper: Double?
        public var count: Int
    }

    public var buckets: [Bucket]
    public var count: Int
    /// nil when there are no values.
    public var mean: Double?
    /// The middle value (the mean of the two middle ones for an even count); nil when empty.
    public var median: Double?

    /// Sorts `values` into buckets bounded by `edges` (ascending; the first is the lowest
    /// bound, values below it go to the first bucket, values from the last edge up to the
    /// last bucket, which has no upper bound unless `closedTop`, then it ends at the last
    /// edge and holds values equal to it).
    init(values: [Double], edges: [Double], closedTop: Bool = false) {
        let bucketCount = closedTop ? edges.count - 1 : edges.count
        var counts = [Int](repeating: 0, count: bucketCount)
        var sum = 0.0
        for value in values {
            sum += value
            var index = bucketCount - 1
            while index > 0 && value < edges[index] { index -= 1 }
            counts[index] += 1
        }
        buckets = (0..<bucketCount).map { index in
            Bucket(lower: edges[index], upper: index + 1 < edges.count ? edges[index + 1] : nil, count: counts[index])
        }
        count = values.count
        mean = values.isEmpty ? nil : sum / Double(values.count)
        median = Self.median(values)
    }

    /// The exact median by selection (linear time, no full sort).
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var work = values
        let middle = work.count / 2
        let upper = select(&work, middle)
        guard work.count % 2 == 0 else { return upper }
        // The lower middle is the largest value left of `middle` after selection.
        let lower = work[0..<middle].max() ?? upper
        return (lower + upper) / 2
    }

    /// Rearranges `values` so that `values[k]` is the k-th smallest, smaller ones before it
    /// and larger ones after (Hoare selection with a median-of-three pivot).
    static func select(_ values: inout [Double], _ k: Int) -> Double {
        var low = 0, high = values.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            let a = values[low], b = values[middle], c = values[high]
            let pivot = max(min(a, b), min(max(a, b), c))
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { return values[k] }
        }
        return values[k]
    }
}
