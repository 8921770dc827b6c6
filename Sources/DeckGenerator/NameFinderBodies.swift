/// Bodies by the shape of their mention (sets 20 and 21): a lone head word is a common noun written with a capital
/// (`the Board`, `Union claims victory`, `Group chief executive X`), an office's acronym is no body (`the CEO`), a body
/// run by `the X` is no person (`run by the Deutsche Bundespost`), a well-known name's possessive goes on into the
/// rest of its name (`Moody’s Investors Service`), `OPEC+` is a body of its own, and a country's body is not the
/// body of the same name owned by another country (`Pakistan Civil Aviation Authority` and `the United Kingdom’s
/// Civil Aviation Authority`).
extension NameFinder {
    /// English head words of bodies that, standing alone, are common nouns (`the Board`, `the Union`; not `Congress`,
    /// `Jamaat`, which name one body).
    static let genericHeads = Lexicon.set(Lexicon.split("""
        board union group centre center council committee commission company agency ministry department office bureau
        authority institute foundation society association federation league alliance coalition front party court
        movement network team club trust service services corporation bank fund news
        """))
    /// Offices held in a place (`chief minister`).
    static let placeOffices = Lexicon.set(Lexicon.split("minister ministers secretary justice"))
    /// A party's member, written with a capital (`a Social Democrat`, `a Republican`).
    static let partyMemberNouns = Lexicon.set(Lexicon.split("democrat republican conservative liberal socialist communist tory democrats"))
    /// Works of infrastructure an acronym may name (`TAPI gas pipeline`).
    static let worksNouns = Lexicon.set(Lexicon.split("pipeline pipelines corridor railway dam project"))
    /// `Caa1`, `Baa3`, `B2`: a credit rating (capital, up to two lower-case `a`s, a digit).
    func isRatingWord(_ token: Token) -> Bool {
        let n = token.end - token.start
        guard token.kind == .word, n >= 2, n <= 4, a.bytes[token.start] >= 0x41, a.bytes[token.start] <= 0x43,
              Tokenizer.isDigit(a.bytes[token.end - 1]) else { return false }
        var k = token.start + 1
        while k < token.end - 1 { guard a.bytes[k] == UInt8(ascii: "a") else { return false }; k += 1 }
        return true
    }
    /// Sites a place's name may stand before (`the Emden plant`).
    static let siteWords = Lexicon.set(Lexicon.split("plant plants factory factories works mine mines refinery refineries terminal"))
    /// Participles whose agent after `by the` is a body (`run by the Deutsche Bundespost`).
    static let bodyAgentVerbs = Lexicon.set(Lexicon.split("run operated managed owned controlled funded backed organised organized"))

    /// The group score from the shape of the mention (added to `extraGroupCue`).
    func bodyShapeCue(_ chunk: Chunk) -> Int {
        let list = a.tokens[chunk.s]
        // Asked of every name and nearly always 0, so a cheap test of its shape and neighbours comes first.
        guard mayHaveBodyShapeCue(chunk, list) else {
            #if DEBUG
            let people = peopleCue.count, cue = peopleCue[chunk.key]
            assert(bodyShapeCueRules(chunk) == 0 && peopleCue.count == people && peopleCue[chunk.key] == cue, "bodyShapeCue gate dropped a cue")
            #endif
            return 0
        }
        return bodyShapeCueRules(chunk)
    }

    /// False only when no rule of `bodyShapeCueRules` can fire (or call `peopleShapeCue`). Every rule needs one of:
    /// one word in capitals or a head of a body; three words or more; two words opening with a country; after the
    /// name `chief` or `(`; after one word `,` or `and`; before the name `a`, `an`, `as` or `the`.
    @inline(__always)
    func mayHaveBodyShapeCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Bool {
        let first = list[chunk.from]
        switch chunk.tokenCount {
        case 1: if first.allCaps || first.isIn(.organisationHeads) { return true }
        case 2: if first.isIn(.countries) { return true }
        default: return true
        }
        if chunk.to + 1 < list.count {
            let n = list[chunk.to + 1]
            if n.key == K.chief || a.isPunct(n, "(") || chunk.tokenCount == 1 && (a.isPunct(n, ",") || n.key == K.and) { return true }
        }
        guard chunk.from >= 1 else { return false }
        let key = list[chunk.from - 1].key
        return key == K.the || key == K.a || key == K.an || key == K.as_
    }

