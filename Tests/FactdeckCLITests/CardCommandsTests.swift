import Foundation
import Testing

/// End-to-end: the card commands on a fresh collection, their JSON and their errors.
@Suite struct CardCommandsTests {
    @Test func addPrintsIDAndCreatesDeckWithCounts() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let plain = try factdeck.run(["add", "--deck", "Geo", "--front", "Capital of Peru", "--back", "Lima", "--alt", "Lima, Peru", "--tag", "capitals"])
        #expect(plain.status == 0)
        #expect(plain.stdout.trimmingCharacters(in: .whitespacesAndNewlines).count == 12)
        let cloze = try factdeck.run(["add", "--deck", "Geo", "--cloze", "In {{2023}}, {{645}} attacks were recorded.", "--json"])
        #expect(cloze.status == 0)
        let object = try #require(try cloze.json() as? [String: Any])
        let ids = try #require(object["ids"] as? [String])
        #expect(ids.count == 2)
        #expect(object["id"] as? String == ids[0])

        let decks = try #require(try factdeck.run(["decks", "--json"]).json() as? [[String: Any]])
        #expect(decks.count == 1)
        #expect(decks[0]["deck"] as? String == "Geo")
        #expect(decks[0]["new"] as? Int == 3)
        #expect(decks[0]["learning"] as? Int == 0)
        #expect(decks[0]["due"] as? Int == 0)
        let table = try factdeck.run(["decks"])
        #expect(table.stdout.contains("Geo"))
    }

    @Test func clozeCardsHideOnePartEach() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        try factdeck.run(["add", "--deck", "D", "--cloze", "In {{2023}}, {{645}} attacks were recorded."])
        let cards = try #require(try factdeck.run(["list", "--json"]).json() as? [[String: Any]])
        let prompts = cards.compactMap { $0["prompt"] as? String }.sorted()
        #expect(prompts == ["In 2023, [...] attacks were recorded.", "In [...], 645 attacks were recorded."])
        let answers = Set(cards.compactMap { $0["answer"] as? String })
        #expect(answers == ["2023", "645"])
    }

    @Test func listFiltersByDeckDueAndText() throws {
        var factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let paris = try factdeck.addCard(deck: "Geo", front: "Capital of France", back: "Paris")
        _ = try factdeck.addCard(deck: "Geo", front: "Capital of Peru", back: "Lima")
        _ = try factdeck.addCard(deck: "History", front: "Year of partition", back: "1947")
        #expect(try factdeck.run(["review", paris, "--rating", "good"]).status == 0)

        let all = try #require(try factdeck.run(["list", "--json"]).json() as? [[String: Any]])
        #expect(all.count == 3)
        for card in all { for key in ["id", "deck", "state", "due"] { #expect(card[key] != nil) } }
        let geo = try #require(try factdeck.run(["list", "--deck", "Geo", "--json"]).json() as? [[String: Any]])
        #expect(geo.count == 2)
        let found = try #require(try factdeck.run(["list", "lima", "--json"]).json() as? [[String: Any]])
        #expect(found.map { $0["answer"] as? String } == ["Lima"])
        // The learning card is due in 10 minutes: due today, but not yet a minute from now.
        let due = try #require(try factdeck.run(["list", "--due", "--json"]).json() as? [[String: Any]])
        #expect(due.map { $0["id"] as? String } == [paris])
        #expect(due.first?["state"] as? String == "learning")
        factdeck.now = "2025-01-13T12:00:00Z"
        #expect(try factdeck.run(["list", "--due", "--deck", "History", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        let missingDeck = try factdeck.run(["list", "--deck", "Nope"])
        #expect(missingDeck.status == 66)
        #expect(missingDeck.stderr.hasPrefix("factdeck: error: no deck named 'Nope'"))
    }

    @Test func showHasExactlyTheDocumentedKeys() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let id = try factdeck.addCard()
        let fresh = try #require(try factdeck.run(["show", id, "--json"]).json() as? [String: Any])
        let keys: Set<String> = ["id", "deck", "state", "step", "stability", "difficulty", "retrievability", "due",
                                 "last_review", "reps", "lapses", "suspended", "history"]
        #expect(Set(fresh.keys) == keys)
        #expect(fresh["state"] as? String == "new")
        #expect(fresh["stability"] is NSNull)
        #expect(fresh["retrievability"] is NSNull)
        #expect((fresh["history"] as? [Any])?.isEmpty == true)

        #expect(try factdeck.run(["review", id, "--rating", "easy"]).status == 0)
        let reviewed = try #require(try factdeck.run(["show", id, "--json"]).json() as? [String: Any])
        #expect(reviewed["state"] as? String == "review")
        #expect(reviewed["step"] is NSNull)
        #expect(abs((reviewed["stability"] as? Double ?? 0) - 8.2956) < 1e-9)
        #expect(reviewed["due"] as? String != nil)
        #expect(reviewed["last_review"] as? String == "2025-01-12T12:00:00Z")
        #expect(reviewed["reps"] as? Int == 1)
        let history = try #require(reviewed["history"] as? [[String: Any]])
        #expect(history.count == 1)
        #expect(Set(history[0].keys) == ["at", "rating", "state_before", "stability_after", "difficulty_after"])
        #expect(history[0]["rating"] as? Int == 4)
        #expect(history[0]["state_before"] as? String == "new")

        let text = try factdeck.run(["show", id])
        #expect(text.stdout.contains("Capital of France"))
        #expect(text.stdout.contains("Paris"))
        #expect(text.stdout.contains("history"))
    }

    @Test func reviewFollowsLearningStepsAndLapses() throws {
        var factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let id = try factdeck.addCard()
        let first = try #require(try factdeck.run(["review", id, "--rating", "again", "--json"]).json() as? [String: Any])
        #expect(first["state"] as? String == "learning")
        #expect(first["step"] as? Int == 0)
        #expect(first["due"] as? String == "2025-01-12T12:01:00Z")
        factdeck.now = "2025-01-12T12:02:00Z"
        let second = try #require(try factdeck.run(["review", id, "--rating", "3", "--json"]).json() as? [String: Any])
        #expect(second["step"] as? Int == 1)
        #expect(second["due"] as? String == "2025-01-12T12:12:00Z")
        factdeck.now = "2025-01-12T12:15:00Z"
        let graduated = try #require(try factdeck.run(["review", id, "--rating", "good", "--json"]).json() as? [String: Any])
        #expect(graduated["state"] as? String == "review")
        factdeck.now = "2025-01-20T12:00:00Z"
        let lapsed = try #require(try factdeck.run(["review", id, "--rating", "1", "--json"]).json() as? [String: Any])
        #expect(lapsed["state"] as? String == "relearning")
        #expect(lapsed["lapses"] as? Int == 1)
        #expect(lapsed["reps"] as? Int == 4)
        let text = try factdeck.run(["review", id, "--rating", "good"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("good → review"))
    }

    @Test func reviewRefusesBadRatingsAndUnknownCardsWithoutChanges() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let id = try factdeck.addCard()
        for bad in ["5", "0", "great", ""] {
            let result = try factdeck.run(["review", id, "--rating", bad])
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("factdeck: error: "))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        let unknown = try factdeck.run(["review", "nosuchcard", "--rating", "good"])
        #expect(unknown.status == 66)
        #expect(unknown.stderr == "factdeck: error: no card with id 'nosuchcard'\n")
        let shown = try #require(try factdeck.run(["show", id, "--json"]).json() as? [String: Any])
        #expect(shown["reps"] as? Int == 0)
        let missing = try factdeck.run(["review", id])
        #expect(missing.status == 64)
    }

    @Test func editKeepsHistory() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let id = try factdeck.addCard()
        try factdeck.run(["review", id, "--rating", "good"])
        let edited = try factdeck.run(["edit", id, "--front", "What is the capital of France?", "--back", "Paris (city)", "--json"])
        #expect(edited.status == 0)
        let cards = try #require(try factdeck.run(["list", "--json"]).json() as? [[String: Any]])
        let card = cards.first
        #expect(card?["prompt"] as? String == "What is the capital of France?")
        #expect(card?["answer"] as? String == "Paris (city)")
        let shown = try #require(try factdeck.run(["show", id, "--json"]).json() as? [String: Any])
        #expect((shown["history"] as? [Any])?.count == 1)
        #expect(shown["state"] as? String == "learning")
        #expect(try factdeck.run(["edit", id]).status == 64)
        #expect(try factdeck.run(["edit", "zzzz", "--front", "x"]).status == 66)

        let cloze = try #require(try factdeck.run(["add", "--deck", "D", "--cloze", "In {{2023}} it began.", "--json"]).json() as? [String: Any])
        let clozeID = try #require(cloze["id"] as? String)
        #expect(try factdeck.run(["edit", clozeID, "--back", "2024"]).status == 0)
        let clozeCards = try #require(try factdeck.run(["list", "2024", "--json"]).json() as? [[String: Any]])
        let clozeCard = clozeCards.first
        #expect(clozeCard?["answer"] as? String == "2024")
        #expect(clozeCard?["prompt"] as? String == "In [...] it began.")
    }

    @Test func suspendUnsuspendAndDeleteAreAllOrNothing() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let first = try factdeck.addCard(front: "A", back: "1")
        let second = try factdeck.addCard(front: "B", back: "2")
        let refused = try factdeck.run(["suspend", first, "unknown1"])
        #expect(refused.status == 66)
        var cards = try #require(try factdeck.run(["list", "--json"]).json() as? [[String: Any]])
        #expect(cards.allSatisfy { $0["suspended"] as? Bool == false })

        #expect(try factdeck.run(["suspend", first, second]).status == 0)
        cards = try #require(try factdeck.run(["list", "--json"]).json() as? [[String: Any]])
        #expect(cards.allSatisfy { $0["suspended"] as? Bool == true })
        let decks = try #require(try factdeck.run(["decks", "--json"]).json() as? [[String: Any]])
        #expect(decks[0]["new"] as? Int == 0)
        #expect(decks[0]["suspended"] as? Int == 2)
        #expect(try factdeck.run(["unsuspend", second, "--json"]).status == 0)
        #expect(try factdeck.run(["suspend"]).status == 64)

        try factdeck.run(["review", first, "--rating", "good"])
        #expect(try factdeck.run(["delete", first, "missing"]).status == 66)
        #expect((try factdeck.run(["list", "--json"]).json() as? [[String: Any]])?.count == 2)
        let deleted = try #require(try factdeck.run(["delete", first, "--json"]).json() as? [String: Any])
        #expect(deleted["deleted"] as? [String] == [first])
        #expect(try factdeck.run(["show", first]).status == 66)
        #expect((try factdeck.run(["list", "--json"]).json() as? [[String: Any]])?.count == 1)
    }

    @Test func optionsShowChangeAndRefuseOutOfBounds() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        _ = try factdeck.addCard(deck: "Geo")
        let defaults = try #require(try factdeck.run(["options", "Geo", "--json"]).json() as? [String: Any])
        #expect(defaults["desired_retention"] as? Double == 0.9)
        #expect(defaults["new_per_day"] as? Int == 20)
        #expect(defaults["reviews_per_day"] as? Int == 200)
        #expect(defaults["learning_steps"] as? String == "1m 10m")
        #expect(defaults["relearning_steps"] as? String == "10m")
        #expect(defaults["maximum_interval"] as? Int == 36500)
        #expect(defaults["fuzz"] as? Bool == true)

        let changed = try #require(try factdeck.run(["options", "Geo", "--desired-retention", "0.85", "--new-per-day", "5",
                                                     "--learning-steps", "2m 15m 1h", "--fuzz", "off", "--json"]).json() as? [String: Any])
        #expect(changed["desired_retention"] as? Double == 0.85)
        #expect(changed["new_per_day"] as? Int == 5)
        #expect(changed["learning_steps"] as? String == "2m 15m 1h")
        #expect(changed["fuzz"] as? Bool == false)

        for bad in [["--desired-retention", "0.5"], ["--desired-retention", "1.2"], ["--new-per-day", "-1"],
                    ["--learning-steps", "1x"], ["--fuzz", "maybe"], ["--maximum-interval", "0"]] {
            let result = try factdeck.run(["options", "Geo"] + bad)
            #expect(result.status == 64, "\(bad)")
            #expect(result.stderr.hasPrefix("factdeck: error: "))
        }
        let after = try #require(try factdeck.run(["options", "Geo", "--json"]).json() as? [String: Any])
        #expect(after["desired_retention"] as? Double == 0.85)
        #expect(try factdeck.run(["options", "Nope"]).status == 66)
        let text = try factdeck.run(["options", "Geo"])
        #expect(text.stdout.contains("2m 15m 1h"))
    }

    @Test func newCardLimitCapsTodaysCount() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        for index in 0..<4 { _ = try factdeck.addCard(front: "Q\(index)", back: "A\(index)") }
        #expect(try factdeck.run(["options", "Demo", "--new-per-day", "2"]).status == 0)
        var decks = try #require(try factdeck.run(["decks", "--json"]).json() as? [[String: Any]])
        #expect(decks[0]["new"] as? Int == 2)
        let listed = try #require(try factdeck.run(["list", "--json"]).json() as? [[String: Any]])
        let id = try #require(listed.first?["id"] as? String)
        try factdeck.run(["review", id, "--rating", "good"])
        decks = try #require(try factdeck.run(["decks", "--json"]).json() as? [[String: Any]])
        #expect(decks[0]["new"] as? Int == 1)
        #expect(decks[0]["learning"] as? Int == 1)
    }

    @Test func usageMistakesExit64WithOneLine() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        for arguments in [["bogus"], ["add", "--deck", "D"], ["add", "--deck", "D", "--front", "x"],
                          ["add", "--deck", "D", "--cloze", "no blanks here"], ["show"], ["list", "--nope"]] {
            let result = try factdeck.run(arguments)
            #expect(result.status == (arguments.contains("--cloze") ? 65 : 64), "\(arguments)")
            #expect(result.stderr.hasPrefix("factdeck: error: "), "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
        let help = try factdeck.run(["--help"], database: false)
        #expect(help.status == 0)
        #expect(help.stdout.contains("review"))
        let badClock = try factdeck.run(["decks"], extraEnvironment: ["FACTDECK_NOW": "yesterday"])
        #expect(badClock.status == 64)
        #expect(badClock.stderr.contains("FACTDECK_NOW"))
    }

    @Test func homeScreenListsDecks() throws {
        let factdeck = try FactdeckProcess()
        defer { factdeck.cleanUp() }
        let empty = try factdeck.run([])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("No decks yet"))
        _ = try factdeck.addCard(deck: "Geo")
        let home = try factdeck.run([])
        #expect(home.stdout.contains("Geo"))
        #expect(home.stdout.contains("'study' will show 0 learning, 0 review and 1 new card."))
        let counts = try #require(try factdeck.run(["--json"]).json() as? [[String: Any]])
        #expect(counts.first?["deck"] as? String == "Geo")
        #expect(counts.first?["new"] as? Int == 1)
    }
}
