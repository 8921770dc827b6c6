import Foundation

/// One study day: its number and the instants it starts and ends (Anki's day, which
/// begins at the rollover hour rather than at midnight).
public struct DayWindow: Sendable, Equatable {
    public var day: Int
    public var start: Date
    public var end: Date

    public init(day: Int, start: Date, end: Date) {
        self.day = day
        self.start = start
        self.end = end
    }
}