    /// The rules of `bodyShapeCue`.
    private func bodyShapeCueRules(_ chunk: Chunk) -> Int {
        let list = a.tokens[chunk.s]
        let first = list[chunk.from]
        if chunk.tokenCount == 1 {
            // `the Board and the CEO`, `Union claims victory on plants`, `Group chief executive X`, `the Centre commun …`:
            // a head word alone, not a well-known name, is a capitalised common noun.
            if !first.allCaps, !first.hyphen, first.isIn(.organisationHeads), NameFinder.genericHeads.contains(first.key),
               KnownOrganisations.table[chunk.key] == nil, chunk.titleFrom == nil,
               // `Coalition forces` names the forces of a coalition (`linkGroups`).
               !(chunk.to + 1 < list.count && (list[chunk.to + 1].key == K.forces || list[chunk.to + 1].key == K.troops)) { return -100 }
            // `the Board and the CEO`: an office's acronym in a list of bodies.
            if first.allCaps, first.isIn(.roleHeads), Lexicon.nonGroupAcronyms.contains(first.key) { return -100 }
        }
        // `Direction générale des télécommunications (DGT)`: a name spelled by its bracketed initialism.
        if chunk.tokenCount >= 3, !initialismKeys.isEmpty, initialismKeys.contains(chunk.key) { return 2 }
        let next = chunk.to + 1 < list.count ? list[chunk.to + 1] : nil
        // `Karnataka chief minister`, `Outgoing chief minister X`: a place's office, not a body's chief.
        if let next, next.key == K.chief, !next.upper, chunk.to + 2 < list.count, !list[chunk.to + 2].upper,
           NameFinder.placeOffices.contains(list[chunk.to + 2].key) { return -100 }
        // `a Social Democrat who sits on …`: a party's member, not the party.
        if chunk.from >= 1, list[chunk.from - 1].key == K.a || list[chunk.from - 1].key == K.an,
           NameFinder.partyMemberNouns.contains(list[chunk.to].key) { return -100 }
        // `rates Nigeria Caa1`: a country and its rating.
        if chunk.tokenCount == 2, list[chunk.from].isIn(.countries), isRatingWord(list[chunk.to]) { return -100 }
        // `Updated 09:42 WAT`: a time zone after a clock time written with a colon.
        if chunk.tokenCount == 1, first.allCaps, first.end - first.start <= 4, a.bytes[first.end - 1] == UInt8(ascii: "T"),
           chunk.from >= 3, list[chunk.from - 1].kind == .number, a.isPunct(list[chunk.from - 2], ":"), list[chunk.from - 3].kind == .number { return -100 }
        // `the Afghan leg of TAPI gas pipeline`: an acronym naming a work of infrastructure (not a well-known body).
        if chunk.tokenCount == 1, first.allCaps, let next, next.kind == .word, !next.upper, KnownOrganisations.table[chunk.key] == nil {
            var k = chunk.to + 1
            while k < list.count, k <= chunk.to + 2, list[k].kind == .word, !list[k].upper {
                if NameFinder.worksNouns.contains(list[k].key) { return -100 }
                k += 1
            }
        }
        // `Keuffel & Esser (K&E), the New Jersey firm`: an apposition after the name's bracketed acronym.
        if let next, a.isPunct(next, "("), chunk.to + 4 < list.count {
            var close = chunk.to + 2
            while close < list.count, close <= chunk.to + 5, !a.isPunct(list[close], ")") { close += 1 }
            if close + 2 < list.count, a.isPunct(list[close], ")"), a.isPunct(list[close + 1], ","),
               organisationApposition(chunk.s, close + 2) != nil { return 2 }
        }
        // `the Janata Dal (Secular)`: a name with a party's bracketed qualifier is a party.
        if chunk.tokenCount >= 4, a.isPunct(list[chunk.to], ")"), NameFinder.bracketQualifiers.contains(list[chunk.to - 1].key) { return 2 }
        // `an algorithm known as CORDIC`: a thing's name.
        if chunk.from >= 3, list[chunk.from - 1].key == K.as_, list[chunk.from - 2].key == K.known,
           NameFinder.thingNouns.contains(list[chunk.from - 3].key) { return -100 }
        if chunk.tokenCount == 1, let next, a.isPunct(next, ",") || next.key == K.and { peopleShapeCue(chunk) }
        // `a shop steward at the Emden plant`: a place naming a site, not the body.
        if chunk.from >= 1, list[chunk.from - 1].key == K.the, let next, next.kind == .word, !next.upper, NameFinder.siteWords.contains(next.key),
           KnownOrganisations.table[chunk.key] == nil, lexicalClass(chunk) != .organisation { return -100 }
        // `run by the Deutsche Bundespost`: a body is run by `the` name.
        if chunk.from >= 3, list[chunk.from - 1].key == K.the, !list[chunk.from - 1].upper, list[chunk.from - 2].key == K.by,
           NameFinder.bodyAgentVerbs.contains(list[chunk.from - 3].key) { return 2 }
        return 0
    }

