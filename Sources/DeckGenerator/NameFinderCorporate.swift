/// Evidence that a bare name is a company or another body when no head word says so: employment
/// (`worked at Google from 2005 and then at Dropbox`, `a former Google engineer`), corporate nouns
/// around it (`shares of Hawaiian`, `the liquidation of Enron`, `a stake in X`), an agent noun of trade
/// before it (`Singapore's state investor Temasek`, `the energy trader Enron`), `the Taliban's minister`,
/// and, for a name shaped like a person's (`Goldman Sachs`), deal work (`X advised Y on the deal`,
/// `X acquired Y`) counted only when nothing in the text says it is a person.
extension NameFinder {
    /// Verbs of working somewhere whose `at`/`for`/`from` object is an employer.
    static let employmentVerbs = Lexicon.set(Lexicon.split("worked works working employed interned retired resigned"))
    /// Nouns whose `of`/`in`/`with` object is a company (`shares of X`, `a stake in X`, `the liquidation of X`).
    static let corporateObjectNouns = Lexicon.set(Lexicon.split("""
        shares stake stakes shareholders shareholder stockholders takeover acquisition buyout bankruptcy liquidation
        subsidiary subsidiaries merger purchase purchases deal deals collapse failure
        """))
    static let corporateObjectPrepositions = Lexicon.set(Lexicon.split("of in with"))
    /// Agent nouns of trade that name a body only before a bare one-word name after a modifier (`state investor X`,
    /// `the energy trader X`); before a person's name they are occupations.
    static let tradeAgentNouns = Lexicon.set(Lexicon.split("investor trader developer producer provider supplier distributor lender owner operator"))
    /// Verbs of deal work done by banks and firms: `X advised Y on the deal`, `X acquired Y`.
    static let dealVerbs = Lexicon.set(Lexicon.split("advised advises advising underwrote underwrites acquired acquires merged"))
    static let dealNouns = Lexicon.set(Lexicon.split("""
        deal deals merger acquisition takeover transaction sale offering listing bid purchase buyout spin-off ipo
        """))

    /// The group score the words around a bare name give it (see the type comment); weak cues for a person-shaped
    /// name go to `weakGroupChunks` and count only when no person cue is found.
    func corporateGroupCue(_ chunk: Chunk) -> Int {
        let list = a.tokens[chunk.s]
        guard chunk.titleFrom == nil else { return 0 }
        // Asked of every name and nearly always 0 with no weak cue, so a cheap test of its neighbours comes first.
        guard mayHaveCorporateCue(chunk, list) else {
            #if DEBUG
            let weak = weakGroupChunks.count
            assert(corporateGroupCueRules(chunk, list) == 0 && weakGroupChunks.count == weak, "corporateGroupCue gate dropped a cue")
            #endif
            return 0
        }
        return corporateGroupCueRules(chunk, list)
    }

    /// False only when no rule of `corporateGroupCueRules` can add to the score or to `weakGroupChunks`. Every rule
    /// needs one of: a word before the name that the rules ask for (`the`, `at`, `for`, `from`, `of`, `in`, `with`, `by`,
    /// `former`, an agent noun of trade); after it a word `dealWork` may start with; three tokens (`BeOpen.com`); or
    /// one word opening its sentence (`namedAgainByKind`).
    @inline(__always)
    func mayHaveCorporateCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Bool {
        if chunk.tokenCount == 3 { return true }
        if chunk.tokenCount == 1, chunk.from == a.firstWordIndex(chunk.s) { return true }
        if chunk.from >= 1 {
            let p = list[chunk.from - 1], key = p.key
            if key == K.the || key == K.at || key == K.for_ || key == K.from || key == K.of || key == K.in_ || key == K.with
                || key == K.by || key == K.former || !p.upper && NameFinder.tradeAgentNouns.contains(key) { return true }
        }
        if chunk.to + 1 < list.count {
            let n = list[chunk.to + 1], key = n.key
            if key == K.has || key == K.have || key == K.had || key == K.is_ || key == K.was || key == K.also
                || n.kind != .punct && NameFinder.dealVerbs.contains(key) { return true }
        }
        return false
    }

