import Testing
@testable import DeckGenerator

/// Roles seen on set 20: a level of government before a minister's title with `for`, initials in a name before `of the
/// BODY`, and the oath of office past an age or an apposition.
extension PositionExtractorTests {
    @Test func governmentLevelBeforeAMinistersTitle() {
        let found = roles("Federal Minister for Privatisation Abdul Aleem Khan, who also heads the Istehkam-e-Pakistan Party (IPP), told reporters it was fine.")
        #expect(found["Abdul Aleem Khan"] == "Federal Minister for Privatisation", "\(found)")
        #expect(!FactExtractor.extract(text: "Federal Minister for Privatisation Abdul Aleem Khan spoke.", format: .plain).1
            .contains { $0.type == .group && $0.answer.contains("Abdul") })
    }

    @Test func initialsInANameBeforeOfTheBody() {
        let found = roles("The party shared the stage with Tamil Nadu chief minister M.K. Stalin of the DMK.")
        #expect(found["M.K. Stalin"] == "chief minister", "\(found)")
    }

    @Test func oathOfOfficePastAnAgeOrAnApposition() {
        let text = """
        BENGALURU, May 20 – Siddaramaiah, 75, was sworn in as chief minister of Karnataka on Saturday. \
        D.K. Shivakumar, the president of the Karnataka Pradesh Congress Committee (KPCC), took the oath as the lone deputy chief minister.
        """
        let found = positions(text, "role").map { "\($0.answer): \($0.role ?? "")" }
        #expect(found.contains("Siddaramaiah: chief minister of Karnataka"), "\(found)")
        #expect(found.contains("D.K. Shivakumar: lone deputy chief minister"), "\(found)")
    }
}

extension PositionExtractorTests {
    @Test func copulaAfterAlsoAndPluralOfficesBeforeTwoNames() {
        let text = """
        John Elkann chairs the board. Elkann, who is also chief executive of Exor, said the board would act. \
        In 1978 two senior civil servants, Simon Nora and Alain Minc, delivered a report. \
        "It was hard," said Katrin Lehmann, a shop steward at the Emden plant.
        """
        let found = positions(text, "role").map { "\($0.answer): \($0.role ?? "")" }
        for role in ["Elkann: chief executive of Exor", "Simon Nora: senior civil servants", "Alain Minc: senior civil servants", "Katrin Lehmann: shop steward"] {
            #expect(found.contains(role), "\(found)")
        }
        #expect(!FactExtractor.extract(text: text, format: .plain).1.contains { $0.type == .group && $0.answer == "Emden" })
    }
}

extension PositionExtractorTests {
    @Test func foundingAndBoardSeatsInAWhoClause() {
        let text = """
        The entrepreneur Xavier Niel, who later founded the internet provider Free and its parent Iliad, made a fortune. \
        Lower Saxony’s premier Stephan Weil, a Social Democrat who sits on Volkswagen’s supervisory board, welcomed the deal. \
        "It is low," said Kalpona Akter, president of the union, who sat on the sidelines of the board's talks.
        """
        let found = positions(text, "role").map { "\($0.answer): \($0.role ?? "")" }
        #expect(found.contains("Xavier Niel: founder of Free"), "\(found)")
        #expect(found.contains("Stephan Weil: member of Volkswagen’s supervisory board"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Kalpona Akter: member") }, "\(found)")
    }
}

extension PositionExtractorTests {
    @Test func ownersBracketedAcronymInAnAppositionAndAWritesAboutTagline() {
        let text = """
        K.C. Venugopal, the All India Congress Committee (AICC) general secretary in charge of organisation, announced it on Thursday.

        Claire Dubois writes about the history of technology.
        """
        let found = positions(text, "role").map { "\($0.answer): \($0.role ?? "")" }
        #expect(found.contains("K.C. Venugopal: All India Congress Committee (AICC) general secretary in charge of organisation"), "\(found)")
        #expect(found.contains("Claire Dubois: writes about the history of technology"), "\(found)")
        #expect(roles("Pakistan retaliated under Operation Bunyan, targeting what Inter-Services Public Relations (ISPR) Director General X said.").isEmpty)
    }
}
