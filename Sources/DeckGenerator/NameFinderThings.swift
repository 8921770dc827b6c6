/// Names of things, not groups: a name after a noun of a kind of thing (`the functional languages SETL and
/// Haskell`, `the crypto token FTT`), a name in apposition with one (`"unlocked FTT", the exchange's own token`),
/// and acronyms that are common nouns (`a SIM card`, `an ATM`).
extension NameFinder {
    /// Nouns of kinds of things (not bodies) that may stand right before a name or head an apposition to it.
    static let thingNouns = Lexicon.set(Lexicon.split("""
        token tokens coin coins cryptocurrency cryptocurrencies stablecoin currency currencies language languages dialect
        dialects protocol protocols format formats software app apps browser drug drugs vaccine vaccines medicine
        medicines pill satellite satellites rocket rockets missile missiles ship ships vessel vessels aircraft jet jets
        phone phones handset chip chips processor processors engine engines car cars vehicle game games film films novel
        novels album albums song songs virus variant compound molecule algorithm algorithms spacecraft telescope
        loan loans arrangement arrangements programme program scheme bailout pipeline pipelines concept concepts philosophy
        """))
    /// Acronyms that are common nouns, not bodies.
    static let commonNounAcronyms = Lexicon.set(Lexicon.split("""
        sim pin atm atms sms mms gsm lte nfc vpn ssd hdd lan wan dsl mri icu ppe esg suv evs hiv pos otc ssn os
        bios ftp http https html url urls usb cpu cpus gpu gpus ram rom dns tcp ssh gui api apis sdk faq pdf cmos nmos dram sram lcd oled crt
        """))

    /// `Extended Fund Facility (EFF)`, `the China-Pakistan Economic Corridor, … known by its acronym CPEC`: the
    /// acronym of a name headed by a non-body word (a plan, a corridor, a facility) is no group either.
    func acronymOfNonGroup(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        var k = chunk.from - 1
        // `the Turkmenistan-Afghanistan-Pakistan-India (TAPI) pipeline`: a bracketed acronym before a thing's noun.
        if k >= 1, a.isPunct(list[k], "("), chunk.to + 2 < list.count, a.isPunct(list[chunk.to + 1], ")"),
           list[chunk.to + 2].kind == .word, !list[chunk.to + 2].upper,
           NameFinder.thingNouns.contains(list[chunk.to + 2].key) || NameFinder.instrumentHeads.contains(list[chunk.to + 2].key) { return true }
        if k >= 1, a.isPunct(list[k], "(") {
            k -= 1
            if k >= 1, a.isCloseQuote(list[k]) { k -= 1 }
            // `the title of “Benevolent Dictator For Life” (BDFL)`: the acronym of a title.
            if let named = bySentence[chunk.s].last(where: { chunks[$0].to == k }), chunks[named].tokenCount >= 2,
               isThingName(chunks[named]) || groupCue[chunks[named].key, default: 0] < -50 { return true }
        } else if k >= 2, NameFinder.acronymWords.contains(list[k].key) {
            // Back to the name the acronym stands for, within the sentence.
            guard let named = bySentence[chunk.s].last(where: { chunks[$0].to < k && chunks[$0].tokenCount >= 2 }) else { return false }
            k = chunks[named].to
        } else if k >= 2, list[k].key == K.or, a.isPunct(list[k - 1], ","), chunk.to + 1 < list.count, a.isPunct(list[chunk.to + 1], ",") {
            // `The Transmission Protection Instrument, or TPI, allows …`: the acronym glossed after `, or`.
            k -= 2
        } else {
            return false
        }
        return list[k].kind == .word && NameFinder.instrumentHeads.contains(list[k].key)
    }
    /// Heads of plans and instruments, not places (`Islamic State Khorasan Province (ISKP)` is a group).
    static let instrumentHeads = Lexicon.set(Lexicon.split("""
        facility facilities corridor plan programme program initiative scheme agreement accord treaty act law protocol
        index project deal bill license licence kit right notation assessment assessments memorandum understanding report strategy
        instrument mechanism
        """))
    /// Words that open a modifier after an apposition's head noun (`a data format based on …`, `a language used for …`).
    static let headModifierStarts = Lexicon.set(Lexicon.split("based used designed developed built written created made that which for with credited coined introduced proposed adopted"))
    static let acronymWords = Lexicon.set(Lexicon.split("acronym abbreviation initials"))

    /// Lower-case nouns of a law written after its name (`the Dodd-Frank law`).
    static let lawNouns = Lexicon.set(Lexicon.split("law laws act bill legislation decree ordinance statute"))
    static let lawNamePrepositions = Lexicon.set(Lexicon.split("in on for of to against"))

    /// `the state's Parental Rights in Education law`, `the Stop Hate law`: a name before a lower-case law noun, also
    /// run on through a preposition and more capitalised words, names the law. Not a body's name (`the Senate bill`).
    func isLawName(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        var k = chunk.to + 1
        guard k + 1 < list.count, list[k].kind == .word, !list[k].upper else { return false }
        if NameFinder.lawNamePrepositions.contains(list[k].key), list[k + 1].kind == .word, list[k + 1].upper, !list[k + 1].allCaps {
            k += 1
            while k < list.count, k <= chunk.to + 5, list[k].kind == .word, list[k].upper, !list[k].allCaps { k += 1 }
        }
        guard k < list.count, list[k].kind == .word, !list[k].upper, NameFinder.lawNouns.contains(list[k].key),
              !(chunk.from...chunk.to).contains(where: { list[$0].isIn(.organisationHeads) || list[$0].allCaps }) else { return false }
        return k > chunk.to + 1 || chunk.tokenCount >= 2
    }

