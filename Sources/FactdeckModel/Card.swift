import Foundation
import FSRS

/// A card in the collection: its content, where it belongs, and its current schedule.
/// The schedule is a cache of the review log (see `ReviewRecord`).
public struct Card: Sendable, Equatable {
    public var id: CardID
    /// Cards made from the same fact share a note id; they are siblings and are
    /// not studied on the same day.
    public var noteID: String
    public var deckID: Int64
    public var deckName: String
    public var content: CardContent
    public var schedule: SchedulingState
    public var suspended: Bool
    /// The study day until which the card is buried (exclusive); nil when not buried.
    public var buriedUntilDay: Int?
    public var createdAt: Date
    public var modifiedAt: Date
    /// Bumped on every change; an answer is only written when it still matches.
    public var version: Int64

    public init(id: CardID, noteID: String, deckID: Int64, deckName: String, content: CardContent,
                schedule: SchedulingState, suspended: Bool = false, buriedUntilDay: Int? = nil,
                createdAt: Date, modifiedAt: Date, version: Int64 = 0) {
        self.id = id
        self.noteID = noteID
        self.deckID = deckID
        self.deckName = deckName
        self.content = content
        self.schedule = schedule
        self.suspended = suspended
        self.buriedUntilDay = buriedUntilDay
        self.createdAt = createdAt
        self.modifiedAt = modifiedAt
        self.version = version
    }
}
