/// Streaks of study days and the calendar of the last year.
public struct StreakStats: Sendable, Equatable {
    /// Days the calendar covers, today included.
    public static let calendarDays = 365

    /// Consecutive study days with reviews up to today, or up to yesterday while today has
    /// none yet (the streak is not broken before the day is over).
    public var current: Int
    public var longest: Int
    public var studiedToday: Bool
    /// Study day of `calendar[0]`.
    public var calendarFirstDay: Int
    /// Reviews per study day over the last year, oldest first, today last.
    public var calendar: [Int]

    /// Days of the calendar with reviews.
    public var daysStudied: Int { calendar.filter { $0 > 0 }.count }

    init(reviews: ReviewDays, today: Int) {
        var studied = reviews.earlierDays
        for (day, figures) in reviews.days where figures.counts.total > 0 { studied.insert(day) }
        studiedToday = studied.contains(today)
        var day = studiedToday ? today : today - 1
        var run = 0
        while studied.contains(day) {
            run += 1
            day -= 1
        }
        current = run
        var longest = 0
        var length = 0
        var previous = Int.min
        for day in studied.sorted() {
            length = day == previous + 1 ? length + 1 : 1
            longest = max(longest, length)
            previous = day
        }
        self.longest = longest
        calendarFirstDay = today - Self.calendarDays + 1
        calendar = (calendarFirstDay...today).map { reviews.days[$0]?.counts.total ?? 0 }
    }
}
