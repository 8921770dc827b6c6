import Foundation
import Testing
@testable import FSRS

@Suite struct ParametersTests {
    @Test func defaultsAreValidFSRS6() throws {
        let w = Parameters.fsrs6Default.w
        #expect(w.count == 21)
        #expect(w[20] == 0.1542)
        #expect(try Parameters(w) == .fsrs6Default)
    }

    @Test func rejectsWrongCountAndNonFinite() {
        #expect(throws: FSRSError.invalidParameters("expected 21 FSRS-6 parameters, got 19")) {
            try Parameters(Array(Parameters.fsrs6Default.w.prefix(19)))
        }
        var w = Parameters.fsrs6Default.w
        w[8] = .nan
        #expect(throws: FSRSError.self) { try Parameters(w) }
        w[8] = .infinity
        #expect(throws: FSRSError.self) { try Parameters(w) }
    }

    @Test func rejectsOutOfBounds() {
        var w = Parameters.fsrs6Default.w
        w[20] = 0  // zero decay would divide by zero
        #expect(throws: FSRSError.self) { try Parameters(w) }
    }

    @Test func customParametersChangeTheModel() throws {
        var w = Parameters.fsrs6Default.w
        w[2] = 5
        let model = FSRSModel(parameters: try Parameters(w))
        #expect(model.initialState(rating: .good).stability == 5)
    }
}
