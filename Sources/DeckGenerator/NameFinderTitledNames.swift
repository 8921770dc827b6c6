/// Two shapes of a person's name after an office's title (`Captain`, `Minister`), where the title already says it is
/// a person:
/// - `Captain Kamal KC`: a surname of two capitals closing the name (`KC`, a Nepali surname), as `Vice President JD
///   Vance` opens one with two initials; not a country's acronym (`UK`, `US`).
/// - `Tourism and Civil Aviation Minister Sudan Kirati`: a first name that is also a country's (`Sudan`, `Jordan`,
///   `Chad`) before one more plain word. Both names had been thrown out as no person, and their roles with them.
extension NameFinder {
    /// True for the last token of the titled `chunk` when it is two capitals after plain capitalised words.
    func titledCapitalSurname(_ chunk: Chunk) -> Bool {
        guard chunk.tokenCount >= 2, chunk.tokenCount <= 3, let title = chunk.titleFrom, title < chunk.from else { return false }
        let list = a.tokens[chunk.s]
        let last = list[chunk.to]
        guard last.end - last.start == 2, !last.isIn(.countryAcronyms), list[chunk.from - 1].isIn(.roleHeads) else { return false }
        return (chunk.from..<chunk.to).allSatisfy { list[$0].nameLike && !list[$0].allCaps && !list[$0].isIn(.countries) }
    }

    /// True for the first token `k` of a titled two-word `chunk` when it is a country's name and the other word a
    /// plain name (no country, demonym, body's head or title word).
    func titledCountryFirstName(_ chunk: Chunk, _ k: Int) -> Bool {
        guard k == chunk.from, chunk.tokenCount == 2, let title = chunk.titleFrom, title < chunk.from else { return false }
        let list = a.tokens[chunk.s]
        let other = list[chunk.to]
        guard list[chunk.from - 1].isIn(.roleHeads), other.nameLike, !other.allCaps, !other.hyphen else { return false }
        return !other.isIn(.countries) && !other.isIn(.demonym) && !other.isIn(.organisationHeads) && !other.isIn(.nonGroupHeads)
            && !isTitleToken(other) && KnownOrganisations.table[chunk.key] == nil
    }
}