    /// The rules of `corporateGroupCue` (after its test of `titleFrom`).
    private func corporateGroupCueRules(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Int {
        var cue = 0
        let single = chunk.tokenCount == 1
        var before = chunk.from - 1
        if before >= 0, list[before].key == K.the, !list[before].upper { before -= 1 }
        let bare = single && !list[chunk.from].allCaps || isPersonShaped(chunk)
        if bare, before >= 1, list[before].kind == .word, !list[before].upper {
            let prep = list[before].key
            // `worked at Google from 2005 to 2012 and then at Dropbox`, `retired from X`.
            let first = list[chunk.from]
            let article = before < chunk.from - 1
            if prep == K.at || prep == K.for_, !first.isIn(.month), !first.isIn(.weekdays), single || !article {
                var m = before - 1
                while m >= 0, m >= before - 10, list[m].kind != .punct {
                    if NameFinder.employmentVerbs.contains(list[m].key) { cue += 1; break }
                    m -= 1
                }
            } else if prep == K.from, !article, list[before - 1].key == NameFinder.retiredKey || list[before - 1].key == NameFinder.resignedKey {
                cue += 1
            }
            // `shares of Hawaiian`, `the liquidation of the energy trader Enron` (the trader cue below).
            if NameFinder.corporateObjectPrepositions.contains(prep), NameFinder.corporateObjectNouns.contains(list[before - 1].key) { cue += 1 }
        }
        // `BeOpen.com`
        if chunk.tokenCount == 3, NameFinder.domainEndings.contains(list[chunk.to].key), a.isPunct(list[chunk.to - 1], ".") { return cue + 2 }
        // `Ford was advised by Citigroup`
        if before >= 2, list[before].key == K.by, NameFinder.dealVerbs.contains(list[before - 1].key),
           list[before - 2].key == K.was || list[before - 2].key == K.is_ || list[before - 2].key == K.been {
            if single { cue += 1 } else if isPersonShaped(chunk) { weakGroupChunks.append(chunk) }
        }
        guard single else {
            if isPersonShaped(chunk), dealWork(chunk) { weakGroupChunks.append(chunk) }
            return cue
        }
        let token = list[chunk.from]
        guard !token.allCaps else { return cue }
        // The cues below count only for a name of no lexical class; that costlier test is made only when one fires.
        let extra = singleNameCue(chunk, token)
        return extra > 0 && lexicalClass(chunk) == .other ? cue + extra : cue
    }

    /// The cues of `corporateGroupCue` for a one-word name that is not all capitals.
    private func singleNameCue(_ chunk: Chunk, _ token: Token) -> Int {
        let list = a.tokens[chunk.s]
        var cue = 0
        let nextIsName = chunk.to + 1 < list.count && list[chunk.to + 1].nameLike
        // `a former Google engineer`
        if chunk.from >= 2, list[chunk.from - 1].key == K.former, !list[chunk.from - 1].upper,
           list[chunk.from - 2].key == K.a || list[chunk.from - 2].key == K.an || list[chunk.from - 2].key == K.the,
           chunk.to + 1 < list.count, list[chunk.to + 1].kind == .word, !list[chunk.to + 1].upper,
           list[chunk.to + 1].isIn(.staffNouns) || list[chunk.to + 1].isIn(.roleHeads) || isAgentNoun(list[chunk.to + 1]),
           !(chunk.to + 2 < list.count && list[chunk.to + 2].nameLike) {
            cue += 1
        }
        // `Singapore's state investor Temasek`, `the energy trader Enron`.
        if chunk.from >= 2, !nextIsName, NameFinder.tradeAgentNouns.contains(list[chunk.from - 1].key), !list[chunk.from - 1].upper {
            let modifier = list[chunk.from - 2]
            if modifier.kind == .word, !modifier.upper, !modifier.isIn(.commonWords), !modifier.isIn(.stanceVerbs), modifier.key != K.s {
                cue += 1
            }
        }
        // `the Taliban's minister of refugees`, `the Kremlin's spokesman`: only a body takes `the` and a possessive office.
        if chunk.from >= 1, list[chunk.from - 1].key == K.the, a.isPossessive(chunk.s, chunk.to + 1), chunk.to + 3 < list.count {
            var k = chunk.to + 3
            while k < list.count, k <= chunk.to + 5, list[k].kind == .word, !list[k].upper, !list[k].isIn(.roleHeads), list[k].isIn(.roleModifiers) || list[k].hyphen { k += 1 }
            if k < list.count, list[k].kind == .word, !list[k].upper, list[k].isIn(.roleHeads) { cue += 1 }
        }
        // `The Taliban government in Kabul`: a ruling body named by its movement, seated in a place.
        if chunk.from >= 1, list[chunk.from - 1].key == K.the, chunk.to + 3 < list.count, list[chunk.to + 1].isIn(.governmentNouns),
           !list[chunk.to + 1].upper, list[chunk.to + 2].key == K.in_, list[chunk.to + 3].nameLike {
            cue += 1
        }
        if dealWork(chunk) { cue += 1 }
        if namedAgainByKind(chunk) { cue += 1 }
        // `The Taliban say they …`: `the`, a name not in -s and a plural verb (plural nouns in -s are peoples).
        // The subject opens its clause (not `the things in the Universe are`, `the F3-key are pressed`).
        if chunk.from >= 1, list[chunk.from - 1].key == K.the, chunk.to + 1 < list.count, NameFinder.pluralVerbs.contains(list[chunk.to + 1].key),
           a.bytes[token.end - 1] != UInt8(ascii: "s"), !token.hyphen,
           chunk.from - 1 == a.firstWordIndex(chunk.s) || chunk.from >= 2 && (list[chunk.from - 2].kind == .punct || NameFinder.clauseOpeners.contains(list[chunk.from - 2].key)) {
            cue += 1
        }
        return cue
    }

    /// `Forbes had estimated his net worth at $15.6 billion; the magazine now says …`, `Temasek put in $275 million. The
    /// fund said …`: a bare name opening a sentence that the next clause or sentence calls `the` and a kind of body,
    /// with no other name between.
    func namedAgainByKind(_ chunk: Chunk) -> Bool {
        guard chunk.from == a.firstWordIndex(chunk.s) else { return false }
        let list = a.tokens[chunk.s]
        // The next name in the sentence, if any, bounds the search.
        var limit = list.count
        for other in bySentence[chunk.s] where chunks[other].from > chunk.to { limit = chunks[other].from; break }
        var k = chunk.to + 2
        while k + 1 < limit {
            if list[k].key == K.the, !list[k].upper, a.isPunct(list[k - 1], ";") || list[k - 1].key == NameFinder.butKey,
               NameFinder.organisationKindNouns.contains(list[k + 1].key) { return true }
            k += 1
        }
        guard limit == list.count, chunk.s + 1 < a.tokens.count, a.read.sentences[chunk.s + 1].paragraph == a.read.sentences[chunk.s].paragraph else { return false }
        let next = a.tokens[chunk.s + 1]
        let first = a.firstWordIndex(chunk.s + 1)
        return first + 2 < next.count && next[first].key == K.the && NameFinder.organisationKindNouns.contains(next[first + 1].key)
            && next[first + 2].kind == .word && !next[first + 2].upper
    }
    static let butKey: UInt64 = 0x00611E19135A72CC // but
    static let clauseOpeners = Lexicon.set(Lexicon.split("and but that while because as when since if although though after before"))
    static let pluralVerbs = Lexicon.set(Lexicon.split("""
        are were have say deny claim want control rule hold insist believe reject accuse blame demand fear hope argue
        oppose support maintain
        """))

    /// `Ontario Teachers' Pension Plan`, `Workers' Party`: a capitalised plural, its apostrophe and a capitalised word
    /// that goes on to a body's head within a few words.
    func pluralPossessiveInName(_ s: Int, _ end: Int) -> Bool {
        let list = a.tokens[s]
        guard end + 2 < list.count, a.isApostrophe(list[end + 1]), !list[end + 1].space, list[end].kind == .word, list[end].upper,
              !list[end].allCaps, a.bytes[list[end].end - 1] == UInt8(ascii: "s"), list[end + 2].space, list[end + 2].kind == .word,
              list[end + 2].nameLike else { return false }
        var m = end + 2
        while m < list.count, m <= end + 5, list[m].kind == .word, list[m].nameLike {
            if list[m].isIn(.organisationHeads) || isPensionPlan(s, m) { return true }
            m += 1
        }
        return false
    }

    /// `the Prosecutor General's Office`, `the Auditor General's Department`: a title word, `'s` and a body's head word.
    func titlePossessiveInName(_ s: Int, _ end: Int) -> Bool {
        let list = a.tokens[s]
        guard end + 3 < list.count, list[end].kind == .word, list[end].upper, a.isPossessive(s, end + 1), list[end + 3].kind == .word,
              list[end + 3].upper, list[end + 3].space, NameFinder.bodyHeads.contains(list[end + 3].key), isTitleToken(list[end]) else { return false }
        return true
    }

    /// `Pension Plan`: a pension plan invests as a body (`plan` alone heads a scheme).
    func isPensionPlan(_ s: Int, _ head: Int) -> Bool {
        let list = a.tokens[s]
        return head >= 1 && list[head].key == NameFinder.planKey && list[head - 1].key == NameFinder.pensionKey
    }
    /// The last word of a person's name, before a generational suffix (`John J. Ray III` → `Ray`).
    func surnameIndex(_ chunk: Chunk) -> Int {
        chunk.tokenCount >= 3 && NameFinder.generationalSuffixes.contains(a.tokens[chunk.s][chunk.to].key) ? chunk.to - 1 : chunk.to
    }

    /// `BeOpen.com`, `Amazon.com`: a name run into a web domain's ending (indexes `end + 1` and `end + 2`).
    func isDomainSuffix(_ s: Int, _ end: Int) -> Bool {
        let list = a.tokens[s]
        guard end + 2 < list.count, list[end].kind == .word, list[end].nameLike, a.isPunct(list[end + 1], "."), !list[end + 1].space,
              !list[end + 2].space, list[end + 2].kind == .word, NameFinder.domainEndings.contains(list[end + 2].key) else { return false }
        return end + 3 >= list.count || list[end + 3].space || list[end + 3].kind == .punct && !a.isPunct(list[end + 3], ".")
            || end + 4 >= list.count
    }
    static let domainEndings = Lexicon.set(Lexicon.split("com net org io"))
    /// Plural numbers that may open a phrase capitalised (`Tens of thousands`): never a people.
    static let countPlurals = Lexicon.set(Lexicon.split("tens dozens hundreds thousands millions billions scores"))
    /// Whether the title words from `k` hold an office of a place (`Governor`, `Chief Minister`, `Mayor`).
    func heldInAPlace(_ s: Int, _ k: Int) -> Bool {
        let list = a.tokens[s]
        var m = k
        while m < list.count, m <= k + 3, isTitleToken(list[m]) {
            if list[m].isIn(.nonCorporateRoles), !NameFinder.corporateTitles.contains(list[m].key) { return true }
            m += 1
        }
        return false
    }
    static let corporateTitles = Lexicon.set(Lexicon.split("architect designer author inventor creator developer programmer writer"))
    static let planKey: UInt64 = 0xA5E84C0DB713A4B2 // plan
    static let pensionKey: UInt64 = 0x7A764147F3D17579 // pension
    static let generationalSuffixes = Lexicon.set(Lexicon.split("jr jr. sr sr. ii iii iv"))

    /// `Goldman Sachs advised Alaska on the deal`, `Morgan Stanley advised Hawaiian`, `X acquired Y`: deal work
    /// (after `has`/`had`/`is`/`was`), with a name or `on` a deal after the verb.
    func dealWork(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        var v = chunk.to + 1
        while v < list.count, v <= chunk.to + 3, list[v].kind == .word, list[v].key == K.has || list[v].key == K.have || list[v].key == K.had
                || list[v].key == K.is_ || list[v].key == K.was || list[v].key == K.also { v += 1 }
        guard v + 1 < list.count, NameFinder.dealVerbs.contains(list[v].key) else { return false }
        var m = v + 1
        if list[m].key == K.the, !list[m].upper, m + 1 < list.count { m += 1 }
        if list[m].nameLike { return true }
        var k = v + 1
        while k + 1 < list.count, k <= v + 8, list[k].kind != .punct {
            if list[k].key == K.on {
                var n = k + 1
                while n < list.count, n <= k + 4, list[n].kind == .word, !list[n].upper {
                    if NameFinder.dealNouns.contains(list[n].key) { return true }
                    n += 1
                }
            }
            k += 1
        }
        return false
    }

    /// Weak cues count for a name only when no cue says it is a person and its last word never stands alone.
    func applyWeakGroupCues() {
        for chunk in weakGroupChunks {
            guard personCue[chunk.key, default: 0] == 0, !surnameUsedAlone(chunk) else { continue }
            groupCue.add(chunk.key, 1)
        }
    }
    static let retiredKey: UInt64 = 0x112EAA508E1C8456 // retired
    static let resignedKey: UInt64 = 0xB0012368DB9D2698 // resigned
}
