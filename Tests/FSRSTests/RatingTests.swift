import Foundation
import Testing
@testable import FSRS

@Suite struct RatingTests {
    @Test func parsesArguments() {
        for rating in Rating.allCases {
            #expect(Rating(argument: rating.name) == rating)
            #expect(Rating(argument: rating.name.uppercased()) == rating)
            #expect(Rating(argument: " \(rating.rawValue)\n") == rating)
        }
        #expect(Rating(argument: "Good") == .good)
        for bad in ["", "0", "5", "ok", "goo", "-1", "3.0"] {
            #expect(Rating(argument: bad) == nil)
        }
    }

    @Test func orderAndNames() {
        #expect(Rating.allCases.map(\.name) == ["again", "hard", "good", "easy"])
        #expect(Rating.again < .hard && Rating.hard < .good && Rating.good < .easy)
        #expect(Rating.allCases.sorted() == Rating.allCases)
    }

    @Test func codableRoundTrips() throws {
        let state = SchedulingState(
            state: .relearning, step: 0, memory: MemoryState(stability: 1.5, difficulty: 7.25),
            due: Date(timeIntervalSince1970: 1_700_000_000), lastReview: Date(timeIntervalSince1970: 1_699_999_400),
            reps: 7, lapses: 2)
        let data = try JSONEncoder().encode(state)
        #expect(try JSONDecoder().decode(SchedulingState.self, from: data) == state)
        #expect(try JSONEncoder().encode([Rating.good]) == Data("[3]".utf8))
        #expect(try JSONEncoder().encode([CardState.review]) == Data("[\"review\"]".utf8))
    }
}
