/// More general cues of the name finder, kept apart from the main passes: legal forms written
/// with dots and particles (`Grupo Panadero S.A.B. de C.V.`), appositions headed by an
/// organisation noun (`X, Britain's second-biggest building society,`), names that are not
/// groups (`London-listed`, `Bank Rate`, `Midwestern`, a product line `the KD hardware line`),
/// `the A and B Authority`, former names (`formerly known as`, `renamed`, `later`), and a
/// company's first word written alone (`Brightwater` = `Brightwater Foods Ltd.`).
extension NameFinder {
    /// Legal forms that make any name they close a company, in any context (keys keep the dots).
    static let legalForms = Lexicon.set(Lexicon.split("""
        n.v. nv b.v. bv s.a. sa s.a.b. s.p.a. spa s.r.l. srl s.a.s. sas s.l. c.v. a.g. ag gmbh kg kgaa se oyj asa a/s ab plc
        ltd ltd. inc inc. llc l.l.c. llp l.p. corp corp. pty s.e. sarl bhd tbk s.a.b s.p.a s.a.s
        """))
    /// Lower-case particles inside a legal form: `S.A.B. de C.V.`, `GmbH & Co. KG`.
    static let legalParticles = Lexicon.set(Lexicon.split("de y"))
    /// Nouns that head an apposition defining an organisation (`Britain's second-biggest building society`).
    static let appositionOrganisationNouns = Lexicon.set(Lexicon.split("""
        society lender bank company group maker firm insurer association building-society bancassurer mutual
        retailer carrier manufacturer conglomerate chain broker brokerage utility
        """))
    /// Capitalised words that close a named measure or term, not a body (`Bank Rate`, `Consumer Price Index`).
    static let termTails = Lexicon.set(Lexicon.split("rate rates yield yields price prices index"))
    /// Nouns that make an acronym before them a product line (`the KD hardware line`).
    static let productLineNouns = Lexicon.set(Lexicon.split("line lines series range family model models brand product products"))
    /// Abbreviated company suffixes whose dot is kept even when it also ends the sentence (`Rothwell & Co.`).
    static let abbreviatedSuffixes = Lexicon.set(Lexicon.split("co inc corp ltd bros"))
    /// Words that introduce a later or former name of the same body.
    static let renameWords = Lexicon.set(Lexicon.split("renamed rebranded"))
    static let laterWords = Lexicon.set(Lexicon.split("later subsequently eventually"))

    /// Whether a run closes with a legal form (`ING Groep N.V.`, `Grupo Panadero S.A.B. de C.V.`).
    func hasLegalForm(_ chunk: Chunk) -> Bool {
        guard chunk.tokenCount >= 2 else { return false }
        let list = a.tokens[chunk.s]
        let last = list[chunk.to]
        guard last.kind == .word, last.upper, NameFinder.legalForms.contains(last.key) else { return false }
        // A dotted form (`N.V.`) or a form in capitals (`GmbH`, `AG`) after a capitalised stem.
        let stem = list[chunk.from]
        return stem.kind == .word && stem.upper && !stem.isIn(.countries)
    }

