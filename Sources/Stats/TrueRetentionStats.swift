import FactdeckModel

/// True retention as Anki defines it: among reviews of review cards that were the card's
/// first answer of the study day (so its interval was at least a day), the share not
/// answered Again, for young (interval under 21 days) and mature cards.
public struct TrueRetentionStats: Sendable, Equatable {
    public enum Period: String, Sendable, CaseIterable {
        case today, yesterday
        case week = "last_week"
        case month = "last_month"
        case year = "last_year"
        case all = "all_time"

        /// `Today`, `Last week`, …
        public var title: String {
            switch self {
            case .today: "Today"
            case .yesterday: "Yesterday"
            case .week: "Last week"
            case .month: "Last month"
            case .year: "Last year"
            case .all: "All time"
            }
        }
    }

    public struct Row: Sendable, Equatable {
        public var period: Period
        public var young: RetentionCounts
        public var mature: RetentionCounts
        public var all: RetentionCounts { young + mature }
    }

    public var rows: [Row]

    init(reviews: ReviewDays, totals: [ReviewTally], today: Int) {
        rows = Period.allCases.map { period in
            let figures: (young: RetentionCounts, mature: RetentionCounts)
            switch period {
            case .today: figures = Self.pick(reviews.sum(from: today, through: today))
            case .yesterday: figures = Self.pick(reviews.sum(from: today - 1, through: today - 1))
            case .week: figures = Self.pick(reviews.sum(from: today - 6, through: today))
            case .month: figures = Self.pick(reviews.sum(from: today - 29, through: today))
            case .year: figures = Self.pick(reviews.sum(from: today - 364, through: today))
            case .all:
                var young = RetentionCounts(), mature = RetentionCounts()
                for total in totals where total.kind >= .young {
                    if total.kind == .young { young = young + ReviewDays.retention(total) } else { mature = mature + ReviewDays.retention(total) }
                }
                figures = (young, mature)
            }
            return Row(period: period, young: figures.young, mature: figures.mature)
        }
    }

    private static func pick(_ figures: DayFigures) -> (young: RetentionCounts, mature: RetentionCounts) {
        (figures.young, figures.mature)
    }
}
