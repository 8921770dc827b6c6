/// Group cues from the words around a bare name (`investment bank Jefferies`, `rivals such as A and B`,
/// `Japan's largest labour union group, Rengo,`, `head of research at Barclays`, `listed on … and on Nasdaq`),
/// kept apart from the main passes of `NameFinder.swift`.
extension NameFinder {
    /// Plural nouns of a kind of organisation that introduce examples (`Korean groups such as A and B`,
    /// `ARM's licensees, including A and B`).
    static let organisationKinds = Lexicon.set(Lexicon.split("""
        groups companies firms rivals competitors licensees customers clients partners banks lenders insurers
        investors brokers brokerages carriers airlines agencies organisations organizations bodies institutions donors
        backers buyers suppliers peers start-ups startups publishers newspapers outlets broadcasters utilities operators
        regulators unions parties conglomerates manufacturers makers producers developers retailers miners exchanges
        charities ngos players giants funds insurgents militias factions
        """))
    /// Singular nouns of a kind of organisation written right before its bare name (`investment bank Jefferies`,
    /// `state utility Barqi Tojik`); agent nouns that may name a person (`developer`, `producer`) are left out.
    static let organisationKindNouns = Lexicon.set(Lexicon.split("""
        bank lender insurer utility carrier airline broadcaster regulator exchange market union watchdog agency
        publisher newspaper daily network group firm company conglomerate start-up startup brokerage consultancy
        operator retailer miner chipmaker carmaker automaker drugmaker party outlet website tabloid arm subsidiary affiliate
        magazine broker parent opposition
        """))
    /// Verbs of moving staff whose object after `from` is an employer (`recruited from Barclays`).
    static let recruitVerbs = Lexicon.set(Lexicon.split("recruited hired poached moved came defected"))
    /// Words after which `on X` names a market (`listed on Nasdaq`, `shares on the Kosdaq`).
    static let listingWords = Lexicon.set(Lexicon.split("listed listing listings list trade trades traded trading shares stock debut debuted float floated"))
    /// Nouns heading an apposition that defines a body (`the Jatiya Sangsad, the national parliament,`).
    static let bodyNouns = Lexicon.set(Lexicon.split("""
        parliament legislature assembly senate ministry agency regulator watchdog union party broadcaster newspaper daily
        publisher exchange airline insurer court council commission coalition alliance movement militia outlet house
        chamber lobby association federation office bureau authority department inspectorate
        """))

    /// The group score a chunk gets from the words around it (added to `extraGroupCue`). Asked of every name
    /// and nearly always 0, so cheap tests of the tokens next to the name come first: `mayEndExampleList` for the
    /// example list, `mayHaveContextCue` for the other rules.
    func contextGroupCue(_ chunk: Chunk) -> Int {
        let list = a.tokens[chunk.s]
        var cue = 0
        // `firms, including Peter Thiel's Founders Fund`: the item is the name after the possessive.
        if chunk.titleFrom == nil {
            let listed = mayEndExampleList(chunk, list)
            assert(listed || !inExampleList(chunk), "contextGroupCue gate dropped an example list")
            if listed, !(a.isPossessive(chunk.s, chunk.to + 1) && chunk.to + 3 < list.count && list[chunk.to + 3].nameLike),
               inExampleList(chunk) { cue += 2 }
        }
        guard mayHaveContextCue(chunk, list) else {
            assert(contextGroupCueRules(chunk) == 0, "contextGroupCue gate dropped a cue")
            return cue
        }
        return cue + contextGroupCueRules(chunk)
    }

