/// Portfolios and inner possessives in the names of bodies: a ministry's list of portfolios runs through its
/// commas (`Ministry of Ports, Shipping and Waterways`), a portfolio before a minister's title is part of the
/// title (`External Affairs Minister X`), and a collective noun's possessive opens a name (`People's Majlis`).
extension NameFinder {
    /// Titles that take a portfolio before them (`Finance Minister`, `Home Secretary`).
    /// Company offices that head a run before `of` and the body (`CEO of Intel Products`).
    static let corporateOffices = Lexicon.set(Lexicon.split("ceo cfo coo cto chairman chairwoman founder co-founder cofounder"))
    static let rivalNouns = Lexicon.set(Lexicon.split("rival rivals competitor competitors"))
    static let siteKey: UInt64 = 0x4DD5AA18E606742E // site
    static let portfolioTitles = Lexicon.set(Lexicon.split("minister ministers secretary"))
    /// Collective nouns whose possessive may open a body's name (`People's Party`, `Women's League`).
    static let collectivePossessors = Lexicon.set(Lexicon.split("people women children men workers"))

    /// `Ministry of Ports, Shipping and Waterways`: after a body head and `of`, a comma, one or two name words and
    /// then `and` with a name word continue the name; returns the last name word before `and`.
    func portfolioListEnd(_ s: Int, _ i: Int, _ end: Int) -> Int? {
        let list = a.tokens[s]
        guard end + 4 < list.count, a.isPunct(list[end + 1], ","), list[end].kind == .word, end > i else { return nil }
        guard (i..<end).contains(where: { list[$0].key == K.of && !list[$0].upper }),
              (i..<end).contains(where: { list[$0].isIn(.bodyHeads) }) else { return nil }
        let taken = a.taken(s)
        var m = end + 2
        guard startsName(list[m], taken: taken[m]), list[m].space, !list[m].isIn(.countries) else { return nil }
        if m + 1 < list.count, list[m + 1].kind == .word, list[m + 1].space, startsName(list[m + 1], taken: taken[m + 1]) { m += 1 }
        guard m + 2 < list.count, list[m + 1].key == K.and, !list[m + 1].upper, startsName(list[m + 2], taken: taken[m + 2]),
              !list[m + 2].isIn(.countries), !list[m].isIn(.countries) else { return nil }
        return m
    }

    /// `People's Majlis`: the possessive of a collective noun before a capitalised word inside one name.
    func collectivePossessiveInName(_ s: Int, _ end: Int) -> Bool {
        let list = a.tokens[s]
        guard end + 3 < list.count, list[end].kind == .word, list[end].upper, !list[end].allCaps,
              NameFinder.collectivePossessors.contains(list[end].key), a.isPossessive(s, end + 1),
              list[end + 3].kind == .word, list[end + 3].space, startsName(list[end + 3], taken: a.taken(s)[end + 3]) else { return false }
        return true
    }

    /// `External Affairs Minister X`: words before a minister's title that name no body of their own (no acronym,
    /// head word of a body, country or nation adjective) are the portfolio.
    func isPortfolioBeforeTitle(_ s: Int, _ from: Int, _ titleStart: Int) -> Bool {
        let list = a.tokens[s]
        guard NameFinder.portfolioTitles.contains(list[titleStart].key), titleStart > from else { return false }
        if list[from].isIn(.demonym) || list[from].isIn(.countries) { return false }
        return (from..<titleStart).allSatisfy { !list[$0].allCaps && !list[$0].isIn(.organisationHeads) && !list[$0].isIn(.countries) }
    }

    /// `Rival Qualcomm approached Intel`: a one-word name right after `rival` or `competitor` is a company.
    func rivalCue(_ chunk: Chunk) -> Int {
        guard chunk.tokenCount == 1, chunk.from >= 1 else { return 0 }
        let list = a.tokens[chunk.s]
        let before = list[chunk.from - 1]
        guard before.kind == .word, NameFinder.rivalNouns.contains(before.key), !list[chunk.from].isIn(.countries) else { return 0 }
        return 1
    }
}
