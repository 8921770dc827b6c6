/// Appositions with an owner before the role: `Rachel Ruggeri, Starbucks' chief financial officer, …` (a plural
/// possessive: the apostrophe after a final `s` with no `s` after it) and `Hugh Williamson, HRW’s Europe and Central
/// Asia director, …` (a possessive owner lengthens the words before the role's head).
extension NameFinder {
    /// `Starbucks'`: an apostrophe at `i` closing a capitalised word that ends in `s`, with a lower-case word after it.
    func isPluralPossessive(_ s: Int, _ i: Int) -> Bool {
        let list = a.tokens[s]
        guard i >= 1, i + 1 < list.count, a.isApostrophe(list[i]), !list[i].space, list[i + 1].space else { return false }
        let before = list[i - 1]
        guard before.kind == .word, before.upper, a.bytes[before.end - 1] == UInt8(ascii: "s") else { return false }
        let after = list[i + 1]
        return after.kind == .word && !after.upper
    }

    /// Any possessive mark at `i`: `’s` or a plural `s'`.
    func isAnyPossessive(_ s: Int, _ i: Int) -> Bool {
        a.isPossessive(s, i) || isPluralPossessive(s, i)
    }
}

/// A description in a quotation (`"Brian is a transformational leader …," said X`) is praise, not an office.
extension NameFinder {
    /// Whether token `i` of sentence `s` stands inside double quotation marks opened earlier in the sentence.
    func insideQuote(_ s: Int, _ i: Int) -> Bool {
        let list = a.tokens[s]
        var open = false
        for k in 0..<min(i, list.count) where list[k].kind == .punct {
            let token = list[k]
            if token.mark == UInt8(ascii: "\"") { open.toggle() }
            else if token.end - token.start == 3, token.mark == 0x9C { open = true }
            else if token.end - token.start == 3, token.mark == 0x9D { open = false }
        }
        return open
    }
}

/// `X, a Marxist-leaning lawmaker whose party …, was sworn in as Sri Lanka's president`: the oath of office after
/// an apposition, and an apposition that ends before `whose`; `Dissanayake, 55, took the oath …`: after an age the
/// main clause's verb follows, no apposition.
extension NameFinder {
    static let swornKey: UInt64 = 0x712D49A22EC5CD08 // sworn

    /// `sworn in as` at `k`: the index after `as`.
    func swornInAs(_ s: Int, _ k: Int) -> Int? {
        let list = a.tokens[s]
        guard k + 2 < list.count, list[k].key == NameFinder.swornKey, list[k + 1].key == K.in_, list[k + 2].key == K.as_ else { return nil }
        return k + 3
    }

    /// After `Name, 55,` an apposition opens with an article, a possessive owner, a title or a role word; a lower-case
    /// word of another kind is the sentence's verb (`took the oath`).
    func opensAppositionAfterAge(_ s: Int, _ k: Int) -> Bool {
        let list = a.tokens[s]
        guard k < list.count else { return false }
        let token = list[k]
        guard token.kind == .word else { return false }
        if token.upper || token.key == K.the || token.key == K.a || token.key == K.an || token.key == K.his || token.key == K.her
            || token.key == K.former || token.key == K.now || token.key == K.currently || token.key == K.formerly { return true }
        return token.isIn(.roleHeads) || token.isIn(.roleModifiers) || isOccupationNoun(token) || isAgentNoun(token) || isTitleToken(token)
    }
}

/// `Slackware, started by Patrick Volkerding`: `started by` makes a founder only of a named thing (a capitalised
/// name that is no person), not of an event (`The fire, started by X`).
extension NameFinder {

    /// The first token of the named thing ending at `end`, if there is one.
    func startedNamedThing(_ s: Int, _ start: Int, _ end: Int) -> Int? {
        guard let named = bySentence[s].first(where: { chunks[$0].to == end }) else { return nil }
        let chunk = chunks[named]
        return chunk.from >= start && chunk.cls != .person && !isPersonShaped(chunk) ? chunk.from : nil
    }
}

