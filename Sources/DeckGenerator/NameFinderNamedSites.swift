/// `buried at the Imam Reza shrine`, `the King Fahd causeway`, `the President Kennedy memorial`: a title and a name
/// after `the` and before a lower-case noun of a building or a site name the site after the person, who holds no office
/// in the sentence. The title before the name had made `Reza` an imam there.
extension NameFinder {
    static let namedSiteNouns = Lexicon.set(Lexicon.split("""
        shrine shrines mosque tomb mausoleum memorial monument airport stadium hospital bridge dam causeway square street
        road highway avenue boulevard station library museum hall park canal expressway port
        """))

    /// In `findRoles`' `emit`: true when the titled name `chunk` is that of a site.
    func isTitledSiteName(_ chunk: Chunk) -> Bool {
        guard let title = chunk.titleFrom, title >= 1 else { return false }
        let list = a.tokens[chunk.s]
        guard chunk.to + 1 < list.count, list[title - 1].key == K.the else { return false }
        let next = list[chunk.to + 1]
        return next.kind == .word && !next.upper && NameFinder.namedSiteNouns.contains(next.key)
    }
}
