import FactdeckModel
import Foundation
import Stats
import Storage

/// `factdeck stats --html FILE`: the same report as one self-contained HTML page (inline
/// CSS and SVG, no scripts, nothing fetched), for those who would rather look than read.
enum StatsHTML {
    static let kindColors = ["#6c8ebf", "#d79b00", "#82b366", "#2d6a2d"] // learning, relearning, young, mature

    /// Writes the page atomically to `path`.
    static func write(_ loaded: StatsScreen.Loaded, to path: String) throws {
        do {
            try Data(page(loaded).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError(.io, "\(path): cannot write the report (\(error.localizedDescription))")
        }
    }

    static func page(_ loaded: StatsScreen.Loaded) -> String {
        let report = loaded.report
        let e = SVGChart.escape
        let scope = loaded.deck.map { "deck \(e($0))" } ?? "all decks"
        var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>factdeck stats — \(scope)</title>
        <style>
        body { font: 15px/1.45 system-ui, sans-serif; max-width: 780px; margin: 2em auto; padding: 0 1em; color: #222; }
        h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ddd; }
        table { border-collapse: collapse; margin: .5em 0; } td, th { padding: 2px 10px; text-align: right; }
        th:first-child, td:first-child { text-align: left; } .muted { color: #777; }
        .key span { display: inline-block; width: .8em; height: .8em; margin: 0 .3em 0 1em; }
        </style>
        </head>
        <body>
        <h1>factdeck stats</h1>
        <p class="muted">\(scope) · study day \(CalendarDay(dayNumber: report.studyDay).iso) · \(e(report.range.phrase))</p>

        """
        func section(_ title: String, _ body: String) {
            html += "<section>\n<h2>\(e(title))</h2>\n\(body)\n</section>\n"
        }
        func paragraph(_ text: String) -> String { "<p>\(e(text))</p>" }
        func table(_ headers: [String], _ rows: [[String]]) -> String {
            "<table><tr>" + headers.map { "<th>\(e($0))</th>" }.joined() + "</tr>"
                + rows.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>" }.joined() + "</table>"
        }
        let dayTitle = { (day: Int) in CalendarDay(dayNumber: day).iso }
        let kindKey = "<p class=\"key\">" + zip(["learning", "relearning", "young", "mature"], kindColors)
            .map { "<span style=\"background:\($1)\"></span>\($0)" }.joined() + "</p>"

        // Today
        let today = report.today
        section("Today", today.reviews == 0 ? paragraph("Nothing studied yet today.") : table(["", ""], [
            ["Cards studied", "\(today.reviews)"], ["Time", StatsFormat.duration(milliseconds: today.durationMs)],
            ["Seconds per card", StatsFormat.number(today.secondsPerCard)],
            ["Again", "\(today.again) (\(StatsFormat.percent(today.againRate)))"],
            ["Learn / review / relearn", "\(today.counts.learning) / \(today.counts.review) / \(today.counts.relearning)"],
            ["Correct on mature cards", "\(today.matureCorrect) of \(today.matureReviews) (\(StatsFormat.percent(today.matureCorrectRate)))"],
        ]))

        // Streak and calendar
        let streak = report.streak
        section("Streak and calendar", streak.longest == 0 ? paragraph("Nothing yet: no reviews.") :
            paragraph("Current streak: \(StatsFormat.count(streak.current, "day")) · longest: \(StatsFormat.count(streak.longest, "day")) · \(streak.daysStudied) of the last \(StreakStats.calendarDays) days studied")
            + SVGChart.heatmap(streak.calendar, firstDay: streak.calendarFirstDay, weekday: CalendarDay.weekday(ofDay:), title: dayTitle))

        // Future due
        let due = report.futureDue
        section("Future due (next \(FutureDueStats.days) days)", due.total == 0 && due.dailyLoad == 0
            ? paragraph("Nothing due: no card has been studied yet.")
            : SVGChart.columns([due.perDay], colors: ["#6c8ebf"],
                               titles: due.perDay.enumerated().map { "\(dayTitle(report.studyDay + $0.offset)): \($0.element) due" })
                + table(["", ""], [["Total", "\(due.total)"], ["Average a day", StatsFormat.number(due.averagePerDay)],
                                   ["Due tomorrow", "\(due.dueTomorrow)"], ["Overdue", "\(due.overdue)"],
                                   ["Daily load", StatsFormat.number(due.dailyLoad.rounded())]]))

        // Reviews
        let history = report.reviews
        let kinds: [ReviewKind] = [.learning, .relearning, .young, .mature]
        section("Reviews (\(report.range.phrase))", history.total.total == 0
            ? paragraph("Nothing yet: no reviews in \(report.range.phrase).")
            : SVGChart.columns(kinds.map { kind in history.days.map { $0.counts[kind] } }, colors: kindColors,
                               titles: history.days.map { "\(dayTitle($0.day)): \($0.counts.total) reviews" })
                + kindKey
                + table(["", ""], [
                    ["Days studied", "\(history.daysStudied) of \(history.days.count)"], ["Total", "\(history.total.total)"],
                    ["Average per day studied", StatsFormat.number(history.averagePerStudiedDay)],
                    ["Average a day over the range", StatsFormat.number(history.averagePerDay)],
                    ["Time", StatsFormat.duration(milliseconds: history.durationMs)],
                    ["Average answer", "\(StatsFormat.number(history.averageAnswerSeconds)) s"],
                    ["Learning / relearning / young / mature",
                     "\(history.total.learning) / \(history.total.relearning) / \(history.total.young) / \(history.total.mature)"],
                ]))

        // Card counts
        let counts = report.cardCounts
        section("Card counts", counts.total == 0 ? paragraph("Nothing yet: no cards.") : SVGChart.bars([
            ("New", counts.new), ("Learning", counts.learning), ("Relearning", counts.relearning), ("Young", counts.young),
            ("Mature", counts.mature), ("Suspended", counts.suspended), ("Buried", counts.buried),
        ], color: "#6c8ebf") + paragraph("Total: \(counts.total) cards"))

        // Distributions
        func distribution(_ title: String, _ d: Distribution, label: (Double) -> String, summary: String) {
            section(title, d.count == 0 ? paragraph("Nothing yet: no card studied.") : SVGChart.bars(d.buckets.map { bucket in
                (bucket.upper.map { "\(label(bucket.lower))–\(label($0))" } ?? "\(label(bucket.lower))+", bucket.count)
            }, color: "#82b366") + paragraph(summary))
        }
        let memory = report.memory
        distribution("Intervals (review cards)", memory.intervals, label: StatsFormat.days,
                     summary: "Average \(StatsFormat.number(memory.intervals.mean, decimals: 2)) days · median \(StatsFormat.number(memory.intervals.median, decimals: 2)) days")
        distribution("Stability", memory.stability, label: StatsFormat.days,
                     summary: "Average \(StatsFormat.number(memory.stability.mean, decimals: 2)) days · median \(StatsFormat.number(memory.stability.median, decimals: 2)) days")
        distribution("Difficulty", memory.difficulty, label: { StatsFormat.number($0) },
                     summary: "Average \(StatsFormat.number(memory.difficulty.mean, decimals: 2)) · median \(StatsFormat.number(memory.difficulty.median, decimals: 2))")
        distribution("Retrievability", memory.retrievability, label: { "\(Int(($0 * 100).rounded()))%" },
                     summary: "Average \(StatsFormat.percent(memory.retrievability.mean)) · median \(StatsFormat.percent(memory.retrievability.median)) · estimated total knowledge \(StatsFormat.number(memory.knowledge)) cards")

        // True retention
        let rows = report.trueRetention.rows
        section("True retention", !rows.contains { $0.all.total > 0 } ? paragraph("Nothing yet: no review card answered on a later day.") :
            table(["", "young", "", "mature", "", "all", ""], rows.map { row in
                [row.period.title, "\(row.young.passed)/\(row.young.total)", StatsFormat.percent(row.young.rate),
                 "\(row.mature.passed)/\(row.mature.total)", StatsFormat.percent(row.mature.rate),
                 "\(row.all.passed)/\(row.all.total)", StatsFormat.percent(row.all.rate)]
            }) + "<p class=\"muted\">First review of the day of cards with an interval of at least a day; passed = not Again.</p>")

        // Hourly
        let hours = report.hourly.hours
        section("Hourly breakdown (\(report.range.phrase))", !hours.contains { $0.reviews > 0 }
            ? paragraph("Nothing yet: no reviews in \(report.range.phrase).")
            : SVGChart.columns([hours.map(\.correct), hours.map { $0.reviews - $0.correct }], colors: ["#82b366", "#d6b656"],
                               titles: hours.map { "\($0.hour):00 — \($0.reviews) reviews, \(StatsFormat.percent($0.successRate)) correct" })
                + "<p class=\"key\"><span style=\"background:#82b366\"></span>correct<span style=\"background:#d6b656\"></span>again · hours 0–23</p>")

        // Answer buttons
        let buttons = report.buttons
        section("Answer buttons (\(report.range.phrase))", table(["", "Again", "Hard", "Good", "Easy", "correct"],
            [("Learning", buttons.learning), ("Young", buttons.young), ("Mature", buttons.mature)].map { name, c in
                [name, "\(c.again)", "\(c.hard)", "\(c.good)", "\(c.easy)", StatsFormat.percent(c.correctRate)]
            }))

        // Added
        let added = report.added
        section("Added (\(report.range.phrase))", added.total == 0 ? paragraph("Nothing added in \(report.range.phrase).") :
            SVGChart.columns([added.perDay], colors: ["#9673a6"],
                             titles: added.perDay.enumerated().map { "\(dayTitle(added.firstDay + $0.offset)): \($0.element) added" })
                + paragraph("Added \(added.total) cards · \(StatsFormat.number(added.averagePerDay)) a day"))

        // Fact kinds
        section("By fact kind", table(["kind", "cards", "studied", "reviews", "retention", "avg recall", "lapses"],
            report.factKinds.rows.map { row in
                [row.factKind.rawValue, "\(row.cards)", "\(row.studied)", "\(row.reviews)", StatsFormat.percent(row.retention.rate),
                 StatsFormat.percent(row.averageRetrievability), "\(row.lapses)"]
            }))

        // Hardest cards
        let hardest = report.hardest
        func cards(_ list: [HardestCards.Card]) -> String {
            table(["id", "recall", "lapses", "question"], list.compactMap { card in
                loaded.labels[card.key].map { [$0.id.rawValue, StatsFormat.percent(card.retrievability), "\(card.lapses)", $0.question] }
            })
        }
        section("Hardest cards", hardest.lowestRetrievability.isEmpty ? paragraph("Nothing yet: no card studied.") :
            paragraph("Leeches (\(HardestCards.leechLapses) lapses or more): \(hardest.leechCount)")
                + (hardest.leeches.isEmpty ? "" : cards(hardest.leeches))
                + paragraph("Lowest retrievability:") + cards(hardest.lowestRetrievability))

        html += "</body>\n</html>\n"
        return html
    }
}
