import FactdeckModel
import Testing

@Suite struct DeckOptionsTests {
    @Test func defaultsAreAnkis() throws {
        let options = DeckOptions()
        #expect(options.desiredRetention == 0.9)
        #expect(options.newPerDay == 20)
        #expect(options.reviewsPerDay == 200)
        #expect(options.learningSteps == [60, 600])
        #expect(options.relearningSteps == [600])
        #expect(options.maximumInterval == 36500)
        #expect(options.fuzz)
        try options.validate()
        #expect(options.schedulerOptions.desiredRetention == 0.9)
    }

    @Test func outOfRangeValuesAreRefused() {
        var options = DeckOptions()
        options.desiredRetention = 0.69
        #expect(throws: ModelError.self) { try options.validate() }
        options = DeckOptions()
        options.maximumInterval = 40000
        #expect(throws: ModelError.self) { try options.validate() }
        options = DeckOptions()
        options.newPerDay = -1
        #expect(throws: ModelError.self) { try options.validate() }
        options = DeckOptions()
        options.learningSteps = [0]
        #expect(throws: ModelError.self) { try options.validate() }
    }

    @Test func stepsParseAndFormat() throws {
        #expect(try StepList.parse("1m 10m") == [60, 600])
        #expect(try StepList.parse("30s, 1h 2d") == [30, 3600, 172_800])
        #expect(try StepList.parse("1.5m") == [90])
        #expect(try StepList.parse("") == [])
        #expect(StepList.format([60, 600]) == "1m 10m")
        #expect(StepList.format([30, 90, 3600, 86400]) == "30s 90s 1h 1d")
        for bad in ["10", "m", "1x", "-1m", "0m"] {
            #expect(throws: ModelError.self) { try StepList.parse(bad) }
        }
    }
}
