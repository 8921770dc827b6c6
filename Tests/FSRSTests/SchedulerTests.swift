import Foundation
import Testing
@testable import FSRS

@Suite struct SchedulerTests {
    let utc = StudyDayClock(timeZone: zone("UTC"))
    let noon = instant("2024-05-14T12:00:00Z")

    func scheduler(_ options: SchedulerOptions = .init(enableFuzz: false), clock: StudyDayClock? = nil) -> Scheduler {
        Scheduler(options: options, clock: clock ?? utc)
    }

    /// Answers in sequence, each `gap` seconds after the previous.
    func answer(_ ratings: [Rating], with s: Scheduler, from start: Date, gap: TimeInterval = 0) -> [ReviewOutcome] {
        var card = SchedulingState.new(due: start)
        var now = start
        var outcomes: [ReviewOutcome] = []
        for rating in ratings {
            let outcome = s.review(card, rating: rating, at: now, fuzzSeed: Fuzz.seed(cardID: "c", reps: card.reps))
            outcomes.append(outcome)
            card = outcome.after
            now = now.addingTimeInterval(gap)
        }
        return outcomes
    }

    @Test func replaysPyFsrsStepLogic() throws {
        let file = try VectorFiles.load("scheduler_steps", as: VectorFiles.SchedulerSteps.self)
        var reviewsChecked = 0
        var ankiAdjusted = 0
        for config in file.configs {
            let options = SchedulerOptions(
                desiredRetention: config.desired_retention, learningSteps: config.learning_steps,
                relearningSteps: config.relearning_steps, maximumInterval: config.maximum_interval, enableFuzz: false)
            let s = scheduler(options)
            for (n, sequence) in config.sequences.enumerated() {
                guard let first = sequence.first else { continue }
                var card = SchedulingState.new(due: Date(timeIntervalSince1970: Double(first.at)))
                for (i, expected) in sequence.enumerated() {
                    let where_ = "\(config.name) #\(n) step \(i)"
                    let now = Date(timeIntervalSince1970: Double(expected.at))
                    let rating = try #require(Rating(rawValue: expected.rating))
                    let outcome = s.review(card, rating: rating, at: now, fuzzSeed: 0)
                    let after = outcome.after
                    #expect(after.state.rawValue == expected.state, "\(where_)")
                    #expect(after.step == expected.step, "\(where_)")
                    let memory = try #require(after.memory)
                    #expect(isClose(memory.stability, expected.stability), "\(where_) S \(memory.stability) vs \(expected.stability)")
                    #expect(isClose(memory.difficulty, expected.difficulty), "\(where_) D")
                    if let days = expected.days {
                        #expect(outcome.scheduledDays == days, "\(where_) days \(outcome.scheduledDays) vs \(days)")
                        #expect(after.due == utc.startOfDay(utc.dayNumber(now) + days), "\(where_)")
                        if expected.anki_rule == true { ankiAdjusted += 1 }
                        reviewsChecked += 1
                    } else {
                        #expect(outcome.scheduledDays == 0, "\(where_)")
                        #expect(outcome.interval == expected.due_offset, "\(where_) offset \(outcome.interval)")
                    }
                    #expect(outcome.interval == after.due.timeIntervalSince(now))
                    #expect(after.reps == i + 1)
                    card = after
                }
            }
        }
        #expect(reviewsChecked > 1000)
        #expect(ankiAdjusted > 0)
    }

    @Test func learningStepTransitions() {
        let s = scheduler()
        let new = SchedulingState.new(due: noon)
        let first = s.preview(new, at: noon, fuzzSeed: 1)
        #expect(first.map(\.after.state) == [.learning, .learning, .learning, .review])
        #expect(first.map(\.after.step) == [0, 0, 1, nil])
        #expect(first.map(\.interval).prefix(3) == [60, 330, 600])
        #expect(first[3].scheduledDays >= 1)

        let onStep1 = first[2].after
        let later = noon.addingTimeInterval(600)
        let second = s.preview(onStep1, at: later, fuzzSeed: 1)
        #expect(second.map(\.after.state) == [.learning, .learning, .review, .review])
        #expect(second.map(\.after.step) == [0, 1, nil, nil])
        #expect(second[0].interval == 60)
        #expect(second[1].interval == 600)
        #expect(second[2].scheduledDays >= 1)
        #expect(second[3].scheduledDays > second[2].scheduledDays)
        #expect(second.allSatisfy { $0.after.lapses == 0 && $0.after.reps == 2 && $0.elapsedDays == 0 })
    }