    /// Extra cues for a chunk, as a change of its group score: positive for organisation appositions,
    /// very negative for things that only look like names.
    func extraGroupCue(_ chunk: Chunk) -> Int {
        let list = a.tokens[chunk.s]
        let first = list[chunk.from]
        let next = chunk.to + 1 < list.count ? list[chunk.to + 1] : nil
        if chunk.tokenCount == 1 && isDefinedTerm(chunk) || isThingName(chunk) { return -100 } // (a defined term is one word)
        let written = writtenCue(chunk, list); if written <= -100 { return written } // `NameFinderWrittenCues.swift`
        let product = productAndCreditCue(chunk)
        if product <= -100 { return product }
        let shape = bodyShapeCue(chunk); if shape <= -100 { return shape }
        let kinds = mayHaveKindCue(chunk, list, next) ? kindModifierCue(chunk, list, next) : 0; if kinds <= -100 { return kinds } // `NameFinderKindModifiers.swift`
        let context = contextGroupCue(chunk) + corporateGroupCue(chunk) + product + rivalCue(chunk) + shape + kinds + written
        if chunk.tokenCount == 1 {
            // `London-listed`, `Kremlin-registered`: a place and a lower-case participle.
            if first.hyphen, !upperAfterLastHyphen(first), a.bytes[first.end - 1] == UInt8(ascii: "d"), a.bytes[first.end - 2] == UInt8(ascii: "e") { return -100 }
            // `a small Midwestern company`: a regional adjective.
            if !first.allCaps, let next, next.kind == .word, !next.upper, isRegionalAdjective(first) { return -100 }
            // `the largest Islamist party`: an adjective in -ist before a noun.
            if !first.allCaps, !first.hyphen, let next, next.kind == .word, !next.upper, first.end - first.start >= 6,
               next.isIn(.organisationTypes) || next.isIn(.organisationMembers) || next.isIn(.peopleCollectives),
               a.bytes[first.end - 3] == UInt8(ascii: "i"), a.bytes[first.end - 2] == UInt8(ascii: "s"), a.bytes[first.end - 1] == UInt8(ascii: "t") { return -100 }
            // `Board member X`, `Opposition leader X`: a bare head word before a member or role noun.
            if !first.allCaps, first.isIn(.bodyHeads) || NameFinder.definiteHeads.contains(first.key) || first.key == K.opposition, let next, next.kind == .word, !next.upper,
               next.isIn(.organisationMembers) || next.isIn(.roleHeads) { return -100 }
            // `Ecologists have also raised …`: a plural of a profession in -ists opening a sentence is a common noun.
            if !first.allCaps, !first.hyphen, chunk.from == a.firstWordIndex(chunk.s), first.end - first.start >= 8,
               a.bytes[first.end - 4] == UInt8(ascii: "i"), a.bytes[first.end - 3] == UInt8(ascii: "s"), a.bytes[first.end - 2] == UInt8(ascii: "t"),
               a.bytes[first.end - 1] == UInt8(ascii: "s"), let next, next.kind == .word, !next.upper { return -100 }
            // `Ministries had written …`, `Agencies say …`: a plural head word of bodies opening a sentence alone is a common
            // noun (`Congress`, `Express` end in a double `s`: no plurals); so is any such head word opening a heading, its
            // article dropped (`Exchange cancels billions of dollars of deals`).
            if !first.allCaps, first.isIn(.organisationHeads), let next, next.kind == .word, !next.upper, chunk.from == a.firstWordIndex(chunk.s),
               a.bytes[first.end - 1] == UInt8(ascii: "s") && a.bytes[first.end - 2] != UInt8(ascii: "s")
                || a.read.paragraphs[a.read.sentences[chunk.s].paragraph].kind == .heading,
               KnownOrganisations.table[chunk.key] == nil { return -100 }
            // `ARM1`, `ARMv8`: letters run into a number name a model.
            if isModelName(first) { return -100 }
            // `Nobel laureate X`: a prize's name before `laureate`, no body.
            if let next, next.key == NameFinder.laureateKey { return -100 }
            // `86-DOS`, `the 23FD`: capitals joined to a number before them name a product.
            if first.allCaps, chunk.from >= 1, !first.space, list[chunk.from - 1].kind == .number
                || chunk.from >= 2 && a.isDash(list[chunk.from - 1]) && !list[chunk.from - 1].space && list[chunk.from - 2].kind == .number,
               KnownOrganisations.table[chunk.key] == nil { return -100 }
            // `its basic input/output system, or BIOS`: the acronym of a lower-case noun is a thing.
            if first.allCaps, chunk.from >= 3, list[chunk.from - 1].key == K.or, a.isPunct(list[chunk.from - 2], ","),
               list[chunk.from - 3].kind == .word, !list[chunk.from - 3].upper, !list[chunk.from - 3].isIn(.organisationTypes) { return -100 }
            // `Board cites …` opening a headline, `"The Board has concluded …"`, `Parliament was dissolved`: a body's head
            // word alone, when no longer name in the text ends in it (`the Fund` after `International Monetary Fund`), is a
            // plain noun.
            if !first.allCaps, first.isIn(.bodyHeads) || NameFinder.loneHeadWords.contains(first.key), KnownOrganisations.table[chunk.key] == nil,
               !isHeadOfALongerName(first.key) { return -100 }
        }
        // `Minister of Mines`, `Deputy Prime Minister for Economic Affairs X`: an office and its holder, not a body.
        // (`General Electric`, `General Motors`: a well-known body's name is not a title and a name.)
        if chunk.tokenCount >= 2, first.isIn(.roleHeads), isTitleToken(first), !(chunk.from...chunk.to).contains(where: { list[$0].isIn(.organisationHeads) }),
           KnownOrganisations.table[chunk.key] == nil { return -100 }
        // `Tom Whitfield, Senior Technology Editor`: a run closed by a title word names an office, not a body.
        // A head of a body inside it only modifies the title (`Technology Editor`).
        if chunk.tokenCount >= 2, !list[chunk.to].allCaps, list[chunk.to].isIn(.roleHeads), list[chunk.to].upper,
           !list[chunk.to].isIn(.organisationHeads), !(chunk.from...chunk.to).contains(where: { list[$0].isIn(.nameConnectors) }) { return -100 }
        if let next, next.kind == .number, isTickerQuote(chunk, list) { return -100 } // `NameFinderTickerQuotes.swift`
        // `2.8 gigawatts (GW)`: the bracketed symbol of a unit after its number.
        if chunk.tokenCount == 1, first.allCaps, chunk.from >= 3, a.isPunct(list[chunk.from - 1], "("), list[chunk.from - 2].kind == .word,
           !list[chunk.from - 2].upper, list[chunk.from - 3].kind == .number, let next, a.isPunct(next, ")") { return -100 }
        // `"World of Warcraft"`, `"The Design of Design"`: a name of several words in quotes with no head of a body is a title of a work.
        if chunk.tokenCount >= 2, chunk.to + 1 < list.count, a.isCloseQuote(list[chunk.to + 1]) {
            var open = chunk.from - 1
            if open >= 1, list[open].key == K.the { open -= 1 }
            if open >= 0, a.isOpenQuote(list[open]), !(chunk.from...chunk.to).contains(where: { list[$0].isIn(.organisationHeads) }) { return -100 }
        }
        // `the giant Tengiz field`: a name before a field or deposit names the site.
        if let next, next.kind == .word, !next.upper, NameFinder.siteNouns.contains(next.key) { return -100 }
        // `4:30pm PKT`: an acronym after a clock time is a time zone.
        if chunk.tokenCount == 1, first.allCaps, chunk.from >= 2, list[chunk.from - 1].kind == .word, NameFinder.clockWords.contains(list[chunk.from - 1].key),
           list[chunk.from - 2].kind == .number { return -100 }
        // `External Affairs Minister`, `Director General of Military Operations`: a name headed by a title is an office.
        if chunk.tokenCount >= 2, !first.allCaps {
            var head = chunk.to
            for k in chunk.from + 1...chunk.to where list[k].key == K.of && !list[k].upper { head = k - 1; break }
            if head > chunk.from, list[head].isIn(.roleHeads), isTitleToken(list[head]), !list[head].isIn(.organisationHeads),
               !(chunk.from...head).contains(where: { list[$0].isIn(.organisationHeads) }) { return -100 }
        }
        // `Bank Rate`, `Consumer Price Index`: a named measure.
        if chunk.tokenCount >= 2, NameFinder.termTails.contains(list[chunk.to].key), list[chunk.to].upper { return -100 }
        // `Seattle Computer Products`: a name of several words closed by `Products` is a company's.
        if chunk.tokenCount >= 2, list[chunk.to].upper, list[chunk.to].key == NameFinder.productsKey { return 2 + context }
        // `activist investor Daniel Loeb's Third Point`: what an investor or a tycoon owns, named after his possessive.
        if chunk.from >= 4, a.isPossessive(chunk.s, chunk.from - 2), list[chunk.from].upper, !first.allCaps,
           let owner = bySentence[chunk.s].last(where: { chunks[$0].to == chunk.from - 3 }), chunks[owner].from >= 1,
           chunks[owner].tokenCount >= 2, NameFinder.ownerNouns.contains(list[chunks[owner].from - 1].key), !list[chunks[owner].from - 1].upper,
           isPersonShaped(chunks[owner]), lexicalClass(chunk) == .other { return 2 + context }
        // `Alaska bought Virgin America for $2.6 billion`, `acquisitions: Pixar for $7.4 billion`: what is bought for money.
        if let next, next.key == K.for_, chunk.to + 3 < list.count {
            let price = NameFinder.priceQualifiers.contains(list[chunk.to + 2].key) ? list[chunk.to + 3] : list[chunk.to + 2]
            if price.kind == .number || Lexicon.currencyWords[price.key] != nil
                || price.kind == .punct && (price.mark == UInt8(ascii: "$") || price.mark == 0xA3 || price.mark == 0xAC),
               lexicalClass(chunk) == .other, boughtForMoney(chunk) { return 2 + context }
        }
        // `the Lok Sabha, the lower house of parliament`: a chamber of a legislature.
        if let next, a.isPunct(next, ","), isChamberApposition(chunk.s, chunk.to + 2) { return 2 + context }
        // `Ashdown Mutual, Britain's second-biggest building society,`
        if let next, a.isPunct(next, ","), organisationNounApposition(chunk.s, chunk.to + 2) { return 2 + context }
        return context
    }
    /// One mention of an acronym that names a product, not a body: `the KD hardware line`, `the business-oriented COBOL`.
    func isProductMention(_ chunk: Chunk) -> Bool {
        if isProductNounMention(chunk) { return true }
        guard chunk.tokenCount == 1 else { return false }
        let list = a.tokens[chunk.s]
        let first = list[chunk.from]
        guard first.allCaps else { return false }
        var k = chunk.to + 1
        while k < list.count, k <= chunk.to + 3, list[k].kind == .word, !list[k].upper {
            // `the BBC comedy series`: a broadcaster's programme, not a product line.
            if NameFinder.productLineNouns.contains(list[k].key) { return !NameFinder.broadcastGenres.contains(list[k - 1].key) }
            k += 1
        }
        return chunk.from >= 2 && list[chunk.from - 1].hyphen && list[chunk.from - 2].key == K.the
            && NameFinder.productAdjectiveTails.contains(a.tailKey(list[chunk.from - 1]))
    }

