/// `Siddaramaiah, 75, was sworn in as chief minister of Karnataka`, `X, the president of Y (Z), took the oath as the
/// lone deputy chief minister`: the office a person takes the oath of, past any apposition between the subject and
/// the verb. The subject is the sentence's first name that is a person by its shape or by an age after it.
extension NameFinder {
    static let oathKey: UInt64 = 0x891B4EB4B486EEC9 // oath
    static let tookKey: UInt64 = 0x2FE3EDEF38A24DAE // took

    /// The offices of this file and the two extensions below at token `v` of sentence `s` (`sworn`/`oath`, a comma
    /// after a plural office, `who`), tested in `findMemberships`'s pass over the tokens of sentences with names.
    @inline(__always) func verbOfficeAt(_ s: Int, _ v: Int, _ token: Token, _ emit: (Chunk, String, String?) -> Void) {
        if token.kind == .punct {
            if token.mark == UInt8(ascii: ","), token.end - token.start == 1, a.tokens[s][v - 1].isIn(.roleHeads), v < a.tokens[s].count - 3,
               bySentence[s].count >= 2 { pluralRoleList(s, v, emit) }
            else if token.mark == UInt8(ascii: ","), a.tokens[s][v + 1].isIn(.numberWord), bySentence[s].count >= 2 { countedApposition(s, v, emit) } // `NameFinderCountedAppositions.swift`
        } else if token.key == K.who {
            whoClause(s, v, emit)
        } else if token.key == NameFinder.swornKey || token.key == NameFinder.oathKey, v < a.tokens[s].count - 3, a.tokens[s].count > 6 {
            oathAt(s, v, emit)
        } else if token.key == NameFinder.writesKey {
            taglineAt(s, v, emit)
        }
    }

    func oathAt(_ s: Int, _ v: Int, _ emit: (Chunk, String, String?) -> Void) {
        let list = a.tokens[s]
        let sworn = NameFinder.swornKey, oath = NameFinder.oathKey, took = NameFinder.tookKey
        var m: Int
        if list[v].key == sworn, list[v + 1].key == K.in_, list[v + 2].key == K.as_ { m = v + 3 }
        else if list[v].key == oath, list[v - 1].key == K.the, v >= 2, list[v - 2].key == took, list[v + 1].key == K.as_ { m = v + 2 }
        else { return }
        // The subject: the first name of the sentence before the verb, not a place, body or dateline.
        guard let subject = bySentence[s].first(where: { chunks[$0].to < v && chunks[$0].cls != .place && !isGroup(chunks[$0])
                && !datelines.contains(chunks[$0].key) }) else { return }
        let chunk = chunks[subject]
        let aged = chunk.to + 3 < list.count && a.isPunct(list[chunk.to + 1], ",") && list[chunk.to + 2].kind == .number && a.isPunct(list[chunk.to + 3], ",")
        guard chunk.cls == .person || aged || isPersonShaped(chunk) else { return }
        if m < list.count, list[m].key == K.the || list[m].key == K.a || list[m].key == K.an { m += 1 }
        var end = m, head = -1
        while end < list.count, end - m < 7, list[end].kind == .word, !list[end].upper || head >= 0 && list[end - 1].key == K.of,
              !list[end].isIn(.roleBreakers) || list[end].key == K.of && head >= 0 {
            if list[end].isIn(.roleHeads) { head = end }
            end += 1
        }
        guard head >= 0 else { return }
        var stop = end - 1
        while stop > head, list[stop].key == K.of || list[stop].key == K.the { stop -= 1 }
        var of: String?
        if let owner = bySentence[s].first(where: { chunks[$0].from > head && chunks[$0].to <= stop }) { of = text(chunks[owner]) }
        chunks[subject].cls = .person
        emit(chunks[subject], a.span(s, m, stop), of)
    }
}

