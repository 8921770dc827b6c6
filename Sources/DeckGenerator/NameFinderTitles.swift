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
    /// Inlined: asked of every run, and nearly always settled by its first two words, one of which must be a title
    /// word (or the first a hyphenated one).
    @inline(__always) func longTitleName(_ s: Int, _ i: Int, _ end: Int) -> (end: Int, name: Int)? {
        let list = a.tokens[s]
        guard list[i].isIn(.titleWords) || list[i].hyphen || i < end && list[i + 1].isIn(.titleWords) else { return nil }
        return titledRunName(s, i, end)
    }

    /// `longTitleName` once the run may open with a title.
    private func titledRunName(_ s: Int, _ i: Int, _ end: Int) -> (end: Int, name: Int)? {
        let list = a.tokens[s]
        // `Federal Minister for Privatisation X`: a level of government before the title.
        let level = i < end && list[i + 1].isIn(.titleWords) && !list[i].isIn(.titleWords) && NameFinder.governmentLevels.contains(list[i].key)
        guard list[i].upper, isTitleToken(list[i]) || level, !list[i].isIn(.honorifics) else { return nil }
        var j = level ? i + 1 : i
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
            chunks.append(spanChunk(s, name, end, titleFrom: i))
            return
        }
        if from < name, (from..<name).contains(where: { list[$0].isIn(.organisationHeads) }), list[name - 1].kind == .word {
            chunks.append(spanChunk(s, from, name - 1))
        }
        chunks.append(spanChunk(s, name, end, titleFrom: i))
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

/// Lower-case titles right before a name: `NCP convener Nahid Islam`, `Acorn engineers Sophie Wilson and Steve
/// Furber` (a plural title: a role for each name, in the singular), `deputy governors A and B`.
extension NameFinder {
    /// The key of a word without its final `s` (`engineers` → `engineer`), else nil.
    func singularKey(_ token: Token) -> UInt64? {
        guard token.kind == .word, token.end - token.start >= 4, a.bytes[token.end - 1] == UInt8(ascii: "s"),
              a.bytes[token.end - 2] != UInt8(ascii: "s") else { return nil }
        return Lexicon.key(a.bytes, token.start, token.end - 1)
    }

    /// A plural role noun (`engineers`, `governors`, `economists`).
    func isPluralRoleNoun(_ token: Token) -> Bool {
        guard !token.upper, let key = singularKey(token) else { return false }
        return Lexicon.roleHeads.contains(key) || isAgentNoun(token) || isErNoun(token, plural: true)
    }

    /// `convener`, `changer`, `engineer`: a lower-case noun in `-er`/`-or` (not a function or common word).
    func isErNoun(_ token: Token, plural: Bool = false) -> Bool {
        guard token.kind == .word, !token.upper, !token.hyphen else { return false }
        var e = token.end
        if plural { guard a.bytes[e - 1] == UInt8(ascii: "s") else { return false }; e -= 1 }
        guard e - token.start >= 6 else { return false }
        let last = a.bytes[e - 2]
        guard a.bytes[e - 1] == UInt8(ascii: "r"), last == UInt8(ascii: "e") || last == UInt8(ascii: "o") else { return false }
        return !token.isIn(.commonWords) && !isFunctionWord(token) && !token.isIn(.organisationTypes) && !token.isIn(.measureUnits)
            && !NameFinder.nonRoleErNouns.contains(Lexicon.key(a.bytes, token.start, e))
    }

    /// `-er`/`-or` nouns that name things, not people.
    static let nonRoleErNouns = Lexicon.set(Lexicon.split("""
        power water border order number letter computer corridor sector floor chamber quarter center centre theater theatre
        meter metre minister river winter summer however together neither whether rather either further former latter
        another mother father brother sister daughter monitor error factor mirror senior junior interior exterior superior
        inferior major minor offer paper cluster matter chapter counter register cancer dinner dollar shelter tower
        """))

    /// A lower-case role noun that may stand right before a name: a role head, an occupation by its ending or a plural of one.
    func isRoleNounBeforeName(_ token: Token) -> Bool {
        guard token.kind == .word, !token.upper else { return false }
        return isAgentNoun(token) || isErNoun(token) || isPluralRoleNoun(token)
    }

