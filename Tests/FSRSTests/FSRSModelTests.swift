import Foundation
import Testing
@testable import FSRS

@Suite struct FSRSModelTests {
    let model = FSRSModel()

    @Test func memoryStatesMatchFsrsRsAfterEveryReview() throws {
        let file = try VectorFiles.load("memory_states", as: VectorFiles.MemoryStates.self)
        #expect(file.histories.count >= 600)
        var checked = 0
        var sameDay = 0
        for (index, history) in file.histories.enumerated() {
            var state: MemoryState?
            var items: [(rating: Rating, elapsedDays: Int)] = []
            for (review, expected) in zip(history.reviews, history.states) {
                let rating = try #require(Rating(rawValue: review[0]))
                if state != nil && review[1] == 0 { sameDay += 1 }
                state = model.nextState(from: state, elapsedDays: review[1], rating: rating)
                items.append((rating, review[1]))
                let s = try #require(state)
                #expect(isClose(s.stability, expected[0]), "history \(index) review \(items.count): S \(s.stability) vs \(expected[0])")
                #expect(isClose(s.difficulty, expected[1]), "history \(index) review \(items.count): D \(s.difficulty) vs \(expected[1])")
                checked += 1
            }
            #expect(model.memoryState(history: items) == state)
        }
        #expect(checked > 5000)
        #expect(sameDay > 1000)
    }

    @Test func retrievabilityMatchesPyFsrs() throws {
        let file = try VectorFiles.load("curves", as: VectorFiles.Curves.self)
        for sample in file.retrievability {
            let r = model.retrievability(elapsedDays: sample[0], stability: sample[1])
            #expect(isClose(r, sample[2], relative: 1e-6), "t=\(sample[0]) S=\(sample[1]): \(r) vs \(sample[2])")
        }
    }

    @Test func intervalsMatchFsrsRs() throws {
        let file = try VectorFiles.load("curves", as: VectorFiles.Curves.self)
        for sample in file.intervals {
            let days = model.interval(stability: sample[0], desiredRetention: sample[1])
            #expect(isClose(days, sample[2]), "S=\(sample[0]) r=\(sample[1]): \(days) vs \(sample[2])")
        }
    }

    @Test func oneStepTransitionsMatchFsrsRs() throws {
        let file = try VectorFiles.load("curves", as: VectorFiles.Curves.self)
        for t in file.transitions {
            let current = MemoryState(stability: t.stability, difficulty: t.difficulty)
            for (rating, expected) in zip(Rating.allCases, [t.again, t.hard, t.good, t.easy]) {
                let next = model.nextState(from: current, elapsedDays: t.elapsed_days, rating: rating)
                let days = model.interval(stability: next.stability, desiredRetention: t.desired_retention)
                #expect(isClose(next.stability, expected[0]), "\(t) \(rating)")
                #expect(isClose(next.difficulty, expected[1]), "\(t) \(rating)")
                #expect(isClose(days, expected[2]), "\(t) \(rating)")
            }
        }
    }

    @Test func initialStateUsesFirstFourWeights() {
        let w = Parameters.fsrs6Default.w
        for rating in Rating.allCases {
            let state = model.initialState(rating: rating)
            #expect(state.stability == w[rating.rawValue - 1])
            let d = w[4] - exp(w[5] * Double(rating.rawValue - 1)) + 1
            #expect(state.difficulty == min(max(d, 1), 10))
        }
        #expect(model.nextState(from: nil, elapsedDays: 7, rating: .good) == model.initialState(rating: .good))
    }

    /// fsrs-rs model_v6 `test_forward`: each rating, then the same rating a day later.
    @Test func matchesFsrsRsForwardTest() {
        let cases: [(Rating, Int, Double, Double)] = [
            (.again, 1, 0.10088589, 8.806304), (.hard, 1, 3.2494123, 6.7404594),
            (.good, 1, 7.3153, 2.1112142), (.easy, 1, 18.014914, 1.0),
            (.again, 2, 0.112798266, 8.806304), (.hard, 2, 4.4694576, 6.7404594),
        ]
        for (rating, days, s, d) in cases {
            let state = model.memoryState(history: [(rating, 0), (rating, days)])
            #expect(state.map { isClose($0.stability, s) } == true)
            #expect(state.map { isClose($0.difficulty, d) } == true)
        }
    }

    @Test func sameDayHardNeverLowersStability() {
        // fsrs-rs clamps the short-term increase to >= 1 for Hard, Good and Easy.
        for s in [0.01, 0.5, 2.3, 10, 300] {
            let next = model.nextState(from: MemoryState(stability: s, difficulty: 5), elapsedDays: 0, rating: .hard)
            #expect(next.stability == s)
            let again = model.nextState(from: MemoryState(stability: s, difficulty: 5), elapsedDays: 0, rating: .again)
            #expect(again.stability < s)
        }
    }

    @Test func forgetStabilityIsCappedByShortTermBound() {
        let w = Parameters.fsrs6Default.w
        let s = 0.5
        let next = model.nextState(from: MemoryState(stability: s, difficulty: 1), elapsedDays: 1, rating: .again)
        #expect(next.stability <= s / exp(w[17] * w[18]) + 1e-12)
    }

    @Test func clampsAndEmptyHistory() {
        #expect(model.memoryState(history: []) == nil)
        let low = model.nextState(from: MemoryState(stability: .nan, difficulty: 99), elapsedDays: 3, rating: .again)
        #expect(low.stability >= FSRSModel.minimumStability)
        #expect(low.difficulty <= 10)
        let high = model.nextState(from: MemoryState(stability: 36500, difficulty: 1), elapsedDays: 36500, rating: .easy)
        #expect(high.stability == FSRSModel.maximumStability)
        #expect(high.difficulty == 1)
        #expect(model.interval(stability: 36500, desiredRetention: 0.5) > 36500)  // uncapped; the scheduler caps
    }

    @Test func retrievabilityIsNinetyPercentAtStability() {
        for s in [0.3, 1, 17.5, 1000] {
            #expect(abs(model.retrievability(elapsedDays: s, stability: s) - 0.9) < 1e-12)
            #expect(abs(model.interval(stability: s, desiredRetention: 0.9) - s) < 1e-9 * s)
        }
        #expect(model.retrievability(elapsedDays: 0, stability: 5) == 1)
        #expect(model.retrievability(elapsedDays: -3, stability: 5) == 1)
    }
}
