import FSRS
import FactdeckModel
import Foundation
import Stats
import Storage
import Terminal

/// The statistics report as lines for the terminal: one titled section after another,
/// each with a text chart, and "nothing yet" where there is nothing to show.
enum StatsText {
    static func render(_ loaded: StatsScreen.Loaded, style: Style, columns: Int) -> [String] {
        let report = loaded.report
        let width = max(40, min(columns, 120))
        var lines: [String] = []
        let scope = loaded.deck.map { "deck \(DisplayText.sanitized($0))" } ?? "all decks"
        lines.append(style.bold("factdeck stats") + style.dim(" — \(scope) · study day \(CalendarDay(dayNumber: report.studyDay).iso) · \(report.range.phrase)"))
        let sections: [(String, [String])] = [
            ("Today", today(report)),
            ("Streak and calendar", streak(report, width: width)),
            ("Future due (next \(FutureDueStats.days) days)", futureDue(report, width: width)),
            ("Reviews (\(report.range.phrase))", reviews(report, width: width)),
            ("Card counts", cardCounts(report, width: width)),
            ("Intervals (review cards)", distribution(report.memory.intervals, label: StatsFormat.days, unit: " days", width: width)),
            ("Stability (days until recall falls to 90%)", distribution(report.memory.stability, label: StatsFormat.days, unit: " days", width: width)),
            ("Difficulty (1 easy … 10 hard)", distribution(report.memory.difficulty, label: { StatsFormat.number($0) }, unit: "", width: width)),
            ("Retrievability (chance of recall now)", retrievability(report, width: width)),
            ("True retention (first review of the day, interval ≥ 1 day)", trueRetention(report, style: style, width: width)),
            ("Hourly breakdown (\(report.range.phrase))", hourly(report, width: width)),
            ("Answer buttons (\(report.range.phrase))", buttons(report, style: style, width: width)),
            ("Added (\(report.range.phrase))", added(report, width: width)),
            ("By fact kind", factKinds(report, style: style, width: width)),
            ("Hardest cards", hardest(loaded, style: style, width: width)),
        ]
        for (title, body) in sections {
            lines.append("")
            lines.append(style.bold(title))
            lines += body.map { "  " + $0 }
        }
        return lines
    }

    // MARK: - Sections

    private static func today(_ report: StatsReport) -> [String] {
        let today = report.today
        guard today.reviews > 0 else { return ["Nothing studied yet today."] }
        return [
            "Studied \(StatsFormat.count(today.reviews, "card")) in \(StatsFormat.duration(milliseconds: today.durationMs)) "
                + "(\(StatsFormat.number(today.secondsPerCard)) s per card)",
            "Again: \(today.again) (\(StatsFormat.percent(today.againRate)))",
            "Learn: \(today.counts.learning) · Review: \(today.counts.review) · Relearn: \(today.counts.relearning)",
            today.matureReviews > 0
                ? "Correct on mature cards: \(today.matureCorrect) of \(today.matureReviews) (\(StatsFormat.percent(today.matureCorrectRate)))"
                : "No mature cards reviewed today.",
        ]
    }