    /// A person cue for a name after a lower-case role noun (`NCP convener Nahid Islam`) or after `and` in a list opened
    /// by a plural title (`engineers Sophie Wilson and Steve Furber`).
    func rolePrefixCue(_ chunk: Chunk) -> Int {
        guard chunk.titleFrom == nil, isPersonShaped(chunk) else { return 0 }
        if relativeAsRole(chunk) != nil { return 1 }
        guard chunk.from >= 1 else { return 0 }
        let list = a.tokens[chunk.s]
        if chunk.to + 4 < list.count, list[chunk.to + 2].key == K.was || list[chunk.to + 2].key == K.is_,
           appositiveCopulaRole(chunk) != nil { return 1 } // `NameFinderAppositiveCopulas.swift`
        let before = list[chunk.from - 1]
        if isRoleNounBeforeName(before) { return 1 }
        if before.key == K.and, pluralTitleListHead(chunk) != nil { return 1 }
        return 0
    }

    /// For a name after `and`: the index of the plural title that opens the list (`governors A and B`), else nil.
    func pluralTitleListHead(_ chunk: Chunk) -> Int? {
        let list = a.tokens[chunk.s]
        guard chunk.from >= 2, list[chunk.from - 1].key == K.and,
              let previous = bySentence[chunk.s].last(where: { chunks[$0].to == chunk.from - 2 }) else { return nil }
        let head = (chunks[previous].titleFrom ?? chunks[previous].from) - 1
        guard head >= 0, isPluralRoleNoun(list[head]) else { return nil }
        return head
    }

    /// The occupation after an age in an apposition (`Abdul Wahid, a 52-year-old changer who …`,
    /// `X, a 61-year-old farmer.`): one to three lower-case words ending before `who`, a verb or punctuation.
    func occupationAfterAge(_ s: Int, _ k: Int) -> (Int, Int)? {
        let list = a.tokens[s]
        var end = k
        while end < list.count, end - k < 3, list[end].kind == .word, !list[end].upper, !isFunctionWord(list[end]),
              !list[end].isIn(.commonWords) || list[end].isIn(.roleModifiers), !list[end].isIn(.stanceVerbs), list[end].key != K.who { end += 1 }
        guard end > k else { return nil }
        if end < list.count, !(list[end].kind == .punct || list[end].key == K.who || list[end].key == K.that || list[end].isIn(.stanceVerbs)) { return nil }
        // Past-tense or -ly words are no occupation (`a 30-year-old killed`).
        let last = list[end - 1]
        if a.bytes[last.end - 1] == UInt8(ascii: "d") && a.bytes[last.end - 2] == UInt8(ascii: "e") || a.bytes[last.end - 1] == UInt8(ascii: "y") && a.bytes[last.end - 2] == UInt8(ascii: "l") { return nil }
        return (k, end - 1)
    }
}

extension NameFinder {
    /// `Waker-Uz-Zaman`: a capitalised word in capitalised hyphenated parts.
    func hyphenatedName(_ token: Token) -> Bool {
        token.kind == .word && token.hyphen && token.upper && !token.allCaps && upperAfterLastHyphen(token)
            && !token.isIn(.countries) && !token.isIn(.demonym) && !token.isIn(.organisationHeads) && !isModifierToken(token)
    }

    /// `including`, `toppled`: a participle or past verb before a title is no part of the role.
    func isParticiple(_ token: Token) -> Bool {
        guard token.kind == .word, !token.upper, !isTitleToken(token), !token.isIn(.roleModifiers), token.end - token.start >= 5 else { return false }
        let b = a.bytes, e = token.end
        return b[e - 3] == UInt8(ascii: "i") && b[e - 2] == UInt8(ascii: "n") && b[e - 1] == UInt8(ascii: "g")
            || b[e - 2] == UInt8(ascii: "e") && b[e - 1] == UInt8(ascii: "d")
    }

    /// Walking back from a capitalised title at `start`: stop when the word there opens the role (`former`, `then-`),
    /// or the word before is not a modifier of it (`toppled former Prime Minister`, `since mass protests …`).
    func titleOpensRole(_ s: Int, _ start: Int) -> Bool {
        let list = a.tokens[s]
        let current = list[start]
        if !current.upper, current.key == K.former || current.hyphen && NameFinder.thenKeys.contains(a.headKey(current)) { return true }
        let before = list[start - 1]
        if before.upper || before.isIn(.roleModifiers) || isTitleToken(before) { return false }
        if before.hyphen { return isModifierToken(before) == false && isParticiple(before) }
        return true
    }
}

