import FSRS
import Study
import Testing

@Suite struct AnswerJudgeTests {
    func verdict(_ typed: String, _ answer: String, _ alternatives: [String] = []) -> AnswerJudge.Verdict {
        AnswerJudge.judge(typed, answer: answer, alternatives: alternatives).verdict
    }

    @Test(arguments: [("1,000", "1000"), ("1000", "1,000"), ("one thousand", "1,000"), ("24km", "24 km"),
                      ("24 km", "24km"), ("more than 1,000", "1000"), ("1000", "more than 1,000"),
                      ("2 billion", "$2 billion"), ("3.5%", "3.5 percent"), ("thirty-five", "35"),
                      ("30000-35000", "30,000-35,000"), ("six hundred and forty-five", "645"), ("two", "two governments")])
    func numbersMatchByValue(_ typed: String, _ answer: String) {
        #expect(verdict(typed, answer) == .correct, "\(typed) vs \(answer)")
    }

    @Test(arguments: [("1001", "1,000"), ("24 miles", "24 km"), ("645", "654"), ("30,000", "30,000-35,000")])
    func wrongNumbersAreWrongWithoutTypoTolerance(_ typed: String, _ answer: String) {
        #expect(verdict(typed, answer) == .wrong, "\(typed) vs \(answer)")
    }

    @Test(arguments: [("12 January 2025", "2025-01-12"), ("2025-01-12", "January 12, 2025"), ("Jan 12, 2025", "12 January 2025"),
                      ("12.01.2025", "2025-01-12"), ("July 29, 2011", "29 July 2011"), ("1947", "1947"),
                      ("December 2024", "2024-12"), ("the 1990s", "1990s"), ("5th January", "January 5")])
    func datesMatchByDate(_ typed: String, _ answer: String) {
        #expect(verdict(typed, answer) == .correct, "\(typed) vs \(answer)")
    }

    @Test func wrongDatesAreWrong() {
        #expect(verdict("1974", "1947") == .wrong)
        #expect(verdict("13 January 2025", "2025-01-12") == .wrong)
        #expect(verdict("January 2025", "12 January 2025") == .wrong)
    }

    @Test func namesMatchAnyAliasCaseAndAccentBlind() {
        #expect(verdict("ttp", "Tehreek-e Taliban Pakistan", ["TTP", "Pakistani Taliban"]) == .correct)
        #expect(verdict("pakistani taliban", "Tehreek-e Taliban Pakistan", ["TTP", "Pakistani Taliban"]) == .correct)
        #expect(verdict("Tehreek e Taliban Pakistan", "Tehreek-e Taliban Pakistan") == .correct)
        #expect(verdict("Sao Paulo", "São Paulo") == .correct)
        #expect(verdict("the Taliban", "Taliban") == .correct)
    }

    @Test func smallTyposAreForgivenButShortWordsAreExact() {
        #expect(verdict("Tehreek-e Taliban Pakistn", "Tehreek-e Taliban Pakistan") == .typo)
        #expect(verdict("Parsi", "Paris") == .typo)
        #expect(verdict("TPP", "TTP") == .wrong)
        #expect(verdict("London", "Paris") == .wrong)
        let typo = AnswerJudge.judge("Parsi", answer: "Paris")
        #expect(typo.suggestedRating == .good)
        #expect(typo.closest == "Paris")
    }

    @Test func emptyAnswerRevealsWithoutSuggestion() {
        let judgement = AnswerJudge.judge("  ", answer: "Paris")
        #expect(judgement.verdict == .empty)
        #expect(judgement.suggestedRating == nil)
        #expect(AnswerJudge.judge("x", answer: "Paris").suggestedRating == .again)
    }
}
