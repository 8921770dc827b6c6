import Foundation
import Testing

/// End-to-end: whole REPL sessions through piped standard input, checked against the
/// collection afterwards.
@Suite struct ReplSessionTests {
    func show(_ factdeck: FactdeckProcess, _ id: String) throws -> [String: Any] {
        try #require(try factdeck.run(["show", id, "--json"]).json() as? [String: Any])
    }

    @Test func studyJudgesAnswersAndCommitsRatings() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let paris = try factdeck.addCard(front: "Capital of France", back: "Paris")
        let lima = try factdeck.addCard(front: "Capital of Peru", back: "Lima")
        let session = try factdeck.run([], stdin: "study\nparis\n\nQuito\n\nquit\n")
        #expect(session.status == 0, "\(session.stderr)")
        #expect(session.stdout.contains("'study' will show 0 learning, 0 review and 2 new cards."))
        #expect(session.stdout.contains("✓ correct"))
        #expect(session.stdout.contains("✗ not quite — expected Lima"))
        #expect(session.stdout.contains("1 Again 1m · 2 Hard 6m · [3 Good 10m] · 4 Easy"))
        #expect(session.stdout.contains("0/2 · new 2 · learning 0 · review 0"))
        let first = try show(factdeck, paris)
        #expect(first["state"] as? String == "learning")
        #expect(first["step"] as? Int == 1)
        #expect((first["history"] as? [[String: Any]])?.first?["rating"] as? Int == 3)
        let second = try show(factdeck, lima)
        #expect(second["step"] as? Int == 0)
        #expect((second["history"] as? [[String: Any]])?.first?["rating"] as? Int == 1)
    }

    @Test func digitOverridesTheSuggestionAndEmptyAnswerRevealsWithoutDefault() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let first = try factdeck.addCard(front: "Q1", back: "one thousand")
        let second = try factdeck.addCard(front: "Q2", back: "24 km")
        let session = try factdeck.run([], stdin: "study\n1,000\n4\n\n\n2\nquit\n")
        #expect(session.stdout.contains("Answer: 24 km"))
        #expect(session.stdout.contains("Rate yourself"))
        #expect(try show(factdeck, first)["state"] as? String == "review")
        let hard = try show(factdeck, second)
        #expect((hard["history"] as? [[String: Any]])?.first?["rating"] as? Int == 2)
    }

    @Test func undoRestoresTheCardAndRemovesTheLogRow() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let first = try factdeck.addCard(front: "Q1", back: "alpha")
        _ = try factdeck.addCard(front: "Q2", back: "beta")
        let session = try factdeck.run([], stdin: "study\nalpha\n4\nundo\nalpha\n3\nstop\nquit\n")
        #expect(session.stdout.contains("Undone: easy on \(first)"))
        let card = try show(factdeck, first)
        #expect(card["state"] as? String == "learning")
        let history = try #require(card["history"] as? [[String: Any]])
        #expect(history.count == 1)
        #expect(history.first?["rating"] as? Int == 3)
        // `undo` at home takes back the newest answer of the run, too.
        let again = try factdeck.run([], stdin: "study\nbeta\n3\nstop\nundo\nquit\n")
        #expect(again.stdout.contains("Undone: good"))
        #expect(((try show(factdeck, first))["history"] as? [Any])?.count == 1)
    }

    @Test func siblingsAreBuriedUntilTomorrow() throws {
        var factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let added = try #require(try factdeck.run(["add", "--deck", "D", "--cloze", "In {{2023}}, {{645}} attacks were recorded.", "--json"]).json() as? [String: Any])
        let ids = try #require(added["ids"] as? [String])
        let session = try factdeck.run([], stdin: "study\n2023\n4\nquit\n")
        #expect(session.stdout.contains("Done for now."))
        #expect(try show(factdeck, ids[0])["state"] as? String == "review")
        #expect(try show(factdeck, ids[1])["state"] as? String == "new")
        factdeck.now = "2025-01-13T12:00:00Z"
        let tomorrow = try factdeck.run([], stdin: "study\nsix hundred forty-five\n3\nquit\n")
        #expect(tomorrow.stdout.contains("In 2023, [...] attacks were recorded."))
        #expect(tomorrow.stdout.contains("✓ correct"))
    }

    @Test func dailyNewLimitAndLearnAheadEndTheSession() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        for index in 0..<3 { _ = try factdeck.addCard(front: "Q\(index)", back: "A\(index)") }
        #expect(try factdeck.run(["options", "Demo", "--new-per-day", "1", "--learning-steps", "30m 1h"]).status == 0)
        let session = try factdeck.run([], stdin: "study\nA0\n3\nquit\n")
        // Good moves the one new card to the 1-hour step, beyond the 20-minute learn-ahead limit.
        #expect(session.stdout.contains("Done for now."))
        #expect(session.stdout.contains("Studied 1 card"))
        #expect(session.stdout.contains("Learning cards are due again in 1h"))
        let cards = try #require(try factdeck.run(["list", "--json"]).json() as? [[String: Any]])
        #expect(cards.filter { $0["state"] as? String == "new" }.count == 2)
    }

    @Test func cardCommandsBurySuspendSkipAndContext() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let first = try factdeck.addCard(front: "Q1", back: "A1")
        let second = try factdeck.addCard(front: "Q2", back: "A2")
        let third = try factdeck.addCard(front: "Q3", back: "A3")
        let session = try factdeck.run([], stdin: "study\ncontext\nbury\nsuspend\nskip\nquit\n")
        #expect(session.stdout.contains("(no source sentence)"))
        #expect(session.stdout.contains("buried until tomorrow"))
        #expect(session.stdout.contains("suspended \(second)"))
        #expect(try show(factdeck, second)["suspended"] as? Bool == true)
        #expect(try show(factdeck, first)["reps"] as? Int == 0)
        #expect(try show(factdeck, third)["reps"] as? Int == 0)
        let decks = try #require(try factdeck.run(["decks", "--json"]).json() as? [[String: Any]])
        #expect(decks.first?["new"] as? Int == 0)
    }

    @Test func quizScoresWithoutChangingTheSchedule() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        var ids: [String] = []
        for (front, back) in [("Year of partition", "1947"), ("Year of the Durand Line", "1893"),
                              ("Year of the treaty", "1921"), ("Year of the war", "1979")] {
            ids.append(try factdeck.addCard(deck: "History", front: front, back: back))
        }
        let session = try factdeck.run([], stdin: "quiz History 3\n1\n1947\nnonsense\nquit\n")
        #expect(session.status == 0)
        #expect(session.stdout.contains("Question 1/3"))
        #expect(session.stdout.contains("1) "))
        #expect(session.stdout.contains("Score: "))
        #expect(session.stdout.contains("/3 ("))
        for id in ids { #expect(try show(factdeck, id)["reps"] as? Int == 0) }
    }

    @Test func addFlowSavesOnConfirmationAndFlagsDuplicates() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let session = try factdeck.run([], stdin: "add\nGeo\n\nCapital of Peru\nLima\nLima, Peru; Ciudad de los Reyes\ncapitals south-america\ny\nadd\nGeo\ntyped\nCapital of Peru\nLima\n\n\nn\nquit\n")
        #expect(session.stdout.contains("Q: Capital of Peru"))
        #expect(session.stdout.contains("added "))
        #expect(session.stdout.contains("already has a card with this question"))
        #expect(session.stdout.contains("not added"))
        let cards = try #require(try factdeck.run(["list", "--json"]).json() as? [[String: Any]])
        #expect(cards.count == 1)
        let id = try #require(cards.first?["id"] as? String)
        let detail = try factdeck.run(["show", id])
        #expect(detail.stdout.contains("Lima, Peru · Ciudad de los Reyes"))
        #expect(detail.stdout.contains("capitals south-america"))
        let cloze = try factdeck.run([], stdin: "add\nGeo\ncloze\nLima is the capital of {{Peru}} since {{1535}}.\n\n\n\nquit\n")
        #expect(cloze.stdout.contains("Q: [...] is") == false)
        #expect(cloze.stdout.contains("Q: Lima is the capital of [...] since 1535."))
        #expect((try factdeck.run(["list", "--json"]).json() as? [[String: Any]])?.count == 3)
    }

    @Test func homeHelpAndSubcommandsWork() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let id = try factdeck.addCard(deck: "Geo")
        let session = try factdeck.run([], stdin: "help\ndecks\nshow \(id)\nfind paris\noptions Geo --new-per-day 5\nbogus\nshow nosuch\n")
        #expect(session.status == 0)
        #expect(session.stdout.contains("Streak: 0 days"))
        #expect(session.stdout.contains("study [DECK]"))
        #expect(session.stdout.contains("Capital of France"))
        #expect(session.stdout.contains("new per day        5"))
        #expect(session.stdout.contains("Unknown command 'bogus'"))
        #expect(session.stdout.contains("error: no card with id 'nosuch'"))
        #expect(session.stdout.hasSuffix("Bye.\n"))
    }

    @Test func statsInTheReplPrintsTheReport() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        _ = try factdeck.addCard(deck: "Geo")
        let session = try factdeck.run([], stdin: "study\nParis\n3\nstop\nstats\nstats Geo\nstats Nope\nquit\n")
        #expect(session.stdout.contains("Type 'stats' for your progress over time."))
        #expect(session.stdout.components(separatedBy: "True retention").count - 1 == 2)
        #expect(session.stdout.contains("error: no deck named 'Nope'"))
    }

    @Test func streakCountsConsecutiveStudyDays() throws {
        var factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let id = try factdeck.addCard()
        for day in ["2025-01-10T12:00:00Z", "2025-01-11T03:00:00Z", "2025-01-11T12:00:00Z"] {
            factdeck.now = day
            try factdeck.run(["review", id, "--rating", "good"])
        }
        factdeck.now = "2025-01-12T12:00:00Z"
        // 2025-01-11 03:00 belongs to the study day of the 10th (rollover at 4 am): days 10 and 11.
        #expect(try factdeck.run([], stdin: "quit\n").stdout.contains("Streak: 2 days"))
        factdeck.now = "2025-01-13T12:00:00Z"
        #expect(try factdeck.run([], stdin: "quit\n").stdout.contains("Streak: 0 days"))
    }

    @Test func endOfInputMidCardKeepsEveryAnswer() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let first = try factdeck.addCard(front: "Q1", back: "A1")
        _ = try factdeck.addCard(front: "Q2", back: "A2")
        let session = try factdeck.run([], stdin: "study\nA1\n3\nA2")
        #expect(session.status == 0)
        #expect(try show(factdeck, first)["reps"] as? Int == 1)
    }
}

