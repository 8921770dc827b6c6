import Foundation

/// Decides what happens to a card when it is answered: FSRS-6 memory, the
/// learning and relearning steps of py-fsrs 6.3.2, and Anki's review rules
/// (whole study days, Hard < Good < Easy, maximum interval, fuzz).
///
/// Pure: the time of the answer, the study-day clock and the fuzz seed are
/// all arguments, so an answer can be previewed, replayed and tested.
public struct Scheduler: Sendable {
    /// Deck settings.
    public let options: SchedulerOptions
    /// Study-day boundaries (time zone and rollover hour).
    public let clock: StudyDayClock
    /// The FSRS model built from `options.parameters`.
    public let model: FSRSModel

    /// Creates a scheduler for one deck's options and the learner's clock.
    public init(options: SchedulerOptions = .init(), clock: StudyDayClock) {
        self.options = options
        self.clock = clock
        self.model = FSRSModel(parameters: options.parameters)
    }

    /// Answers `card` with `rating` at `now`.
    ///
    /// Memory: first answer → initial state; same study day as the previous
    /// answer → short-term formula; otherwise recall/forget at the elapsed
    /// study days, so replaying a log gives fsrs-rs's memory state.
    /// `fuzzSeed` (see `Fuzz.seed`) fixes the fuzz of review intervals.
    public func review(_ card: SchedulingState, rating: Rating, at now: Date, fuzzSeed: UInt64) -> ReviewOutcome {
        let elapsed = card.lastReview.map { clock.elapsedDays(from: $0, to: now) } ?? 0
        let fuzz = options.enableFuzz ? Fuzz.fraction(seed: fuzzSeed) : nil
        let context = Answer(scheduler: self, card: card, elapsed: elapsed, fuzz: fuzz)

        var after = card
        after.memory = context.memory(rating)
        after.lastReview = now
        after.reps = card.reps + 1

        let next: Next
        switch card.state {
        case .new, .learning:
            next = context.stepping(rating, steps: LearningSteps(options.learningSteps), as: .learning)
        case .relearning:
            next = context.stepping(rating, steps: LearningSteps(options.relearningSteps), as: .relearning)
        case .review:
            if rating == .again {
                after.lapses = card.lapses + 1
                let steps = LearningSteps(options.relearningSteps)
                if let delay = steps.againDelay {
                    next = .step(state: .relearning, step: 0, delay: delay)
                } else {
                    next = .days(context.reviewDays(context.rawInterval(.again), minimum: 1))
                }
            } else {
                next = .days(context.passingReviewDays(rating))
            }
        }

        let scheduledDays: Int
        switch next {
        case let .step(state, step, delay):
            after.state = state
            after.step = step
            after.due = now.addingTimeInterval(delay)
            scheduledDays = 0
        case let .days(days):
            after.state = .review
            after.step = nil
            after.due = clock.startOfDay(clock.dayNumber(now) + days)
            scheduledDays = days
        }
        return ReviewOutcome(
            rating: rating, before: card, after: after, elapsedDays: elapsed,
            interval: after.due.timeIntervalSince(now), scheduledDays: scheduledDays)
    }

    /// The four outcomes (again, hard, good, easy) of answering `card` at
    /// `now`, each identical to what `review` would return, for showing
    /// "Again 1m · Hard 6m · Good 10m · Easy 8d" before the answer.
    public func preview(_ card: SchedulingState, at now: Date, fuzzSeed: UInt64) -> [ReviewOutcome] {
        Rating.allCases.map { review(card, rating: $0, at: now, fuzzSeed: fuzzSeed) }
    }

    /// Probability the card is recalled at `now`, using the fractional days
    /// since its last answer; nil for a card never answered.
    public func retrievability(of card: SchedulingState, at now: Date) -> Double? {
        guard let last = card.lastReview, let memory = card.memory else { return nil }
        let days = max(0, now.timeIntervalSince(last)) / 86_400
        return model.retrievability(elapsedDays: days, stability: memory.stability)
    }
}

/// Where an answer sends a card.
private enum Next {
    /// A (re)learning step, due `delay` seconds after the answer.
    case step(state: CardState, step: Int, delay: TimeInterval)
    /// A review card due at the start of study day today + days.
    case days(Int)
}

/// One answer's inputs, with the memory states and intervals it may need.
private struct Answer {
    let scheduler: Scheduler
    let card: SchedulingState
    let elapsed: Int
    let fuzz: Double?

    func memory(_ rating: Rating) -> MemoryState {
        scheduler.model.nextState(from: card.memory, elapsedDays: elapsed, rating: rating)
    }

    /// FSRS interval (unrounded days) after answering `rating`.
    func rawInterval(_ rating: Rating) -> Double {
        scheduler.model.interval(stability: memory(rating).stability, desiredRetention: scheduler.options.desiredRetention)
    }

    /// Anki's `constrain_passing_interval`: fuzz (if on), at least `minimum`
    /// and 1, at most the maximum interval.
    func reviewDays(_ interval: Double, minimum: Int) -> Int {
        Fuzz.apply(interval: interval, minimum: minimum, maximum: scheduler.options.maximumInterval, fraction: fuzz)
    }

    /// Review card answered Hard/Good/Easy: each interval at least one day
    /// longer than the previous button's (Anki).
    func passingReviewDays(_ rating: Rating) -> Int {
        let hard = reviewDays(rawInterval(.hard), minimum: 1)
        if rating == .hard { return hard }
        let good = reviewDays(rawInterval(.good), minimum: hard + 1)
        if rating == .good { return good }
        return reviewDays(rawInterval(.easy), minimum: good + 1)
    }

    /// Days when a (re)learning card graduates with `rating` (Anki): the FSRS
    /// interval rounded to at least a day; Easy at least a day more than Good.
    /// Relearning cards graduate on the FSRS interval too (as py-fsrs), not on
    /// the pre-lapse interval that Anki's SM-2 path keeps.
    func graduatingDays(_ rating: Rating) -> Int {
        let rounded = { (rating: Rating) in max(rawInterval(rating).rounded(), 1) }
        guard rating == .easy else { return reviewDays(rounded(rating), minimum: 1) }
        let good = reviewDays(rawInterval(.good), minimum: 1)
        return reviewDays(rounded(.easy), minimum: good + 1)
    }

    /// py-fsrs 6.3.2 step logic for new, learning and relearning cards.
    func stepping(_ rating: Rating, steps: LearningSteps, as state: CardState) -> Next {
        let step = max(card.step ?? 0, 0)
        if steps.isEmpty || (step >= steps.count && rating != .again) {
            return .days(graduatingDays(rating))
        }
        switch rating {
        case .again:
            return .step(state: state, step: 0, delay: steps.againDelay ?? 0)
        case .hard:
            let current = min(step, steps.count - 1)
            return .step(state: state, step: current, delay: steps.hardDelay(step: current) ?? 0)
        case .good:
            if let delay = steps.delay(step: step + 1) {
                return .step(state: state, step: step + 1, delay: delay)
            }
            return .days(graduatingDays(.good))
        case .easy:
            return .days(graduatingDays(.easy))
        }
    }
}