    /// `HM Treasury`, `HM Revenue and Customs`: a crown body; `London School of Economics`: a school.
    func isBodyByForm(_ chunk: Chunk) -> Bool {
        guard chunk.tokenCount >= 2 else { return false }
        let list = a.tokens[chunk.s]
        if list[chunk.from].key == NameFinder.hmKey, list[chunk.from].allCaps { return true }
        var head = chunk.to
        for k in chunk.from + 1...chunk.to where list[k].key == K.of && !list[k].upper { head = k - 1; break }
        return head > chunk.from && list[head].key == NameFinder.schoolKey && list[head].upper
    }
    static let hmKey: UInt64 = 0x08BA5B07B55EBD0E // hm
    static let siteNouns = Lexicon.set(Lexicon.split("field fields oilfield gasfield deposit deposits"))
    static let clockWords = Lexicon.set(Lexicon.split("am pm a.m. p.m. hrs"))
    static let schoolKey: UInt64 = 0xCC3FBEFFA766C129 // school

    static let broadcastGenres = Lexicon.set(Lexicon.split("comedy drama documentary television tv radio news talk reality crime cartoon"))
    static let productAdjectiveTails = Lexicon.set(Lexicon.split("oriented"))

    /// `Midwestern`, `Southeastern`: a compass word made an adjective.
    func isRegionalAdjective(_ token: Token) -> Bool {
        let count = token.end - token.start
        guard count >= 7, a.bytes[token.end - 3] == UInt8(ascii: "e"), a.bytes[token.end - 2] == UInt8(ascii: "r"), a.bytes[token.end - 1] == UInt8(ascii: "n") else { return false }
        // `…western`, `…eastern`, `…northern`, `…southern` with something before it (`Midwestern`, not `Western`).
        for tail in NameFinder.compassAdjectives where count > tail.count {
            var matches = true
            for (offset, byte) in tail.enumerated() where a.bytes[token.end - tail.count + offset] | 0x20 != byte { matches = false; break }
            if matches { return true }
        }
        return false
    }
    static let compassAdjectives = ["western", "eastern", "northern", "southern"].map { Array($0.utf8) }

