/// More stance patterns, kept apart from `findStances`: the subject of a relative clause
/// (`Adeyemi, who founded Brightwater …, said`), a stance verb used as a noun after a gerund
/// (`beating forecasts`), a reporting verb whose quote came first (`…," X said on a call with
/// analysts`: the words after it are no view), and `the company` as the article's main company.
extension NameFinder {
    /// `X, who …, said` / `X, the group's finance director, who joined from Y, said`: the subject before
    /// the relative clause (and an apposition before it) that ends at the comma `back`.
    func relativeClauseSubject(_ s: Int, _ back: Int, _ mentions: [Actor]) -> Actor? {
        let list = a.tokens[s]
        guard back > 3, a.isPunct(list[back], ",") else { return nil }
        // The `, who` that opens the clause, within a few dozen tokens.
        var who = back - 1
        while who > 1, who > back - 30 {
            if list[who].key == K.who || list[who].key == SK.which, a.isPunct(list[who - 1], ",") { break }
            who -= 1
        }
        guard who > 1, who > back - 30, list[who].key == K.who || list[who].key == SK.which else { return nil }
        let comma = who - 1
        if let subject = mentions.last(where: { $0.to == comma - 1 }), !subject.weak, subject.fixedName == nil { return subject }
        // `X, the group's finance director, who …`
        var open = comma - 1
        while open > 0, open > comma - 10, !(list[open].kind == .punct && !a.isPossessive(s, open)) { open -= 1 }
        guard open > 0, a.isPunct(list[open], ","), open + 1 < comma,
              list[open + 1].key == K.the || list[open + 1].key == K.a || list[open + 1].key == K.an || list[open + 1].kind == .word && !list[open + 1].upper
                || a.isPossessive(s, open + 2) else { return nil }
        if let subject = mentions.last(where: { $0.to == open - 1 }), !subject.weak, subject.fixedName == nil { return subject }
        return nil
    }

    /// `beating forecasts`, `citing fears`: a stance verb's form used as the object of a gerund.
    func isObjectOfGerund(_ s: Int, _ v: Int) -> Bool {
        let list = a.tokens[s]
        guard v > 0 else { return false }
        let before = list[v - 1]
        let count = before.end - before.start
        return before.kind == .word && !before.upper && count >= 5 && !before.isIn(.auxiliaries) && !before.isIn(.stanceVerbs)
            && a.bytes[before.end - 3] == UInt8(ascii: "i") && a.bytes[before.end - 2] == UInt8(ascii: "n") && a.bytes[before.end - 1] == UInt8(ascii: "g")
    }

    /// `"…," Carraway said on a call with analysts.`: after a quote, a reporting verb followed by a phrase
    /// without `that` or a clause reports the quote; the phrase is no view.
    func reportsEarlierQuote(_ s: Int, _ v: Int) -> Bool {
        let list = a.tokens[s]
        guard list[v].isIn(.reportingVerbs), v + 1 < list.count else { return false }
        // A quote closed before the verb.
        guard (0..<v).contains(where: { a.isCloseQuote(list[$0]) || a.isPunct(list[$0], "\"") }) else { return false }
        // The words after: a prepositional phrase, or an object and one (`told reporters on a call`).
        var k = v + 1
        if list[k].kind == .word, !list[k].isIn(.prepositions), !list[k].upper, list[k].key != K.that, k + 1 < list.count { k += 1 }
        // `…," Japarov told reporters.`: only an object after the verb.
        if list[k...].allSatisfy({ $0.kind == .punct }) { return true }
        guard list[k].kind == .word, list[k].isIn(.prepositions) else { return false }
        for m in k..<list.count where list[m].key == K.that || list[m].isIn(.auxiliaries) && list[m].key != K.not || a.isOpenQuote(list[m]) { return false }
        return true
    }

    /// `said FIWA general secretary Martin Kilbride`: the person after a body and a lower-case title speaks.
    func titledSpeaker(_ s: Int, _ actor: Actor, _ mentions: [Actor]) -> Actor {
        let list = a.tokens[s]
        var k = actor.to + 1
        while k < list.count, k <= actor.to + 4, list[k].kind == .word, !list[k].upper, list[k].isIn(.roleHeads) || list[k].isIn(.roleModifiers) { k += 1 }
        guard k > actor.to + 1, list[k - 1].isIn(.roleHeads), let person = mentions.first(where: { $0.from == k }), !person.weak else { return actor }
        return person
    }

    /// `X said A and that B`: the index of the `and` (or `but`) before the second `that` in a view, if any.
    func secondThat(_ s: Int, _ body: Int, _ end: Int) -> Int? {
        let list = a.tokens[s]
        guard body + 2 < end - 1 else { return nil }
        for k in (body + 2)..<(end - 1) where (list[k].key == K.and || list[k].key == SK.but) && list[k + 1].key == SK.that {
            return k
        }
        return nil
    }

