import Testing
@testable import DeckGenerator

/// Well-known organisations named bare, with no other cue (`KnownOrganisations.swift`). Invented sentences.
let knownOrganisationCases = [
    "[[Microsoft|group]] saw the threat early, analysts said.",
    "The shift began when [[Oracle|group]], [[Hewlett-Packard|group]] and [[Dell|group]] followed the trend.",
    "Ratings agency [[Moody's|group]] said the outlook for the region was stable.",
    "The code moved to [[GitHub|group]], the hosting service, in March.",
    "The budget was attacked by [[Labour|group]]'s shadow chancellor on Tuesday.",
    "The design was judged better than that of [[Nvidia|group]].",
    "Investors waited for [[Standard & Poor's|group]] to cut the rating.",
    "The loan was agreed with the [[IMF|group]] after talks with the [[Asian Development Bank|group]].",
    "A report by [[Amnesty International|group]] criticised the raids.",
    "The [[Bundesbank|group]] warned about inflation.",
    "Ministers met [[Goldman Sachs|group]] and [[Morgan Stanley|group]] in London.",
    "Cards issued by [[American Express|group]] were accepted.",
    // Inside a longer name the listed name is no name of its own.
    "He opened Google Maps to find the road.",
    // An ordinary word that is also a company: not at the start of a sentence, nor after an article.
    "He ate an Apple pie at noon.",
    "Shell shock was common among the soldiers.",
    // A maker's product after an article.
    "He drove a Honda to work.",
    // A common noun after a possessive, and a name before a market term.
    "He quoted Love's Labour's Lost at dinner.",
    "Treasury yields rose on Monday.",
    "The [[Treasury|group]] said the plan was sound.",
    // An acronym in capitals only: `Who` is no body.
    "He asked Who would come next.",
]

extension GroupExtractorTests {
    @Test(arguments: knownOrganisationCases) func findsWellKnownOrganisationsNamedBare(_ marked: String) {
        MarkedText(marked).expectExactly("group")
    }

    @Test func knownNamesLinkTheirAcronyms() {
        let found = groups("The International Monetary Fund (IMF) approved the loan. The IMF said reforms would follow. Microsoft declined to comment.")
        #expect(found.contains { names($0) == ["International Monetary Fund", "IMF"] })
        #expect(found.contains { $0.answer == "Microsoft" })
        #expect(!found.contains { $0.answer == "IMF" })
    }
}
