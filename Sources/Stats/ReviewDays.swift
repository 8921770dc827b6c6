import FSRS
import FactdeckModel
import Foundation

/// What one study day's reviews add up to.
struct DayFigures {
    var counts = KindCounts()
    var durationMs: Int64 = 0
    var again = 0
    var matureCorrect = 0
    /// First reviews of the day of young and mature cards (true retention).
    var young = RetentionCounts()
    var mature = RetentionCounts()
}

/// The review tallies placed in their study days and local hours: one walk over them
/// gives every review-side section.
struct ReviewDays {
    var days: [Int: DayFigures] = [:]
    /// Reviews and correct answers (not Again) per local hour, within the range.
    var hours = [(reviews: Int, correct: Int)](repeating: (0, 0), count: 24)
    /// Answer counts per review kind and rating, within the range.
    var buttons: [ReviewKind: [Rating: Int]] = [:]
    /// True retention and reviews per fact kind, within the range.
    var factRetention: [FactKind: RetentionCounts] = [:]
    var factReviews: [FactKind: Int] = [:]
    /// Days with reviews before the detailed tallies begin.
    var earlierDays: Set<Int> = []

    init(data: StatsData, clock: StudyDayClock, rangeFirstDay: Int) {
        var placer = SlotPlacer(clock: clock)
        for tally in data.tallies {
            guard let start = tally.slotStart else { continue }
            let (day, hour) = placer.place(start)
            var figures = days[day] ?? DayFigures()
            figures.counts[tally.kind] += tally.reviews
            figures.durationMs += tally.durationMs
            let passed = tally.rating != .again
            if !passed { figures.again += tally.reviews }
            if tally.kind == .mature && passed { figures.matureCorrect += tally.reviews }
            if tally.kind == .young { figures.young = figures.young + Self.retention(tally) }
            if tally.kind == .mature { figures.mature = figures.mature + Self.retention(tally) }
            days[day] = figures
            guard day >= rangeFirstDay else { continue }
            hours[hour].reviews += tally.reviews
            if passed { hours[hour].correct += tally.reviews }
            buttons[tally.kind, default: [:]][tally.rating, default: 0] += tally.reviews
            factReviews[tally.factKind, default: 0] += tally.reviews
            if tally.kind >= .young {
                factRetention[tally.factKind, default: RetentionCounts()] =
                    factRetention[tally.factKind, default: RetentionCounts()] + Self.retention(tally)
            }
        }
        for start in data.earlierStudySlots {
            earlierDays.insert(placer.place(start).day)
        }
    }

    /// The tally's first-of-day reviews as passed or failed.
    static func retention(_ tally: ReviewTally) -> RetentionCounts {
        tally.rating == .again ? RetentionCounts(failed: tally.firstOfDay) : RetentionCounts(passed: tally.firstOfDay)
    }

    /// Sum of `figures` over days `first...last`.
    func sum(from first: Int, through last: Int) -> DayFigures {
        var total = DayFigures()
        for (day, figures) in days where day >= first && day <= last {
            total.counts = total.counts + figures.counts
            total.durationMs += figures.durationMs
            total.again += figures.again
            total.matureCorrect += figures.matureCorrect
            total.young = total.young + figures.young
            total.mature = total.mature + figures.mature
        }
        return total
    }
}
