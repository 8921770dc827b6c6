import FSRS
import FactdeckModel
import Foundation

/// Every card-side figure, gathered card by card as Storage reads them: a collection may
/// hold a million cards, so nothing here keeps a card, looks at one twice or asks the time
/// zone per card.
public struct CardFigures: Sendable {
    var counts = CardCounts()
    var futureDue = [Int](repeating: 0, count: FutureDueStats.days)
    var overdue = 0
    var dailyLoad = 0.0
    var intervals: [Double] = []
    var stability: [Double] = []
    var difficulty: [Double] = []
    var retrievability: [Double] = []
    var knowledge = 0.0
    var perKind: [(cards: Int, studied: Int, retrievability: Double, lapses: Int)] =
        Array(repeating: (0, 0, 0, 0), count: FactKind.allCases.count)
    var leeches: [HardestCards.Card] = []
    var lowest: [HardestCards.Card] = []
    var firstCreatedMs: Int64?
    /// Cards added per day of a fixed range; for `all`, creation times kept until the
    /// first day is known.
    var addedDays: StudyDayIndex?
    var addedPerDay: [Int] = []
    var createdMs: [Int64] = []

    private let today: Int
    private let dueDays: StudyDayIndex
    private let todayStart: Int64, tomorrowStart: Int64, dueEnd: Int64
    private let nowMs: Int64
    private let model: FSRSModel

    public init(options: StatsOptions) {
        today = options.today
        dueDays = StudyDayIndex(clock: options.clock, firstDay: today, lastDay: today + FutureDueStats.days - 1)
        todayStart = dueDays.starts[0]
        tomorrowStart = dueDays.starts[1]
        dueEnd = dueDays.starts[FutureDueStats.days]
        nowMs = Int64((options.now.timeIntervalSince1970 * 1000).rounded())
        model = options.model
        if let days = options.range.days {
            let index = StudyDayIndex(clock: options.clock, firstDay: today - days + 1, lastDay: today)
            addedDays = index
            addedPerDay = [Int](repeating: 0, count: index.dayCount)
        }
    }

    /// Counts one card in.
    public mutating func add(_ card: CardSnapshot) {
        firstCreatedMs = min(firstCreatedMs ?? card.createdMs, card.createdMs)
        if let addedDays {
            if let offset = addedDays.offset(ofMilliseconds: card.createdMs) { addedPerDay[offset] += 1 }
        } else {
            createdMs.append(card.createdMs)
        }
        let interval = card.intervalDays
        let buried = (card.buriedUntilDay ?? Int.min) > today
        if card.suspended { counts.suspended += 1 } else if buried { counts.buried += 1 } else {
            switch card.state {
            case .new: counts.new += 1
            case .learning: counts.learning += 1
            case .relearning: counts.relearning += 1
            case .review:
                if interval >= ReviewKind.matureInterval { counts.mature += 1 } else { counts.young += 1 }
            }
        }
        let k = Self.index(of: card.factKind)
        perKind[k].cards += 1
        perKind[k].lapses += card.lapses
        guard card.state != .new else { return }

        if !card.suspended {
            dailyLoad += card.state == .review ? 1 / Double(max(1, interval)) : 1
            if card.dueMs < tomorrowStart {
                futureDue[0] += 1
                if card.dueMs < todayStart { overdue += 1 }
            } else if card.dueMs < dueEnd, let offset = dueDays.offset(ofMilliseconds: card.dueMs) {
                futureDue[offset] += 1
            }
        }
        if card.state == .review { intervals.append(Double(interval)) }
        stability.append(card.stability)
        difficulty.append(card.difficulty)
        var recall: Double?
        if let last = card.lastReviewMs {
            let r = model.retrievability(elapsedDays: Double(max(0, nowMs - last)) / 86_400_000, stability: card.stability)
            recall = r
            retrievability.append(r)
            knowledge += r
            perKind[k].studied += 1
            perKind[k].retrievability += r
        }
        let isLeech = card.lapses >= HardestCards.leechLapses
        let isLowest = recall.map { lowest.count < HardestCards.lowestNamed || Self.lower($0, card.key, than: lowest[lowest.count - 1]) } ?? false
        guard isLeech || isLowest else { return }
        let entry = HardestCards.Card(key: card.key, lapses: card.lapses, retrievability: recall, suspended: card.suspended)
        if isLeech { leeches.append(entry) }
        if isLowest, let recall {
            let index = lowest.firstIndex { Self.lower(recall, card.key, than: $0) } ?? lowest.count
            lowest.insert(entry, at: index)
            if lowest.count > HardestCards.lowestNamed { lowest.removeLast() }
        }
    }

    /// Cards added each day from `firstDay` to today.
    func added(clock: StudyDayClock, firstDay: Int) -> [Int] {
        if let addedDays, addedDays.firstDay == firstDay { return addedPerDay }
        let days = StudyDayIndex(clock: clock, firstDay: firstDay, lastDay: today)
        var perDay = [Int](repeating: 0, count: days.dayCount)
        for created in createdMs {
            if let offset = days.offset(ofMilliseconds: created) { perDay[offset] += 1 }
        }
        return perDay
    }

    /// The position of `kind` in `FactKind.allCases`, without hashing.
    private static func index(of kind: FactKind) -> Int {
        switch kind {
        case .date: 0
        case .figure: 1
        case .group: 2
        case .position: 3
        case .custom: 4
        }
    }

    private static func lower(_ r: Double, _ key: Int64, than card: HardestCards.Card) -> Bool {
        let other = card.retrievability ?? 1
        return r < other || (r == other && key < card.key)
    }

    var memory: MemoryStats {
        MemoryStats(intervals: Distribution(values: intervals, edges: MemoryStats.intervalEdges),
                    stability: Distribution(values: stability, edges: MemoryStats.stabilityEdges),
                    difficulty: Distribution(values: difficulty, edges: MemoryStats.difficultyEdges, closedTop: true),
                    retrievability: Distribution(values: retrievability, edges: MemoryStats.retrievabilityEdges, closedTop: true),
                    knowledge: knowledge)
    }

    var hardest: HardestCards {
        let sorted = leeches.sorted { a, b in
            if a.lapses != b.lapses { return a.lapses > b.lapses }
            let ra = a.retrievability ?? 1, rb = b.retrievability ?? 1
            return ra != rb ? ra < rb : a.key < b.key
        }
        return HardestCards(leechCount: leeches.count, leeches: Array(sorted.prefix(HardestCards.leechesNamed)),
                            lowestRetrievability: lowest)
    }
}