/// `two senior civil servants, Simon Nora and Alain Minc,`: a count and a plural office before a list of two names
/// give each name the office.
extension NameFinder {
    /// At the comma `c` of sentence `s` (see `findVerbOffices`).
    func pluralRoleList(_ s: Int, _ c: Int, _ emit: (Chunk, String, String?) -> Void) {
        let list = a.tokens[s]
        let head = list[c - 1]
        guard head.kind == .word, !head.upper, head.isIn(.roleHeads), a.bytes[head.end - 1] == UInt8(ascii: "s") else { return }
        // Back over modifiers to the count.
        var m = c - 2
        while m >= 0, m >= c - 4, list[m].kind == .word, !list[m].upper, !list[m].isIn(.numberWord), !list[m].isIn(.roleBreakers) { m -= 1 }
        guard m >= 0, list[m].isIn(.numberWord) || list[m].kind == .number, m < c - 1 else { return }
        guard let first = bySentence[s].first(where: { chunks[$0].from == c + 1 }), chunks[first].cls != .place, !isGroup(chunks[first]),
              chunks[first].to + 2 < list.count, list[chunks[first].to + 1].key == K.and,
              let second = bySentence[s].first(where: { chunks[$0].from == chunks[first].to + 2 }), chunks[second].cls != .place, !isGroup(chunks[second]),
              isPersonShaped(chunks[first]), isPersonShaped(chunks[second]) else { return }
        let role = a.span(s, m + 1, c - 1)
        for index in [first, second] {
            chunks[index].cls = .person
            emit(chunks[index], role, nil)
        }
    }
}

/// `X, who later founded the internet provider Free`: `founder of Free`; `X, a Social Democrat who sits on Volkswagen’s
/// supervisory board`: `member of Volkswagen’s supervisory board`. The person is the last one named before `who`.
extension NameFinder {
    static let sitKeys = Lexicon.set(Lexicon.split("sits sat"))
    static let laterWords2 = Lexicon.set(Lexicon.split("later also then subsequently"))
    static let boardNouns = Lexicon.set(Lexicon.split("board boards committee council"))

    /// At `who` (index `w`) in sentence `s` (see `findVerbOffices`).
    func whoClause(_ s: Int, _ w: Int, _ emit: (Chunk, String, String?) -> Void) {
        let list = a.tokens[s]
        var v = w + 1
        if NameFinder.laterWords2.contains(list[v].key) { v += 1 }
        guard v + 1 < list.count,
              let person = bySentence[s].last(where: { chunks[$0].to < w && chunks[$0].cls == .person }) else { return }
        if list[v].key == K.founded || list[v].key == NameFinder.coFoundedKey {
            // Past an article and lower-case kind words to the name founded.
            var m = v + 1
            while m < list.count, m <= v + 5, list[m].kind == .word, !list[m].upper { m += 1 }
            guard let body = bySentence[s].first(where: { chunks[$0].from == m }), chunks[body].cls != .person, chunks[body].cls != .place else { return }
            emit(chunks[person], list[v].key == K.founded ? "founder of \(text(chunks[body]))" : "co-founder of \(text(chunks[body]))", text(chunks[body]))
        } else if NameFinder.sitKeys.contains(list[v].key), list[v + 1].key == K.on {
            var m = v + 2
            while m < list.count, m <= v + 8, list[m].kind == .word || a.isApostrophe(list[m]), !NameFinder.boardNouns.contains(list[m].key) { m += 1 }
            // `sits on Volkswagen’s supervisory board`, not `sat on the sidelines of the board's talks`.
            guard m < list.count, m <= v + 8, NameFinder.boardNouns.contains(list[m].key),
                  !(v + 2..<m).contains(where: { list[$0].key == K.of }) else { return }
            var of: String?
            if let owner = bySentence[s].first(where: { chunks[$0].from > v + 1 && chunks[$0].to < m }) { of = text(chunks[owner]) }
            emit(chunks[person], "member of " + a.span(s, v + 2, m), of)
        }
    }
}

/// `Claire Dubois writes about the history of technology.`: an author's tagline (a short sentence opening with the
/// name and `writes about`) gives the author that role as written. (`X covers economics for Y` is left alone: the
/// development sets disagree on it.)
extension NameFinder {
    static let writesKey: UInt64 = 0x2A5C517228AC9CFD // writes
    static let aboutKey: UInt64 = 0x3F74142D6181EA7E // about

    func taglineAt(_ s: Int, _ v: Int, _ emit: (Chunk, String, String?) -> Void) {
        let list = a.tokens[s]
        guard list.count <= 16, a.isPunct(list[list.count - 1], "."), list[v + 1].key == NameFinder.aboutKey,
              let name = bySentence[s].first(where: { chunks[$0].to == v - 1 }), chunks[name].from == a.firstWordIndex(s),
              chunks[name].titleFrom == nil, chunks[name].cls != .place, !isGroup(chunks[name]), isPersonShaped(chunks[name]) else { return }
        chunks[name].cls = .person
        emit(chunks[name], a.span(s, v, list.count - 2), nil)
    }
}
