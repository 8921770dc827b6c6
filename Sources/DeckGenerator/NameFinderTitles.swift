/// Capitalised titles before a name, kept apart from `findChunks`: long titles with a portfolio
/// (`Minister of Mines and Petroleum Hedayatullah Badri`, `Deputy Prime Minister for Economic Affairs X`),
/// initials inside a name (`A.M.M. Nasir Uddin`, `J. Robert Oppenheimer`), and the test that stripped
/// title words hold an office (`National Electric Grid` and `Taliban Economy Is Coping` are no title and name).
extension NameFinder {
    /// `A`, `A.M.M`: an initial (the dot after it is a token of its own).
    func isInitial(_ token: Token) -> Bool {
        guard token.kind == .word, token.upper else { return false }
        let length = token.end - token.start
        if length == 1 { return true }
        guard token.allCaps, length >= 3, a.bytes[token.start + 1] == UInt8(ascii: "."), !token.isIn(.countryAcronyms) else { return false }
        return true
    }

    /// Function words that are never part of a person's name (`Is`, `With`, `The`).
    func isFunctionWord(_ token: Token) -> Bool {
        token.isIn(.auxiliaries) || token.isIn(.prepositions) || token.isIn(.determiners) || token.isIn(.clauseBreakers)
    }

    /// A capitalised word that may be part of a person's name.
    func isPersonWord(_ token: Token) -> Bool {
        guard token.kind == .word, token.nameLike, token.upper, !token.allCaps || isInitial(token) else { return false }
        return !isTitleToken(token) && !token.isIn(.organisationHeads) && !token.isIn(.organisationWords) && !token.isIn(.countries)
            && !token.isIn(.demonym) && !token.isIn(.commonWords) && !token.isIn(.nonGroupHeads) && !token.isIn(.corporateSuffixes)
            && !token.isIn(.month) && !token.isIn(.weekdays) && !token.isIn(.nameConnectors) && !isFunctionWord(token)
    }