extension NameFinder {
    /// An `as ROLE` after token `from` in the sentence (`as president`, `as its chief`).
    func officeAsLater(_ s: Int, _ from: Int) -> Bool {
        let list = a.tokens[s]
        var k = from + 1
        while k + 1 < list.count {
            if list[k].key == K.as_ {
                var m = k + 1
                if m + 1 < list.count, list[m].key == K.the || list[m].key == K.a || list[m].key == K.its { m += 1 }
                if list[m].isIn(.roleHeads) { return true }
            }
            k += 1
        }
        return false
    }
}

extension NameFinder {
    /// `…, former prime minister Imran Khan`: the comma before a lower-case title that stands right before the name.
    func commaBeforeLowerTitle(_ chunk: Chunk) -> Int? {
        let list = a.tokens[chunk.s]
        var k = (chunk.titleFrom ?? chunk.from) - 1
        let last = k
        var head = false
        while k >= 0, k > last - 5, list[k].kind == .word, !list[k].upper || isTitleToken(list[k]) {
            if list[k].isIn(.roleHeads) { head = true }
            else if !list[k].isIn(.roleModifiers) && !isTitleToken(list[k]) && list[k].key != K.former { return nil }
            k -= 1
        }
        guard head, k < last, k >= 1, a.isPunct(list[k], ",") else { return nil }
        return k
    }
}

/// `X … served three stints as chief executive, most recently as interim CEO`: a second `as ROLE` after a comma and
/// a time adverb, when X is the subject of a serving verb before it and no other person stands between.
extension NameFinder {
    static let laterAdverbs = Lexicon.set(Lexicon.split("most recently later then again briefly also finally"))

    func laterAsRole(_ chunk: Chunk) -> (String, String?)? {
        let list = a.tokens[chunk.s]
        let stayVerbs = NameFinder.stayVerbs
        // The next person named after this one ends the search.
        var nextPerson = Int.max
        for index in bySentence[chunk.s] where chunks[index].from > chunk.to && chunks[index].cls == .person { nextPerson = min(nextPerson, chunks[index].from) }
        var served = false
        var k = chunk.to + 1
        while k + 3 < list.count, k <= chunk.to + 24 {
            let token = list[k]
            if token.kind == .word, stayVerbs.contains(token.key) { served = true }
            if served, a.isPunct(token, ",") {
                var m = k + 1
                while m < list.count, m <= k + 2, list[m].kind == .word, NameFinder.laterAdverbs.contains(list[m].key) { m += 1 }
                if m > k + 1, m + 1 < list.count, list[m].key == K.as_, let (from, to, of) = roleAfterAs(chunk.s, m + 1) {
                    return (a.span(chunk.s, from, to), of)
                }
            }
            if token.kind == .punct, !a.isPunct(token, ","), !isAnyPossessive(chunk.s, k) { return nil }
            if k == nextPerson { return nil }
            k += 1
        }
        return nil
    }
}

extension NameFinder {
    static let becomeVerbs = Lexicon.set(Lexicon.split("become becomes became"))

    /// `hails from the Kohat division of Khyber Pakhtunkhwa and served as …`: the serving verb after `and` within one
    /// clause (no punctuation) that opens at the subject's first verb at `k`; its index.
    func coordinatedStayVerb(_ s: Int, _ k: Int) -> Int? {
        let list = a.tokens[s]
        guard list[k].kind == .word, !list[k].upper else { return nil }
        var m = k + 1
        while m + 1 < list.count, m <= k + 12, list[m].kind == .word {
            if list[m].key == K.and, NameFinder.stayVerbs.contains(list[m + 1].key), m + 2 < list.count, list[m + 2].key == K.as_ { return m + 1 }
            if list[m].key == K.who || list[m].key == K.which { return nil }
            m += 1
        }
        return nil
    }
}

