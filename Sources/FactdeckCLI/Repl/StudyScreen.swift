import FSRS
import FactdeckModel
import Foundation
import Storage
import Study
import Terminal

/// A study session: one card at a time in the order of the day's queue, each answer
/// judged, rated and committed the moment it is given.
struct StudyScreen {
    let context: ReplContext
    let deckName: String?
    /// Learning cards this close to due are shown early when nothing else is left (Anki's default).
    static let learnAhead: TimeInterval = 20 * 60

    private var tally = SessionTally()
    private let started = ContinuousClock.now
    /// A card to show next regardless of the queue (the one `undo` brought back).
    private var pinned: Card?

    init(context: ReplContext, deckName: String?) {
        self.context = context
        self.deckName = deckName
    }

    /// Runs the session; false when the learner asked to quit factdeck altogether.
    mutating func run() throws -> Bool {
        if let deckName, try context.database.deck(named: deckName) == nil {
            throw StorageError.deckNotFound(deckName)
        }
        while true {
            let now = context.now
            let next: (card: Card, source: StudySource)?
            if let card = pinned {
                next = (card, .learning)
                pinned = nil
            } else {
                next = try context.database.nextStudyCard(deckName: deckName, window: context.today, now: now,
                                                          learnAheadUntil: now.addingTimeInterval(Self.learnAhead))
            }
            guard let (card, _) = next else {
                try summary(finished: true)
                return true
            }
            switch try study(card) {
            case .next: continue
            case .stop:
                try summary(finished: false)
                return true
            case .quit:
                try summary(finished: false)
                return false
            }
        }
    }

    private enum Step { case next, stop, quit }

    /// Shows one card, reads the answer and the rating, and commits it.
    private mutating func study(_ shown: Card) throws -> Step {
        var card = shown
        let style = context.style
        context.say()
        context.say(try progressLine())
        let hint = card.content.hint.map { " [\($0)]" } ?? ""
        context.say(style.dim("\(card.deckName) · \(card.content.factKind.rawValue)\(hint)"))
        for line in context.wrapped(card.content.question) { context.say(style.bold(line)) }
        let clock = ContinuousClock.now
        var typed: String
        answerLoop: while true {
            switch context.ask("answer> ") {
            case .endOfInput: return .quit
            case .interrupted: return .stop
            case .line(let line):
                switch try cardCommand(line, card: &card) {
                case .handled: continue answerLoop
                case .leave(let step): return step
                case .notACommand:
                    typed = line.hasPrefix("\\") ? String(line.dropFirst()) : line
                    break answerLoop
                }
            }
        }
        let duration = (ContinuousClock.now - clock).seconds
        let judgement = AnswerJudge.judge(typed, answer: card.content.answer, alternatives: card.content.alternatives)
        show(judgement, typed: typed, card: card)
        let now = context.now
        let scheduler = try context.scheduler(for: card)
        let seed = Fuzz.seed(cardID: card.id.rawValue, reps: card.schedule.reps)
        let outcomes = scheduler.preview(card.schedule, at: now, fuzzSeed: seed)
        context.say(ratingLine(outcomes, default: judgement.suggestedRating))
        let defaultText = judgement.suggestedRating.map { " [\($0.rawValue)]" } ?? ""
        while true {
            switch context.ask("rating\(defaultText)> ") {
            case .endOfInput: return .quit
            case .interrupted: return .stop
            case .line(let line):
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.isEmpty, judgement.suggestedRating == nil {
                    context.say("Rate yourself: 1 Again · 2 Hard · 3 Good · 4 Easy")
                    continue
                }
                if text.isEmpty || Rating(argument: text) != nil {
                    let rating = text.isEmpty ? judgement.suggestedRating ?? .good : Rating(argument: text) ?? .good
                    try commit(card, outcome: outcomes[rating.rawValue - 1], duration: duration)
                    return .next
                }
                switch try cardCommand(line, card: &card) {
                case .handled: continue
                case .leave(let step): return step
                case .notACommand: context.say("Type 1, 2, 3 or 4 (Enter for the suggestion), or 'help'.")
                }
            }
        }
    }

    private mutating func commit(_ card: Card, outcome: ReviewOutcome, duration: TimeInterval) throws {
        let receipt = try context.database.answer(card, outcome: outcome, at: context.now, duration: duration,
                                                  burySiblingsUntilDay: context.today.day + 1)
        context.undoStack.append((receipt, card, outcome.rating, duration))
        tally.record(outcome.rating, kind: card.content.factKind, duration: duration)
        let after = receipt.card.schedule
        let when = after.state == .review ? "in \(IntervalFormat.short(after.due.timeIntervalSince(context.now)))"
            : TimeText.relative(after.due, now: context.now)
        context.say(context.style.dim("\(outcome.rating.name) — next \(when)"))
        context.database.checkpointIfNeeded()
    }

    private enum CommandResult { case handled, leave(Step), notACommand }

