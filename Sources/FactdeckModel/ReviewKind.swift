/// What kind of review an answer was, as Anki's review log types it: the figures of
/// `factdeck stats` split reviews by it.
public enum ReviewKind: Int, Sendable, CaseIterable, Comparable {
    /// A new or learning card (its first answers, minutes apart).
    case learning = 0
    /// A lapsed card going through its relearning steps.
    case relearning = 1
    /// A review card answered on an interval under 21 days.
    case young = 2
    /// A review card answered on an interval of 21 days or more.
    case mature = 3

    /// Intervals of this many days or more make a card (or a review) mature, as in Anki.
    public static let matureInterval = 21

    /// `learning`, `relearning`, `young`, `mature`.
    public var name: String {
        switch self {
        case .learning: "learning"
        case .relearning: "relearning"
        case .young: "young"
        case .mature: "mature"
        }
    }

    public static func < (lhs: ReviewKind, rhs: ReviewKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
