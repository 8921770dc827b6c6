import FSRS
import FactdeckModel
import Foundation

/// Which study day an instant falls in, for counting what is due "today".
public enum StudyDay {
    /// The study day containing `now` under `clock` (its rollover hour and time zone).
    public static func window(containing now: Date, clock: StudyDayClock) -> DayWindow {
        let day = clock.dayNumber(now)
        return DayWindow(day: day, start: clock.startOfDay(day), end: clock.startOfDay(day + 1))
    }
}
