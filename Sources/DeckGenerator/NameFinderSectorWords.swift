/// `Mining accounts for about a quarter of GDP`, `Mining · Deals`: a head word that names an industry (`Mining`,
/// `Media`, `Software`) standing alone is the sector, not a body; only with other words is it a company's name
/// (`Steppe Mining`, `Paramount Media`). (Asked by `writtenCue` of one word that heads bodies' names.)
extension NameFinder {
    static let sectorWords = Lexicon.set(Lexicon.split("""
        mining minerals steel media entertainment software electronics technology technologies telecom aerospace
        automotive robotics foods chemicals petroleum pharmaceuticals semiconductors semiconductor logistics analytics
        solutions communications industries
        """))

    @inline(__always) func isLoneSectorWord(_ first: Token) -> Bool {
        NameFinder.sectorWords.contains(first.key)
    }
}
