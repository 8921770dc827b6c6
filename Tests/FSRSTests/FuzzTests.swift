import Foundation
import Testing
@testable import FSRS

@Suite struct FuzzTests {
    @Test func seedIsStableFNV1a() {
        // pinned values, computed independently (Python) from the documented recipe
        #expect(Fuzz.seed(cardID: "", reps: 0) == 0xe604_823a_2490_29bf)
        #expect(Fuzz.seed(cardID: "card-42", reps: 3) == 0x3fe4_485c_d2bd_fed7)
        #expect(Fuzz.seed(cardID: "é", reps: -1) == 0xc180_7b7e_f702_808b)
        #expect(Fuzz.fraction(seed: 0xe604_823a_2490_29bf) == 0.656541617513761)
        #expect(Fuzz.fraction(seed: 0x3fe4_485c_d2bd_fed7) == 0.09864633240869858)
        #expect(Fuzz.seed(cardID: "a", reps: 1) != Fuzz.seed(cardID: "a", reps: 2))
        #expect(Fuzz.seed(cardID: "a1", reps: 0) != Fuzz.seed(cardID: "a", reps: 1))
    }

    @Test func fractionIsUniformInUnitInterval() {
        var sum = 0.0
        var buckets = [Int](repeating: 0, count: 10)
        let n = 20_000
        for i in 0..<n {
            let f = Fuzz.fraction(seed: Fuzz.seed(cardID: "card\(i % 97)", reps: i))
            #expect(f >= 0 && f < 1)
            sum += f
            buckets[min(Int(f * 10), 9)] += 1
        }
        #expect(abs(sum / Double(n) - 0.5) < 0.01)
        #expect(buckets.allSatisfy { abs($0 - n / 10) < n / 50 })
    }

    /// Anki's fuzz.rs `with_review_fuzz` table: (interval, min, max) → lower, middle, upper
    /// for fuzz factors 0, 0.5 and 0.99.
    @Test func matchesAnkiFuzzTable() {
        let table: [(Double, Int, Int, Int, Int, Int)] = [
            (1.0, 1, 1000, 1, 1, 1), (2.49, 1, 1000, 2, 2, 2), (2.5, 1, 1000, 2, 3, 4),
            (7.0, 1, 1000, 5, 7, 9), (17.0, 1, 1000, 14, 17, 20), (37.0, 1, 1000, 33, 37, 41),
            (2.0, 2, 1000, 2, 2, 2), (2.0, 3, 1000, 3, 4, 4), (2.0, 3, 3, 3, 3, 3),
            (6.9, 3, 1000, 5, 7, 9), (7.1, 3, 1000, 5, 7, 9), (19.9, 3, 1000, 17, 20, 23),
            (20.0, 3, 1000, 17, 20, 23), (20.1, 3, 1000, 17, 20, 23),
            (100.0, 101, 1000, 101, 105, 108), (100.0, 1, 99, 92, 96, 99), (100.0, 97, 103, 97, 100, 103),
        ]
        for (interval, minimum, maximum, lower, middle, upper) in table {
            let got = [0.0, 0.5, 0.99].map { Fuzz.apply(interval: interval, minimum: minimum, maximum: maximum, fraction: $0) }
            #expect(got == [lower, middle, upper], "\(interval) in \(minimum)...\(maximum)")
        }
        // without fuzz: rounded and clamped
        #expect(Fuzz.apply(interval: 1.5, minimum: 1, maximum: 100, fraction: nil) == 2)
        #expect(Fuzz.apply(interval: 0.1, minimum: 1, maximum: 100, fraction: nil) == 1)
        #expect(Fuzz.apply(interval: 101, minimum: 1, maximum: 100, fraction: nil) == 100)
        // an interval past the maximum is capped, then fuzzed below it (Anki)
        #expect(Fuzz.apply(interval: .infinity, minimum: 1, maximum: 100, fraction: nil) == 100)
        #expect((92...100).contains(Fuzz.apply(interval: .infinity, minimum: 1, maximum: 100, fraction: 0.3)))
        #expect(Fuzz.apply(interval: .nan, minimum: 1, maximum: 100, fraction: 0.3) == 1)
    }

    @Test func rangesFollowAnkiPercentages() {
        #expect(Fuzz.delta(interval: 2.49) == 0)
        #expect(Fuzz.delta(interval: 2.5) == 1)
        #expect(abs(Fuzz.delta(interval: 7) - (1 + 0.15 * 4.5)) < 1e-12)
        #expect(abs(Fuzz.delta(interval: 20) - (1 + 0.15 * 4.5 + 0.1 * 13)) < 1e-12)
        #expect(abs(Fuzz.delta(interval: 100) - (1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * 80)) < 1e-12)
        for interval in stride(from: 0.5, through: 400, by: 0.37) {
            let bounds = Fuzz.bounds(interval: interval, minimum: 1, maximum: 36500)
            let delta = Fuzz.delta(interval: interval)
            #expect(Double(bounds.lowerBound) >= (interval - delta).rounded() - 0.5)
            #expect(Double(bounds.upperBound) <= max((interval + delta).rounded(), (interval - delta).rounded() + 1))
            if interval < 2.5 { #expect(bounds.lowerBound == bounds.upperBound) }
            for f in [0.0, 0.25, 0.5, 0.75, 0.999_999] {
                #expect(bounds.contains(Fuzz.apply(interval: interval, minimum: 1, maximum: 36500, fraction: f)))
            }
        }
    }
}