    /// `Demarcation … could take several years, said Aziz Rakhimov, an analyst at …`: reported speech (no opening
    /// quote) before `, said X` at the end of the sentence or before an apposition. The verb's index and its speaker.
    func invertedSpeaker(_ s: Int, _ mentions: [Actor]) -> (verb: Int, actor: Actor)? {
        let list = a.tokens[s]
        guard list.count > 6, !list.prefix(2).contains(where: { a.isOpenQuote($0) }) else { return nil }
        for c in 4..<(list.count - 2) where a.isPunct(list[c], ",") && list[c + 1].kind == .word && !list[c + 1].upper
            && NameFinder.invertedVerbs.contains(list[c + 1].key) {
            // `X, the UN rapporteur, told …`, `An official, who …, said …`: the words before are the subject.
            if subjectBeforeAsides(s, c, mentions) != nil || relativeClauseSubject(s, c, mentions) != nil { return nil }
            if (0..<c).contains(where: { list[$0].key == K.who }) { return nil }
            // The view before needs a verb of its own: a few words at least, not a name list.
            guard (0..<c).filter({ list[$0].kind == .word }).count >= 4 else { return nil }
            var k = c + 2
            while k < list.count, k < c + 5, list[k].kind == .word && NameFinder.speakerHonorifics.contains(list[k].key) || a.isPunct(list[k], ".") { k += 1 }
            guard let found = mentions.first(where: { $0.from == k || $0.from == c + 3 && list[c + 2].key == K.the }), !found.weak, !found.unresolved else { return nil }
            let actor = titledSpeaker(s, found, mentions)
            let after = actor.to + 1
            // The speaker ends the sentence or stands before an apposition or a time (`, said X, an analyst`, `said X on Monday`).
            guard after >= list.count || a.isPunct(list[after], ",") || a.isPunct(list[after], ".") || a.isPunct(list[after], ";")
                    || list[after].isIn(.prepositions) else { return nil }
            return (c + 1, actor)
        }
        return nil
    }

    /// Verbs that may follow the speech they report (`…, said X`).
    static let invertedVerbs = Lexicon.set(Lexicon.split("said says added adds wrote writes noted notes warned warns argued argues explained explains insisted insists"))
    static let companyNouns = Lexicon.set(Lexicon.split("company firm lender group bank"))
    static let nonCompanyHeads = Lexicon.set(Lexicon.split("""
        union alliance party council committee commission authority government ministry office association federation league
        army court parliament agency institute university school exchange bureau board fund reserve
        """))

    /// `the company said`: the company the article is about, its most mentioned company-like group.
    func articleCompany() -> String? {
        if let cached = articleCompanyCache { return cached }
        var counts = KeyTable<Int>()
        var best: (root: UInt64, count: Int, index: Int)?
        for index in chunks.indices where chunks[index].cls == .organisation {
            let chunk = chunks[index]
            let list = a.tokens[chunk.s]
            if NameFinder.nonCompanyHeads.contains(list[chunk.to].key) || isAcronymChunk(chunk) && parent[chunk.key] == nil { continue }
            let root = parent[chunk.key] != nil ? find(chunk.key) : chunk.key
            let count = counts[root, default: 0] + 1
            counts[root] = count
            if best == nil || count > best!.count { best = (root, count, index) }
        }
        var answer: String?
        if let best, best.count >= 2 { answer = text(chunks[best.index]) }
        articleCompanyCache = .some(answer)
        return answer
    }
}

/// Plural actors (`Analysts said …`, `Some analysts questioned …`, `Rights groups disputed …`; not `Taliban
/// officials`, whose actor is the group, nor `Analysts at X`, whose actor is X) and a speaker's apposition before the verb after a quote
/// (`“…,” Kristalina Georgieva, the IMF's managing director, said`).
extension NameFinder {
    /// Plural nouns of people or bodies that hold views as a kind.
    static let pluralActorNouns = Lexicon.set(Lexicon.split("""
        analysts experts economists officials diplomats observers critics residents lawmakers legislators politicians
        activists groups parties governments unions protesters protestors demonstrators investors campaigners opponents
        supporters scholars historians scientists researchers sources
        """))
    static let pluralQuantifiers = Lexicon.set(Lexicon.split("some many several most few other"))

    /// A plural kind of actor opening sentence `s` (at most three words before the noun), with `at BODY` after it.
    func pluralActor(_ s: Int) -> Actor? {
        let list = a.tokens[s]
        let first = a.firstWordIndex(s)
        guard first >= 0, first < list.count else { return nil }
        var k = first
        while k < list.count, k <= first + 3, list[k].kind == .word {
            let word = list[k]
            if NameFinder.pluralActorNouns.contains(word.key) && (word.upper == false || k == first) {
                guard k + 1 < list.count else { return nil }
                let to = k
                // `Taliban officials`: a named group, person or place before the noun is the actor itself.
                if bySentence[s].contains(where: { chunks[$0].from < k && chunks[$0].to >= first && (isGroup(chunks[$0]) || chunks[$0].cls == .person || chunks[$0].cls == .place) }) { return nil }
                let next = list[to + 1]
                guard next.kind == .word, !next.upper, next.isIn(.stanceVerbs) || next.isIn(.auxiliaries) || next.key == K.and else { return nil }
                return Actor(s: s, from: first, to: to, nameStart: list[first].start, nameEnd: list[to].end)
            }
            if word.isIn(.stanceVerbs) || word.isIn(.auxiliaries) || isFunctionWord(word) && !NameFinder.pluralQuantifiers.contains(word.key) { return nil }
            if k > first, word.upper, !word.isIn(.demonym) { return nil }
            k += 1
        }
        return nil
    }

    /// `, the IMF's managing director, said` / `, chief executive of X, wrote` at `comma`: an apposition closed by a comma
    /// and a reporting verb.
    func appositionBeforeVerb(_ s: Int, _ comma: Int) -> Bool {
        let list = a.tokens[s]
        guard comma + 2 < list.count, a.isPunct(list[comma], ",") else { return false }
        var k = comma + 1
        while k < list.count, k <= comma + 16 {
            let token = list[k]
            if token.kind == .punct, !a.isPossessive(s, k), !a.isPunct(token, ".") {
                return a.isPunct(token, ",") && k > comma + 1 && k + 1 < list.count && list[k + 1].isIn(.reportingVerbs)
            }
            k += 1
        }
        return false
    }
}
