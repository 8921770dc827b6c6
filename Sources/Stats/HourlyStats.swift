/// Reviews and the share answered correctly (not Again) per local hour of the day, over the range.
public struct HourlyStats: Sendable, Equatable {
    public struct Hour: Sendable, Equatable {
        public var hour: Int
        public var reviews: Int
        public var correct: Int
        public var successRate: Double? { Ratio.of(correct, reviews) }
    }

    /// Hours 0…23.
    public var hours: [Hour]

    init(reviews: ReviewDays) {
        hours = reviews.hours.enumerated().map { Hour(hour: $0.offset, reviews: $0.element.reviews, correct: $0.element.correct) }
    }
}