    /// `Britain's second-biggest building society` / `a mid-sized lender` closed by a comma or a verb.
    func organisationNounApposition(_ s: Int, _ start: Int) -> Bool {
        let list = a.tokens[s]
        var k = start
        guard k < list.count else { return false }
        if list[k].key == K.a || list[k].key == K.an || list[k].key == K.the { k += 1 }
        // `Britain's`: a place's possessive.
        if k + 2 < list.count, list[k].kind == .word, list[k].upper, a.isPossessive(s, k + 1) { k += 3 }
        else if k == start { return false }
        var words = 0
        while k < list.count, words < 5, list[k].kind == .word, !list[k].upper {
            if NameFinder.appositionOrganisationNouns.contains(list[k].key) || NameFinder.bodyNouns.contains(list[k].key) {
                // The noun ends the apposition: a comma or the end of the sentence follows, or another of its words.
                var end = k + 1
                if end < list.count, list[end].kind == .word, NameFinder.appositionOrganisationNouns.contains(list[end].key) { end += 1 }
                // `the group's finance director` is a person's role.
                return end >= list.count || list[end].kind == .punct && !a.isPossessive(s, end)
            }
            if list[k].isIn(.roleHeads) || list[k].isIn(.stanceVerbs) || list[k].key == K.who { return false }
            words += 1
            k += 1
        }
        return false
    }

