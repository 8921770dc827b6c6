import FactdeckModel

/// Which kinds of fact the learner keeps and which they lose.
public struct FactKindStats: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var factKind: FactKind
        public var cards: Int
        /// Cards studied at least once.
        public var studied: Int
        /// Answers over the range.
        public var reviews: Int
        /// True retention over the range.
        public var retention: RetentionCounts
        /// Mean retrievability now of the studied cards; nil when none.
        public var averageRetrievability: Double?
        /// Lapses (review cards forgotten) over the cards' lives.
        public var lapses: Int
    }

    /// date, figure, group, position, custom: always all five, in that order.
    public var rows: [Row]
}