/// Appositions with an employer (`an economist at the Afghanistan Policy Lab and a former adviser at Da Afghanistan
/// Bank`: two roles, each ending before `at`, each of its body) and `as ROLE` inside a relative clause
/// (`X, the Nobel laureate who has led an interim government as chief adviser since 2024`).
extension NameFinder {
    /// The offices of an apposition `from...to` cut before `at BODY`, each with that body; nil when there is no `at`.
    func officesAt(_ s: Int, _ from: Int, _ to: Int) -> [(Int, Int, String?)]? {
        let list = a.tokens[s]
        var head = -1
        var m = from
        while m <= to {
            if list[m].key == K.at, head >= 0, m > from { break }
            if list[m].isIn(.roleHeads) || isAgentNoun(list[m]) || isErNoun(list[m]) { head = m }
            m += 1
        }
        guard m <= to, list[m].key == K.at, head >= 0 else { return nil }
        let owner = bySentence[s].first(where: { chunks[$0].from > m && chunks[$0].from <= m + 3 && isGroup(chunks[$0]) })
        // `a computing historian and curator emeritus at X`: two offices joined by `and`, the last one at the body.
        let parts = roleParts(s, from, m - 1)
        var result: [(Int, Int, String?)] = parts.dropLast().map { ($0.0, $0.1, nil) }
        result.append((parts.last!.0, m - 1, owner.map { text(chunks[$0]) }))
        // `… and a former adviser at Da Afghanistan Bank`
        if let owner, chunks[owner].to + 2 < list.count, list[chunks[owner].to + 1].key == K.and,
           let (nextFrom, nextTo) = appositionRole(s, chunks[owner].to + 2) {
            result += officesAt(s, nextFrom, nextTo) ?? [(nextFrom, nextTo, nil)]
        }
        return result
    }

    static let asIdioms = Lexicon.set(Lexicon.split("known described seen regarded such so same well referred"))

    /// `X, an engineer who …`: the `who` opening a relative clause on a name, at most `limit` words after
    /// the comma that follows it.
    func relativeWho(_ chunk: Chunk, within limit: Int) -> Int? {
        let list = a.tokens[chunk.s]
        guard chunk.to + 3 < list.count, a.isPunct(list[chunk.to + 1], ",") else { return nil }
        var who = chunk.to + 2
        while who < list.count, who <= chunk.to + limit, list[who].kind == .word, list[who].key != K.who { who += 1 }
        return who < list.count && list[who].key == K.who ? who : nil
    }

    /// `X, the Nobel peace laureate who has led an interim government as chief adviser since August 2024`.
    func relativeAsRole(_ chunk: Chunk) -> (String, String?)? {
        let list = a.tokens[chunk.s]
        guard let who = relativeWho(chunk, within: 8) else { return nil }
        var m = who + 1
        while m + 1 < list.count, m <= who + 12, list[m].kind == .word || a.isDash(list[m]) {
            if list[m].key == K.as_, !NameFinder.asIdioms.contains(list[m - 1].key), let (from, to, of) = roleAfterAs(chunk.s, m + 1) {
                return (a.span(chunk.s, from, to), of)
            }
            m += 1
        }
        return nil
    }

    /// `chief executive from 2001 to 2013`: the apposition ends before a date (or `from`/`since` and a date).
    func dateEndsRole(_ s: Int, _ k: Int) -> Bool {
        let list = a.tokens[s]
        let taken = a.taken(s)
        // `one of the NPP's three lawmakers`: a spelled count before a noun is no date.
        if taken[k] { return !(list[k].kind == .word && !list[k].upper && Lexicon.numberWords[list[k].key] != nil && k + 1 < list.count && list[k + 1].kind == .word) }
        guard k + 1 < list.count, taken[k + 1], list[k].kind == .word, !list[k].upper else { return false }
        return list[k].key == K.from || list[k].key == Analyzer.sinceKey || list[k].key == K.in_ || list[k].key == K.between
            || list[k].key == NameFinder.untilKey
    }
    static let untilKey: UInt64 = 0x1FCC8B4E81FBAC2F // until

    /// Levels of government written before a minister's title (`Federal Minister for …`, `Provincial Minister of …`).
    static let governmentLevels = Lexicon.set(Lexicon.split("federal provincial union regional"))

    /// `M.K. Stalin of the DMK`: an initial (or its dot) inside a person's name before `of`.
    func isInitialOrItsDot(_ s: Int, _ k: Int, from: Int) -> Bool {
        let list = a.tokens[s]
        if isInitial(list[k]) { return a.bytes[list[k].end - 1] == UInt8(ascii: ".") || k + 1 < list.count && a.isPunct(list[k + 1], ".") }
        return k > from && a.isPunct(list[k], ".") && isInitial(list[k - 1])
    }
}
