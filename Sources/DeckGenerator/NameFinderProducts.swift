/// Products and their makers, page credits and kinds before a name: a name that a product noun follows or
/// heads its apposition (`its Office software`, `the Virtual Boy, a 3D headset`), or that is released or
/// sold (`X, released in 1996`, `Atari's Lynx, which arrived`), is a product and no group, and the possessor
/// before it is its maker, a company (`Sega's Game Gear`); a credit (`Photo: PID`) and a time zone after a
/// clock time (`14.20 BST`) are no groups; `Iran's ally Hamas`, `under the banner of X`, and a kind noun after a
/// hyphenated modifier (`question-and-answer site Quora`) make groups.
extension NameFinder {
    /// Nouns of products that may follow a product's name or head its apposition.
    static let productNouns = Lexicon.set(Lexicon.split("""
        console consoles software device devices battery batteries headset headsets handheld handhelds gadget gadgets
        cartridge cartridges smartphone smartphones laptop laptops tablet tablets
        """))
    /// Participles that follow a product's name after a comma (`X, released in 1996,`).
    static let releaseWords = Lexicon.set(Lexicon.split("released unveiled priced"))
    static let launchedKey: UInt64 = 0xCA6921477C7ED867 // launched
    /// Verbs of a product on sale after `, which` (`Atari's Lynx, which arrived in the US`).
    static let saleVerbs = Lexicon.set(Lexicon.split("arrived cost costs sold shipped retailed"))
    /// Words that label a picture's credit (`Photo: PID`).
    static let creditWords = Lexicon.set(Lexicon.split("photo photograph photos picture image credit illustration graphic"))
    static let allyNouns = Lexicon.set(Lexicon.split("ally allies proxy proxies"))
    static let bannerNouns = Lexicon.set(Lexicon.split("banner umbrella auspices"))
    static let nationNouns = Lexicon.set(Lexicon.split("nation country state kingdom republic"))
    static let bodyPassives = Lexicon.set(Lexicon.split("dissolved disbanded outlawed liquidated deregistered"))

    /// The token after a name and any name joined to it by `and` (`Pocket Monsters Red and Green, released`).
    func afterCoordinated(_ chunk: Chunk) -> Int {
        let list = a.tokens[chunk.s]
        let k = chunk.to + 1
        if k + 1 < list.count, list[k].key == K.and, !list[k].upper, list[k + 1].upper,
           let other = bySentence[chunk.s].first(where: { chunks[$0].from == k + 1 }) { return chunks[other].to + 1 }
        return k
    }

    /// A product by the words after it: an apposition headed by a product noun, or `, released …`.
    func isProductByApposition(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        var k = afterCoordinated(chunk)
        guard k + 2 < list.count, a.isPunct(list[k], ",") else { return false }
        k += 1
        if NameFinder.releaseWords.contains(list[k].key) { return true }
        // `Google's Gmail, launched in 2004`: a maker's product launched.
        if list[k].key == NameFinder.launchedKey, chunk.from >= 2, list[chunk.from - 1].key == K.s, a.isPossessive(chunk.s, chunk.from - 2) { return true }
        // `Atari's Lynx, which arrived …`: a maker's product on sale.
        if list[k].key == K.which, chunk.from >= 2, list[chunk.from - 1].key == K.s, a.isPossessive(chunk.s, chunk.from - 2),
           NameFinder.saleVerbs.contains(list[k + 1].key) { return true }
        guard list[k].key == K.a || list[k].key == K.an else { return false }
        k += 1
        let limit = min(list.count, k + 8)
        while k < limit {
            let token = list[k]
            if token.kind == .punct, !token.hyphen, !a.isPunct(token, "-") { return false }
            if token.kind == .word, !token.upper {
                // `a software company`: a product noun before a kind of body only modifies it.
                if NameFinder.productNouns.contains(token.key) {
                    let after = k + 1 < list.count ? list[k + 1] : nil
                    return !(after.map { $0.kind == .word && !$0.upper && ($0.isIn(.organisationTypes) || $0.isIn(.roleHeads) || $0.isIn(.makerNouns)) } ?? false)
                }
                if token.isIn(.organisationTypes) || token.isIn(.roleHeads) || token.key == K.who { return false }
            }
            k += 1
        }
        return false
    }