    private static func streak(_ report: StatsReport, width: Int) -> [String] {
        let streak = report.streak
        guard streak.longest > 0 else { return ["Nothing yet: no reviews."] }
        var lines = [
            "Current streak: \(StatsFormat.count(streak.current, "day"))" + (streak.studiedToday || streak.current == 0 ? "" : " (study today to keep it)")
                + " · longest: \(StatsFormat.count(streak.longest, "day"))"
                + " · \(streak.daysStudied) of the last \(StreakStats.calendarDays) days studied",
        ]
        // Weeks as columns (Sunday on top), the most recent weeks that fit the width.
        let firstDay = streak.calendarFirstDay
        let lastDay = firstDay + streak.calendar.count - 1
        let gridStart = firstDay - CalendarDay.weekday(ofDay: firstDay)
        let allWeeks = (lastDay - gridStart) / 7 + 1
        let weeks = min(allWeeks, max(8, width - 8))
        let startWeek = allWeeks - weeks
        let top = streak.calendar.max() ?? 0
        var monthRow = [Character](repeating: " ", count: weeks)
        var lastMonth = -1
        var nextFree = 0
        for week in 0..<weeks {
            // A month is named above the first week that ends in it, when there is room.
            let date = CalendarDay(dayNumber: min(gridStart + (startWeek + week) * 7 + 6, lastDay))
            guard date.month != lastMonth else { continue }
            lastMonth = date.month
            guard week >= nextFree, week + 3 <= weeks else { continue }
            for (offset, character) in date.monthAbbreviation.enumerated() { monthRow[week + offset] = character }
            nextFree = week + 4
        }
        lines.append("      " + String(monthRow))
        let names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        for weekday in 0..<7 {
            var row = ""
            for week in 0..<weeks {
                let day = gridStart + (startWeek + week) * 7 + weekday
                if day < firstDay || day > lastDay {
                    row.append(" ")
                } else {
                    row.append(TextChart.shades[TextChart.shade(streak.calendar[day - firstDay], top: top)])
                }
            }
            lines.append((weekday % 2 == 1 ? names[weekday] : "   ") + "   " + row)
        }
        lines.append("      less " + String(TextChart.shades) + " more (busiest day: \(StatsFormat.count(top, "review")))")
        return lines
    }

    private static func futureDue(_ report: StatsReport, width: Int) -> [String] {
        let due = report.futureDue
        guard due.total > 0 || due.dailyLoad > 0 else { return ["Nothing due: no card has been studied yet."] }
        var lines = TextChart.columns(due.perDay, height: 5, width: width - 4)
        if !lines.isEmpty {
            lines.append("today" + String(repeating: " ", count: max(1, due.perDay.count - 11)) + "+\(FutureDueStats.days - 1)d")
        }
        lines.append("Total: \(StatsFormat.count(due.total, "review")) · average: \(StatsFormat.number(due.averagePerDay)) a day"
            + " · due tomorrow: \(due.dueTomorrow) · overdue: \(due.overdue)")
        lines.append("Daily load: \(StatsFormat.number(due.dailyLoad.rounded(), decimals: 0)) reviews a day in the long run")
        return lines
    }

    private static func reviews(_ report: StatsReport, width: Int) -> [String] {
        let history = report.reviews
        let total = history.total
        guard total.total > 0 else { return ["Nothing yet: no reviews in \(report.range.phrase)."] }
        let perDay = history.days.map { $0.counts.total }
        var lines = TextChart.columns(perDay, height: 6, width: width - 4)
        let size = TextChart.groupSize(count: perDay.count, width: width - 4)
        let first = CalendarDay(dayNumber: history.days.first?.day ?? report.studyDay).iso
        let columnsUsed = (perDay.count + size - 1) / size
        lines.append(first + String(repeating: " ", count: max(1, columnsUsed - first.count - 5)) + "today"
            + (size > 1 ? "  (one column: \(StatsFormat.count(size, "day")))" : ""))
        lines.append("Days studied: \(history.daysStudied) of \(history.days.count) (\(StatsFormat.percent(share(history.daysStudied, history.days.count))))"
            + " · total: \(StatsFormat.count(total.total, "review"))")
        lines.append("Average: \(StatsFormat.number(history.averagePerStudiedDay)) per day studied, "
            + "\(StatsFormat.number(history.averagePerDay)) a day over the range")
        lines.append("Time: \(StatsFormat.duration(milliseconds: history.durationMs)) · "
            + "average answer: \(StatsFormat.number(history.averageAnswerSeconds)) s")
        lines.append("Learning: \(total.learning) · relearning: \(total.relearning) · young: \(total.young) · mature: \(total.mature)")
        return lines
    }