    /// `the Competition and Markets Authority`: after `the`, two capitalised runs joined by `and`
    /// where the second closes with an organisation head are one name.
    func andJoinsOneName(_ s: Int, _ from: Int, _ end: Int) -> Bool {
        let list = a.tokens[s]
        guard from > 0, end + 2 < list.count else { return false }
        // `a new unit, Disney Media and Entertainment Distribution,`: a unit's name in apposition is one name.
        if from >= 2, a.isPunct(list[from - 1], ","), list[from - 2].kind == .word, !list[from - 2].upper,
           NameFinder.unitNouns.contains(list[from - 2].key) { return apposedUnitName(s, from, end) }
        // `the Smithsonian's National Air and Space Museum`: a possessive determines the name as `the` does.
        guard list[from - 1].key == K.the || from >= 3 && list[from - 1].key == K.s && a.isPossessive(s, from - 2) && list[from - 3].upper else { return false }
        for k in from...end {
            let token = list[k]
            if token.isIn(.organisationHeads) || token.isIn(.countries) || token.isIn(.demonym) || token.allCaps || !token.upper { return false }
        }
        var m = end + 2
        guard startsName(s, m), list[m].space else { return false }
        while m + 1 < list.count, m < end + 5, list[m + 1].kind == .word, list[m + 1].space, startsName(s, m + 1) { m += 1 }
        return list[m].isIn(.organisationHeads) && !list[m].isIn(.corporateSuffixes) && !(end + 2...m).contains { list[$0].isIn(.countries) || list[$0].allCaps }
    }

    /// `21st Century Fox`, `20th Century Studios`: a number and its ordinal suffix written before a name's first
    /// word at `start` (`the 21st century` in lower case is a date).
    func ordinalOpensName(_ s: Int, _ start: Int) -> Bool {
        let list = a.tokens[s]
        guard start >= 2, list[start].space, list[start - 1].kind == .word, list[start - 1].isIn(.ordinalSuffixes), !list[start - 1].space,
              list[start - 2].kind == .number else { return false }
        // `June 21st Congress …`: not an ordinal a date has taken.
        return !a.taken(s)[start - 1] && !a.taken(s)[start - 2]
    }

    /// `the company's founders, A and B`, `three former managers, A, B and C,`: the names listed after the first
    /// (through commas and one `and`) are people too.
    func cueListAfterRole(_ chunk: Chunk) {
        let list = a.tokens[chunk.s]
        var end = chunk.to
        var items = 0
        while end + 2 < list.count, items < 6 {
            let joiner = list[end + 1]
            guard joiner.key == K.and || a.isPunct(joiner, ","),
                  let next = bySentence[chunk.s].first(where: { chunks[$0].from == end + 2 }) else { return }
            // A comma must go on to a person-shaped name, not a clause (`…, founded Compaq`).
            if a.isPunct(joiner, ","), !isPersonShaped(chunks[next]) { return }
            personCue[chunks[next].key, default: 0] += 1
            if joiner.key == K.and { return }
            end = chunks[next].to
            items += 1
        }
    }

