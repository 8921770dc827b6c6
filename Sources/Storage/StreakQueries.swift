import Foundation
import FSRS
import GRDB

extension CollectionDatabase {
    /// Consecutive study days with at least one answer, ending today — or yesterday, when
    /// today has none yet (the streak is still alive until today ends). One index probe a day.
    public func studyStreak(clock: StudyDayClock, today: Int) throws -> Int {
        try read { db in
            func studied(_ day: Int) throws -> Bool {
                try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM reviewLog WHERE reviewedAt >= ? AND reviewedAt < ?)
                    """, arguments: [clock.startOfDay(day).milliseconds, clock.startOfDay(day + 1).milliseconds]) ?? false
            }
            var day = try studied(today) ? today : today - 1
            var streak = 0
            while try studied(day) {
                streak += 1
                day -= 1
            }
            return streak
        }
    }
}