    /// `Affairs`-like nouns by their ending (`Rehabilitation`, `Development`, `Security`, `Economics`): not first names.
    func hasAbstractEnding(_ token: Token) -> Bool {
        let b = a.bytes, e = token.end
        guard e - token.start >= 6 else { return false }
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            let p = suffix.utf8Start
            for k in 0..<n where b[e - n + k] != p[k] { return false }
            return true
        }
        return ends("tion") || ends("sion") || ends("ment") || ends("ity") || ends("ics") || ends("ure") || ends("ance") || ends("ence")
            || ends("ness") || ends("ism") || ends("ies") || ends("ing")
    }

    /// `A.M.M. Nasir Uddin`, `J. Robert Oppenheimer`: the initial at `end` and its dot continue a run
    /// when person words follow.
    func initialContinues(_ s: Int, _ end: Int) -> Bool {
        let list = a.tokens[s]
        guard end + 2 < list.count, isInitial(list[end]), a.isPunct(list[end + 1], "."), !list[end + 1].space, list[end + 2].space,
              !a.taken(s)[end + 2], isPersonWord(list[end + 2]) || isInitial(list[end + 2]) else { return false }
        return true
    }

    /// The dots after initials in `from...to` (`A.M.M. Nasir Uddin` has one).
    func initialDots(_ s: Int, _ from: Int, _ to: Int) -> Int {
        let list = a.tokens[s]
        var count = 0
        var k = from + 1
        while k <= to { if a.isPunct(list[k], "."), isInitial(list[k - 1]) { count += 1 }; k += 1 }
        return count
    }

    /// Title words `from..<to` hold an office: a role noun, an honorific, an abbreviated rank or a `then-` prefix
    /// (not `National`, `Economy` or `Senior` alone).
    func titleHasOffice(_ s: Int, _ from: Int, _ to: Int) -> Bool {
        let list = a.tokens[s]
        guard from < to else { return false }
        for k in from..<to {
            let token = list[k]
            if token.isIn(.roleHeads) || token.isIn(.honorifics) || token.isIn(.roleAbbreviations) || a.isPunct(token, ".") { return true }
            if token.hyphen, Lexicon.roleHeads.contains(a.tailKey(token)) || NameFinder.thenKeys.contains(a.headKey(token)) { return true }
            if k + 1 < list.count, a.isPunct(list[k + 1], "."), !list[k + 1].space { return true }
        }
        return false
    }

    /// `Minister of Mines and Petroleum Hedayatullah Badri`, `Deputy Prime Minister for Economic Affairs Abdul Ghani
    /// Baradar`: capitalised title words with a role noun, `of`/`for`, a portfolio of one or more words and a name of two
    /// to four person words. Returns the run's end (past `and Petroleum …` where the run stopped) and the name's first token.
    func longTitleName(_ s: Int, _ i: Int, _ end: Int) -> (end: Int, name: Int)? {
        let list = a.tokens[s]
        guard list[i].upper, isTitleToken(list[i]), !list[i].isIn(.honorifics) else { return nil }
        var j = i
        var office = false
        while j <= end, list[j].upper, isTitleToken(list[j]) {
            if list[j].isIn(.roleHeads) { office = true }
            j += 1
        }
        guard office, j < end, !list[j].upper, list[j].key == K.of || list[j].key == NameFinder.forKey else { return nil }
        let taken = a.taken(s)
        var last = end
        // `Minister of Mines and Petroleum X`: the run stopped at `and`.
        if last + 2 < list.count, list[last + 1].key == K.and, list[last + 2].kind == .word, list[last + 2].upper, list[last + 2].space, !taken[last + 2] {
            var m = last + 2
            while m + 1 < list.count {
                if initialContinues(s, m) { m += 2; continue }
                guard list[m + 1].kind == .word, list[m + 1].upper, list[m + 1].space, !taken[m + 1] else { break }
                m += 1
            }
            last = m
        }
        // The portfolio starts after the last lower-case connector.
        var connector = last
        while connector > j, !(list[connector].kind == .word && !list[connector].upper) { connector -= 1 }
        var n = last
        var words = 0
        while n > connector + 1, words < 4 {
            let token = list[n]
            if a.isPunct(token, "."), isInitial(list[n - 1]) { n -= 1; continue }
            guard isPersonWord(token), n == last || !hasAbstractEnding(token) else { break }
            words += 1
            n -= 1
        }
        guard words >= 2, n > connector, list[n].kind == .word else { return nil }
        return (last, n + 1)
    }

    /// Appends the chunks of a long title run `i...end` whose name starts at `name`: the organisation the portfolio
    /// names (`Governor of the Central Bank X` → `Central Bank`) and the person with the title stripped.
    func appendLongTitle(_ s: Int, _ i: Int, _ end: Int, _ name: Int) {
        let list = a.tokens[s]
        var from = i
        while from < name, list[from].upper { from += 1 }
        from += 1
        if from < name, list[from].key == K.the { from += 1 }
        // Only `of the …` names a body: `Minister of Mines and Petroleum` is a portfolio.
        guard from > i + 1, list[from - 1].key == K.the else {
            chunks.append(Chunk(s: s, from: name, to: end, titleFrom: i, key: keyOf(a.bytes, list[name].start, list[end].end),
                                textStart: list[name].start, textEnd: list[end].end))
            return
        }
        if from < name, (from..<name).contains(where: { list[$0].isIn(.organisationHeads) }), list[name - 1].kind == .word {
            chunks.append(Chunk(s: s, from: from, to: name - 1, titleFrom: nil, key: keyOf(a.bytes, list[from].start, list[name - 1].end),
                                textStart: list[from].start, textEnd: list[name - 1].end))
        }
        chunks.append(Chunk(s: s, from: name, to: end, titleFrom: i, key: keyOf(a.bytes, list[name].start, list[end].end),
                            textStart: list[name].start, textEnd: list[end].end))
    }

    /// The role of a person whose stripped title has a portfolio (`Minister of Mines and Petroleum`): the whole title, and
    /// the organisation or country it names.
    func longTitleRole(_ chunk: Chunk) -> (String, String?)? {
        guard let titleFrom = chunk.titleFrom, titleFrom + 2 < chunk.from else { return nil }
        let list = a.tokens[chunk.s]
        guard let connector = (titleFrom..<chunk.from).first(where: { list[$0].kind == .word && !list[$0].upper }),
              list[connector].key == K.of || list[connector].key == NameFinder.forKey else { return nil }
        var last = chunk.from - 1
        while last > connector, list[last].kind != .word { last -= 1 }
        guard last > connector else { return nil }
        var of: String?
        if let owner = bySentence[chunk.s].first(where: { chunks[$0].from > connector && chunks[$0].to <= last && isGroup(chunks[$0]) }) {
            of = text(chunks[owner])
        } else if let country = (connector...last).first(where: { list[$0].isIn(.countries) }) {
            of = a.text(list[country])
        }
        return (a.span(chunk.s, titleFrom, last), of)
    }
}