    /// `Moody’s Investors Service`: after a well-known name's own possessive, the capitalised words that close a body's
    /// name belong to it (not a person after the possessive: `Moody’s Mark Zandi`). Returns the new end.
    func possessiveNameTail(_ s: Int, _ end: Int) -> Int {
        let list = a.tokens[s]
        var k = end
        while k + 1 < list.count, list[k + 1].kind == .word, list[k + 1].space, list[k + 1].upper, !list[k + 1].allCaps, k < end + 3 { k += 1 }
        guard k > end, list[k].isIn(.organisationHeads) else { return end }
        return k
    }

    /// Words a party's name keeps in brackets (`Janata Dal (Secular)`, `Communist Party of India (Marxist)`).
    static let bracketQualifiers = Lexicon.set(Lexicon.split("secular united marxist socialist maoist leninist democratic nationalist"))

    /// `OPEC+`: an acronym with a plus run into it names a wider body; `Janata Dal (Secular)` and `JD(S)`: a party's
    /// bracketed qualifier belongs to its name. Returns the new end.
    func plusAcronymEnd(_ s: Int, _ from: Int, _ end: Int) -> Int {
        let list = a.tokens[s]
        guard end + 3 < list.count || end + 1 < list.count && list[end].allCaps else { return end }
        if end + 3 < list.count, a.isPunct(list[end + 1], "("), a.isPunct(list[end + 3], ")"), list[end + 2].kind == .word, list[end + 2].upper {
            let word = list[end + 2]
            if list[end + 1].space, end > from, !word.allCaps, NameFinder.bracketQualifiers.contains(word.key) { return end + 3 }
            if !list[end + 1].space, end == from, list[end].allCaps, word.end - word.start == 1 { return end + 3 }
        }
        guard end == from, list[end].allCaps, end + 1 < list.count, a.isPunct(list[end + 1], "+"), !list[end + 1].space else { return end }
        if end + 2 < list.count, list[end + 2].kind != .punct, !list[end + 2].space { return end }
        return end + 1
    }

    /// `the United Kingdom’s Civil Aviation Authority`: a body owned by a possessive is not the one a country's name
    /// opens (`Pakistan Civil Aviation Authority`).
    func ownedByPossessive(_ chunk: Chunk) -> Bool {
        chunk.from >= 2 && a.isPossessive(chunk.s, chunk.from - 2)
    }