    /// False only when `inExampleList` is: its walk back from the name goes on only over a number, a capitalised
    /// word, a comma, `and`, `or`, `the` or a name connector, and ends well only at `including`, `included`,
    /// `such as`, a dash or a colon; so the token before the name must be one of these.
    @inline(__always)
    func mayEndExampleList(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Bool {
        guard chunk.from >= 2 else { return false }
        let p = list[chunk.from - 1]
        switch p.kind {
        case .number: return true
        case .punct: return a.isPunct(p, ",") || a.isPunct(p, ":") || a.isDash(p)
        case .word:
            let key = p.key
            return p.upper || p.isIn(.nameConnectors) || key == K.and || key == K.or || key == K.the || key == K.as_
                || key == K.including || key == NameFinder.includedKey
        }
    }

    /// False only when no rule of `contextGroupCueRules` can fire. Every rule needs one of: after the name a
    /// possessive, `(`, `and` or a market noun; `Radio` opening it; before it a comma (and a comma or a dash after it),
    /// `to`, `at`, `from`, `on`, a kind of organisation (kind nouns, makers), or `the`/`a`/`an`/`former` with a
    /// lower-case word after a name of several words, or `the` after a comma, `at` or `on`.
    @inline(__always)
    func mayHaveContextCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Bool {
        let next: Token? = chunk.to + 1 < list.count ? list[chunk.to + 1] : nil
        if let n = next, a.isApostrophe(n) || a.isPunct(n, "(") || n.key == K.and || !n.upper && NameFinder.marketNouns.contains(n.key) { return true }
        if chunk.tokenCount >= 2, list[chunk.from].key == NameFinder.radioKey { return true }
        guard chunk.from >= 1 else { return false }
        let p = list[chunk.from - 1], key = p.key
        // `Japan's largest labour union group, Rengo,` (`appositionBefore`).
        if a.isPunct(p, ","), let n = next, a.isPunct(n, ",") || a.isDash(n) { return true }
        guard p.kind == .word else { return false }
        if key == K.to || key == K.at || key == K.from || key == K.on { return true }
        if key == K.the || key == K.a || key == K.an || key == K.former {
            // `the former Samsung Biologics scientist`.
            if chunk.tokenCount >= 2, let n = next, n.kind == .word, !n.upper { return true }
            // `parliament, the Jogorku Kenesh,`, `at the X`, `on the X`.
            guard key == K.the, chunk.from >= 2 else { return false }
            let q = list[chunk.from - 2]
            return a.isPunct(q, ",") || q.key == K.at || q.key == K.on
        }
        // `investment bank Jefferies`, `state energy companies A and B` (`kindNounBefore`, `kindListBefore`).
        return !p.upper && p.space && (NameFinder.organisationKindNouns.contains(key) || NameFinder.organisationKinds.contains(key) || isMakerWord(p))
    }

    /// The rules of `contextGroupCue` after the example list.
    private func contextGroupCueRules(_ chunk: Chunk) -> Int {
        let list = a.tokens[chunk.s]
        var cue = 0
        if chunk.titleFrom == nil, kindNounBefore(chunk) || kindListBefore(chunk) { cue += 1 }
        // `according to Tradeweb data`: the source of data is a body.
        if chunk.from >= 2, chunk.to + 1 < list.count, list[chunk.from - 1].key == K.to, list[chunk.from - 2].key == K.according,
           list[chunk.to + 1].key == K.data || list[chunk.to + 1].key == K.figures || list[chunk.to + 1].key == K.estimates, !list[chunk.to + 1].upper {
            cue += 1
        }
        if appositionBefore(chunk) { cue += 2 }
        // `head of research at Barclays`, `chief economist at X`: a role, a short `of` phrase, then `at`.
        var before = chunk.from - 1
        if before >= 0, list[before].key == K.the { before -= 1 }
        if before >= 2, list[before].key == K.at, !isPersonShaped(chunk) || chunk.tokenCount >= 3 {
            var m = before - 1
            var sawOf = false
            while m >= 0, m >= before - 5, list[m].kind == .word, !list[m].upper || list[m].isIn(.demonym) {
                if list[m].key == K.of { sawOf = true }
                else if sawOf, list[m].isIn(.roleHeads) || list[m].isIn(.staffNouns) { cue += 1; break }
                m -= 1
            }
        }
        // `recruited from Barclays`
        if before >= 1, before == chunk.from - 1, list[before].key == K.from, NameFinder.recruitVerbs.contains(list[before - 1].key),
           !isPersonShaped(chunk), lexicalClass(chunk) == .other {
            cue += 1
        }
        // `listed on Seoul's tech-focused Kosdaq market`: back over a place's possessive and modifiers to `on`.
        if chunk.to + 1 < list.count, NameFinder.marketNouns.contains(list[chunk.to + 1].key), !list[chunk.to + 1].upper {
            var m = chunk.from - 1
            while m >= 1, m >= chunk.from - 6, list[m].key != K.on {
                if !(list[m].kind == .word || a.isApostrophe(list[m])) { m = -1; break }
                m -= 1
            }
            if m >= 1, list[m].key == K.on, NameFinder.listingWords.contains(list[m - 1].key) { cue += 1 }
        }
        // `wrote on Facebook`, `posted on X`: a platform one writes on.
        if before == chunk.from - 1, before >= 1, list[before].key == K.on, NameFinder.postingVerbs.contains(list[before - 1].key),
           chunk.tokenCount == 1, !list[chunk.from].isIn(.weekdays), !list[chunk.from].isIn(.month), lexicalClass(chunk) == .other {
            cue += 1
        }
        // `RFE/RL's Kyrgyz Service`: the owner of a named body.
        if a.isPossessive(chunk.s, chunk.to + 1), let owned = bySentence[chunk.s].first(where: { chunks[$0].from == chunk.to + 3 }),
           chunks[owned].tokenCount >= 2, lexicalClass(chunks[owned]) == .organisation, lexicalClass(chunk) == .other, !isPersonShaped(chunk) {
            cue += 1
        }
        // `with Apple Computer and VLSI Technology`: a two-word name joined by `and` to a body's name is no person.
        if chunk.tokenCount >= 2, chunk.titleFrom == nil, chunk.to + 2 < list.count, list[chunk.to + 1].key == K.and,
           let partner = bySentence[chunk.s].first(where: { chunks[$0].from == chunk.to + 2 }), chunks[partner].titleFrom == nil,
           chunks[partner].tokenCount >= 2, lexicalClass(chunks[partner]) == .organisation, lexicalClass(chunk) == .other {
            cue += 1
        }
        // `the Jogorku Kenesh (parliament)`, `the Majlis (the lower house)`: a bracketed gloss naming a body.
        if chunk.to + 3 < list.count, a.isPunct(list[chunk.to + 1], "(") {
            var k = chunk.to + 2
            while k < list.count, k <= chunk.to + 5, list[k].kind == .word, !list[k].upper { k += 1 }
            if k < list.count, k > chunk.to + 2, a.isPunct(list[k], ")"), NameFinder.bodyNouns.contains(list[k - 1].key) { cue += 2 }
        }
        // `Radio Azadi`, `Radio Free Europe`: a station's name.
        if chunk.tokenCount >= 2, list[chunk.from].key == NameFinder.radioKey, chunk.titleFrom == nil { cue += 1 }
        // `the former Samsung Biologics scientist`: an employer's name before an occupation (and no person after it).
        if chunk.tokenCount >= 2, chunk.titleFrom == nil, chunk.from >= 1, chunk.to + 1 < list.count,
           list[chunk.from - 1].key == K.the || list[chunk.from - 1].key == K.a || list[chunk.from - 1].key == K.an || list[chunk.from - 1].key == K.former,
           list[chunk.to + 1].kind == .word, !list[chunk.to + 1].upper, list[chunk.to + 1].isIn(.staffNouns) || isAgentNoun(list[chunk.to + 1]),
           !(chunk.to + 2 < list.count && list[chunk.to + 2].nameLike), lexicalClass(chunk) == .other {
            cue += 1
        }
        // `listed on Nasdaq`, `on the London Stock Exchange and on Nasdaq`.
        if before >= 1, list[before].key == K.on, !a.isPossessive(chunk.s, chunk.to + 1) {
            var m = before - 1
            if m >= 1, list[m].key == K.and {
                // A parallel `on A and on B` with A an exchange or market.
                if let left = bySentence[chunk.s].last(where: { chunks[$0].to == m - 1 }), lexicalClass(chunks[left]) == .organisation { cue += 1 }
                m = -1
            }
            while m >= 0, m >= before - 3, list[m].kind == .word, !list[m].upper {
                if NameFinder.listingWords.contains(list[m].key) { cue += 1; break }
                m -= 1
            }
        }
        return cue
    }

    /// `Korean groups such as Alteogen and ABL Bio`, `ARM's licensees, including Qualcomm and Microsoft`,
    /// `Early licensees included A, B and C`: a name in a list after a plural noun of organisations.
    func inExampleList(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        var k = chunk.from - 1
        var steps = 0
        while k >= 1, steps < 16 {
            let token = list[k]
            if token.kind == .word, token.key == K.including || token.key == NameFinder.includedKey
                || (token.key == K.as_ && list[k - 1].key == NameFinder.suchKey) {
                var m = token.key == K.as_ ? k - 2 : k - 1
                if m >= 0, a.isPunct(list[m], ",") { m -= 1 }
                guard m >= 0, list[m].kind == .word, !list[m].upper || m == a.firstWordIndex(chunk.s) else { return false }
                if NameFinder.organisationKinds.contains(list[m].key) || isMakerWord(list[m]) { return true }
                // `Opposition groups in exile, including X`: the kind noun before a short prepositional phrase.
                var n = m - 1
                while n >= 1, n >= m - 3, list[n].kind == .word, !list[n].upper {
                    if NameFinder.kindPrepositions.contains(list[n].key) || list[n].key == K.in_ {
                        return NameFinder.organisationKinds.contains(list[n - 1].key)
                    }
                    n -= 1
                }
                return false
            }
            // `the four carriers that dominate the U.S. market - American, Delta, United and Southwest -`,
            // `three lenders: A, B and C`: a list opened by a dash or a colon after a plural noun of organisations.
            if a.isDash(token) || a.isPunct(token, ":") {
                // A list of names: a comma or `and` on one side of this one.
                guard !list[chunk.from].isIn(.commonWords), k < chunk.from - 1 || chunk.to + 1 < list.count
                        && (a.isPunct(list[chunk.to + 1], ",") || list[chunk.to + 1].key == K.and) else { return false }
                var m = k - 1
                while m >= 0, m >= k - 10, list[m].kind == .word {
                    if !list[m].upper, NameFinder.organisationKinds.contains(list[m].key) { return true }
                    m -= 1
                }
                return false
            }
            // Only names, their connectors and list punctuation between the noun and this name.
            if token.kind == .punct, !a.isPunct(token, ",") { return false }
            if token.kind == .word, !token.upper, token.key != K.and, token.key != K.or, token.key != K.the,
               !token.isIn(.nameConnectors) { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// `investment bank Jefferies`, `Tajikistan's state utility Barqi Tojik`, `the chipmaker X`: a kind of
    /// organisation right before the name, after a modifier, a possessive or an article.
    func kindNounBefore(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        let k = chunk.from - 1
        guard k >= 1, list[k].kind == .word, !list[k].upper, list[k].space,
              NameFinder.organisationKindNouns.contains(list[k].key) || (isMakerWord(list[k]) && !isPersonShaped(chunk)) else { return false }
        let before = list[k - 1]
        // `the group Chairman X` is a title; a name right after a verb-like word is its object.
        if chunk.tokenCount == 1, list[chunk.from].isIn(.commonWords) { return false }
        if before.key == K.the || before.key == K.a || before.key == K.an || NameFinder.possessiveDeterminers.contains(before.key) { return true }
        if k >= 2, a.isPossessive(chunk.s, k - 2) { return true }
        // `its US arm X`, `its German subsidiary X`: a country before the kind noun.
        if before.isIn(.countryAcronyms) || before.isIn(.demonym) || before.isIn(.countries) { return k >= 2 && list[k - 2].kind == .word && !list[k - 2].upper }
        // `from broadcaster X`, `by investment bank X`: a preposition or a modifier before the kind noun.
        if NameFinder.kindPrepositions.contains(before.key) { return true }
        return before.kind == .word && !before.upper && !before.isIn(.commonWords) && !before.isIn(.stanceVerbs)
            && (before.key != K.s)
    }

    /// `state energy companies QazaqGaz and KazTransOil`: a plural kind of organisation right before a list of names
    /// (the first name; `and` passes the class on).
    func kindListBefore(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        let k = chunk.from - 1
        guard k >= 1, chunk.to + 2 < list.count, list[k].kind == .word, !list[k].upper, list[k].space, NameFinder.organisationKinds.contains(list[k].key),
              list[chunk.to + 1].key == K.and || a.isPunct(list[chunk.to + 1], ","), list[chunk.to + 2].nameLike || list[chunk.to + 2].key == K.the else { return false }
        let before = list[k - 1]
        return before.kind == .word && !before.upper && !before.isIn(.commonWords) && !before.isIn(.stanceVerbs) || before.key == K.the
            || a.isApostrophe(before) && k >= 2 && a.bytes[list[k - 2].end - 1] == UInt8(ascii: "s") // `The metalworkers' unions A, B and C`
    }

    /// `Japan's largest labour union group, Rengo, has said`: a name in apposition after a noun phrase
    /// headed by a kind of organisation.
    func appositionBefore(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        // `Kyrgyzstan's parliament, the Jogorku Kenesh,`: the name may keep its article.
        let comma = chunk.from >= 1 && list[chunk.from - 1].key == K.the && !list[chunk.from - 1].upper ? chunk.from - 2 : chunk.from - 1
        guard comma >= 2, a.isPunct(list[comma], ","), chunk.titleFrom == nil else { return false }
        let after = chunk.to + 1
        guard after < list.count, a.isPunct(list[after], ",") || a.isDash(list[after]) else { return false }
        let head = list[comma - 1]
        guard head.kind == .word, !head.upper, NameFinder.organisationKindNouns.contains(head.key) || NameFinder.bodyNouns.contains(head.key) else { return false }
        // The phrase opens with a possessive or an article within a few words.
        var m = comma - 2
        while m >= 0, m >= comma - 6 {
            let token = list[m]
            if token.key == K.the || token.key == K.a || token.key == K.an { return true }
            if token.key == K.s, m >= 1, a.isPossessive(chunk.s, m - 1) { return true }
            guard token.kind == .word, !token.upper, !token.isIn(.roleHeads), !token.isIn(.stanceVerbs) else { return false }
            m -= 1
        }
        return false
    }
    static let marketNouns = Lexicon.set(Lexicon.split("market bourse exchange"))
    static let postingVerbs = Lexicon.set(Lexicon.split("wrote posted write writes writing posts posting published publishes shared said says"))
    static let radioKey: UInt64 = 0x8813D411D1692D14 // radio
    static let kindPrepositions = Lexicon.set(Lexicon.split("by from with at to for of"))
    static let possessiveDeterminers = Lexicon.set(Lexicon.split("its their his her our"))
    static let suchKey: UInt64 = 0xB6CD691921C53A5E // such
    static let includedKey: UInt64 = 0x28DF10681CEC5059 // included
}
