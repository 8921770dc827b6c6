import Testing
@testable import DeckGenerator

/// Figures in marked text: qualifier, number and measure unit as written; counts without their noun.
@Suite struct FigureExtractorTests {
    static let cases: [String] = [
        "In 2023, [[645|figure]] attacks were recorded.",
        "Shares rose [[4.2%|figure]] by 0900 GMT.",
        "Workers in [[four|figure]] Asian countries earn less.",
        "The [[six-member|figure]] committee met.",
        "In total, [[more than 1,000|figure]] people lost their lives.",
        "The group controls a town [[24km|figure]] from the border.",
        "It consists of [[30,000-35,000|figure]] people.",
        "For [[20 years|figure]], Pakistan backed the group.",
        "These were the deadliest attacks in [[over 10 years|figure]].",
        "Prices rose [[3.1%|figure]] in February.",
        "Inflation fell to [[2.5 per cent|figure]] last year.",
        "The firm paid [[$2 billion|figure]] for the unit.",
        "It bought bonds worth [[more than €2.6 trillion|figure]].",
        "Apple invested [[about $3 million|figure]] in the venture.",
        "The [[two|figure]] governments met in Geneva.",
        "A team of [[fewer than ten|figure]] people built it.",
        "The rate rose by [[0.25 percentage points|figure]] on Thursday.",
        "He was named president for a [[five-year|figure]] term.",
        "One of the founders left the company.",
        "COVID-19 spread quickly.",
        "Intel's 80386 was launched the same year.",
        "Boeing 747 jets were grounded.",
        "The meeting started at 10:30 in the hall.",
        "He finished 3rd in the race.",
        "The minister unveiled a [[Rs9.45 trillion|figure]] plan.",
        "Earners between [[Rs400,000|figure]] and [[Rs2.5 million|figure]] pay less.",
        "The bank lent [[PKR1,500,000|figure]] and [[A$3 million|figure]] to farmers.",
        "The treaty gives Egypt [[40 cubic metres|figure]] per second.",
        "The ruling bloc depends on the ANC's [[58|figure]] to pass laws.",
        "Rivals fought over it for the next [[hundred years|figure]].",
        "WEEKLY SECURITY REVIEW No. 7/2024",
    ]

    @Test(arguments: cases) func findsExactlyTheMarkedFigures(_ marked: String) {
        MarkedText(marked).expectExactly("figure")
    }

    @Test func valuesAndUnits() {
        let facts = MarkedText("In total, more than 1,000 people died. It has 30,000-35,000 people. The firm paid $2 billion. A town 24km away. Prices rose 3.1%.").facts()
        func fact(_ answer: String) -> Fact? { facts.first { $0.type == .figure && $0.answer == answer } }
        #expect(fact("more than 1,000")?.value == "1000")
        #expect(fact("more than 1,000")?.unit == "people")
        #expect(fact("30,000-35,000")?.value == "30000-35000")
        #expect(fact("$2 billion")?.value == "2000000000")
        #expect(fact("24km")?.unit == "km")
        #expect(fact("3.1%")?.value == "3.1")
    }

    @Test func gluedCurrencyGivesTheWholeNumber() {
        let facts = MarkedText("It costs Rs17.57 trillion. It paid Rs600,000 and Tk1.2 million.").facts()
        func fact(_ answer: String) -> Fact? { facts.first { $0.type == .figure && $0.answer == answer } }
        #expect(fact("Rs17.57 trillion")?.value == "17570000000000")
        #expect(fact("Rs600,000")?.value == "600000")
        #expect(fact("Tk1.2 million")?.value == "1200000")
    }
}
