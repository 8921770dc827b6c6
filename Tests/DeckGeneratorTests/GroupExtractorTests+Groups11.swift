import Testing
@testable import DeckGenerator

/// Groups of the groups11 round: lower-case connectors inside bodies' names (`on`, `at`, Spanish `y`), words in
/// capitals that are no bodies (quoted words, currency pairs, share classes, networks), sector words alone, news
/// outlets of journalists, kinds of body after possessive pronouns and in two words, founded companies, company
/// last words, airlines of flights, places after `in` and place appositions.
extension GroupExtractorTests {
    @Test func lowerCaseConnectorsInsideBodiesNames() {
        MarkedText("Cultivation collapsed, the [[United Nations Office on Drugs and Crime|group]] said on Sunday.").expectExactly("group")
        MarkedText("He was a professor at the [[University of Texas at Austin|group]] for a decade.").expectExactly("group")
        MarkedText("The [[Organización de Consumidores y Usuarios|group]], a Spanish consumer group, said investors lost money.").expectExactly("group")
        // A weekday after `on` is the day of the act, not the subject of the body.
        MarkedText("The [[European Commission|group]] on Monday fined [[Google|group]].").expectExactly("group")
    }

    @Test func quotedCapitalsCurrencyPairsShareClassesAndNetworksAreNoBodies() {
        MarkedText("In 2011 the dictionary added \"LOL\" and \"OMG\".").expectExactly("group")
        MarkedText("A \"MAYDAY\" call was transmitted before the jet struck buildings.").expectExactly("group")
        MarkedText("Markets: CAD/USD 0.7296, MNT/USD 3,540.").expectExactly("group")
        MarkedText("Holders could sell Class A voting stock for $23 a share, and the family holds class A shares.").expectExactly("group")
        MarkedText("He wrote his thesis on the ARPANET, which later linked to NSFNET.").expectExactly("group")
    }

    @Test func sectorWordsAloneAreNoBodies() {
        MarkedText("Mining accounts for about a quarter of output, according to the [[World Bank|group]].").expectExactly("group")
    }

    @Test func journalistsNameTheirOutlets() {
        MarkedText("Lukas Brunner covers consumer companies for [[Alpine Business Wire|group]].").expectExactly("group")
        MarkedText("Nusrat Jahan Rumi is a senior reporter for [[Delta Dispatch|group]].").expectExactly("group")
        MarkedText("Ramesh Karki is the [[Himal Ledger|group]]'s political correspondent in Kathmandu.").expectExactly("group")
        // Reporters told something at a place are no outlet's staff.
        MarkedText("\"It is our pride,\" he told reporters at Mawa.").expectExactly("group")
    }

    @Test func kindsOfBodyBeforeNames() {
        MarkedText("Mario Gabelli, whose firm [[GAMCO Investors|group]] holds shares, argued against it.").expectExactly("group")
        MarkedText("He manages a fund at the Geneva-based asset manager [[Lavaux Partenaires|group]].").expectExactly("group")
        MarkedText("It was sold at an auction held by the Paris house [[Aguttes|group]].").expectExactly("group")
        MarkedText("Jason Kirby, who runs the volunteer archive [[Spectrum Vault|group]], said so.").expectExactly("group")
    }

    @Test func foundedCompaniesCompanyLastWordsAndAirlines() {
        MarkedText("In 1979 Metcalfe founded [[Zentrix|group]] to build network cards.").expectExactly("group")
        MarkedText("[[Anglo American|group]] and [[Teck Resources|group]] have agreed to combine.").expectExactly("group")
        MarkedText("He flew on to Singapore aboard a [[Saudia|group]] flight.").expectExactly("group")
    }

    @Test func namesAfterInAndPlaceAppositionsAreNoBodies() {
        MarkedText("Priya Raman is an engineer at [[Tallbridge Systems|group]], a small software consultancy in Leeds.").expectExactly("group")
        MarkedText("How a message typed on a PC in Newbury launched a habit.").expectExactly("group")
        MarkedText("It threatens herders in Khanbogd, the district around the site.").expectExactly("group")
        MarkedText("Rogers negotiated with [[Elorg|group]], the Soviet state agency that controlled exports.").expectExactly("group")
    }

    @Test func aNamedBodyAfterTheSpeaks() {
        MarkedText("The [[White House|group]] said it welcomed any effort to end the war.").expectExactly("group")
    }

    @Test func aNameStopsBeforeAnOwningAcronym() {
        MarkedText("It was built by [[Acorn Computers|group]] for the [[BBC|group]]'s Computer Literacy Project.").expectExactly("group")
    }
}