    private static func cardCounts(_ report: StatsReport, width: Int) -> [String] {
        let counts = report.cardCounts
        guard counts.total > 0 else { return ["Nothing yet: no cards. Add one with 'factdeck add'."] }
        let rows: [(String, Int)] = [("New", counts.new), ("Learning", counts.learning), ("Relearning", counts.relearning),
                                     ("Young", counts.young), ("Mature", counts.mature), ("Suspended", counts.suspended),
                                     ("Buried", counts.buried)]
        let barWidth = max(10, width - 34)
        var lines = rows.map { name, count in
            DisplayText.padded(name, to: 11) + pad(String(count), 8) + pad(StatsFormat.percent(share(count, counts.total)), 8)
                + "  " + TextChart.bar(Double(count) / Double(counts.total), width: barWidth)
        }
        lines.append(DisplayText.padded("Total", to: 11) + pad(String(counts.total), 8))
        return lines
    }

    private static func distribution(_ distribution: Distribution, label: (Double) -> String, unit: String, width: Int) -> [String] {
        guard distribution.count > 0 else { return ["Nothing yet: no card studied."] }
        let top = distribution.buckets.map(\.count).max() ?? 1
        let barWidth = max(10, width - 34)
        // Empty bars before the first and after the last value are left out.
        let used = distribution.buckets.indices.filter { distribution.buckets[$0].count > 0 }
        let shown = (used.first ?? 0)...(used.last ?? 0)
        var lines: [String] = distribution.buckets[shown].map { bucket in
            let range = bucket.upper.map { "\(label(bucket.lower))–\(label($0))" } ?? "\(label(bucket.lower))+"
            return DisplayText.padded(range, to: 12) + pad(String(bucket.count), 8) + "  "
                + TextChart.bar(Double(bucket.count) / Double(max(1, top)), width: barWidth)
        }
        lines.append("\(StatsFormat.count(distribution.count, "card")) · average: \(StatsFormat.number(distribution.mean, decimals: 2))\(unit)"
            + " · median: \(StatsFormat.number(distribution.median, decimals: 2))\(unit)")
        return lines
    }

    private static func retrievability(_ report: StatsReport, width: Int) -> [String] {
        let r = report.memory.retrievability
        guard r.count > 0 else { return ["Nothing yet: no card studied."] }
        var lines = distribution(r, label: { "\(Int(($0 * 100).rounded()))%" }, unit: "", width: width)
        lines[lines.count - 1] = "\(StatsFormat.count(r.count, "card")) · average: \(StatsFormat.percent(r.mean))"
            + " · median: \(StatsFormat.percent(r.median))"
        lines.append("Estimated total knowledge: \(StatsFormat.number(report.memory.knowledge)) cards")
        return lines
    }

    private static func trueRetention(_ report: StatsReport, style: Style, width: Int) -> [String] {
        let rows = report.trueRetention.rows
        guard rows.contains(where: { $0.all.total > 0 }) else { return ["Nothing yet: no review card answered on a later day."] }
        var table = TextTable(headers: ["", "young", "", "mature", "", "all", ""])
        for row in rows {
            table.append([row.period.title,
                          "\(row.young.passed)/\(row.young.total)", StatsFormat.percent(row.young.rate),
                          "\(row.mature.passed)/\(row.mature.total)", StatsFormat.percent(row.mature.rate),
                          "\(row.all.passed)/\(row.all.total)", StatsFormat.percent(row.all.rate)])
        }
        return table.render(columns: width - 2, style: style) + ["(passed/reviewed: answers other than Again)"]
    }

    private static func hourly(_ report: StatsReport, width: Int) -> [String] {
        let hours = report.hourly.hours
        guard hours.contains(where: { $0.reviews > 0 }) else { return ["Nothing yet: no reviews in \(report.range.phrase)."] }
        // Two columns an hour: the reviews as a column chart, the success rate below.
        let counts = hours.flatMap { [$0.reviews, $0.reviews] }
        var lines = TextChart.columns(counts, height: 5, width: 48).map { "      " + $0 }
        lines.append("hour  " + stride(from: 0, to: 24, by: 3).map { DisplayText.padded(String($0), to: 6) }.joined())
        lines.append("best hours: " + hours.filter { $0.reviews > 0 }
            .sorted { ($0.successRate ?? 0, $0.reviews) > ($1.successRate ?? 0, $1.reviews) }
            .prefix(3).map { "\($0.hour):00 \(StatsFormat.percent($0.successRate)) of \($0.reviews)" }.joined(separator: " · "))
        let busiest = hours.max { $0.reviews < $1.reviews }
        if let busiest {
            lines.append("busiest hour: \(busiest.hour):00 with \(StatsFormat.count(busiest.reviews, "review")), \(StatsFormat.percent(busiest.successRate)) correct")
        }
        return lines
    }

