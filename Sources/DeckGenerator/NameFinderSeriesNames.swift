/// `the ISRO Telemetry, Tracking and Command Network`: a name whose words list the body's functions, with a comma
/// and `and` inside, is one name when `the` opens it, the item after the comma is one capitalised word that is no
/// country and no well-known body, and the last item ends in a body's head word. Without this the name fell into
/// three pieces (`ISRO Telemetry`, `Tracking`, `Command Network`), three false groups and a missed one. Lists of
/// bodies stay lists: a well-known name or a country between the commas, or no `the` before the first, keeps them
/// apart (`the Fed, ECB and Bank of Japan`).
extension NameFinder {
    /// Run from `joinCommaNames` on sentences with three names or more, after its own joins.
    func joinSeriesNames(_ s: Int) {
        let list = a.tokens[s]
        guard let base = bySentence[s].first, base + bySentence[s].count == chunks.count, chunks.count - base >= 3 else { return }
        var index = base + 2
        while index < chunks.count {
            // Cheap tests first, on the last name alone: `and` right before it.
            let lastFrom = chunks[index].from
            guard lastFrom >= 5, list[lastFrom - 1].key == K.and else { index += 1; continue }
            let last = chunks[index], middle = chunks[index - 1], first = chunks[index - 2]
            // A name of two words or more closed by a body's head.
            guard last.tokenCount >= 2, list[last.to].isIn(.organisationHeads),
                  middle.to == last.from - 2, middle.from == middle.to, middle.titleFrom == nil,
                  a.isPunct(list[middle.from - 1], ","), first.to == middle.from - 2, first.titleFrom == nil,
                  first.from >= 1, list[first.from - 1].key == K.the, last.titleFrom == nil else { index += 1; continue }
            let word = list[middle.from]
            guard word.kind == .word, word.upper, !word.allCaps, !word.isIn(.countries), KnownOrganisations.table[middle.key] == nil,
                  KnownOrganisations.table[first.key] == nil, !list[first.to].isIn(.countries), !list[first.to].isIn(.organisationHeads) else {
                index += 1; continue
            }
            chunks[index - 2] = Chunk(s: s, from: first.from, to: last.to, titleFrom: nil, key: keyOf(a.bytes, list[first.from].start, last.textEnd),
                                      textStart: list[first.from].start, textEnd: last.textEnd)
            chunks.removeSubrange((index - 1)...index)
            index = max(index - 1, base + 2)
        }
        bySentence[s] = base..<chunks.count
    }
}
