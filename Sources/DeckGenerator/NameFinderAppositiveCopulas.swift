/// `Khatiwada's husband, Dipak Pokharel, was himself a co-pilot for Yeti Airlines`: a name set off by commas and
/// followed by `was`/`is` (and `himself`/`herself`) and an office is the copula's subject, as a name opening the
/// sentence is (`X was a co-pilot`); the comma after the name had hidden the copula.
extension NameFinder {
    static let reflexiveKeys = Lexicon.set(Lexicon.split("himself herself"))

    /// The role (and its body after `for`/`of`/`at`) of a name between commas before `was`/`is`, or nil.
    func appositiveCopulaRole(_ chunk: Chunk) -> (String, String?)? {
        let list = a.tokens[chunk.s]
        guard chunk.from >= 1, chunk.to + 4 < list.count, a.isPunct(list[chunk.to + 1], ","), a.isPunct(list[chunk.from - 1], ","),
              list[chunk.to + 2].key == K.was || list[chunk.to + 2].key == K.is_ else { return nil }
        var k = chunk.to + 3
        if NameFinder.reflexiveKeys.contains(list[k].key) { k += 1 }
        guard k < list.count, list[k].key == K.a || list[k].key == K.an else { return nil }
        k += 1
        let from = k
        while k < list.count, k < from + 4, list[k].kind == .word, !list[k].upper, !list[k].isIn(.roleBreakers) {
            if list[k].isIn(.roleHeads) || list[k].hyphen && Lexicon.roleHeads.contains(a.tailKey(list[k])) {
                var of: String?
                if k + 2 < list.count, list[k + 1].key == K.for_ || list[k + 1].key == K.of || list[k + 1].key == K.at,
                   let owner = bySentence[chunk.s].first(where: { chunks[$0].from == k + 2 || chunks[$0].from == k + 3 && list[k + 2].key == K.the }),
                   isGroup(chunks[owner]) { of = text(chunks[owner]) }
                return (a.span(chunk.s, from, k), of)
            }
            k += 1
        }
        return nil
    }
}
