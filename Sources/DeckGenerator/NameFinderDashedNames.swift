/// Names joined by a dash written without spaces into one body's name: `the Civil Will–Green Party` (one party, not
/// the `Green Party`). The right side must end in a body's head word and neither side be a country or demonym.
extension NameFinder {
    /// Joins, in sentence `s` (whose chunks are the last ones), two names a spaceless dash links before a body's head.
    func joinDashedNames(_ s: Int) {
        let list = a.tokens[s]
        guard let base = bySentence[s].first, base + bySentence[s].count == chunks.count else { return }
        var index = base
        while index + 1 < chunks.count {
            let left = chunks[index], right = chunks[index + 1]
            let dash = left.to + 1
            // Cheap guards first: adjacency through one dash with no space either side.
            guard right.from == dash + 1, list[dash].kind == .punct, !list[dash].space, !list[right.from].space, a.isDash(list[dash]),
                  left.titleFrom == nil, right.titleFrom == nil, list[right.to].isIn(.organisationHeads) else { index += 1; continue }
            func plain(_ chunk: Chunk) -> Bool {
                (chunk.from...chunk.to).allSatisfy { !list[$0].isIn(.countries) && !list[$0].isIn(.countryAcronyms) && !list[$0].isIn(.demonym) }
            }
            guard plain(left), plain(right), !isDatelinePlace(left) else { index += 1; continue }
            chunks[index] = Chunk(s: s, from: left.from, to: right.to, titleFrom: nil, key: keyOf(a.bytes, left.textStart, right.textEnd),
                                  textStart: left.textStart, textEnd: right.textEnd)
            chunks.remove(at: index + 1)
        }
        bySentence[s] = base..<chunks.count
    }
}