    @Test func relearningStepTransitionsAndLapses() {
        let s = scheduler(.init(relearningSteps: [600], enableFuzz: false))
        // graduate, then come back when due and forget
        let outcomes = answer([.easy], with: s, from: noon)
        let review = outcomes[0].after
        #expect(review.state == .review)
        let due = review.due
        let lapse = s.review(review, rating: .again, at: due, fuzzSeed: 0)
        #expect(lapse.after.state == .relearning)
        #expect(lapse.after.step == 0)
        #expect(lapse.interval == 600)
        #expect(lapse.after.lapses == 1)
        #expect(lapse.elapsedDays == outcomes[0].scheduledDays)

        let relearn = s.preview(lapse.after, at: due.addingTimeInterval(600), fuzzSeed: 0)
        #expect(relearn.map(\.after.state) == [.relearning, .relearning, .review, .review])
        #expect(relearn[0].interval == 600)
        #expect(relearn[1].interval == 900)  // 1.5 × a single step
        #expect(relearn.allSatisfy { $0.after.lapses == 1 })  // Again in relearning is no new lapse
        #expect(relearn[3].scheduledDays > relearn[2].scheduledDays)

        // a second lapse counts again
        let back = relearn[2].after
        let second = s.review(back, rating: .again, at: back.due, fuzzSeed: 0)
        #expect(second.after.lapses == 2)
        #expect(second.after.reps == 4)
    }

    @Test func noRelearningStepsKeepsReviewState() {
        let s = scheduler(.init(relearningSteps: [], enableFuzz: false))
        let card = SchedulingState(
            state: .review, step: nil, memory: MemoryState(stability: 30, difficulty: 5),
            due: noon, lastReview: noon.addingTimeInterval(-30 * 86_400), reps: 5, lapses: 0)
        let outcome = s.review(card, rating: .again, at: noon, fuzzSeed: 0)
        #expect(outcome.after.state == .review)
        #expect(outcome.after.lapses == 1)
        #expect(outcome.scheduledDays >= 1)
    }