    /// `the Janata Dal (Secular), or JD(S), led by …`: a short name after `, or` and before a comma is an alias.
    func linkOrAliases() {
        for index in chunks.indices where isGroup(chunks[index]) {
            let chunk = chunks[index], list = a.tokens[chunk.s]
            guard chunk.to + 4 < list.count, a.isPunct(list[chunk.to + 1], ","), list[chunk.to + 2].key == K.or, !list[chunk.to + 2].upper,
                  let other = bySentence[chunk.s].first(where: { chunks[$0].from == chunk.to + 3 }), chunks[other].tokenCount <= 4,
                  chunks[other].to + 1 < list.count, a.isPunct(list[chunks[other].to + 1], ","),
                  chunks[other].cls != .person, chunks[other].cls != .place, find(chunks[other].key) != find(chunk.key) else { continue }
            chunks[other].cls = chunk.cls
            note(chunk: chunk); note(chunk: chunks[other])
            union(chunk.key, chunks[other].key)
        }
    }

    /// Nouns of a people or community heading an apposition (`a Vokkaliga, the dominant farming caste`).
    static let peopleNouns = Lexicon.set(Lexicon.split("caste castes tribe tribes clan clans community communities people ethnic"))

    /// People cues from the words around a one-word name: an apposition headed by a people noun (`X, the dominant
    /// farming caste of …`), and the first of two names joined by `and` before a collective (`Pashtun and Baloch
    /// communities`).
    func peopleShapeCue(_ chunk: Chunk) {
        let list = a.tokens[chunk.s]
        guard chunk.to + 3 < list.count else { return }
        if a.isPunct(list[chunk.to + 1], ","), list[chunk.to + 2].key == K.the || list[chunk.to + 2].key == K.a || list[chunk.to + 2].key == K.an {
            var k = chunk.to + 3
            while k < list.count, k <= chunk.to + 6, list[k].kind == .word, !list[k].upper {
                if NameFinder.peopleNouns.contains(list[k].key) { peopleCue.add(chunk.key, 1); return }
                k += 1
            }
        }
        if list[chunk.to + 1].key == K.and, list[chunk.to + 2].upper, list[chunk.to + 2].kind == .word, list[chunk.to + 3].kind == .word, !list[chunk.to + 3].upper,
           list[chunk.to + 3].isIn(.peopleCollectives) || NameFinder.peopleNouns.contains(list[chunk.to + 3].key) {
            peopleCue.add(chunk.key, 1)
        }
    }

    /// `PSA Group, the maker of Peugeot and Citroen, formerly Peugeot S.A.`: the group a name's apposition describes
    /// when the name closes it (the renamed body is the group, not the last name of its apposition).
    func appositionOwner(_ s: Int, _ index: Int) -> Int? {
        let list = a.tokens[s]
        var m = chunks[index].from - 1
        let limit = m - 8
        while m >= 2, m > limit {
            let token = list[m]
            if token.key == K.the || token.key == K.a || token.key == K.an, !token.upper, a.isPunct(list[m - 1], ",") {
                guard let owner = bySentence[s].last(where: { chunks[$0].to == m - 2 }), isGroup(chunks[owner]) else { return nil }
                return owner
            }
            guard token.kind == .word, !token.isIn(.stanceVerbs) else { return nil }
            m -= 1
        }
        return nil
    }

    /// `formerly (known as) X` (at `k`: `formerly` or `known`) after an apposition that a group's name opens: X is the
    /// group's former name.
    func linkFormerAfterApposition(_ s: Int, _ k: Int) -> Bool {
        let list = a.tokens[s]
        // `formerly X` or `formerly known as X`
        let f = list[k].key == K.known && k >= 1 && list[k - 1].key == K.formerly ? k - 1 : k
        let after = f < k ? k + 2 : k + 1
        guard f >= 4, list[f].key == K.formerly, a.isPunct(list[f - 1], ","), after < list.count,
              let last = bySentence[s].last(where: { chunks[$0].to == f - 2 }), let owner = appositionOwner(s, last),
              let alias = chunkAt(s, list[after].key == K.the ? after + 1 : after) else { return false }
        linkAlias(alias, to: chunks[owner].key)
        return true
    }
}
