import Testing
@testable import DeckGenerator

/// Model numbers (sets 18 and 19): a bare four-digit number too large for a year, written as a name, is no figure.
extension FigureExtractorTests {
    @Test(arguments: [
        "Rivals such as Motorola's 6800 listed at [[about $175|figure]].",
        "The 6502 proved that a microprocessor could be a commodity.",
        "The chip, the MOS Technology 6502, cost [[$25|figure]].",
        "He bought 6502s at the fair and used a 6502 in the board.",
        "The low-power version, the 65C02, and its [[16|figure]]-bit extension, the 65C816, followed.",
        "Motorola, whose 6800 team worked in Arizona, hired him.",
        "It was a proposal of the Group of 77 and China, which has [[134|figure]] members.",
        "The plant let go of the [[4500|figure]] workers and paid [[Rs 5000|figure]] each.",
    ])
    func modelNumbersAreNoFigures(_ marked: String) {
        MarkedText(marked).expectExactly("figure")
    }
}