    @Test func hardGoodEasyStrictlyIncreaseOnReviewCards() {
        var checked = 0
        for maximum in [36500, 365, 12] {
            for fuzz in [false, true] {
                let s = scheduler(.init(maximumInterval: maximum, enableFuzz: fuzz))
                for stability in [0.01, 0.2, 0.9, 1.5, 3, 8, 40, 400, 4000] {
                    for elapsed in [0, 1, 2, 5, 30] {
                        for seed in UInt64(0)..<8 {
                            let card = SchedulingState(
                                state: .review, step: nil, memory: MemoryState(stability: stability, difficulty: 7),
                                due: noon, lastReview: noon.addingTimeInterval(Double(-elapsed) * 86_400), reps: 3, lapses: 0)
                            let days = s.preview(card, at: noon, fuzzSeed: seed).dropFirst().map(\.scheduledDays)
                            #expect(days.allSatisfy { $0 >= 1 && $0 <= maximum })
                            if days[2] < maximum {
                                #expect(days[0] < days[1] && days[1] < days[2], "S=\(stability) t=\(elapsed) \(days)")
                            } else {
                                #expect(days[0] <= days[1] && days[1] <= days[2])
                            }
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test func maximumIntervalClampsEveryButton() {
        let card = SchedulingState(
            state: .review, step: nil, memory: MemoryState(stability: 500, difficulty: 3),
            due: noon, lastReview: noon.addingTimeInterval(-400 * 86_400), reps: 9, lapses: 0)
        let exact = scheduler(.init(maximumInterval: 10, enableFuzz: false))
        #expect(exact.preview(card, at: noon, fuzzSeed: 0)[1...].allSatisfy { $0.scheduledDays == 10 })
        // with fuzz, Anki spreads a capped interval over the range below the cap (8...10 here)
        let fuzzed = scheduler(.init(maximumInterval: 10, enableFuzz: true))
        var seen = Set<Int>()
        for seed in UInt64(0)..<50 {
            let days = fuzzed.preview(card, at: noon, fuzzSeed: seed)[1...].map(\.scheduledDays)
            #expect(days.allSatisfy { (8...10).contains($0) })
            #expect(days == days.sorted())
            seen.formUnion(days)
        }
        #expect(seen == [8, 9, 10])
        // learning graduation too
        let fresh = fuzzed.review(.new(due: noon), rating: .easy, at: noon, fuzzSeed: 3)
        #expect(fresh.scheduledDays <= 10)
        // no cap at all beyond 36500 days
        let huge = SchedulingState(
            state: .review, step: nil, memory: MemoryState(stability: 36500, difficulty: 1),
            due: noon, lastReview: noon.addingTimeInterval(-36500 * 86_400), reps: 30, lapses: 0)
        let low = scheduler(.init(desiredRetention: 0.7, enableFuzz: true))
        #expect(low.preview(huge, at: noon, fuzzSeed: 9).allSatisfy { $0.scheduledDays <= 36500 })
    }

    @Test func previewEqualsReview() {
        let s = scheduler(.init(enableFuzz: true))
        var card = SchedulingState.new(due: noon)
        var now = noon
        for (i, rating) in [Rating.good, .good, .good, .hard, .again, .good, .easy, .good].enumerated() {
            let seed = Fuzz.seed(cardID: "deck/42", reps: card.reps)
            let preview = s.preview(card, at: now, fuzzSeed: seed)
            #expect(preview.map(\.rating) == Rating.allCases)
            for (r, outcome) in zip(Rating.allCases, preview) {
                #expect(outcome == s.review(card, rating: r, at: now, fuzzSeed: seed), "answer \(i) \(r)")
            }
            card = preview[rating.rawValue - 1].after
            now = max(card.due, now.addingTimeInterval(3600))
        }
    }

    @Test func reviewDueIsStartOfStudyDayInLocalTime() {
        let ny = StudyDayClock(timeZone: zone("America/New_York"), rolloverHour: 4)
        let s = scheduler(.init(enableFuzz: false), clock: ny)
        let evening = instant("2024-03-08T23:30:00Z")  // 18:30 EST, Friday
        let card = SchedulingState(
            state: .review, step: nil, memory: MemoryState(stability: 3, difficulty: 5),
            due: evening, lastReview: evening.addingTimeInterval(-3 * 86_400), reps: 4, lapses: 0)
        let good = s.review(card, rating: .good, at: evening, fuzzSeed: 0)
        #expect(good.scheduledDays >= 2)
        let expected = ny.startOfDay(ny.dayNumber(evening) + good.scheduledDays)
        #expect(good.after.due == expected)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone("America/New_York")
        #expect(calendar.component(.hour, from: good.after.due) == 4)
        #expect(good.after.lastReview == evening)
        #expect(good.buttonLabel == "\(good.scheduledDays)d")
    }

    @Test func sameDayReviewUsesShortTermMemory() {
        let s = scheduler()
        let card = SchedulingState(
            state: .review, step: nil, memory: MemoryState(stability: 10, difficulty: 5),
            due: noon, lastReview: noon.addingTimeInterval(-3600), reps: 4, lapses: 0)
        let outcome = s.review(card, rating: .good, at: noon, fuzzSeed: 0)
        #expect(outcome.elapsedDays == 0)
        #expect(outcome.after.memory == s.model.nextState(from: card.memory, elapsedDays: 0, rating: .good))
    }

    @Test func elapsedDaysFollowStudyDaysNotHours() {
        let s = scheduler(clock: StudyDayClock(timeZone: zone("UTC"), rolloverHour: 4))
        let card = SchedulingState(
            state: .review, step: nil, memory: MemoryState(stability: 10, difficulty: 5),
            due: noon, lastReview: instant("2024-05-14T03:30:00Z"), reps: 4, lapses: 0)
        // 03:30 belongs to the previous study day, 04:30 to the next: one hour, one day
        let outcome = s.review(card, rating: .good, at: instant("2024-05-14T04:30:00Z"), fuzzSeed: 0)
        #expect(outcome.elapsedDays == 1)
    }

    @Test func retrievabilityOfCard() {
        let s = scheduler()
        #expect(s.retrievability(of: .new(due: noon), at: noon) == nil)
        let card = SchedulingState(
            state: .review, step: nil, memory: MemoryState(stability: 2.5, difficulty: 5),
            due: noon, lastReview: noon, reps: 1, lapses: 0)
        let r = s.retrievability(of: card, at: noon.addingTimeInterval(2.5 * 86_400))
        #expect(r.map { abs($0 - 0.9) < 1e-12 } == true)
        #expect(s.retrievability(of: card, at: noon) == 1)
    }

    @Test func fuzzIsDeterministicAndSpreadsReviewIntervals() {
        let s = scheduler(.init(enableFuzz: true))
        let card = SchedulingState(
            state: .review, step: nil, memory: MemoryState(stability: 40, difficulty: 5),
            due: noon, lastReview: noon.addingTimeInterval(-40 * 86_400), reps: 6, lapses: 0)
        var seen = Set<Int>()
        for seed in UInt64(0)..<200 {
            let a = s.review(card, rating: .good, at: noon, fuzzSeed: seed)
            let b = s.review(card, rating: .good, at: noon, fuzzSeed: seed)
            #expect(a == b)
            seen.insert(a.scheduledDays)
        }
        let raw = s.model.interval(
            stability: s.model.nextState(from: card.memory, elapsedDays: 40, rating: .good).stability,
            desiredRetention: 0.9)
        let bounds = Fuzz.bounds(interval: raw, minimum: 1, maximum: 36500)
        #expect(seen.count > 3)
        #expect(seen.allSatisfy { bounds.contains($0) })
        #expect(seen.min() == bounds.lowerBound && seen.max() == bounds.upperBound)
    }

    @Test func learningStepsAreExactSecondsAcrossRollover() {
        let s = scheduler(clock: StudyDayClock(timeZone: zone("UTC"), rolloverHour: 4))
        let late = instant("2024-05-14T03:58:00Z")
        let outcome = s.review(.new(due: late), rating: .good, at: late, fuzzSeed: 0)
        #expect(outcome.after.due == late.addingTimeInterval(600))
        #expect(outcome.buttonLabel == "10m")
    }
}