    /// Whether a name of several words ends in the word `key` (the table is built on the first question).
    func isHeadOfALongerName(_ key: UInt64) -> Bool {
        if !headWordsOfLongerNamesBuilt {
            headWordsOfLongerNames = KeySetTable(minimumCapacity: chunks.count / 4)
            for chunk in chunks where chunk.tokenCount >= 2 { headWordsOfLongerNames.insert(a.tokens[chunk.s][chunk.to].key) }
            headWordsOfLongerNamesBuilt = true
        }
        return headWordsOfLongerNames.contains(key)
    }

    static let seniorKey: UInt64 = 0xA1CE9218E851D675 // senior
    /// Head words that, alone, name no body either (besides `bodyHeads`): `Parliament was dissolved`, `Court papers …`.
    static let loneHeadWords = Lexicon.set(Lexicon.split("parliament court"))
    /// People whose possessive names a business they own (`billionaire X's Y`).
    static let ownerNouns = Lexicon.set(Lexicon.split("investor investors billionaire tycoon magnate mogul financier"))
    static let chamberNouns = Lexicon.set(Lexicon.split("house chamber"))
    static let withoutKey: UInt64 = 0x5437C29A5289D0A3 // without

    /// `the lower house of parliament`, `the upper chamber of …` at `start`.
    func isChamberApposition(_ s: Int, _ start: Int) -> Bool {
        let list = a.tokens[s]
        guard start + 3 < list.count, list[start].key == K.the else { return false }
        var k = start + 1
        while k < list.count, k <= start + 3, list[k].kind == .word, !list[k].upper {
            if NameFinder.chamberNouns.contains(list[k].key) { return k > start + 1 && k + 1 < list.count && list[k + 1].key == K.of }
            k += 1
        }
        return false
    }

    /// `Rivers without Boundaries`, `Reporters without Borders`: two capitalised plurals joined by `without` (from
    /// `start` through `end` so far, one word) are one name.
    func withoutJoinsName(_ s: Int, _ start: Int, _ end: Int) -> Bool {
        let list = a.tokens[s]
        guard end == start, end + 2 < list.count, list[end].upper, !list[end].allCaps, a.bytes[list[end].end - 1] == UInt8(ascii: "s"),
              !list[end + 1].upper, startsName(s, end + 2), list[end + 2].space, !list[end + 2].allCaps,
              a.bytes[list[end + 2].end - 1] == UInt8(ascii: "s") else { return false }
        return end + 3 >= list.count || !(list[end + 3].kind == .word && list[end + 3].upper)
    }

    static let productsKey: UInt64 = 0xEEA90AA769B1462D // products
    static let magazineKey: UInt64 = 0xC73878FA36B6EAC3 // magazine

    /// `the Organization for Security and Co-operation in Europe`: the end of a well-known organisation's name
    /// (`KnownOrganisations`) that runs from `from` on through the `and` after `end` (and `in`, `of`, `for`):
    /// also `the Securities and Exchange Commission`, whose first part is one word.
    func knownNameThroughAnd(_ s: Int, _ from: Int, _ end: Int) -> Int? {
        let list = a.tokens[s]
        // Only a capitalised word after `and` can go on with the name (`Securities and Exchange Commission`).
        guard end + 2 < list.count, list[end + 2].upper else { return nil }
        var e = end + 2
        var found: Int?
        while e < list.count, e <= end + 6, list[e].kind == .word {
            if list[e].upper, KnownOrganisations.table[keyOf(a.bytes, list[from].start, list[e].end)] != nil { found = e }
            e += 1
        }
        return found
    }

    static let laureateKey: UInt64 = 0x795A2675A6F774AC // laureate
    static let priceQualifiers = Lexicon.set(Lexicon.split("about around roughly nearly some almost approximately"))
    static let acquireVerbs = Lexicon.set(Lexicon.split("bought buys buy acquired acquires acquire purchased purchases purchase"))
    static let acquisitionNouns = Lexicon.set(Lexicon.split("acquisition acquisitions takeover takeovers purchase purchases"))

