import FSRS
import FactdeckModel

/// How often each answer button was pressed, over the range, for learning (and
/// relearning), young and mature cards.
public struct AnswerButtonStats: Sendable, Equatable {
    public struct Counts: Sendable, Equatable {
        public var again = 0
        public var hard = 0
        public var good = 0
        public var easy = 0

        public init(again: Int = 0, hard: Int = 0, good: Int = 0, easy: Int = 0) {
            self.again = again
            self.hard = hard
            self.good = good
            self.easy = easy
        }
        public var total: Int { again + hard + good + easy }
        /// Answers other than Again.
        public var correctRate: Double? { Ratio.of(total - again, total) }

        public subscript(rating: Rating) -> Int {
            switch rating {
            case .again: again
            case .hard: hard
            case .good: good
            case .easy: easy
            }
        }
    }

    public var learning: Counts
    public var young: Counts
    public var mature: Counts

    init(reviews: ReviewDays) {
        func counts(_ kinds: [ReviewKind]) -> Counts {
            var counts = Counts()
            for kind in kinds {
                let ratings = reviews.buttons[kind] ?? [:]
                counts.again += ratings[.again] ?? 0
                counts.hard += ratings[.hard] ?? 0
                counts.good += ratings[.good] ?? 0
                counts.easy += ratings[.easy] ?? 0
            }
            return counts
        }
        learning = counts([.learning, .relearning])
        young = counts([.young])
        mature = counts([.mature])
    }
}
