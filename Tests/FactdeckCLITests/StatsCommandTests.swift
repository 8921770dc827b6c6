import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// End-to-end: `factdeck stats` on collections built with `add` and `review` under chosen
/// clocks, checking exact figures of the JSON report.
@Suite struct StatsCommandTests {
    /// Runs `factdeck review ID --rating R --duration S` at `time` (UTC ISO 8601).
    func review(_ factdeck: inout FactdeckProcess, _ id: String, _ rating: String, at time: String, seconds: Int) throws {
        factdeck.now = time
        let result = try factdeck.run(["review", id, "--rating", rating, "--duration", "\(seconds)"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func stats(_ factdeck: FactdeckProcess, _ arguments: [String] = []) throws -> [String: Any] {
        let result = try factdeck.run(["stats", "--json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try result.json() as? [String: Any])
    }

    /// Cards A, B, C in Demo and D in Other, added 2025-01-01; reviews on study days Jan 1,
    /// Jan 2 (at 3 am on Jan 3, before the rollover) and Jan 5.
    func history() throws -> (FactdeckProcess, [String]) {
        var factdeck = try FactdeckProcess()
        factdeck.now = "2025-01-01T09:00:00Z"
        let ids = try ["A", "B", "C"].map { try factdeck.addCard(deck: "Demo", front: "Question \($0)", back: $0) }
        _ = try factdeck.addCard(deck: "Other", front: "Question D", back: "D")
        try review(&factdeck, ids[0], "good", at: "2025-01-01T10:00:00Z", seconds: 4)
        try review(&factdeck, ids[0], "again", at: "2025-01-01T10:01:00Z", seconds: 6)
        try review(&factdeck, ids[1], "easy", at: "2025-01-01T10:20:00Z", seconds: 8)
        try review(&factdeck, ids[1], "good", at: "2025-01-03T03:00:00Z", seconds: 10)  // young, first of day
        try review(&factdeck, ids[1], "again", at: "2025-01-05T12:00:00Z", seconds: 12) // young lapse
        try review(&factdeck, ids[0], "hard", at: "2025-01-05T12:30:00Z", seconds: 3)   // still learning
        factdeck.now = "2025-01-05T18:00:00Z"
        return (factdeck, ids)
    }

    @Test func emptyCollectionSaysNothingYet() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let text = try factdeck.run(["stats"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Nothing studied yet today."))
        #expect(text.stdout.contains("Nothing yet: no cards."))
        #expect(!text.stdout.lowercased().contains("nan") && !text.stdout.contains("inf"))
        let json = try stats(factdeck)
        let today = try #require(json["today"] as? [String: Any])
        #expect(today["reviews"] as? Int == 0)
        #expect(today["seconds_per_card"] is NSNull && today["again_rate"] is NSNull)
        let counts = try #require(json["card_counts"] as? [String: Any])
        #expect(counts["total"] as? Int == 0)
        let retention = try #require(json["retrievability"] as? [String: Any])
        #expect(retention["mean"] is NSNull && retention["median"] is NSNull)
        #expect(try stats(factdeck, ["--range", "all"])["range"] as? String == "all")
    }

    @Test func figuresOfAKnownHistory() throws {
        let (factdeck, _) = try history()
        defer { factdeck.cleanUp() }
        let json = try stats(factdeck)
        #expect(json["study_day"] as? String == "2025-01-05")
        #expect(json["range_start"] as? String == "2024-12-07")

        let today = try #require(json["today"] as? [String: Any])
        #expect(today["reviews"] as? Int == 2)
        #expect(today["seconds"] as? Double == 15)
        #expect(today["seconds_per_card"] as? Double == 7.5)
        #expect(today["again"] as? Int == 1 && today["again_rate"] as? Double == 0.5)
        #expect(today["learning"] as? Int == 1 && today["review"] as? Int == 1 && today["relearning"] as? Int == 0)

        let streak = try #require(json["streak"] as? [String: Any])
        #expect(streak["current"] as? Int == 1 && streak["longest"] as? Int == 2)
        #expect(streak["days_studied_last_year"] as? Int == 3)
        let calendar = try #require((streak["calendar"] as? [String: Any])?["reviews"] as? [Int])
        #expect(Array(calendar.suffix(5)) == [3, 1, 0, 0, 2])

        let reviews = try #require(json["reviews"] as? [String: Any])
        #expect(reviews["total"] as? Int == 6 && reviews["days_studied"] as? Int == 3 && reviews["days_in_range"] as? Int == 30)
        #expect(reviews["learning"] as? Int == 4 && reviews["young"] as? Int == 2 && reviews["mature"] as? Int == 0)
        #expect(reviews["seconds"] as? Double == 43 && reviews["average_per_studied_day"] as? Double == 2)

        let counts = try #require(json["card_counts"] as? [String: Any])
        #expect(counts["new"] as? Int == 2 && counts["learning"] as? Int == 1 && counts["relearning"] as? Int == 1)
        #expect(counts["total"] as? Int == 4)

        let retention = try #require(json["true_retention"] as? [String: Any])
        func young(_ period: String) -> [String: Any]? {
            (retention[period] as? [String: Any])?["young"] as? [String: Any]
        }
        #expect(young("today")?["passed"] as? Int == 0 && young("today")?["failed"] as? Int == 1)
        #expect(young("last_week")?["rate"] as? Double == 0.5)
        #expect(young("all_time")?["passed"] as? Int == 1 && young("all_time")?["failed"] as? Int == 1)

        let hours = try #require(json["hourly"] as? [[String: Any]])
        #expect(hours.count == 24)
        #expect(hours[10]["reviews"] as? Int == 3 && hours[10]["correct"] as? Int == 2)
        #expect(hours[3]["reviews"] as? Int == 1 && hours[12]["reviews"] as? Int == 2 && hours[12]["success_rate"] as? Double == 0.5)

        let buttons = try #require(json["answer_buttons"] as? [String: Any])
        let learning = try #require(buttons["learning"] as? [String: Any])
        #expect(["again", "hard", "good", "easy"].allSatisfy { learning[$0] as? Int == 1 })
        #expect(learning["correct_rate"] as? Double == 0.75)
        let youngButtons = try #require(buttons["young"] as? [String: Any])
        #expect(youngButtons["again"] as? Int == 1 && youngButtons["good"] as? Int == 1)

        let added = try #require(json["added"] as? [String: Any])
        let perDay = try #require(added["per_day"] as? [Int])
        #expect(perDay.count == 30 && perDay[25] == 4 && added["total"] as? Int == 4)

        let kinds = try #require(json["fact_kinds"] as? [[String: Any]])
        #expect(kinds.map { $0["fact_kind"] as? String } == ["date", "figure", "group", "position", "custom"])
        #expect(kinds[4]["cards"] as? Int == 4 && kinds[4]["reviews"] as? Int == 6 && kinds[4]["lapses"] as? Int == 1)

        let hardest = try #require(json["hardest"] as? [String: Any])
        let lowest = try #require(hardest["lowest_retrievability"] as? [[String: Any]])
        #expect(lowest.count == 2 && hardest["leech_count"] as? Int == 0)
        #expect(lowest.allSatisfy { ($0["question"] as? String)?.hasPrefix("Question ") == true })

        let due = try #require(json["future_due"] as? [String: Any])
        #expect(due["total"] as? Int == 2 && due["overdue"] as? Int == 0)
    }

    @Test func deckOptionAndErrors() throws {
        let (factdeck, _) = try history()
        defer { factdeck.cleanUp() }
        let other = try stats(factdeck, ["--deck", "Other"])
        #expect((other["card_counts"] as? [String: Any])?["total"] as? Int == 1)
        #expect((other["reviews"] as? [String: Any])?["total"] as? Int == 0)
        #expect(other["deck"] as? String == "Other")
        let missing = try factdeck.run(["stats", "--deck", "Nope"])
        #expect(missing.status == 66 && missing.stderr.contains("no deck named 'Nope'"))
        let badRange = try factdeck.run(["stats", "--range", "2w"])
        #expect(badRange.status == 64 && badRange.stderr.hasPrefix("factdeck: error:"))
        let year = try stats(factdeck, ["--range", "1y"])
        #expect((year["reviews"] as? [String: Any])?["days_in_range"] as? Int == 365)
        let all = try stats(factdeck, ["--range", "all"])
        #expect(all["range_start"] as? String == "2025-01-01")
        #expect((all["reviews"] as? [String: Any])?["days_in_range"] as? Int == 5)
    }

    @Test func textReportHasEverySection() throws {
        let (factdeck, ids) = try history()
        defer { factdeck.cleanUp() }
        let result = try factdeck.run(["stats"], extraEnvironment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(result.stderr)")
        for title in ["Today", "Streak and calendar", "Future due", "Reviews", "Card counts", "Intervals", "Stability",
                      "Difficulty", "Retrievability", "True retention", "Hourly breakdown", "Answer buttons", "Added",
                      "By fact kind", "Hardest cards"] {
            #expect(result.stdout.contains("\n\(title)"), "missing section \(title)")
        }
        #expect(result.stdout.contains("Studied 2 cards in 15 s (7.5 s per card)"))
        #expect(result.stdout.contains(ids[1]))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func htmlReportIsWrittenAndWellFormed() throws {
        let (factdeck, _) = try history()
        defer { factdeck.cleanUp() }
        let path = factdeck.folder.appendingPathComponent("report.html").path
        let result = try factdeck.run(["stats", "--html", path, "--range", "all"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg") && html.contains("True retention") && html.contains("Question B"))
        #expect(!html.contains("<script") && !html.contains("src="))
        let parser = XMLParser(data: Data(html.utf8))
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        let unwritable = try factdeck.run(["stats", "--html", factdeck.folder.appendingPathComponent("no/such/dir/r.html").path])
        #expect(unwritable.status == 74)
    }

    @Test func halfHourTimeZoneDaysAndHours() throws {
        var factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        factdeck.environment["TZ"] = "Asia/Kolkata" // UTC+5:30: the rollover (4:00) is 22:30 UTC
        factdeck.now = "2025-01-04T12:00:00Z"
        let id = try factdeck.addCard()
        try review(&factdeck, id, "good", at: "2025-01-04T22:15:00Z", seconds: 5) // 03:45 local: Jan 4's study day
        try review(&factdeck, id, "good", at: "2025-01-04T22:35:00Z", seconds: 5) // 04:05 local: Jan 5
        factdeck.now = "2025-01-05T06:00:00Z"
        let json = try stats(factdeck)
        #expect(json["study_day"] as? String == "2025-01-05")
        #expect((json["today"] as? [String: Any])?["reviews"] as? Int == 1)
        let calendar = try #require(((json["streak"] as? [String: Any])?["calendar"] as? [String: Any])?["reviews"] as? [Int])
        #expect(Array(calendar.suffix(2)) == [1, 1])
        let hours = try #require(json["hourly"] as? [[String: Any]])
        #expect(hours[3]["reviews"] as? Int == 1 && hours[4]["reviews"] as? Int == 1)
    }
}