    /// The name right after a verb of buying, or in a list after `acquisitions:` (`… acquisitions: A for $7.4 billion,
    /// B for $4 billion`).
    func boughtForMoney(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        var k = chunk.from - 1
        if k >= 0, list[k].key == K.the { k -= 1 }
        if k >= 0, list[k].kind == .word, !list[k].upper, NameFinder.acquireVerbs.contains(list[k].key) { return true }
        guard k >= 0, a.isPunct(list[k], ",") || a.isPunct(list[k], ":") || list[k].key == K.and else { return false }
        var m = k
        while m > 0, m > k - 40, !a.isPunct(list[m], ":") { m -= 1 }
        return m >= 1 && a.isPunct(list[m], ":") && NameFinder.acquisitionNouns.contains(list[m - 1].key)
    }

    /// Singular nouns of a part of a company or body whose name may follow in apposition.
    static let unitNouns = Lexicon.set(Lexicon.split("unit division subsidiary arm branch department agency"))

    /// After `a new unit,`: capitalised words, `and`, capitalised words, and a comma or the sentence's end.
    func apposedUnitName(_ s: Int, _ from: Int, _ end: Int) -> Bool {
        let list = a.tokens[s]
        for k in from...end where !list[k].upper || list[k].allCaps || list[k].isIn(.countries) { return false }
        var m = end + 2
        guard startsName(s, m), list[m].space, !list[m].isIn(.countries) else { return false }
        while m + 1 < list.count, m < end + 5, list[m + 1].kind == .word, list[m + 1].space, startsName(s, m + 1) { m += 1 }
        return m + 1 >= list.count || a.isPunct(list[m + 1], ",") || a.isPunct(list[m + 1], ".")
    }

    /// `Grupo Panadero S.A.B. de C.V.`, `Lindner GmbH & Co. KG`: the last index of a legal form that goes on
    /// past a dot, a particle or `& Co.`.
    func legalFormContinuation(_ s: Int, _ end: Int) -> Int? {
        let list = a.tokens[s]
        // A legal form goes on only past a dot or a lower-case particle (tested before the form's lists).
        guard end + 2 < list.count, list[end].kind == .word, list[end].upper,
              a.isPunct(list[end + 1], ".") && !list[end + 1].space || list[end + 1].kind == .word && !list[end + 1].upper,
              NameFinder.legalForms.contains(list[end].key) || NameFinder.abbreviatedSuffixes.contains(list[end].key) else { return nil }
        var k = end + 1
        if a.isPunct(list[k], "."), !list[k].space { k += 1 }
        if k + 1 < list.count, list[k].kind == .word, !list[k].upper, NameFinder.legalParticles.contains(list[k].key) { k += 1 }
        guard k > end + 1, k < list.count, list[k].kind == .word, list[k].upper, list[k].space, NameFinder.legalForms.contains(list[k].key) else { return nil }
        return k
    }

    /// `Harcourt Lyle, formerly known as the Northern & Provincial Building Society`, `the American Standards
    /// Association (ASA) — renamed the USA Standards Institute in 1966 and later the American National Standards
    /// Institute`: former and later names are aliases of the same body. Runs after the other links, so that short
    /// names already belong to their group.
    func linkFormerNames() {
        let renameWords = NameFinder.renameWords
        let triggers = renameWords.keys + [K.formerly, K.known]
        for s in a.tokens.indices where bySentence[s].count >= 2 {
            let summary = a.tokens.summary(s)
            guard triggers.contains(where: { summary.mayContain($0) }) else { continue }
            let list = a.tokens[s]
            for k in list.indices where list[k].kind == .word && !list[k].upper
                && (renameWords.contains(list[k].key) || list[k].key == K.formerly || list[k].key == K.known && k + 1 < list.count && list[k + 1].key == K.as_) {
                if linkFormerAfterApposition(s, k) { continue } // `PSA Group, the maker of Peugeot and Citroen, formerly …`
                // The body renamed: the last group or linked name shortly before, across brackets and dashes.
                guard let target = bySentence[s].last(where: { chunks[$0].to < k && k - chunks[$0].to <= 7
                        && (isGroup(chunks[$0]) || parent[chunks[$0].key] != nil) && chunks[$0].cls != .place && chunks[$0].cls != .person }) else { continue }
                var between = chunks[target].to + 1
                var clean = true
                while between < k {
                    let token = list[between]
                    if !(token.kind == .punct || token.key == K.formerly || token.key == K.which || token.key == K.was || token.key == K.had
                         || token.key == K.been || token.key == K.also || chunks[target].to + 1 <= between && isAcronymAt(s, between)) { clean = false; break }
                    between += 1
                }
                guard clean else { continue }
                var m = list[k].key == K.known ? k + 2 : k + 1
                if m < list.count, list[m].key == K.the { m += 1 }
                guard let alias = chunkAt(s, m) else { continue }
                linkAlias(alias, to: chunks[target].key)
                // `… and later the American National Standards Institute`
                var n = chunks[alias].to + 1
                while n + 1 < list.count, n <= chunks[alias].to + 6, !(list[n].kind == .punct && !isAcronymAt(s, n) && list[n].mark != UInt8(ascii: ",")) {
                    if list[n].kind == .word, NameFinder.laterWords.contains(list[n].key) {
                        var p = n + 1
                        if p < list.count, list[p].key == K.the { p += 1 }
                        if let later = chunkAt(s, p) { linkAlias(later, to: chunks[target].key) }
                        break
                    }
                    n += 1
                }
            }
        }
    }