    private static func buttons(_ report: StatsReport, style: Style, width: Int) -> [String] {
        let buttons = report.buttons
        guard buttons.learning.total + buttons.young.total + buttons.mature.total > 0 else {
            return ["Nothing yet: no answers in \(report.range.phrase)."]
        }
        var table = TextTable(headers: ["", "Again", "Hard", "Good", "Easy", "correct"])
        for (name, counts) in [("Learning", buttons.learning), ("Young", buttons.young), ("Mature", buttons.mature)] {
            table.append([name, "\(counts.again)", "\(counts.hard)", "\(counts.good)", "\(counts.easy)",
                          StatsFormat.percent(counts.correctRate)])
        }
        return table.render(columns: width - 2, style: style)
    }

    private static func added(_ report: StatsReport, width: Int) -> [String] {
        let added = report.added
        guard added.total > 0 else { return ["Nothing added in \(report.range.phrase)."] }
        var lines = TextChart.columns(added.perDay, height: 4, width: width - 4)
        lines.append("Added: \(StatsFormat.count(added.total, "card")) · average: \(StatsFormat.number(added.averagePerDay)) a day")
        return lines
    }

    private static func factKinds(_ report: StatsReport, style: Style, width: Int) -> [String] {
        let rows = report.factKinds.rows
        guard rows.contains(where: { $0.cards > 0 }) else { return ["Nothing yet: no cards."] }
        var table = TextTable(headers: ["kind", "cards", "studied", "reviews", "retention", "avg recall", "lapses"])
        for row in rows where row.cards > 0 {
            table.append([row.factKind.rawValue, "\(row.cards)", "\(row.studied)", "\(row.reviews)",
                          StatsFormat.percent(row.retention.rate), StatsFormat.percent(row.averageRetrievability), "\(row.lapses)"])
        }
        return table.render(columns: width - 2, style: style) + ["(retention: true retention over \(report.range.phrase))"]
    }

    private static func hardest(_ loaded: StatsScreen.Loaded, style: Style, width: Int) -> [String] {
        let hardest = loaded.report.hardest
        guard !hardest.lowestRetrievability.isEmpty else { return ["Nothing yet: no card studied."] }
        var lines: [String] = []
        if hardest.leechCount == 0 {
            lines.append("No leeches (cards with \(HardestCards.leechLapses) lapses or more).")
        } else {
            lines.append("Leeches (\(HardestCards.leechLapses) lapses or more): \(hardest.leechCount)"
                + (hardest.leechCount > hardest.leeches.count ? ", the \(hardest.leeches.count) with the most lapses:" : ":"))
            lines += cardTable(hardest.leeches, loaded: loaded, style: style, width: width)
        }
        lines.append("Lowest retrievability:")
        lines += cardTable(hardest.lowestRetrievability, loaded: loaded, style: style, width: width)
        return lines
    }

    private static func cardTable(_ cards: [HardestCards.Card], loaded: StatsScreen.Loaded, style: Style, width: Int) -> [String] {
        var table = TextTable(headers: ["id", "recall", "lapses", "question"])
        for card in cards {
            guard let label = loaded.labels[card.key] else { continue }
            table.append([label.id.rawValue, StatsFormat.percent(card.retrievability),
                          "\(card.lapses)" + (card.suspended ? " (suspended)" : ""), label.question])
        }
        return table.render(columns: width - 2, style: style)
    }

    // MARK: - Helpers

    private static func pad(_ text: String, _ columns: Int) -> String {
        String(repeating: " ", count: max(0, columns - DisplayText.width(text))) + text
    }

    private static func share(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }
}
