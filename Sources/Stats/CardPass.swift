import FSRS
import FactdeckModel
import Foundation

/// One walk over every card, gathering all card-side figures: a collection may hold a
/// million cards, so nothing here looks at a card twice or asks the time zone per card.
struct CardPass {
    var counts = CardCounts()
    var futureDue = [Int](repeating: 0, count: FutureDueStats.days)
    var overdue = 0
    var dailyLoad = 0.0
    var intervals: [Double] = []
    var stability: [Double] = []
    var difficulty: [Double] = []
    var retrievability: [Double] = []
    var knowledge = 0.0
    var factCards: [FactKind: (cards: Int, studied: Int, retrievability: Double, lapses: Int)] = [:]
    var leeches: [HardestCards.Card] = []
    var lowest: [HardestCards.Card] = []
    var firstCreatedMs: Int64?

    init(cards: [CardSnapshot], options: StatsOptions) {
        let today = options.today
        let dueDays = StudyDayIndex(clock: options.clock, firstDay: today, lastDay: today + FutureDueStats.days - 1)
        let todayStart = dueDays.starts[0], tomorrowStart = dueDays.starts[1]
        let dueEnd = dueDays.starts[FutureDueStats.days]
        let nowMs = Int64((options.now.timeIntervalSince1970 * 1000).rounded())
        let model = options.model
        stability.reserveCapacity(cards.count)
        difficulty.reserveCapacity(cards.count)
        retrievability.reserveCapacity(cards.count)
        intervals.reserveCapacity(cards.count)
        var perKind: [(cards: Int, studied: Int, retrievability: Double, lapses: Int)] =
            Array(repeating: (0, 0, 0, 0), count: FactKind.allCases.count)
        let kindIndex = Dictionary(uniqueKeysWithValues: FactKind.allCases.enumerated().map { ($0.element, $0.offset) })

        for card in cards {
            firstCreatedMs = min(firstCreatedMs ?? card.createdMs, card.createdMs)
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
            let k = kindIndex[card.factKind] ?? 0
            perKind[k].cards += 1
            perKind[k].lapses += card.lapses
            guard card.state != .new else { continue }

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
            let entry = HardestCards.Card(key: card.key, lapses: card.lapses, retrievability: recall, suspended: card.suspended)
            if card.lapses >= HardestCards.leechLapses { leeches.append(entry) }
            if let recall, lowest.count < HardestCards.lowestNamed || Self.lower(recall, card.key, than: lowest[lowest.count - 1]) {
                let index = lowest.firstIndex { Self.lower(recall, card.key, than: $0) } ?? lowest.count
                lowest.insert(entry, at: index)
                if lowest.count > HardestCards.lowestNamed { lowest.removeLast() }
            }
        }
        for (kind, index) in kindIndex { factCards[kind] = perKind[index] }
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

    /// Cards added per day over `days`, the creation times placed by binary search.
    static func added(_ cards: [CardSnapshot], days: StudyDayIndex) -> [Int] {
        var perDay = [Int](repeating: 0, count: days.dayCount)
        for card in cards {
            if let offset = days.offset(ofMilliseconds: card.createdMs) { perDay[offset] += 1 }
        }
        return perDay
    }
}