    /// The words that act on the card instead of answering it.
    private mutating func cardCommand(_ line: String, card: inout Card) throws -> CommandResult {
        switch line.trimmingCharacters(in: .whitespaces).lowercased() {
        case "quit", "exit":
            return .leave(.quit)
        case "stop", "home":
            return .leave(.stop)
        case "skip":
            context.say(context.style.dim("skipped"))
            try context.database.bury(ids: [card.id], untilDay: context.today.day + 1, now: context.now)
            return .leave(.next)
        case "bury":
            try context.database.bury(ids: [card.id], untilDay: context.today.day + 1, now: context.now)
            context.say("buried until tomorrow")
            return .leave(.next)
        case "suspend":
            try context.database.setSuspended(true, ids: [card.id], now: context.now)
            context.say("suspended \(card.id)")
            return .leave(.next)
        case "context":
            let content = card.content
            for line in context.wrapped(content.context ?? "(no source sentence)") { context.say(line) }
            context.say(context.style.dim("  — \(content.source ?? "added by hand")"))
            return .handled
        case "edit":
            card = try EditFlow.edit(context, card: card)
            for line in context.wrapped(card.content.question) { context.say(context.style.bold(line)) }
            return .handled
        case "undo":
            guard !context.undoStack.isEmpty else {
                context.say("Nothing to undo.")
                return .handled
            }
            pinned = try Self.undoLast(context, tally: &tally)
            return .leave(.next)
        case "help":
            context.say("Type the answer (Enter alone shows it). Or: undo, bury, suspend, edit, context, skip, stop, quit.")
            return .handled
        default:
            return .notACommand
        }
    }

    /// Takes back the newest answer of this run and returns the card as it was.
    @discardableResult
    static func undoLast(_ context: ReplContext) throws -> Card? {
        var ignored = SessionTally()
        return try undoLast(context, tally: &ignored)
    }

    private static func undoLast(_ context: ReplContext, tally: inout SessionTally) throws -> Card? {
        guard let last = context.undoStack.popLast() else {
            context.say("Nothing to undo.")
            return nil
        }
        let restored = try context.database.undoAnswer(last.receipt, restoring: last.before, now: context.now)
        tally.remove(last.rating, kind: last.before.content.factKind, duration: last.duration)
        context.say("Undone: \(last.rating.name) on \(last.before.id); the card is back as it was.")
        return restored
    }

    private func show(_ judgement: AnswerJudge.Judgement, typed: String, card: Card) {
        let style = context.style
        let answer = DisplayText.sanitized(card.content.answer)
        switch judgement.verdict {
        case .correct:
            context.say(style.green("✓ correct") + (judgement.closest == card.content.answer ? "" : " — \(answer)"))
        case .typo:
            context.say(style.yellow("✓ almost") + " — it is spelled \(DisplayText.sanitized(judgement.closest))")
        case .empty:
            context.say("Answer: " + style.bold(answer))
        case .wrong:
            context.say(style.red("✗ not quite") + " — expected " + style.bold(answer))
            context.say("  " + DiffText.render(typed: typed, expected: judgement.closest, style: style))
        }
        if !card.content.alternatives.isEmpty && judgement.verdict != .correct {
            context.say(style.dim("  also accepted: " + card.content.alternatives.prefix(5).map(DisplayText.sanitized).joined(separator: " · ")))
        }
    }

    private func ratingLine(_ outcomes: [ReviewOutcome], default suggested: Rating?) -> String {
        outcomes.map { outcome in
            let label = "\(outcome.rating.rawValue) \(outcome.rating.name.capitalized) \(outcome.buttonLabel)"
            return outcome.rating == suggested ? context.style.bold("[\(label)]") : label
        }.joined(separator: " · ")
    }

    /// `12/40 · new 5 · learning 2 · review 33 · 4 min`: done of done + left, what is left, time spent.
    private func progressLine() throws -> String {
        let summaries = try context.database.deckSummaries(for: context.today)
            .filter { deckName == nil || $0.deck.name == deckName }
        let new = summaries.reduce(0) { $0 + $1.newCount }
        let learning = summaries.reduce(0) { $0 + $1.learningCount }
        let review = summaries.reduce(0) { $0 + $1.reviewCount }
        let done = tally.total.studied
        let minutes = Int((ContinuousClock.now - started).seconds / 60)
        return context.style.dim("\(done)/\(done + new + learning + review) · new \(new) · learning \(learning) · review \(review) · \(minutes) min")
    }

    private func summary(finished: Bool) throws {
        let style = context.style
        context.say()
        if finished { context.say(style.bold("Done for now.")) }
        let total = tally.total
        guard total.studied > 0 else {
            context.say("No cards studied.")
            try nextDue()
            return
        }
        let seconds = (ContinuousClock.now - started).seconds
        let time = seconds < 60 ? "under a minute" : "\(Int((seconds / 60).rounded())) min"
        context.say("Studied \(total.studied) card\(total.studied == 1 ? "" : "s") in \(time), \(total.percentCorrect ?? 0)% correct.")
        let kinds = FactKind.allCases.compactMap { kind -> String? in
            guard let count = tally.byKind[kind] else { return nil }
            return "\(kind.rawValue) \(count.studied) (\(count.percentCorrect ?? 0)%)"
        }
        context.say("By kind: " + kinds.joined(separator: " · "))
        try nextDue()
        context.say(style.dim("Type 'stats' for your progress over time."))
    }

    private func nextDue() throws {
        if let due = try context.database.nextLearningDue(deckName: deckName, window: context.today) {
            context.say("Learning cards are due again \(TimeText.relative(due, now: context.now)) (\(ISOTime.format(due))).")
        }
        let tomorrow = StudyDay.window(containing: context.today.end, clock: context.environment.clock)
        let summaries = try context.database.deckSummaries(for: tomorrow).filter { deckName == nil || $0.deck.name == deckName }
        let reviews = summaries.reduce(0) { $0 + $1.reviewCount }
        context.say("Tomorrow: \(reviews) review\(reviews == 1 ? "" : "s") due.")
    }
}