/// End-to-end: what reaches the terminal is safe and fits it.
@Suite struct ReplTerminalMannersTests {
    @Test func controlCharactersInCardsAreEscapedAndNoColourWhenPiped() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        _ = try factdeck.addCard(front: "Evil \u{1B}[31mred\u{07} question", back: "ok")
        var environment = factdeck
        environment.environment = ["TZ": "UTC"] // no NO_COLOR: styles are still off because stdout is a pipe
        let session = try environment.run([], stdin: "study\nok\n3\nquit\n")
        #expect(session.stdout.contains("Evil ^[[31mred^G question"))
        #expect(!session.stdout.contains("\u{1B}"))
        #expect(!session.stdout.contains("\u{07}"))
    }

    @Test func longTextWrapsToTheTerminalWidthAndWideCharactersCountDouble() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let words = Array(repeating: "word", count: 40).joined(separator: " ")
        _ = try factdeck.addCard(front: "日本語の質問 " + words, back: "ok")
        _ = try factdeck.addCard(front: "کدام شهر پایتخت پاکستان است؟", back: "اسلام‌آباد")
        let session = try factdeck.run([], stdin: "study\nok\n3\nاسلام‌آباد\n3\nquit\n", extraEnvironment: ["COLUMNS": "40"])
        let questionLines = session.stdout.split(separator: "\n").filter { $0.contains("word") }
        #expect(questionLines.count >= 4)
        for line in questionLines {
            let width = line.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x3000 && $1.value < 0xA000) ? 2 : 1) }
            #expect(width <= 40, "\(line)")
        }
        #expect(session.stdout.contains("کدام شهر پایتخت پاکستان است؟"))
        #expect(session.stdout.contains("✓ correct"))
    }
}
