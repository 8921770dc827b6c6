import Testing
@testable import DeckGenerator

/// Groups seen on sets 22 and 23: names listing a body's functions (`the X Telemetry, Tracking and Command Network`),
/// a court before a judge's title, kind nouns' modifiers (`the Nordic bank SEB`), adjectives of nations in `-ian`,
/// founded bodies, `known by its acronym`, `also known as` after an apposition, `the Post` for a paper, and the heads
/// `Electric` and `wholesaler`.
extension GroupExtractorTests {
    @Test func nameListingFunctionsIsOneBody() {
        MarkedText("Scientists at the [[ISRO Telemetry, Tracking and Command Network|group]] in Bengaluru cheered.").expectExactly("group")
        // A list of bodies stays a list.
        MarkedText("Officials at the [[Fed|group]], [[Treasury|group]] and [[Bank of England|group]] met.").expectExactly("group")
    }

    @Test func courtBeforeAJudgesTitle() {
        MarkedText("In Seattle, [[King County Superior Court|group]] Judge Marshall Ferguson blocked the merger.").expectExactly("group")
        MarkedText("[[NASA|group]] Administrator Bill Nelson said the agency was glad.").expectExactly("group")
    }

    @Test func modifiersOfKindNounsAreNoGroups() {
        MarkedText("Thomas Ekberg, a strategist at the Nordic bank [[SEB|group]], said prices would fall.").expectExactly("group")
        MarkedText("Carla Benedetti, a rates strategist at the Milan brokerage [[Fontana Securities|group]], said so.").expectExactly("group")
        MarkedText("Arrivals at Ivorian ports were down. The Ivorian regulator, the [[Conseil du Cafe-Cacao|group]] (CCC), set the price.")
            .expectExactly("group")
    }

    @Test func foundedBodiesAndNewHeads() {
        MarkedText("Faggin left [[Intel|group]] that year to co-found [[Zilog|group]], whose Z80 sold well.").expectExactly("group")
        MarkedText("Federico Faggin founded [[Zilog|group]] in 1974 with Ralph Ungermann.").expectExactly("group")
        MarkedText("They sold 579 stores to [[C&S Wholesale Grocers|group]], a New Hampshire-based wholesaler.").expectExactly("group")
        MarkedText("[[Panasonic|group]], the brand of what was then [[Matsushita Electric|group]], launched a player.").expectExactly("group")
    }

    @Test func knownByItsAcronymAndAlsoKnownAsAfterAnApposition() {
        let text = """
        The United Nations Office for the Coordination of Humanitarian Affairs, better known by its acronym OCHA, put the toll at 1,480. \
        In 1969 Busicom, a Japanese calculator maker also known as Nippon Calculating Machine Corporation, approached Intel.
        """
        let found = groups(text)
        #expect(found.first { $0.answer == "United Nations Office for the Coordination of Humanitarian Affairs" }?.aliases == ["OCHA"], "\(found.map(names))")
        #expect(found.first { $0.answer == "Busicom" }?.aliases == ["Nippon Calculating Machine Corporation"], "\(found.map(names))")
        #expect(found.count == 3, "\(found.map(names))")
    }

    @Test func thePostStandsForTheNamedPaper() {
        let found = groups("The Subcontinent Post reported it first. Meera Iyer is the Post’s science correspondent.")
        #expect(found.map(names) == [["Subcontinent Post", "Post"]], "\(found.map(names))")
    }

    @Test func chargesConceptsAndOfficelessTitleWordsAreNoGroups() {
        MarkedText("The government raised the daily Sustainable Development Fee charged to visitors to $200.").expectExactly("group")
        MarkedText("It matches its philosophy of Gross National Happiness, a development concept credited to his father.").expectExactly("group")
        // `National` holds no office: `Gross` is no body before a titled person.
        #expect(!groups("The plan extends Gross National Happiness.").map(\.answer).contains("Gross"))
    }

    @Test func currencyAcronymsAndSingularNationalAdjectivesAreNoGroups() {
        MarkedText("The [[Ghana Cocoa Board|group]] set it at 1,000 CFA francs a kilogram.").expectExactly("group")
        MarkedText("Some Iranian officials blamed sanctions. Xi called it a great loss to the Iranian people.").expectExactly("group")
    }

    @Test func aKindOfBodyBeforeTheNameOutweighsAThingInApposition() {
        MarkedText("The Swiss group [[Barry Callebaut|group]], the world's largest cocoa processor, said it was passing costs on.").expectExactly("group")
    }

    @Test func aNamedMakerIsACompanyEvenBesideItsProducts() {
        MarkedText("The twin-engine [[ATR|group]] 72-500 went down. Investigators urged the French-Italian manufacturer ATR to change the levers.")
            .expectExactly("group")
        MarkedText("Wind farms were built by the Danish manufacturer [[Vestas|group]] in 2019.").expectExactly("group")
        MarkedText("The story was told by the filmmaker Steven Spielberg.").expectExactly("group")
    }

    @Test func aNameAfterATownOfIsAPlace() {
        MarkedText("He announced a region in the border town of Gelephu. The rest must not become the servant of Gelephu, she said.")
            .expectExactly("group")
    }

    @Test func anInstrumentAndItsAcronymAfterOrAreNoGroups() {
        MarkedText("The Transmission Protection Instrument, or TPI, allows the [[ECB|group]] to buy bonds.").expectExactly("group")
    }
}