    /// `its Office software`, `Nintendo's bestselling DS and Switch consoles`, `four AA batteries`: one mention of a
    /// product, by a product noun after it and a determiner, possessive or count before it.
    func isProductNounMention(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        let k = afterCoordinated(chunk)
        guard k < list.count, list[k].kind == .word, !list[k].upper, NameFinder.productNouns.contains(list[k].key) else { return false }
        let taken = a.taken(chunk.s)
        var b = chunk.from - 1
        var modifiers = 0
        while b >= 0 {
            let token = list[b]
            if token.key == K.the || token.key == K.a || token.key == K.an || token.key == K.its || token.key == K.their
                || token.key == K.his || token.key == K.her { return true }
            if token.kind == .number || taken[b] || token.isIn(.numberWord) { return true }
            if token.key == K.s, b >= 1, a.isPossessive(chunk.s, b - 1) { return true }
            guard modifiers < 2, token.kind == .word, !token.upper, !token.isIn(.commonWords) else { return false }
            b -= 1
            modifiers += 1
        }
        return false
    }

    /// The change of a name's group score by the cues of this file.
    func productAndCreditCue(_ chunk: Chunk) -> Int {
        let list = a.tokens[chunk.s]
        // Asked of every name and nearly always 0, so a cheap test of its neighbours comes first.
        guard mayHaveProductCue(chunk, list) else {
            assert(productAndCreditCueRules(chunk) == 0, "productAndCreditCue gate dropped a cue")
            return 0
        }
        return productAndCreditCueRules(chunk)
    }

    /// False only when no rule of `productAndCreditCueRules` can fire. Every rule needs one of: after the name `and`
    /// (`afterCoordinated`), a comma and a word `isProductByApposition` asks for, a possessive, `was` or `were`; or
    /// before it `:`, a number, or a lower-case word the rules ask for (`of`, an ally noun, a kind of organisation).
    @inline(__always)
    func mayHaveProductCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Bool {
        if chunk.to + 1 < list.count {
            let n = list[chunk.to + 1]
            if n.key == K.and || n.key == K.was || n.key == K.were || a.isApostrophe(n) { return true }
            if a.isPunct(n, ","), chunk.to + 2 < list.count {
                let key = list[chunk.to + 2].key
                if key == K.a || key == K.an || key == K.which || key == NameFinder.launchedKey || NameFinder.releaseWords.contains(key) { return true }
            }
        }
        guard chunk.from >= 1 else { return false }
        let p = list[chunk.from - 1]
        return a.isPunct(p, ":") || p.kind == .number
            || p.kind == .word && !p.upper && (p.key == K.of || p.isIn(.organisationTypes) || NameFinder.allyNouns.contains(p.key))
    }

    /// The rules of `productAndCreditCue`.
    private func productAndCreditCueRules(_ chunk: Chunk) -> Int {
        let list = a.tokens[chunk.s]
        let first = list[chunk.from]
        if isProductByApposition(chunk) { return -100 }
        if chunk.tokenCount == 1, chunk.from >= 2, a.isPunct(list[chunk.from - 1], ":"), NameFinder.creditWords.contains(list[chunk.from - 2].key) { return -100 }
        // `14.20 BST`: an acronym after a clock time is a time zone.
        if chunk.tokenCount == 1, first.allCaps, chunk.from >= 1, list[chunk.from - 1].kind == .number, isClockTime(list[chunk.from - 1]),
           a.bytes[first.end - 1] == UInt8(ascii: "T") { return -100 }
        var cue = 0
        // `Game Freak's Pocket Monsters Red`, `Nintendo's bestselling DS consoles`: a product's maker.
        if a.isPossessive(chunk.s, chunk.to + 1) {
            var k = chunk.to + 3
            while k < list.count, k < chunk.to + 5, list[k].kind == .word, !list[k].upper, !list[k].isIn(.commonWords) { k += 1 }
            if k < list.count, list[k].upper, let product = bySentence[chunk.s].first(where: { chunks[$0].from == k }),
               isProductByApposition(chunks[product]) || isProductNounMention(chunks[product]) { cue += 2 }
        }
        // `The House of Representatives was dissolved`: only bodies are dissolved or disbanded.
        if chunk.to + 2 < list.count, list[chunk.to + 1].key == K.was || list[chunk.to + 1].key == K.were,
           NameFinder.bodyPassives.contains(list[chunk.to + 2].key) { cue += 1 }
        if chunk.from >= 2 {
            let before = list[chunk.from - 1]
            // `Iran's ally Hamas`: a country's ally is a body (or a country).
            if before.kind == .word, !before.upper, NameFinder.allyNouns.contains(before.key), chunk.from >= 4, list[chunk.from - 2].key == K.s,
               a.isPossessive(chunk.s, chunk.from - 3), list[chunk.from - 4].isIn(.countries) { cue += 1 }
            // `question-and-answer site Quora`, `the Tokyo-based consultancy X`: a kind of body after a hyphenated modifier.
            if before.kind == .word, !before.upper, before.isIn(.organisationTypes), list[chunk.from - 2].kind == .word, list[chunk.from - 2].hyphen,
               !list[chunk.from - 2].isIn(.commonWords) { cue += 1 }
            // `organised under the banner of X`.
            if before.key == K.of, !before.upper, chunk.from >= 3, NameFinder.bannerNouns.contains(list[chunk.from - 2].key), list[chunk.from - 3].key == K.the { cue += 2 }
        }
        return cue
    }

