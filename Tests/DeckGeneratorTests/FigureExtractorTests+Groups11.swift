import Testing
@testable import DeckGenerator

/// Figures of the groups11 round: ordinal compounds and names glued to a number, engine and seat labels, and the taka
/// written `Tk`.
extension FigureExtractorTests {
    @Test func gluedOrdinalCompoundsAndNamesAreNoFigures() {
        MarkedText("He named it after the ether, through which 19th-century physicists believed light travelled.").expectExactly("figure")
        MarkedText("In 1979 Metcalfe left PARC and founded 3Com to build [[10|figure]] products.").expectExactly("figure")
        // A unit run into the number stays a figure.
        MarkedText("The link ran at [[10Gbps|figure]] by then.").expectExactly("figure")
    }

    @Test func engineAndSeatLabelsAreNoFigures() {
        MarkedText("The fuel switches of engine 1 and engine 2 moved within [[one second|figure]] of each other.").expectExactly("figure")
        MarkedText("The survivor was sitting in seat 11A.").expectExactly("figure")
    }

    @Test func rateAfterAName() {
        MarkedText("CPI-trim was [[2.9%|figure]] and CPI-median [[2.6%|figure]] in April, and the Boeing 747 flew on.").expectExactly("figure")
    }

    @Test func takaWrittenTk() {
        MarkedText("The bridges division set tolls at [[Tk 100|figure]] for a motorcycle and [[Tk 2,400|figure]] for a bus.").expectExactly("figure")
    }
}