    /// Whether a name is a thing by the words around it (see the type comment). Asked of every name and nearly
    /// always false, so a cheap test of its neighbours (`mayBeThingName`) comes first.
    func isThingName(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        guard mayBeThingName(chunk, list) else {
            assert(!isThingNameByRules(chunk), "isThingName gate dropped a thing")
            return false
        }
        return isThingNameByRules(chunk)
    }

    /// False only when no rule of `isThingNameByRules` can fire. Every rule needs one of: a one-word acronym; or, with
    /// no title stripped, before the name an opening quote, `of` or a thing noun; after it a word of a law's name
    /// (`isLawName`), a closing quote, or a comma and an article (the apposition).
    @inline(__always)
    func mayBeThingName(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Bool {
        if chunk.tokenCount == 1, list[chunk.from].allCaps { return true }
        guard chunk.titleFrom == nil else { return false }
        if chunk.from >= 1 {
            let p = list[chunk.from - 1]
            if p.opensQuote || p.key == K.of || p.kind == .word && !p.upper && NameFinder.thingNouns.contains(p.key) { return true }
        }
        guard chunk.to + 1 < list.count else { return false }
        let n = list[chunk.to + 1]
        if a.isCloseQuote(n) || n.kind == .word && !n.upper && (NameFinder.lawNamePrepositions.contains(n.key) || NameFinder.lawNouns.contains(n.key)) { return true }
        guard a.isPunct(n, ","), chunk.to + 2 < list.count else { return false }
        let key = list[chunk.to + 2].key
        return key == K.the || key == K.a || key == K.an
    }

    /// The rules of `isThingName`.
    private func isThingNameByRules(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        let first = list[chunk.from]
        if chunk.tokenCount == 1, first.allCaps, NameFinder.commonNounAcronyms.contains(first.key) { return true }
        guard chunk.titleFrom == nil else { return false }
        // `held the title of “Benevolent Dictator For Life”`: a title, not a body.
        var open = chunk.from - 1
        if open >= 0, a.isOpenQuote(list[open]) { open -= 1 }
        if open >= 1, list[open].key == K.of, NameFinder.rankNouns.contains(list[open - 1].key) { return true }
        if chunk.tokenCount == 1, first.allCaps, acronymOfNonGroup(chunk) { return true }
        // `the functional languages SETL`, `the crypto token FTT`.
        if chunk.from >= 2, list[chunk.from - 1].kind == .word, !list[chunk.from - 1].upper, list[chunk.from - 1].space,
           NameFinder.thingNouns.contains(list[chunk.from - 1].key) {
            let before = list[chunk.from - 2]
            if before.key == K.the || before.key == K.a || before.key == K.an || before.kind == .word && !before.upper && !before.isIn(.commonWords) && !before.isIn(.stanceVerbs) {
                return true
            }
        }
        if isLawName(chunk) { return true }
        // `"unlocked FTT", the exchange's own token`
        var k = chunk.to + 1
        if k < list.count, a.isCloseQuote(list[k]) { k += 1 }
        guard k + 2 < list.count, a.isPunct(list[k], ",") else { return false }
        // Not after a kind of body: `The Swiss group Barry Callebaut, the world's largest cocoa processor`.
        if kindNounRightBefore(chunk) { return false }
        k += 1
        guard list[k].key == K.the || list[k].key == K.a || list[k].key == K.an else { return false }
        k += 1
        let limit = k + 6
        while k < list.count, k < limit {
            let token = list[k]
            if token.kind == .word, !token.upper, NameFinder.thingNouns.contains(token.key) {
                // `JSON, a data format based on …`: the head may be followed by its own modifier.
                return k + 1 >= list.count || list[k + 1].kind == .punct && !a.isPossessive(chunk.s, k + 1)
                    || list[k + 1].kind == .word && !list[k + 1].upper && NameFinder.headModifierStarts.contains(list[k + 1].key)
            }
            // `the exchange's own token`: the owner before a possessive is no head.
            if token.kind == .word, k + 1 < list.count, a.isPossessive(chunk.s, k + 1) { k += 3; continue }
            if token.kind == .word, token.isIn(.roleHeads) || token.isIn(.organisationTypes) || token.isIn(.stanceVerbs) || token.key == K.who { return false }
            if token.kind == .punct, !a.isPossessive(chunk.s, k) { return false }
            if token.kind == .number { return false }
            k += 1
        }
        return false
    }
}

extension NameFinder {
    static let tickerWords = Lexicon.set(Lexicon.split("ticker tickers symbol"))

    /// `under the ticker XLNX`, `its Nasdaq ticker, WBA,`: a word in capitals right after `ticker` or
    /// `symbol` (and a comma) is a stock's symbol.
    func isAfterTickerWord(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        var k = chunk.from - 1
        if k >= 1, a.isPunct(list[k], ",") { k -= 1 }
        return k >= 0 && list[k].kind == .word && !list[k].upper && NameFinder.tickerWords.contains(list[k].key)
    }
}