    /// `14.20`, `4:30`: hours and minutes.
    func isClockTime(_ token: Token) -> Bool {
        let count = token.end - token.start
        guard count == 4 || count == 5 else { return false }
        let b = a.bytes, sep = token.end - 3
        guard b[sep] == UInt8(ascii: ".") || b[sep] == UInt8(ascii: ":") else { return false }
        for k in token.start..<token.end where k != sep && !(b[k] >= 0x30 && b[k] <= 0x39) { return false }
        let hour = Int(b[token.start] - 0x30) * (count == 5 ? 10 : 1) + (count == 5 ? Int(b[token.start + 1] - 0x30) : 0)
        return hour < 24 && b[sep + 1] < UInt8(ascii: "6")
    }

    /// `the Himalayan nation`, `the American people`: an adjective before a nation, not a people.
    func isNationAdjective(_ chunk: Chunk) -> Bool {
        guard chunk.tokenCount == 1, chunk.from >= 1, chunk.to + 1 < a.tokens[chunk.s].count else { return false }
        let list = a.tokens[chunk.s]
        let token = list[chunk.from], next = list[chunk.to + 1]
        guard list[chunk.from - 1].key == K.the, !token.allCaps, next.kind == .word, !next.upper else { return false }
        if NameFinder.nationNouns.contains(next.key) { return true }
        return next.key == K.people && Lexicon.demonymCountry[token.key] != nil
    }

    /// `the consultancy Kantan Games`: a kind of body right before a name that only looks like a place by its head.
    func kindNounRightBefore(_ chunk: Chunk) -> Bool {
        guard chunk.from >= 1 else { return false }
        let before = a.tokens[chunk.s][chunk.from - 1]
        return before.kind == .word && !before.upper && before.isIn(.organisationTypes) && !isChargeName(chunk) // `NameFinderCharges.swift`
    }
}

extension NameFinder {
    /// `Development 1 (R&D1)`: a short number whose last digit closes the acronym in the bracket after it.
    func numberClosesAcronym(_ s: Int, _ k: Int) -> Bool {
        let list = a.tokens[s]
        let number = list[k]
        guard number.end - number.start <= 2 else { return false }
        var close = k + 2
        while close < list.count, close < k + 7, !a.isPunct(list[close], ")") { close += 1 }
        guard close < list.count, close > k + 2, a.isPunct(list[close], ")") else { return false }
        return a.bytes[list[close - 1].end - 1] == a.bytes[number.end - 1] && list[close - 1].end - list[close - 1].start >= 2
    }
}

extension NameFinder {
    /// Whether the text writes this word in lower case somewhere (`Student leaders …` opening a sentence, `a student`
    /// elsewhere): a capitalised opener that is a common word. Asked rarely, so the text is scanned on demand.
    func isWrittenInLowerCase(_ key: UInt64) -> Bool {
        if let known = lowerCaseCache[key] { return known }
        var found = false
        // A miss reads the whole text: the sentences' key filters first, so only the few
        // sentences that may hold the word are read token by token.
        outer: for s in a.tokens.indices where a.tokens.summary(s).mayContain(key) {
            let list = a.tokens[s]
            for token in list where token.key == key && token.kind == .word && !token.upper { found = true; break outer }
        }
        lowerCaseCache[key] = found
        return found
    }
}