    func isAcronymAt(_ s: Int, _ k: Int) -> Bool {
        let list = a.tokens[s]
        return list[k].allCaps || a.isPunct(list[k], "(") || a.isPunct(list[k], ")") || a.isPunct(list[k], ",") || a.isDash(list[k])
    }

    func linkAlias(_ index: Int, to target: UInt64) {
        let alias = chunks[index]
        guard alias.cls != .place, alias.cls != .person, find(alias.key) != find(target) else { return }
        note(chunk: alias)
        union(target, alias.key)
        if alias.cls != .people { chunks[index].cls = .organisation }
    }

    /// `Brightwater` = `Brightwater Foods Ltd.`, `Redfern's founder` = `Redfern Capital Management`: the first
    /// word of a company's name written alone names the company, when no other company shares that word.
    func linkFirstWords() {
        var owners = KeyTable<UInt64>()
        var any = false
        for chunk in chunks where chunk.cls == .organisation && chunk.tokenCount >= 2 {
            let list = a.tokens[chunk.s]
            let first = list[chunk.from], last = list[chunk.to]
            guard first.kind == .word, first.upper, !first.allCaps, !first.hyphen, first.end - first.start >= 4,
                  !first.isIn(.organisationHeads), !first.isIn(.countries), !first.isIn(.demonym), !first.isIn(.commonWords),
                  !first.isIn(.organisationWords), !first.isIn(.compassWords), !isTitleToken(first),
                  !list[chunk.from + 1].isIn(.nameConnectors) || list[chunk.from + 1].upper, chunk.tokenCount < 3 || !last.isIn(.bodyHeads),
                  last.isIn(.corporateSuffixes) || last.isIn(.legalSuffixes) || last.isIn(.organisationHeads) || last.isIn(.organisationWords)
                    || NameFinder.companyTails.contains(last.key) || NameFinder.legalForms.contains(last.key)
                    // `Apple Computer`, `Chipotle Mexican Grill` cued as a company by its context (not `Boeing Commercial
                    // Airplanes`: three words after a well-known company's name name one of its units).
                    || chunk.tokenCount == 2 && groupCue[chunk.key, default: 0] > 0 && !isTitleToken(last)
                    || chunk.tokenCount == 3 && groupCue[chunk.key, default: 0] > 0 && !isTitleToken(last) && KnownOrganisations.table[first.key] == nil else { continue }
            if let owner = owners[first.key] {
                if owner != 0, find(owner) != find(chunk.key) { owners[first.key] = 0 }
            } else {
                owners[first.key] = chunk.key
                any = true
            }
        }
        guard any else { return }
        for index in chunks.indices where chunks[index].tokenCount == 1 {
            let chunk = chunks[index]
            guard let owner = owners[chunk.key], owner != 0, chunk.cls == .organisation || chunk.cls == .other,
                  !a.tokens[chunk.s][chunk.from].allCaps, groupCue[chunk.key, default: 0] > -50 else { continue }
            chunks[index].cls = .organisation
            note(chunk: chunk)
            union(owner, chunk.key)
        }
    }
}
