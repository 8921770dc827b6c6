/// `Robert Noyce and Gordon Moore, two veterans of Fairchild Semiconductor,`: a list of names followed by a count of
/// as many and a plural noun gives every name that description as a role (`two veterans of Fairchild Semiconductor`,
/// of the body after `of`/`at`/`from`), as `two senior civil servants, A and B` does the other way round. The count
/// must match the names (two for `A and B`, three for `A, B and C`), and the plural must close the phrase or come
/// before `of`/`at`/`from`, a comma or the end (`A and B, two years later` is a time).
extension NameFinder {
    /// At the comma `c` of sentence `s` (see `verbOfficeAt`), when a number word follows it.
    func countedApposition(_ s: Int, _ c: Int, _ emit: (Chunk, String, String?) -> Void) {
        let list = a.tokens[s]
        guard c >= 3, c + 2 < list.count, let count = Lexicon.numberWords[list[c + 1].key], count >= 2, count <= 4 else { return }
        // The plural noun, after at most two modifiers.
        var h = c + 2
        while h < list.count, h <= c + 4, list[h].kind == .word, !list[h].upper, a.bytes[list[h].end - 1] != UInt8(ascii: "s") { h += 1 }
        guard h < list.count, h <= c + 4, list[h].kind == .word, !list[h].upper, list[h].end - list[h].start >= 4,
              a.bytes[list[h].end - 1] == UInt8(ascii: "s"), !list[h].isIn(.commonWords) else { return }
        var end = h
        var owner: String?
        if h + 1 < list.count {
            let after = list[h + 1]
            if after.key == K.of || after.key == K.at || after.key == K.from {
                guard let body = bySentence[s].first(where: { chunks[$0].from == h + 2 || chunks[$0].from == h + 3 && list[h + 2].key == K.the }) else { return }
                end = chunks[body].to
                owner = text(chunks[body])
            } else if !a.isPunct(after, ","), !a.isPunct(after, "."), after.key != K.who { return }
        }
        // The names before the comma: `A and B`, `A, B and C`.
        var names: [Int] = []
        var k = c - 1
        while k >= 0, let index = bySentence[s].last(where: { chunks[$0].to == k }) {
            let chunk = chunks[index]
            guard chunk.cls != .place, !isGroup(chunk), chunk.cls == .person || isPersonShaped(chunk) else { return }
            names.append(index)
            k = chunk.from - 1
            guard k >= 1, list[k].key == K.and || a.isPunct(list[k], ","), names.count < Int(count) else { break }
            k -= 1
        }
        guard names.count == Int(count) else { return }
        let role = a.span(s, c + 1, end)
        for index in names.reversed() {
            chunks[index].cls = .person
            emit(chunks[index], role, owner)
        }
    }
}
