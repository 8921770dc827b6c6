import Study
import Testing

@Suite struct TextFoldingTests {
    @Test func foldsCaseAccentsAndPunctuation() {
        #expect(TextFolding.fold("  Tehreek-e  Taliban, Pakistan! ") == "tehreek e taliban pakistan")
        #expect(TextFolding.fold("Ñandú") == "nandu")
        #expect(TextFolding.fold("1,000.5 km") == "1,000.5 km")
    }

    @Test func distanceCountsTranspositionsOnceAndStopsAtTheLimit() {
        #expect(TextFolding.distance("paris", "parsi", limit: 2) == 1)
        #expect(TextFolding.distance("kitten", "sitting", limit: 5) == 3)
        #expect(TextFolding.distance("a", "abcdef", limit: 2) == 3)
        #expect(TextFolding.typoTolerance(forLength: 3) == 0)
        #expect(TextFolding.typoTolerance(forLength: 5) == 1)
        #expect(TextFolding.typoTolerance(forLength: 12) == 2)
    }
}
