/// Names in the text: groups (organisations and peoples, with aliases and descriptions),
/// persons with their roles, and the stances of actors. General cues only: acronym
/// definitions, name heads (`… Council`), member nouns (`X fighters`), appositions,
/// title words, reporting verbs.
final class NameFinder {
    enum Class { case place, organisation, people, person, demonymName, other }

    /// A run of capitalised words (with `of`, `al-` and the like inside).
    ///
    /// Indexes are stored in 32 bits (an article is at most 32 MB): the passes copy chunks again
    /// and again, and 40 bytes move faster than 80.
    struct Chunk {
        var key: UInt64
        /// Its sentence, and its first and last token within it.
        @Narrow var s: Int
        @Narrow var from: Int
        @Narrow var to: Int
        /// Title words stripped from its start (`Prime Minister`), as a token index; -1 for none.
        private var titleFrom32: Int32
        /// Byte range of the name's text (computed into a `String` only when needed).
        @Narrow var textStart: Int
        @Narrow var textEnd: Int
        var cls: Class

        init(s: Int, from: Int, to: Int, titleFrom: Int?, key: UInt64, textStart: Int, textEnd: Int, cls: Class = .other) {
            self.key = key
            self.s = s
            self.from = from
            self.to = to
            titleFrom32 = titleFrom.map { Int32(truncatingIfNeeded: $0) } ?? -1
            self.textStart = textStart
            self.textEnd = textEnd
            self.cls = cls
        }

        /// Title words stripped from its start (`Prime Minister`), as a token index.
        var titleFrom: Int? {
            @inline(__always) get { titleFrom32 < 0 ? nil : Int(titleFrom32) }
            set { titleFrom32 = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
        }
        var tokenCount: Int { to - from + 1 }
    }

    /// The text of a chunk as written.
    func text(_ chunk: Chunk) -> String { a.text(chunk.textStart, chunk.textEnd) }

    let a: Analyzer
    var chunks: [Chunk] = []
    /// Chunk indexes by sentence, in order (each sentence's chunks are appended together).
    var bySentence: [Range<Int>] = []
    var groupCue = KeyTable<Int>()
    var peopleCue = KeyTable<Int>()
    var personCue = KeyTable<Int>()
    var theCount = KeyTable<Int>()
    var surnames = KeySetTable()
    /// Group entity of each group chunk key (union-find over keys).
    var parent = KeyTable<UInt64>()
    var surface = KeyTable<[String]>()
    var descriptions = KeyTable<String>()
    var longForms = KeySetTable()
    /// Keys of the one-word names (`surnameUsedAlone`), built when first asked.
    var singleTokenKeys = KeySetTable()
    var singleTokenKeysBuilt = false
    var datelines = KeySetTable()
    var rulingCandidates = KeySetTable()
    /// Names joined by `joinByWordInitials` (`NameFinderInitialisms.swift`).
    var initialismKeys = KeySetTable()
    var pluralSubjects = KeySetTable()
    /// Person-shaped names with a weak group cue (`NameFinderCorporate.swift`).
    var weakGroupChunks: [Chunk] = []
    /// Chunk indexes by key (built in `linkGroups`, after the last change of a key).
    var byKey = KeyedIndexLists(count: 0) { _ in 0 }
    /// `articleCompany()` once computed (`.some(nil)` when there is none).
    var articleCompanyCache: String?? = nil
    /// The last answer of `isPersonShaped`, with the name it was for.
    var personShapedMemo: (s: Int, from: Int, to: Int, titleFrom: Int?, value: Bool)?
    /// Answers of `isWrittenInLowerCase`, by key.
    var lowerCaseCache = KeyTable<Bool>()
    /// Last words of the names of several words (`isHeadOfALongerName`), built when first asked.
    /// (Not an optional: reading a table out of an optional copies it, a retain per array.)
    var headWordsOfLongerNames = KeySetTable()
    var headWordsOfLongerNamesBuilt = false
    /// Names before two or more different bracketed names (`NameFinderQualifiedNames.swift`), built when first asked.
    var qualifiedNames = KeySetTable()
    var qualifiedInitials = KeySetTable()
    var qualifiedNamesBuilt = false

    init(analyzer: Analyzer) { a = analyzer }

    func run() {
        bySentence = Array(repeating: 0..<0, count: a.tokens.count)
        // About one name run per 60 bytes of prose: room made once, not by doubling and copying.
        chunks.reserveCapacity(a.bytes.count / 64 + 16)
        for s in a.tokens.indices where !a.tokens[s].isEmpty {
            let base = chunks.count
            findChunks(s)
            bySentence[s] = base..<chunks.count
            if bySentence[s].count >= 2 { joinAcronymNames(s) }
            if !bySentence[s].isEmpty { joinCommaNames(s) }
        }
        // Tables of arrays are sized up front (growing copies every array); tables of numbers
        // grow as needed and stay small enough for the cache, except those that get a key for most
        // names: `personCue` gets every name's key (`collectCues` adds each name's role-prefix cue,
        // 0 or not), so it is sized for them all, and `parent` every group's, as `surface` does.
        surface = KeyTable(minimumCapacity: chunks.count / 4)
        groupCue = KeyTable(minimumCapacity: chunks.count / 4)
        parent = KeyTable(minimumCapacity: chunks.count / 4)
        personCue = KeyTable(minimumCapacity: chunks.count)
        collectCues()
        applyRulingCues()
        classify()
        linkGroups()
        linkMoreAliases()
        linkOrAliases()
        linkDefiniteHeads()
        emitGroups()
        findRoles()
        dropSurnameRoleCopies()
        findStances()
    }

    // MARK: chunks

    static let thenPrefixes = ["then-", "ex-", "former-"]

    static let thenKeys = Lexicon.set(["then", "ex", "former"])

    /// A title word (`President`, `minister`) or a hyphenated title (`Secretary-General`, `ex-president`).
    /// Inlined: asked of most capitalised words, and decided on the token's flags unless it is hyphenated.
    @inline(__always) func isTitleToken(_ token: Token) -> Bool {
        if token.isIn(.titleWords) { return true }
        guard token.kind == .word, token.hyphen else { return false }
        return isHyphenatedTitleToken(token)
    }

    /// `isTitleToken` for a hyphenated word.
    func isHyphenatedTitleToken(_ token: Token) -> Bool {
        if Lexicon.titleWords.contains(a.headKey(token)), token.isIn(.roleHeads) || isHyphenatedTitle(token) { return true }
        // `Secretary-General`, `Attorney-General`: two title words joined by a hyphen.
        if token.upper, Lexicon.titleWords.contains(a.headKey(token)), Lexicon.roleHeads.contains(a.tailKey(token)) { return true }
        // `then-prime`, `ex-president`: look for the hyphen and test the part before it.
        var index = token.start
        while index < token.end, a.bytes[index] != UInt8(ascii: "-") { index += 1 }
        guard index < token.end, index - token.start <= 6 else { return false }
        return NameFinder.thenKeys.contains(Lexicon.key(a.bytes, token.start, index))
    }

    /// The key a name is known by: the hash of its lower-cased text with straight apostrophes,
    /// no leading `the ` and no final dot (see `Lexicon.key`).
    func normal(_ text: String) -> UInt64 {
        // Read in place (a native string's bytes are contiguous): no copy of them into an array.
        var text = text
        return text.withUTF8 { keyOf($0, 0, $0.count) }
    }

    func keyOf(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
        var start = from, end = to
        if end - start > 4, bytes[start] | 0x20 == UInt8(ascii: "t"), bytes[start + 1] | 0x20 == UInt8(ascii: "h"),
           bytes[start + 2] | 0x20 == UInt8(ascii: "e"), bytes[start + 3] == 0x20 { start += 4 }
        if end > start, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return Lexicon.key(bytes, start, end)
    }

    func upperAfterLastHyphen(_ token: Token) -> Bool {
        var index = token.end - 1
        while index > token.start, a.bytes[index - 1] != UInt8(ascii: "-") { index -= 1 }
        return index > token.start && a.bytes[index] >= UInt8(ascii: "A") && a.bytes[index] <= UInt8(ascii: "Z")
    }

    @inline(__always) func isModifierToken(_ token: Token) -> Bool {
        token.kind == .word && token.hyphen && hasModifierTail(token)
    }
    func hasModifierTail(_ token: Token) -> Bool { Lexicon.modifierTails.contains(a.tailKey(token)) }

    func startsName(_ s: Int, _ i: Int) -> Bool { startsName(a.tokens[s][i], taken: a.taken(s)[i]) }

    /// Punctuation after which a clause or a line starts: a colon, a semicolon, an opening quote, and the marks that
    /// open lines in plain-text lists and quotations (`%`, `>`, `|`, `*`). (Not a bracket: `(LeT)` is an acronym.)
    func opensClause(_ token: Token) -> Bool {
        if a.isOpenQuote(token) { return true }
        guard token.end - token.start == 1 else { return false }
        switch token.mark {
        case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "%"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "*"): return true
        default: return false
        }
    }

    /// A capitalised (or all-caps) word not taken by a date, which may open or continue a name.
    @inline(__always) func startsName(_ token: Token, taken: Bool) -> Bool {
        token.kind == .word && (token.nameLike || token.allCaps) && !taken && !isModifierToken(token)
    }

    /// `THE ATTACK`, `OUTLOOK`: a sentence of capitals only that is a whole paragraph is a section heading.
    func isCapitalsHeading(_ s: Int) -> Bool {
        let list = a.tokens[s]
        let first = a.firstWordIndex(s)
        guard first < list.count, list[first].allCaps || list[first].kind == .number else { return false }
        let sentence = a.read.sentences[s]
        guard sentence.start == a.read.paragraphs[sentence.paragraph].start, sentence.end >= a.read.paragraphs[sentence.paragraph].end - 1 else { return false }
        var letters = 0
        for token in list where token.kind == .word {
            if !token.allCaps && !(token.upper && token.end - token.start == 1) { return false }
            letters += token.end - token.start
        }
        return letters >= 6
    }

    // The two tests below are loops, not closures over ranges: a closure that calls a method of the name
    // finder retains it on every call, and they are asked of most name runs.

    /// The first title word inside the run `i...end` after its first word (`ECB President Christine Lagarde`),
    /// not an honorific; nil when there is none or a title word comes before it.
    func innerTitleStart(_ list: UnsafeBufferPointer<Token>, _ i: Int, _ end: Int) -> Int? {
        guard i < end else { return nil }
        for k in i + 1...end where isTitleToken(list[k]) && !list[k].isIn(.honorifics) {
            for j in i..<k where isTitleToken(list[j]) { return nil }
            return k
        }
        return nil
    }

    /// Whether tokens `k...end`, after the title words of a run, are a person's name: words (or the dot of an
    /// initial), capitalised or name particles, and no `of`.
    func isNameAfterTitle(_ list: UnsafeBufferPointer<Token>, _ k: Int, _ end: Int) -> Bool {
        for m in k...end {
            let token = list[m]
            guard token.kind == .word || m > k && a.isPunct(token, ".") && isInitial(list[m - 1]),
                  token.nameLike || token.kind == .punct || token.isIn(.nameParticles),
                  !(token.isIn(.nameConnectors) && token.key == K.of) else { return false }
        }
        return true
    }

    func findChunks(_ s: Int) {
        let list = a.tokens[s]
        // The name finder never marks tokens taken, so a copy of the sentence's flags stays current.
        let taken = a.taken(s)
        let first = a.firstWordIndex(s)
        if first < list.count, list[first].allCaps, isCapitalsHeading(s) { return }
        var i = 0
        while i < list.count {
            // Most tokens are lower-case words or marks: skipped on two flags, before anything else is read.
            if !list[i].nameLike && !list[i].allCaps { i += 1; continue }
            let token = list[i]
            guard startsName(list[i], taken: taken[i]) else { i += 1; continue }
            if i == first, token.isIn(.commonWords) || token.isIn(.sentenceNouns),
               !(token.allCaps && i + 2 < list.count && a.isPunct(list[i + 1], "&") && !list[i + 1].space),
               !(i + 1 < list.count && list[i + 1].key == NameFinder.magazineKey) { i += 1; continue }
            if token.key == K.i || token.key == K.the || token.key == NameFinder.ethnicKey { i += 1; continue }
            if opensNoName(list, i) { i += 1; continue }
            // `: It is`, `"If you …`, `; And the …`: a capitalised common word opening a clause after a colon, an
            // opening quote or a line mark is a plain word, as at the start of a sentence.
            if i > first, token.isIn(.commonWords), !token.allCaps, list[i - 1].kind == .punct, opensClause(list[i - 1]), !isTitleToken(token) { i += 1; continue }
            // `DAWN.COM`: a word run into the dot before it is the end of an address, not a name.
            if !token.space, i > 0, a.isPunct(list[i - 1], "."), !list[i - 1].space { i += 1; continue }
            // `Shares of Nordwind`: a sentence-first word before `of` is a plain noun unless it heads a name.
            // `Lawyers for Evergrande argued`: so is one who speaks for a body, before `for`.
            if i == first, i + 2 < list.count, list[i + 1].key == K.for_, !list[i + 1].upper, NameFinder.speakerNouns.contains(token.key) { i += 1; continue }
            if i == first, i + 2 < list.count, list[i + 1].key == K.of, !list[i + 1].upper,
               !token.isIn(.organisationHeads), !token.isIn(.nonGroupHeads), !isTitleToken(token),
               a.bytes[token.end - 1] == UInt8(ascii: "s") || !list[i + 2].nameLike {
                i += 1; continue
            }
            // `Watchmaker Swatch Group lost 16%`: a maker noun opening a sentence names the kind, not the company.
            if i == first, i + 1 < list.count, list[i + 1].space, isMakerWord(token), !token.allCaps,
               startsName(list[i + 1], taken: taken[i + 1]) { i += 1; continue }
            var end = i
            var textEnd = -1
            while end + 1 < list.count {
                let next = list[end + 1]
                if taken[end + 1] { break }
                // Most runs end at a plain lower-case word, where none of the rules below can apply
                // (those that read one look for `and`, `without` or a connector).
                if next.kind == .word, !next.nameLike, !next.allCaps, next.key != K.and, next.key != NameFinder.withoutKey,
                   !next.isIn(.nameConnectors) {
                    if next.end - next.start <= 2, let joined = lowerCaseConnectorEnd(s, i, end, next) { end = joined; continue } // `NameFinderLowerCaseConnectors.swift`
                    break
                }
                // `Nintendo Research & Development 1 (R&D1)`: a unit's number that its bracketed acronym ends with.
                if next.kind == .number, next.space, end > i, end + 3 < list.count, a.isPunct(list[end + 2], "("),
                   numberClosesAcronym(s, end + 1) { end += 1; continue }
                if next.kind == .word, next.space, startsName(list[end + 1], taken: taken[end + 1]) { end += 1; continue }
                if next.kind == .punct, next.mark == UInt8(ascii: "&"), end + 2 < list.count, list[end + 2].nameLike { end += 2; continue }
                // `Ontario Teachers' Pension Plan`: a plural possessive inside a body's name. (This test and the other
                // possessive ones below read an apostrophe after the name first, asked here before the call.)
                if a.isApostrophe(next), pluralPossessiveInName(s, end) { end += 2; continue }
                // `the Prosecutor General's Office`: a title's possessive before a body's head word is one name.
                if a.isApostrophe(next), titlePossessiveInName(s, end) { end += 3; continue }
                // `Col. Assimi Goïta`, `Dr. Priya Raman`: an abbreviated title and its dot.
                if a.isPunct(next, "."), !next.space, list[end].isIn(.honorifics) || list[end].isIn(.roleAbbreviations)
                    || SentenceSplitter.titleAbbreviations.contains(list[end].key) && Lexicon.monthNumbers[list[end].key] == nil,
                   end + 2 < list.count, startsName(list[end + 2], taken: taken[end + 2]), list[end + 2].space {
                    end += 2; continue
                }
                // `A.M.M. Nasir Uddin`, `J. Robert Oppenheimer`: initials inside a name.
                if a.isPunct(next, "."), initialContinues(s, end) { end += 2; continue } // (it reads the dot first)
                // `Ministry of Ports, Shipping and Waterways`: a body's list of portfolios runs on through its commas.
                if a.isPunct(next, ","), end > i, let listEnd = portfolioListEnd(s, i, end) { end = listEnd; continue } // (its first tests)
                // `People's Majlis`, `Women's League`: a collective noun's possessive opening a name.
                if a.isApostrophe(next), collectivePossessiveInName(s, end) { end += 3; continue }
                // `Rivers without Boundaries`: see `withoutJoinsName`.
                if next.kind == .word, next.key == NameFinder.withoutKey, withoutJoinsName(s, i, end) { end += 2; continue }
                // `Hong Kong Exchanges and Clearing (HKEX)`: see `NameFinderAcronymConjunctions.swift`.
                if next.kind == .word, next.key == K.and, let acronymEnd = andBeforeOwnAcronym(s, i, end) { end = acronymEnd; continue }
                // `the Competition and Markets Authority`: see `andJoinsOneName`.
                if next.kind == .word, next.key == K.and, andJoinsOneName(s, i, end) { end += 2; continue }
                // `Organization for Security and Co-operation in Europe`: a well-known name running on through `and`.
                if next.kind == .word, next.key == K.and, let knownEnd = knownNameThroughAnd(s, i, end) { end = knownEnd; continue }
                // `Office of Rail and Road`, `Department of Health and Social Care`.
                if next.kind == .word, next.key == K.and, end + 2 < list.count, startsName(list[end + 2], taken: taken[end + 2]), !taken[end + 2],
                   (i...end).contains(where: { list[$0].key == K.of || list[$0].key == NameFinder.forKey }),
                   (i...end).contains(where: { list[$0].isIn(.bodyHeads) }) {
                    end += 2; continue
                }
                // `CEO of Intel Products`: a company office and the body it heads are two names.
                if next.key == K.of, !next.upper, end + 2 < list.count, list[end + 2].key != K.the,
                   (i...end).allSatisfy({ NameFinder.corporateOffices.contains(list[$0].key) }) { break }
                if next.kind == .word, next.isIn(.nameConnectors), next.key != K.and, !next.upper {
                    // `John Sulston of the Wellcome Trust`: a person's name does not run on through `of`.
                    var nameFrom = i
                    while nameFrom <= end, isTitleToken(list[nameFrom]) || a.isPunct(list[nameFrom], ".") { nameFrom += 1 }
                    if nameFrom > end { nameFrom = i }
                    if !titleHasOffice(s, i, nameFrom) { nameFrom = i }
                    if next.key == K.of, end > nameFrom, end - nameFrom <= 2 || end - nameFrom <= 2 + 2 * initialDots(s, nameFrom, end),
                       (nameFrom...end).allSatisfy({ isInitialOrItsDot(s, $0, from: nameFrom) || list[$0].upper && !list[$0].allCaps && !list[$0].isIn(.organisationHeads)
                           && !list[$0].isIn(.nonGroupHeads) && !isTitleToken(list[$0]) && !list[$0].isIn(.countries)
                           && !list[$0].isIn(.organisationWords) }) { break }
                    var k = end + 2
                    if k < list.count, list[k].key == K.the, !list[k].upper { k += 1 }
                    if k < list.count, startsName(list[k], taken: taken[k]) {
                        if connectorReachesOwningAcronym(s, next, k) { break } // `NameFinderPossessiveAcronyms.swift`
                        end = k; continue
                    }
                }
                break
            }
            // `Time magazine`: a well-known publication written with its lower-case kind noun.
            if end + 1 < list.count, list[end + 1].key == NameFinder.magazineKey,
               KnownOrganisations.table[keyOf(a.bytes, list[i].start, list[end + 1].end)] != nil { end += 1 }
            // `the Alaska Airlines Flight 1282 accident`: a flight's number after an airline; the airline is the name.
            if end > i + 1, list[end].key == NameFinder.flightKey, end + 1 < list.count, list[end + 1].kind == .number { end -= 1 }
            // `Former Supreme Court Bar Association president X`: `Former` opening a sentence qualifies the office after the body.
            // `Senior PTI leaders`: so does `Senior` before an office's plural.
            if i == first, token.key == K.former || token.key == NameFinder.seniorKey, end > i, end + 1 < list.count, list[end + 1].kind == .word, !list[end + 1].upper,
               list[end + 1].isIn(.roleHeads) || isPluralRoleNoun(list[end + 1]) { i += 1; continue }
            // `Moody's said`: a well-known name whose own `'s` ends it.
            // (`knownPossessiveName` and `isDomainSuffix` read an apostrophe or a dot after the name first, asked here.)
            if end + 1 < list.count, a.isApostrophe(list[end + 1]), knownPossessiveName(s, i, end) { end = possessiveNameTail(s, end + 2) } else if end + 1 < list.count, a.isPunct(list[end + 1], "(") || a.isPunct(list[end + 1], "+") { end = plusAcronymEnd(s, i, end) }
            // `BeOpen.com`: a web domain closes a company's name.
            if end + 1 < list.count, a.isPunct(list[end + 1], "."), isDomainSuffix(s, end) { end += 2 }
            // `Halvorsen Pharma A/S`: a slashed corporate suffix.
            if end + 3 < list.count, list[end + 1].kind == .word, list[end + 1].upper, list[end + 1].end - list[end + 1].start == 1, list[end + 1].space,
               a.isPunct(list[end + 2], "/"), !list[end + 2].space, !list[end + 3].space, list[end + 3].upper, list[end + 3].end - list[end + 3].start == 1 {
                end += 3
            } else if end + 2 < list.count, end > i, list[end].upper, list[end].end - list[end].start == 1, a.isPunct(list[end + 1], "/"), !list[end + 1].space,
                      !list[end + 2].space, list[end + 2].upper, list[end + 2].end - list[end + 2].start == 1 {
                end += 2
            }
            // `University of California, San Diego`: a university named with its campus town.
            if end + 2 < list.count, end - i >= 2, list[end - 1].key == K.of, (i...end).contains(where: { list[$0].key == NameFinder.universityKey }),
               a.isPunct(list[end + 1], ","), startsName(s, end + 2) {
                var m = end + 2
                while m + 1 < list.count, m < end + 3, startsName(s, m + 1), list[m + 1].space { m += 1 }
                let after = m + 1 < list.count ? list[m + 1] : nil
                if (m...m).allSatisfy({ !list[$0].isIn(.organisationHeads) && !list[$0].isIn(.countries) }),
                   after == nil || after!.kind == .punct || (!after!.upper && after!.key != K.and && after!.key != K.or) {
                    end = m
                }
            }
            // `Corvel Health, Inc.`, `Goldman Sachs & Co. LLC`: a corporate suffix after a comma or a dotted suffix.
            while end + 2 < list.count, a.isPunct(list[end + 1], ",") || a.isPunct(list[end + 1], "."), !list[end + 1].space, list[end + 2].space,
                  list[end + 2].isIn(.legalSuffixes), !a.taken(s)[end + 2],
                  a.isPunct(list[end + 1], ",") || list[end].isIn(.corporateSuffixes) {
                end += 2
            }
            // `Voltaro Inc.`: the dot of a corporate abbreviation belongs to the name.
            if end + 1 < list.count, a.isPunct(list[end + 1], "."), !list[end + 1].space, list[end].isIn(.corporateSuffixes),
               end + 1 != list.count - 1 {
                textEnd = end + 1
            }
            // `Grupo Panadero S.A.B. de C.V.`, `GmbH & Co. KG`: a legal form in several parts.
            if let formEnd = legalFormContinuation(s, end) { end = formEnd; textEnd = -1 }
            // `advised by Rothwell & Co.`: the dot ends both the abbreviation and the sentence.
            if textEnd < 0, end > i, end + 1 == list.count - 1, a.isPunct(list[end + 1], "."), !list[end + 1].space,
               NameFinder.abbreviatedSuffixes.contains(list[end].key) { textEnd = end + 1 }
            // `Minister of Mines and Petroleum Hedayatullah Badri`: a title with its portfolio before a name.
            if let (titleEnd, nameStart) = longTitleName(s, i, end) { appendLongTitle(s, i, titleEnd, nameStart); i = titleEnd + 1; continue }
            let hasHead = (i...end).contains { list[$0].isIn(.organisationHeads) } || list[end].isIn(.nonGroupHeads)
            if hasHead, end - i >= 3, let next = splitBodyTitleName(s, i, end) { i = next; continue } // `NameFinderCourtTitles.swift`
            // Title words inside a run: `ECB President Christine Lagarde`, `Italian Finance Minister X`.
            if !hasHead, let titleStart = innerTitleStart(list, i, end) {
                var nameStart = titleStart
                while nameStart <= end, isTitleToken(list[nameStart]) || a.isPunct(list[nameStart], ".") { nameStart += 1 }
                let tailIsName = nameStart <= end && end - nameStart <= 3
                    && (nameStart...end).allSatisfy { list[$0].kind == .word && list[$0].nameLike && !list[$0].isIn(.nameConnectors) && !isFunctionWord(list[$0]) }
                let prefixIsShort = titleStart - i <= 3 && !(i..<titleStart).contains { list[$0].isIn(.nameConnectors) && !list[$0].upper }
                // `Gross National Happiness`: title words that hold no office (`National`) cut no name (`NameFinderTitles.swift`;
                // a line in capitals keeps its cut).
                if tailIsName && prefixIsShort && (titleHasOffice(s, titleStart, nameStart) || list[titleStart].allCaps) {
                    // `External Affairs Minister X`, `Roads and Urban Development Minister X`: a portfolio before a
                    // minister's title is no name of its own.
                    if !isPortfolioBeforeTitle(s, i, titleStart) {
                        chunks.append(spanChunk(s, i, titleStart - 1))
                    }
                    chunks.append(spanChunk(s, nameStart, end, titleFrom: titleStart))
                    i = end + 1
                    continue
                }
            }
            var start = i
            var titleFrom: Int?
            if !hasHead {
                var k = i
                while k < end, isTitleToken(list[k]) || list[k].isIn(.honorifics) || a.isPunct(list[k], ".")
                        || (k + 1 <= end && a.isPunct(list[k + 1], ".") && !isInitial(list[k]))
                        // `Chief Election Commissioner X`: a capitalised word between two title words.
                        || (k > i && isTitleToken(list[i]) && k + 3 <= end && isTitleToken(list[k + 1]) && list[k].nameLike && !list[k + 1].isIn(.honorifics)) { k += 1 }
                let restIsName = k <= end && (end - k <= 3 || end - k <= 3 + initialDots(s, k, end)) && isNameAfterTitle(list, k, end)
                // `General Electric`, `General Motors`: a well-known body's name is not a title and a name.
                if k > i, k <= end, restIsName, titleHasOffice(s, i, k),
                   KnownOrganisations.table[keyOf(a.bytes, list[i].start, list[end].end)] == nil { titleFrom = i; start = k }
            } else if isTitleToken(list[i]), i < end, list[i].hyphen, a.headKey(list[i]) == K.then {
                titleFrom = i; start = i + 1
            }
            // `Chairman Sir Alistair Pryce`: the honorific stays in the name; `Historian X`: a role opening a sentence.
            if let from = titleFrom, start > from, let kept = keptHonorific(s, from, start) { start = kept }
            if titleFrom == nil, !hasHead, let cut = openingOccupation(s, i, end) { titleFrom = i; start = cut }
            // A lone title word is no name, unless it is a well-known body's (`Labour`, `Treasury`).
            if isTitleToken(list[start]) && start == end && titleFrom == nil && !list[start].allCaps
                && KnownOrganisations.table[list[start].key] == nil {
                i = end + 1; continue
            }
            // `DAWN.COM`: a word run into the dot before it ends an address.
            if start > 0, !list[start].space, a.isPunct(list[start - 1], "."), !list[start - 1].space { i = end + 1; continue }
            // `21st Century Fox`: an ordinal opening a name of capitalised words.
            if start == i, titleFrom == nil, end > start, ordinalOpensName(s, start) { start -= 2 }
            // `36Kr`: a capitalised word written against a number before it.
            else if start == i, titleFrom == nil, !token.space, i >= 1, list[i - 1].kind == .number, !token.allCaps, !taken[i - 1] { start -= 1 }
            let lastToken = list[textEnd > 0 ? textEnd : end]
            let chunk = Chunk(s: s, from: start, to: end, titleFrom: titleFrom, key: keyOf(a.bytes, list[start].start, lastToken.end),
                              textStart: list[start].start, textEnd: lastToken.end)
            chunks.append(chunk)
            i = end + 1
        }
    }

    /// The organisation named last before sentence `s` (what `It` or `the company` stands for).
    func lastOrganisation(before s: Int) -> String? {
        var sentence = s - 1
        while sentence >= 0, sentence >= s - 6 {
            if let index = bySentence[sentence].last(where: { chunks[$0].cls == .organisation }) { return text(chunks[index]) }
            sentence -= 1
        }
        return nil
    }

    /// `Securities and Exchange Commission (SEC)`: two runs joined by `and` before the acronym
    /// of both are one name.
    func joinAcronymNames(_ s: Int) {
        let list = a.tokens[s]
        let base = bySentence[s].lowerBound
        assert(bySentence[s].upperBound == chunks.count, "the sentence's chunks are the last ones")
        // This sentence's chunks are the last ones appended, from `base` on, so the runs at `position - 1` and
        // `position` are `chunks[base + position - 1]` and `chunks[base + position]`, before and after a removal.
        var position = 1
        while base + position < chunks.count {
            let left = chunks[base + position - 1], right = chunks[base + position]
            let gap = right.from - left.to - 1
            // `the CHIPS and Science Act`: one name of a law, not a group and a law.
            if gap == 1, list[left.to + 1].key == K.and, list[right.to].isIn(.nonGroupHeads), left.tokenCount == 1, list[left.from].allCaps {
                let joined = Chunk(s: s, from: left.from, to: right.to, titleFrom: nil,
                                   key: keyOf(a.bytes, left.textStart, right.textEnd), textStart: left.textStart, textEnd: right.textEnd)
                chunks[base + position - 1] = joined
                chunks.remove(at: base + position)
                continue
            }
            guard gap == 1, list[left.to + 1].key == K.and || a.isPunct(list[left.to + 1], "&"),
                  right.to + 3 < list.count, a.isPunct(list[right.to + 1], "("), a.isPunct(list[right.to + 3], ")"),
                  list[right.to + 2].allCaps else { position += 1; continue }
            let acronym = a.text(list[right.to + 2]).filter { $0 != "." }
            let joined = Chunk(s: s, from: left.from, to: right.to, titleFrom: left.titleFrom,
                               key: keyOf(a.bytes, left.textStart, right.textEnd), textStart: left.textStart, textEnd: right.textEnd)
            let letters = initials(joined)
            guard letters == acronym || initials(joined, withConnectors: true) == acronym || letters.count + 1 == acronym.count else { position += 1; continue }
            chunks[base + position - 1] = joined
            // The right run is absorbed.
            chunks.remove(at: base + position)
        }
        // Absorbed runs were this sentence's, the last chunks appended.
        bySentence[s] = base..<chunks.count
        // Both work at bracketed acronyms only: one scan says whether the sentence has any.
        let brackets = bracketedInitialisms(s)
        if brackets.allCaps {
            joinByAcronym(s)
            joinAcronymRuns(s)
        }
        if brackets.any { joinByWordInitials(s) }
        joinSlashedNames(s)
        joinDashedNames(s)
    }

    /// `Organization for Security and Co-operation in Europe (OSCE)`: the words before a bracketed
    /// acronym whose initials spell it are one name, across lower-case connectors.
    func joinByAcronym(_ s: Int) {
        let list = a.tokens[s]
        guard let base = bySentence[s].first, base + bySentence[s].count == chunks.count else { return }
        for p in bracketedAcronyms(s, from: 1) where list[p - 1].kind == .word {
            let acronym = Array(a.text(list[p + 1]).filter { $0.isLetter }.uppercased())
            guard acronym.count >= 3 else { continue }
            var found = -1
            // `International Fund for Saving the Aral Sea (IFAS)`: a second try leaves out capitalised gerunds.
            for skipGerunds in [false, true] where found < 0 {
                var letters: [Character] = []
                var k = p - 1
                while k >= 0, k >= p - 14 {
                    let token = list[k]
                    let gerund = skipGerunds && token.kind == .word && token.end - token.start > 5 && a.bytes[token.end - 1] == UInt8(ascii: "g")
                        && a.bytes[token.end - 2] == UInt8(ascii: "n") && a.bytes[token.end - 3] == UInt8(ascii: "i")
                    if token.kind == .word, token.upper, !gerund {
                        letters.insert(Character(a.text(list[k]).prefix(1).uppercased()), at: 0)
                        if letters == acronym { found = k }
                        if letters.count >= acronym.count { break }
                    } else if !(token.kind == .word && token.isIn(.acronymConnectors)) && !a.isPunct(token, "&") && !gerund { break }
                    k -= 1
                }
            }
            guard found >= 0 else { continue }
            let inside = bySentence[s].filter { chunks[$0].from >= found && chunks[$0].to <= p - 1 }
            guard inside.count >= 2, chunks[inside[0]].from == found, chunks[inside[inside.count - 1]].to == p - 1 else { continue }
            joinChunks(s, base: base, from: found, to: p - 1) { $0.from >= found && $0.to <= p - 1 }
        }
    }

    /// The indexes `p` from `from` on where sentence `s` has a bracketed all-caps word: `(`, `TTP`, `)`.
    func bracketedAcronyms(_ s: Int, from: Int) -> [Int] {
        let list = a.tokens[s]
        guard list.count >= from + 3 else { return [] }
        return (from..<(list.count - 2)).filter { a.isPunct(list[$0], "(") && list[$0 + 1].allCaps && a.isPunct(list[$0 + 2], ")") }
    }

    /// The name run of tokens `from...to` of sentence `s`, its key and text range read from the tokens.
    func spanChunk(_ s: Int, _ from: Int, _ to: Int, titleFrom: Int? = nil) -> Chunk {
        let list = a.tokens[s]
        return Chunk(s: s, from: from, to: to, titleFrom: titleFrom, key: keyOf(a.bytes, list[from].start, list[to].end),
                     textStart: list[from].start, textEnd: list[to].end)
    }

    /// Replaces the chunks of sentence `s` for which `within` holds by one chunk spanning tokens
    /// `from...to`. The sentence's chunks must be the last ones, from `base` on.
    func joinChunks(_ s: Int, base: Int, from: Int, to: Int, within: (Chunk) -> Bool) {
        let joined = spanChunk(s, from, to)
        var sentenceChunks = bySentence[s].map { chunks[$0] }.filter { !within($0) }
        let position = sentenceChunks.firstIndex { $0.from > from } ?? sentenceChunks.count
        sentenceChunks.insert(joined, at: position)
        chunks.removeSubrange(base...)
        chunks.append(contentsOf: sentenceChunks)
        bySentence[s] = base..<chunks.count
    }

    // MARK: classification

    func lexicalClass(_ chunk: Chunk) -> Class {
        let list = a.tokens[chunk.s]
        var headEnd = chunk.to
        for k in chunk.from...chunk.to where k > chunk.from && (list[k].key == K.of || list[k].key == NameFinder.inKey || list[k].key == K.on
            // `International Fund for Saving the Aral Sea`: an organisation head before `for` heads the name.
            || list[k].key == K.for_ && k > chunk.from + 1 && list[k - 1].isIn(.organisationHeads)) && !list[k].upper { headEnd = k - 1; break }
        // Keys are read from the tokens in place: an array of them is built only for multi-word places.
        let tokenRange = chunk.from...chunk.to
        let firstKey = list[chunk.from].key
        if chunk.tokenCount >= 2, Lexicon.multiWordPlaceStarts.contains(firstKey) {
            let keys = tokenRange.map { list[$0].key }
            for place in Lexicon.multiWordPlaces where place == keys { return .place }
        }
        let last = list[headEnd]
        func endsWithStan(_ token: Token) -> Bool {
            token.end - token.start > 4 && a.bytes[token.end - 4] | 0x20 == UInt8(ascii: "s") && a.bytes[token.end - 3] == UInt8(ascii: "t")
                && a.bytes[token.end - 2] == UInt8(ascii: "a") && a.bytes[token.end - 1] == UInt8(ascii: "n")
        }
        func endsWithLand(_ token: Token) -> Bool {
            token.end - token.start > 4 && a.bytes[token.end - 4] == UInt8(ascii: "l") && a.bytes[token.end - 3] == UInt8(ascii: "a")
                && a.bytes[token.end - 2] == UInt8(ascii: "n") && a.bytes[token.end - 1] == UInt8(ascii: "d")
        }
        if last.isIn(.nonGroupHeads), !isPensionPlan(chunk.s, headEnd) { return .place }
        if headEnd < chunk.to, isChamberOfMembers(chunk, list, headEnd) { return .organisation } // `NameFinderChambers.swift`
        // `Muslim League-Nawaz`, `Tehreek-e-Taliban`: a hyphenated word whose first part is a head.
        if (chunk.from...headEnd).contains(where: { list[$0].isIn(.organisationHeads) })
            || (chunk.from...headEnd).contains(where: { list[$0].hyphen && Lexicon.organisationHeads.contains(a.headKey(list[$0])) && !isModifierToken(list[$0])
                && !(a.bytes[list[$0].end - 1] == UInt8(ascii: "d") && a.bytes[list[$0].end - 2] == UInt8(ascii: "e")) && upperAfterLastHyphen(list[$0]) }) {
            if chunk.tokenCount == 1, last.isIn(.commonWords) { return .other }
            return .organisation
        }
        if tokenRange.allSatisfy({ list[$0].isIn(.countries) || list[$0].isIn(.compassWords) }) { return .place }
        // `Sun Microsystems`: a head word closing a compound.
        if chunk.tokenCount >= 2, last.upper, !last.hyphen, NameFinder.compoundHeads.contains(where: { endsWithHead(last, $0) }) {
            return .organisation
        }
        if chunk.tokenCount >= 2, tokenRange.contains(where: { list[$0].isIn(.organisationWords) }), Lexicon.demonymCountry[firstKey] == nil || chunk.tokenCount >= 3 {
            return .organisation
        }
        if chunk.tokenCount == 1, endsWithStan(last) || endsWithLand(last) { return .place }
        if endsWithStan(last), (chunk.from...chunk.to).allSatisfy({ list[$0].isIn(.countries) || list[$0].isIn(.compassWords) || endsWithStan(list[$0]) }) { return .place }
        if chunk.tokenCount == 1 {
            let token = list[chunk.from]
            if token.allCaps {
                if isDatelinePlace(chunk) { return .other }
                let (key, length) = acronymKey(token)
                if Lexicon.countryAcronyms.contains(key) { return .place }
                if Lexicon.nonGroupAcronyms.contains(key) || length > 7 || length < 2 { return .other }
                if token.hyphen { return .other }
                return .organisation
            }
            if token.isIn(.demonymPlurals) {
                let sameForm = token.isIn(.demonym)
                if !sameForm { return .people }
                if chunk.to + 1 >= list.count || list[chunk.to + 1].kind != .word || list[chunk.to + 1].upper
                    || list[chunk.to + 1].isIn(.commonWords) { return chunk.from > 0 && list[chunk.from - 1].key == K.the ? .people : .demonymName }
                return .demonymName
            }
            if token.isIn(.demonym) { return .demonymName }
            if token.isIn(.month) || token.isIn(.weekdays) { return .other }
        } else if list[chunk.from].isIn(.demonym) || list[chunk.from].isIn(.compassWords) {
            return .demonymName
        }
        return .other
    }

    /// The key of a word in capitals without its dots (`U.S.` as `US`) and its length in characters: read
    /// from the bytes (a `String` is made only for a word with letters beyond ASCII).
    func acronymKey(_ token: Token) -> (UInt64, Int) {
        var hash = Lexicon.rawSeed
        var length = 0
        for index in token.start..<token.end {
            let byte = a.bytes[index]
            if byte >= 0x80 {
                let letters = a.text(token).filter { $0 != "." }
                return (Lexicon.key(letters), letters.count)
            }
            if byte == UInt8(ascii: ".") { continue }
            hash = Lexicon.rawStep(hash, byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            length += 1
        }
        return (hash, length)
    }

    /// `— ZURICH/LONDON, January 15, 2015`, `ZURICH, Jan 15`: a dateline's place in capitals, not a body.
    func isDatelinePlace(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        let n = chunk.to + 1
        guard n + 1 < list.count else { return false }
        if a.isPunct(list[n], "/"), !list[n].space, list[n + 1].allCaps, list[n + 1].kind == .word {
            return n + 2 < list.count && a.isPunct(list[n + 2], ",") || chunk.from > 0 && a.isDash(list[chunk.from - 1])
        }
        if a.isPunct(list[n], ","), list[n + 1].isIn(.month), list[n + 1].upper {
            return chunk.from > 0 && (a.isDash(list[chunk.from - 1]) || a.isPunct(list[chunk.from - 1], "/"))
        }
        return false
    }

    /// Counts the cues around every chunk that say organisation, people or person.
    func collectCues() {
        for chunk in chunks {
            let list = a.tokens[chunk.s]
            // Asked by several cues below; computed once, and only if one asks.
            lazy var personShaped = isPersonShaped(chunk)
            let next = chunk.to + 1 < list.count ? list[chunk.to + 1] : nil
            // A single capitalised word opening a sentence before a lower-case noun is a plain noun (`Aid groups …`).
            let plainOpener = chunk.tokenCount == 1 && chunk.from == a.firstWordIndex(chunk.s) && !list[chunk.from].allCaps
            if let next, next.kind == .word, !next.upper, plainOpener, next.isIn(.organisationMembers), next.key != K.group,
               !isWrittenInLowerCase(list[chunk.from].key) {
                groupCue.add(chunk.key, 1)
            }
            if let next, next.kind == .word, !next.upper, !plainOpener {
                if next.isIn(.organisationMembers) {
                    // `named Jane Fraser chief executive`: the office is the verb's complement (`NameFinderAppointedObjects.swift`).
                    if officeAfterAppointedName(chunk) != nil { personCue.add(chunk.key, 1) } else { groupCue.add(chunk.key, 1) }
                }
                var k = chunk.to + 1
                var adjectives = 0
                while k < list.count, list[k].kind == .word, !list[k].upper, adjectives < 3 {
                    if list[k].isIn(.peopleCollectives) { peopleCue.add(chunk.key, 1); break }
                    if list[k].isIn(.commonWords) { break }
                    adjectives += 1; k += 1
                }
                if chunk.tokenCount == 1, next.key == K.said || next.key == K.says || next.key == K.announced || next.key == K.reported {
                    groupCue.add(chunk.key, 1)
                }
                if chunk.tokenCount >= 2, next.isIn(.stanceVerbs) { personCue.add(chunk.key, 1) }
            }
            if a.isPossessive(chunk.s, chunk.to + 1), chunk.to + 3 < list.count || chunk.to + 3 == list.count {
                var k = chunk.to + 3
                while k < list.count, list[k].kind == .word, !list[k].isIn(.organisationPossessions), k < chunk.to + 5, !list[k].upper { k += 1 }
                if k < list.count, list[k].isIn(.organisationPossessions), !list[k].upper { groupCue.add(chunk.key, 1) }
            }
            if chunk.from > 0, list[chunk.from - 1].key == K.the, chunk.tokenCount == 1, chunk.titleFrom == nil {
                theCount.add(chunk.key, 1)
            }
            // `the Masalit and other non-Arab communities`
            if chunk.to + 2 < list.count, list[chunk.to + 1].key == K.and, list[chunk.to + 2].key == K.other {
                var m = chunk.to + 3
                while m < list.count, m <= chunk.to + 6, list[m].kind == .word || a.isDash(list[m]) {
                    if list[m].isIn(.peopleCollectives) { peopleCue.add(chunk.key, 1); break }
                    m += 1
                }
            }
            // `Intel's 80386`, `Apple's iPhone`: a maker and its product.
            if a.isPossessive(chunk.s, chunk.to + 1), chunk.to + 3 < list.count, list[chunk.to + 3].kind == .number
                || (list[chunk.to + 3].nameLike && !list[chunk.to + 3].upper) {
                groupCue.add(chunk.key, 1)
            }
            // `the Bruegel think tank`, `the Jamaat Ansarullah group` (not `Aid groups …` opening a sentence).
            var k = chunk.tokenCount == 1 && chunk.from == a.firstWordIndex(chunk.s) ? list.count : chunk.to + 1
            while k < list.count, k <= chunk.to + 3, list[k].kind == .word, !list[k].upper {
                // `the Semipalatinsk test site`: a site after another noun is a place (a test site), not a website.
                if k > chunk.to + 1, list[k].key == NameFinder.siteKey { break }
                if list[k].isIn(.organisationTypes) && !(k + 1 < list.count && a.isPunct(list[k + 1], "-")) {
                    // `the iPhone maker` names a product's maker, not the product.
                    if k == chunk.to + 1, list[k].isIn(.makerNouns) { break }
                    groupCue.add(chunk.key, 1); break
                }
                if list[k].isIn(.commonWords) { break }
                k += 1
            }
            // `the oil company Equinor`, `the chip maker VLSI Technology`.
            if chunk.from >= 2, list[chunk.from - 1].kind == .word, !list[chunk.from - 1].upper, list[chunk.from - 1].isIn(.organisationTypes) {
                var m = chunk.from - 2
                while m > 0, list[m].kind == .word, !list[m].isIn(.commonWords), m > chunk.from - 6 { m -= 1 }
                let relativeClause = personShaped && chunk.to + 1 < list.count && list[chunk.to + 1].kind == .word && !list[chunk.to + 1].upper
                // `Russia's state nuclear corporation Rosatom`: a possessive determines the kind noun too.
                if list[m].key == K.the || list[m].key == K.a || list[m].key == K.an || a.isPossessive(chunk.s, m), !relativeClause { groupCue.add(chunk.key, 1) }
            }
            // `analysts at Morgan Stanley`, `a professor at the University of Manchester`.
            var before = chunk.from - 1
            if before >= 0, list[before].key == K.the { before -= 1 }
            if before >= 1, list[before].key == K.at, list[before - 1].isIn(.staffNouns) || list[before - 1].isIn(.roleHeads) {
                groupCue.add(chunk.key, 1)
            }
            // `chief executive of JPMorgan Chase`, `data from CoinDesk` (not `chief minister of Punjab`, `architect of Turbo Pascal`).
            if before >= 1, list[before].key == K.of, list[before - 1].isIn(.roleHeads), !list[before - 1].isIn(.nonCorporateRoles),
               !personShaped || chunk.tokenCount >= 2,
               lexicalClass(chunk) == .other {
                groupCue.add(chunk.key, 1)
            }
            if before >= 1, list[before].key == K.from, list[before - 1].key == K.data || list[before - 1].key == K.figures || list[before - 1].key == K.estimates {
                groupCue.add(chunk.key, 1)
            }
            // `the Taliban administration`: a ruling body named by its movement.
            // Only with a plural verb somewhere (`the Taliban have`), not `the Biden administration`.
            if chunk.tokenCount == 1, chunk.from > 0, list[chunk.from - 1].key == K.the, let next, next.kind == .word, !next.upper,
               next.isIn(.governmentNouns), lexicalClass(chunk) == .other {
                rulingCandidates.insert(chunk.key)
            }
            if chunk.tokenCount == 1, chunk.from > 0, list[chunk.from - 1].key == K.the, let next, next.key == K.have || next.key == K.are || next.key == K.were {
                pluralSubjects.insert(chunk.key)
            }
            // `BlackRock, the world's largest asset manager`: only bodies are the world's largest.
            if let next, a.isPunct(next, ","), chunk.to + 6 < list.count, list[chunk.to + 2].key == K.the, list[chunk.to + 3].isIn(.superlativeScopes),
               a.isPossessive(chunk.s, chunk.to + 4), list[chunk.to + 6].kind == .word, NameFinder.isSuperlative(a.text(list[chunk.to + 6])) {
                groupCue.add(chunk.key, 2)
                if descriptions[chunk.key] == nil {
                    var end = chunk.to + 7
                    while end < list.count, end < chunk.to + 10, list[end].kind == .word, !list[end].upper, !list[end].isIn(.stanceVerbs) { end += 1 }
                    if end > chunk.to + 7 { descriptions[chunk.key] = a.span(chunk.s, chunk.to + 3, end - 1) }
                }
            }
            // `Infosys co-founder Narayana Murthy`, `Tesla chief Elon Musk`: a name before a lower-case title and a person.
            if chunk.tokenCount <= 3, !personShaped, chunk.to + 2 < list.count, list[chunk.to + 1].kind == .word, !list[chunk.to + 1].upper {
                var m = chunk.to + 1
                while m + 1 < list.count, m < chunk.to + 3, list[m + 1].kind == .word, !list[m + 1].upper { m += 1 }
                if list[m].isIn(.roleHeads) || (list[m].hyphen && Lexicon.roleHeads.contains(a.tailKey(list[m]))),
                   (chunk.to + 1...m).allSatisfy({ list[$0].isIn(.roleModifiers) || list[$0].isIn(.roleHeads) || list[$0].hyphen }),
                   bySentence[chunk.s].contains(where: { chunks[$0].from == m + 1 && isPersonShaped(chunks[$0]) }), lexicalClass(chunk) == .other {
                    groupCue.add(chunk.key, 1)
                }
            }
            // `Bundesbank President Joachim Nagel`: a name before a title and a person is a body.
            // Not a place's office (`Hawaii Governor Josh Green`, `Punjab Chief Minister X`).
            if chunk.tokenCount == 1, !list[chunk.from].allCaps, chunk.to + 1 < list.count, isTitleToken(list[chunk.to + 1]),
               bySentence[chunk.s].contains(where: { chunks[$0].titleFrom == chunk.to + 1 }), lexicalClass(chunk) == .other,
               !heldInAPlace(chunk.s, chunk.to + 1) {
                groupCue.add(chunk.key, 1)
            }
            // `AT&T, which owned Bell Labs`: a body does business.
            if let next, a.isPunct(next, ","), chunk.to + 3 < list.count, list[chunk.to + 2].key == K.which, list[chunk.to + 3].isIn(.organisationVerbs)
                || chunk.to + 4 < list.count && list[chunk.to + 3].key == K.also && list[chunk.to + 4].isIn(.organisationVerbs) {
                groupCue.add(chunk.key, 1)
            }
            // `Hotmail, founded by …`
            // (Not `A, B and C, founded Compaq`: the founders, with the verb's object after it.)
            if let next, a.isPunct(next, ","), chunk.to + 2 < list.count, list[chunk.to + 2].key == K.founded || list[chunk.to + 2].key == NameFinder.coFoundedKey,
               !(chunk.to + 3 < list.count && list[chunk.to + 3].upper && list[chunk.to + 3].kind == .word) {
                groupCue.add(chunk.key, 1)
            }
            // `Ethnic Kyrgyz and Uzbeks`
            if chunk.from > 0, list[chunk.from - 1].key == NameFinder.ethnicKey { peopleCue.add(chunk.key, 1) }
            // `(NASDAQ: CRVL)`, `under the ticker XLNX`, `its ticker, WBA,`: a ticker symbol is not a group.
            if chunk.tokenCount == 1, list[chunk.from].allCaps,
               chunk.from >= 3 && a.isPunct(list[chunk.from - 1], ":") && list[chunk.from - 2].allCaps && a.isPunct(list[chunk.from - 3], "(")
                || isAfterTickerWord(chunk) {
                groupCue.add(chunk.key, -100)
            }
            // `the "Company"`: a defined term in a press release.
            if chunk.tokenCount == 1, list[chunk.from].key == NameFinder.companyKey { groupCue.add(chunk.key, -100) }
            // `ALGOL 68`, `Windows 95`: an upper-case name with a version number is a product.
            if chunk.tokenCount == 1, list[chunk.from].allCaps || list[chunk.from].isIn(.organisationHeads), let next, next.kind == .number, next.space {
                groupCue.add(chunk.key, -100)
            }
            // `joined Microsoft in 1996`
            if before >= 0, before == chunk.from - 1, list[before].isIn(.joinVerbs)
                || (before >= 1 && list[before].key == K.from && list[before - 1].isIn(.joinVerbs)),
               !personShaped, lexicalClass(chunk) == .other {
                groupCue.add(chunk.key, 1)
            }
            // `Apple invested …`, `Nvidia agreed …`.
            var v = chunk.to + 1
            while v < list.count, list[v].kind == .word, list[v].key == K.has || list[v].key == K.have || list[v].key == K.had || list[v].key == K.will || list[v].key == K.also { v += 1 }
            if v < list.count, list[v].isIn(.organisationVerbs), !personShaped, !followsLocative(chunk, list) { groupCue.add(chunk.key, 1) } // `NameFinderLocativeNames.swift`
            // Apposition: `Acorn Computers, a British home-computer maker,` — an organisation and its description.
            // `… and Patrick Naughton, the group bet that …`: a person-shaped name before a clause's subject is no apposition.
            if let next, a.isPunct(next, ","), let (from, to) = organisationApposition(chunk.s, chunk.to + 2),
               !(personShaped && to == from && list[from - 1].key == K.the && to + 1 < list.count && list[to + 1].kind == .word
                 && !list[to + 1].upper && !list[to + 1].isIn(.commonWords)) {
                groupCue.add(chunk.key, 2)
                if descriptions[chunk.key] == nil { descriptions[chunk.key] = a.span(chunk.s, from, to) }
            }
            // `MUNICH, Nov 13`, `BUENOS AIRES |`: a dateline place.
            if chunk.from == a.firstWordIndex(chunk.s), a.read.sentences[chunk.s].start == a.read.paragraphs[a.read.sentences[chunk.s].paragraph].start,
               (chunk.from...chunk.to).allSatisfy({ list[$0].allCaps }), let next, next.kind == .punct {
                groupCue.add(chunk.key, -100)
                datelines.insert(chunk.key)
            } else if chunk.tokenCount == 1, list[chunk.from].allCaps, isDatelinePlace(chunk) {
                // `By A and B — ZURICH/LONDON, January 15, 2015`: a dateline after a byline.
                groupCue.add(chunk.key, -100)
                datelines.insert(chunk.key)
            }
            // `a Second World War-era ship`: part of a compound adjective.
            if let next, next.kind == .word, next.hyphen, isModifierToken(next) { groupCue.add(chunk.key, -100) }
            // `the DAX index`: a named measure, not a group.
            // `a secret Sun Microsystems project`: a name that is a body by its own form stays one.
            if let next, next.kind == .word, !next.upper, next.isIn(.measureNouns),
               !(chunk.tokenCount >= 2 && lexicalClass(chunk) == .organisation) { groupCue.add(chunk.key, -100) }
            if chunk.tokenCount == 1, list[chunk.from].isIn(.newsAgencies) { groupCue.add(chunk.key, 2) }
            // `Microsoft saw the threat early`: a well-known organisation's name (`KnownOrganisations.swift`).
            let known = knownOrganisationCue(chunk)
            if known != 0 { groupCue.add(chunk.key, known) }
            // `RISC stands for reduced instruction set computer`: a term, not a group.
            if let next, next.key == K.stands, chunk.to + 2 < list.count, list[chunk.to + 2].key == K.for_ {
                groupCue.add(chunk.key, -100)
            }
            // `the company's founders, Hermann Hauser and Chris Curry`
            if chunk.from >= 2, a.isPunct(list[chunk.from - 1], ","), list[chunk.from - 2].kind == .word {
                let word = a.text(list[chunk.from - 2]).lowercased()
                if list[chunk.from - 2].isIn(.roleHeads) || (word.hasSuffix("s") && Lexicon.roleHeads.contains(Lexicon.key(String(word.dropLast())))) {
                    personCue.add(chunk.key, 1)
                    cueListAfterRole(chunk)
                }
            }
            // `The governor of the Bank of Japan, Kazuo Ueda`
            if personShaped, chunk.from >= 5, a.isPunct(list[chunk.from - 1], ",") {
                var m = chunk.from - 2
                while m > 0, m > chunk.from - 10, list[m].kind == .word, list[m].upper || list[m].key == K.the || list[m].key == K.of, !(list[m].key == K.of && !list[m].upper && list[m - 1].isIn(.roleHeads)) { m -= 1 }
                if m > 0, list[m].key == K.of, list[m - 1].isIn(.roleHeads) { personCue.add(chunk.key, 1) }
            }
            // `stopped the Jaffar Express, which was carrying 440 passengers`: a train, not a newspaper.
            if chunk.tokenCount == 2, list[chunk.to].key == NameFinder.expressKey, list.contains(where: { $0.kind == .word && NameFinder.trainWords.contains($0.key) }) {
                groupCue.add(chunk.key, -100)
            }
            // `covers politics for The Indus Ledger`: a publication written for, with its capital `The`.
            if chunk.from >= 2, list[chunk.from - 1].key == K.the, list[chunk.from - 1].upper, chunk.from - 1 != a.firstWordIndex(chunk.s),
               list[chunk.from - 2].key == K.for_ || list[chunk.from - 2].key == K.at {
                groupCue.add(chunk.key, 1)
            }
            // `X, who …`: only people are `who`.
            if chunk.tokenCount >= 2, chunk.to + 2 < list.count, a.isPunct(list[chunk.to + 1], ","), list[chunk.to + 2].key == K.who {
                personCue.add(chunk.key, 1)
            }
            if chunk.titleFrom != nil || (chunk.from > 0 && (list[chunk.from - 1].isIn(.roleHeads)
                || list[chunk.from - 1].hyphen && !list[chunk.from - 1].upper && Lexicon.roleHeads.contains(a.tailKey(list[chunk.from - 1])))) {
                personCue.add(chunk.key, 1)
            }
            personCue.add(chunk.key, rolePrefixCue(chunk))
            if roleBeforeNamed(chunk) != nil, personShaped { personCue.add(chunk.key, 1) }
            // `X was appointed finance minister`, `X has been named chief executive`: only people take an office.
            if personShaped, isAppointedToOffice(chunk) { personCue.add(chunk.key, 1) }
            // `X is a Quetta-based journalist`, `X is a senior fellow at Y`: a copular bio.
            if chunk.tokenCount >= 2, let next, next.key == K.is_ || next.key == K.was, chunk.to + 3 < list.count,
               list[chunk.to + 2].key == K.a || list[chunk.to + 2].key == K.an, personShaped {
                var m = chunk.to + 3
                while m < list.count, m <= chunk.to + 6, list[m].kind == .word, !list[m].isIn(.roleBreakers) {
                    if list[m].isIn(.roleHeads) { personCue.add(chunk.key, 1); break }
                    m += 1
                }
            }
            if let next, next.key == K.is_ || next.key == K.was || next.key == NameFinder.coversKey || next.key == NameFinder.coveredKey, chunk.tokenCount >= 2, journalistSubject(chunk, list, next), personShaped { personCue.add(chunk.key, 1) } // `NameFinderVerbRoles.swift`
            // Apposition `Name, a/the … expert` or `Name, researcher-expert on …`.
            if let next, a.isPunct(next, ","), chunk.tokenCount >= 2 || occupationApposition(chunk), appositionRole(chunk.s, chunk.to + 2) != nil {
                personCue.add(chunk.key, 1)
            }
            let extraCue = extraGroupCue(chunk)
            if extraCue != 0 { groupCue.add(chunk.key, extraCue) }
        }
    }

    func applyRulingCues() {
        for key in rulingCandidates where pluralSubjects.contains(key) { groupCue.add(key, 1) }
        applyWeakGroupCues()
    }

    /// `a British home-computer maker` / `the Japanese conglomerate` / `al-Qaeda's affiliate in the Sahel`: its range.
    func organisationApposition(_ s: Int, _ start: Int) -> (Int, Int)? {
        let list = a.tokens[s]
        guard start < list.count else { return nil }
        var k = start
        if list[k].key == K.a || list[k].key == K.an || list[k].key == K.the { k += 1 }
        let from = k
        var typeAt = -1
        while k < list.count, k - from < 7 {
            let token = list[k]
            let pluralApostrophe = a.isApostrophe(token) && k > from && a.bytes[list[k - 1].end - 1] == UInt8(ascii: "s") && !token.space
            if token.kind == .punct, !a.isPossessive(s, k), !(k > from && a.isPossessive(s, k - 1)), !a.isDash(token) || token.space, !pluralApostrophe { break }
            if token.kind == .word, !token.upper || token.isIn(.demonym) || token.nameLike {
                if !token.upper, token.isIn(.organisationTypes) || isMakerWord(token) { typeAt = k }
            }
            if token.kind == .word, token.isIn(.stanceVerbs) || token.key == K.is_ || token.key == K.was || token.key == K.who || token.key == K.which { break }
            if token.kind == .word, typeAt < 0, token.isIn(.roleHeads) { return nil }
            k += 1
        }
        // `FTX US, the trading firm Alameda Research and …`: a type noun before a name begins the next item of a list.
        guard typeAt >= 0, !(typeAt + 1 < list.count && list[typeAt + 1].upper && list[typeAt + 1].nameLike) else { return nil }
        if placeNounHeadsApposition(list, from, typeAt) { return nil } // `NameFinderPlaceAppositions.swift`
        // `X, struck a firm tone`, `X, whose company's …`: no apposition opens with a verb or a relative pronoun
        // (an article after its first word shows a clause).
        if from == start, list[from].key == NameFinder.whoseKey || (typeAt > from + 1 && (from + 1..<typeAt).contains(where: { list[$0].key == K.a || list[$0].key == K.an || list[$0].key == K.the })) { return nil }
        // `a former Federal Reserve bank examiner`: a type noun before a noun of a person is a modifier.
        if typeAt + 1 < list.count, list[typeAt + 1].kind == .word, !list[typeAt + 1].upper, !list[typeAt + 1].isIn(.organisationTypes), !isMakerWord(list[typeAt + 1]),
           list[typeAt + 1].isIn(.roleHeads) || list[typeAt + 1].isIn(.staffNouns) || isAgentNoun(list[typeAt + 1]) || isErNoun(list[typeAt + 1]) { return nil }
        var check = from
        while check < k, !(check > typeAt && list[check].kind == .word && (a.bytes[list[check].end - 1] == UInt8(ascii: "d") && a.bytes[list[check].end - 2] == UInt8(ascii: "e") || list[check].key == K.by)) {
            if list[check].kind == .word, list[check].isIn(.roleHeads) || list[check].key == K.chief { return nil }
            check += 1
        }
        // Up to the end of the apposition (`… in the Sahel,`), at most a few words past the type noun.
        var end = typeAt
        while end + 1 < list.count, end + 1 - typeAt <= 4, list[end + 1].kind == .word, !(list[end + 1].isIn(.stanceVerbs)) { end += 1 }
        if end + 1 < list.count, !(list[end + 1].kind == .punct) { end = typeAt }
        return (from, end)
    }

    /// `X was named chairman`, `X has been appointed as the finance minister`: an appointment verb
    /// right after the name (and its auxiliaries) followed within a few words by an office.
    func isAppointedToOffice(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        var k = chunk.to + 1
        while k < list.count, k <= chunk.to + 3, list[k].key == K.was || list[k].key == K.is_ || list[k].key == K.has
                || list[k].key == K.had || list[k].key == K.been || list[k].key == K.will || list[k].key == K.be { k += 1 }
        guard k < list.count, k > chunk.to + 1, list[k].isIn(.appointmentVerbs), list[k].key != K.became else { return false }
        var m = k + 1
        while m < list.count, m <= k + 5, list[m].kind == .word, !list[m].upper {
            if list[m].isIn(.roleHeads) { return true }
            m += 1
        }
        return false
    }
    static let whoseKey: UInt64 = 0xE0EDE18862CB0A23 // whose

    /// One plain capitalised word after a title that holds an office (`President Smith`, `Gen. Munir`,
    /// `Gov. Brown`): a surname. (`findChunks` keeps a title only when it names an office.)
    func isTitledSurname(_ chunk: Chunk) -> Bool {
        guard chunk.tokenCount == 1, let titleFrom = chunk.titleFrom, titleFrom < chunk.from else { return false }
        let list = a.tokens[chunk.s]
        let token = list[chunk.from]
        // The word before the name is an office (`President`, `General`) or an abbreviated rank (`Gen.`).
        let title = list[chunk.from - 1]
        guard title.isIn(.roleHeads) || a.isPunct(title, ".") && chunk.from >= 2 && list[chunk.from - 2].kind == .word else { return false }
        // `General Waker-Uz-Zaman`: a hyphenated name shaped like a person's.
        return token.kind == .word && token.upper && !token.allCaps && (!token.hyphen || hyphenatedName(token)) && token.end - token.start >= 3
            && !token.isIn(.countries) && !token.isIn(.demonym) && !token.isIn(.organisationHeads) && !isTitleToken(token)
    }

    /// `SNB chairman Thomas Jordan`: a country's name closing a two-word name after a lower-case office is a surname.
    func countrySurname(_ chunk: Chunk, _ k: Int) -> Bool {
        let list = a.tokens[chunk.s]
        guard k == chunk.to, k == chunk.from + 1, chunk.from > 0 else { return false }
        let before = list[chunk.from - 1], first = list[chunk.from]
        return before.kind == .word && !before.upper && before.isIn(.roleHeads)
            && first.nameLike && !first.allCaps && !first.isIn(.countries) && !first.isIn(.demonym) && !first.isIn(.compassWords)
            && !first.isIn(.organisationHeads) && !first.isIn(.organisationWords) && !isTitleToken(first)
    }

    /// Whether a name is shaped like a person's (see `computePersonShaped`). It depends on the
    /// tokens only, and the cue passes ask it several times in a row for one name: the last
    /// answer is kept.
    func isPersonShaped(_ chunk: Chunk) -> Bool {
        if let memo = personShapedMemo, memo.s == chunk.s, memo.from == chunk.from, memo.to == chunk.to, memo.titleFrom == chunk.titleFrom {
            return memo.value
        }
        let value = computePersonShaped(chunk)
        personShapedMemo = (chunk.s, chunk.from, chunk.to, chunk.titleFrom, value)
        return value
    }

    private func computePersonShaped(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        // `General Waker-Uz-Zaman`: a titled name in one hyphenated word.
        if chunk.tokenCount == 1, chunk.titleFrom != nil, hyphenatedName(list[chunk.from]) || isTitledSurname(chunk) { return true }
        // (Initials' dots only add to the bound: counted only for a longer name.)
        guard chunk.tokenCount >= 2, chunk.tokenCount <= 4 || chunk.tokenCount <= 4 + initialDots(chunk.s, chunk.from, chunk.to) else { return false }
        for k in chunk.from...chunk.to {
            let token = list[k]
            // `A.M.M. Nasir Uddin`: initials and their dots.
            if k < chunk.to, isInitial(token) || a.isPunct(token, ".") && k > chunk.from && isInitial(list[k - 1]) { continue }
            if k > chunk.from, k < chunk.to, !token.upper, token.isIn(.nameParticles) { continue }
            // `John J. Ray III`, `Martin Luther King Jr`: a generational suffix.
            if k == chunk.to, k >= chunk.from + 2, NameFinder.generationalSuffixes.contains(token.key) { continue }
            // `Vice President JD Vance`: two initials without dots opening a titled name.
            if k == chunk.from, chunk.titleFrom != nil, token.allCaps, token.end - token.start == 2, !token.isIn(.countryAcronyms) { continue }
            if token.allCaps || !token.nameLike || token.isIn(.demonym) {
                if token.allCaps, k == chunk.to, chunk.titleFrom != nil, titledCapitalSurname(chunk) { continue } // `NameFinderTitledNames.swift`
                return false
            }
            if token.isIn(.countries), !countrySurname(chunk, k), !titledCountryFirstName(chunk, k) { return false }
            if token.hyphen && !token.upper && !NameFinder.nameParticles.contains(a.headKey(token)) { return false }
        }
        return true
    }

    func classify() {
        // Surnames proper (not first words of person-shaped names), for the check below.
        var lastNames = KeySetTable(minimumCapacity: chunks.count / 4)
        for index in chunks.indices {
            var chunk = chunks[index]
            var cls = lexicalClass(chunk)
            let key = chunk.key
            lazy var personShaped = isPersonShaped(chunk)
            // (Both tests need a name of several words, asked here before the calls; so below for a title's and an
            // occupation's one word.)
            if cls == .other || cls == .demonymName, chunk.tokenCount >= 2, hasLegalForm(chunk) || isBodyByForm(chunk) { cls = .organisation }
            // `American Express`, `British Airways`: a well-known organisation whose name opens with a demonym.
            if cls == .demonymName, chunk.tokenCount >= 2, groupCue[key, default: 0] > 0, KnownOrganisations.table[key] != nil { cls = .organisation }
            // `President Smith said`, `Gen. Munir said`: one name after an office is a person, whatever verb follows.
            if cls == .other, chunk.tokenCount == 1, chunk.titleFrom != nil, isTitledSurname(chunk) { cls = .person }
            // `Ahmad, a construction worker, …`: one name before an occupation only people hold.
            if cls == .other, chunk.tokenCount == 1, groupCue[key, default: 0] <= 0, occupationApposition(chunk) { cls = .person }
            if cls == .other || cls == .demonymName {
                if cls == .other, personShaped, personCue[key, default: 0] > 0 && groupCue[key, default: 0] == 0 {
                    cls = .person
                } else if groupCue[key, default: 0] > 0 && cls == .other {
                    cls = .organisation
                } else if peopleCue[key, default: 0] > 0, chunk.tokenCount == 1 {
                    cls = .people
                } else if cls == .other, chunk.tokenCount == 1, pluralPeople(chunk) {
                    cls = .people
                } else if cls == .other, personShaped {
                    cls = .person
                }
            }
            if groupCue[key, default: 0] < -50, cls == .organisation { cls = .other }
            if cls == .organisation, isProductMention(chunk) { cls = .other }
            if cls == .people || cls == .demonymName, isNationAdjective(chunk) { cls = .other }
            // `the consultancy Kantan Games`: a kind of body before a name headed like an event or a place.
            if cls == .place, chunk.tokenCount >= 2, kindNounRightBefore(chunk), !a.tokens[chunk.s][chunk.from].isIn(.countries) { cls = .organisation }
            // `Borland, a software company`: a well-cued name that only looks like a place (`-land`).
            if cls == .place, chunk.tokenCount == 1, groupCue[key, default: 0] >= 2, !a.tokens[chunk.s][chunk.from].isIn(.countries),
               !a.tokens[chunk.s][chunk.from].isIn(.countryAcronyms) { cls = .organisation }
            // `Steppe & River, an independent research network`: a firm-like name joined by `&`.
            if cls == .place, chunk.tokenCount == 3, groupCue[key, default: 0] >= 2, a.isPunct(a.tokens[chunk.s][chunk.from + 1], "&") { cls = .organisation }
            // `Stan Deal, president of …`: a person's name whose surname is a place-like head word.
            if cls == .place, chunk.tokenCount == 2, personCue[key, default: 0] > 0, groupCue[key, default: 0] <= 0,
               a.tokens[chunk.s][chunk.to].isIn(.nonGroupHeads), !a.tokens[chunk.s][chunk.from].isIn(.compassWords),
               !a.tokens[chunk.s][chunk.from].isIn(.organisationHeads), personShaped { cls = .person }
            if datelines.contains(key) { cls = .place }
            if cls == .person {
                surnames.insert(a.tokens[chunk.s][surnameIndex(chunk)].key)
                lastNames.insert(a.tokens[chunk.s][surnameIndex(chunk)].key)
                // `the Nintendo Switch Online service`: a run after `the` before a lower-case noun is a modifier, and its
                // first word no first name (`Nintendo` stays the company).
                let list = a.tokens[chunk.s]
                let modifierUse = chunk.from > 0 && list[chunk.from - 1].key == K.the && !list[chunk.from - 1].upper && chunk.to + 1 < list.count
                    && list[chunk.to + 1].kind == .word && !list[chunk.to + 1].upper && personCue[key, default: 0] == 0
                if chunk.tokenCount >= 2, !modifierUse { surnames.insert(list[chunk.from].key) }
            }
            chunk.cls = cls
            chunks[index] = chunk
        }
        // A lone surname of a known person is that person, not a group.
        for index in chunks.indices where chunks[index].tokenCount == 1 && surnames.contains(chunks[index].key) {
            // `Google's Gmail … and Google Maps`: a word well cued as a company is no first name of a person-shaped product.
            let key = chunks[index].key
            if chunks[index].cls == .organisation, !lastNames.contains(key), groupCue[key, default: 0] >= 3, personCue[key, default: 0] == 0 { continue }
            chunks[index].cls = .person
        }
        propagateCoordination()
        // Person-shaped runs without any cue that never act: keep as `person` only when cued.
        for index in chunks.indices where chunks[index].cls == .person && chunks[index].tokenCount >= 2 {
            if personCue[chunks[index].key, default: 0] == 0 && !surnameUsedAlone(chunks[index]) {
                chunks[index].cls = .other
            }
        }
    }

    /// `Acorn, Apple and the chip maker VLSI Technology`: names listed with an organisation are organisations.
    func propagateCoordination() {
        for _ in 0..<2 {
            for s in bySentence.indices where bySentence[s].count >= 2 {
                let list = a.tokens[s]
                let indexes = bySentence[s]
                for (x, y) in zip(indexes, indexes.dropFirst()) {
                    let left = chunks[x], right = chunks[y]
                    guard right.from > left.to + 1 else { continue }
                    let between = (left.to + 1)..<right.from
                    // `MIT (…) and General Electric`: the closing bracket of an acronym may end the left name.
                    guard between.allSatisfy({ a.isPunct(list[$0], ",") || list[$0].key == K.and || list[$0].key == K.or || list[$0].key == K.the
                            || $0 == left.to + 1 && a.isPunct(list[$0], ")") }),
                          between.count <= 3 else { continue }
                    let hasConjunction = between.contains { list[$0].key == K.and || list[$0].key == K.or }
                    if !hasConjunction {
                        // `A, B and C`: a comma counts only inside a list that goes on to another name.
                        var k = right.to + 1
                        var sawConjunction = false
                        while k < list.count, a.isPunct(list[k], ",") || list[k].key == K.and || list[k].key == K.or || list[k].key == K.the {
                            if list[k].key == K.and || list[k].key == K.or { sawConjunction = true }
                            k += 1
                        }
                        // `by IBM, DEC, Hewlett-Packard and others`: a list closed by `and others`.
                        if sawConjunction, k < list.count, list[k].key == NameFinder.othersKey, k == right.to + 2 {
                            if left.cls == .organisation, right.cls == .other, groupCue[right.key, default: 0] >= 0 { chunks[y].cls = .organisation }
                            continue
                        }
                        guard k > right.to + 1, k < list.count, startsName(s, k), sawConjunction || a.isPunct(list[right.to + 1], ",") else { continue }
                        guard sawConjunction || (k < list.count && bySentence[s].contains(where: { chunks[$0].from == k })) else { continue }
                    }
                    if left.cls == .organisation, right.cls == .other, groupCue[right.key, default: 0] >= 0 { chunks[y].cls = .organisation }
                    if right.cls == .organisation, left.cls == .other, groupCue[left.key, default: 0] >= 0 { chunks[x].cls = .organisation }
                }
            }
        }
        // Every mention of a name shares the class of its best-cued mention.
        var best = KeyTable<Class>(minimumCapacity: chunks.count / 4)
        for chunk in chunks where chunk.cls == .organisation || chunk.cls == .people { best[chunk.key] = chunk.cls }
        for index in chunks.indices where chunks[index].cls == .other { if let cls = best[chunks[index].key] { chunks[index].cls = cls } }
    }

    static let othersKey: UInt64 = 0x927CC31D38699E92 // others

    func surnameUsedAlone(_ chunk: Chunk) -> Bool {
        if !singleTokenKeysBuilt {
            singleTokenKeys = KeySetTable(minimumCapacity: chunks.count / 2)
            for chunk in chunks where chunk.from == chunk.to { singleTokenKeys.insert(chunk.key) }
            singleTokenKeysBuilt = true
        }
        // The key first: a table of this class read before a method call in its argument is copied (a retain per array).
        let key = a.tokens[chunk.s][surnameIndex(chunk)].key
        return singleTokenKeys.contains(key)
    }

    /// `Pashtuns`, `Pakistanis`: a capitalised plural noun standing alone mid-sentence.
    func pluralPeople(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        let token = list[chunk.from]
        // Opening a sentence, only a long plural in -is before `in`, `are` … (`Ismailis in Badakhshan`, `Ahmadis are barred`).
        let opensSentence = chunk.from == a.firstWordIndex(chunk.s)
        if opensSentence {
            guard token.end - token.start >= 7, a.bytes[token.end - 2] == UInt8(ascii: "i"), a.bytes[token.end - 1] == UInt8(ascii: "s"),
                  a.bytes[token.end - 3] != UInt8(ascii: "s"), chunk.to + 1 < list.count, list[chunk.to + 1].isIn(.peopleFollowers),
                  list[chunk.to + 1].key != K.who else { return false }
        }
        guard token.upper, !token.allCaps, token.end - token.start >= 4 else { return false }
        let b = a.bytes, end = token.end
        func endsWith(_ suffix: String) -> Bool {
            let count = suffix.utf8.count
            guard end - token.start > count else { return false }
            var index = end - count
            for byte in suffix.utf8 { if b[index] != byte { return false }; index += 1 }
            return true
        }
        guard b[end - 1] == UInt8(ascii: "s"), !endsWith("ss"), !endsWith("us"), !NameFinder.countPlurals.contains(token.key) else { return false }
        if token.isIn(.countries) { return false }
        if endsWith("is"), Lexicon.demonymCountry[Lexicon.key(b, token.start, end - 1)] == nil {
            // `the Pamiris of Tajikistan`, `Ismailis in Badakhshan`: a longer plural in -is standing as a people.
            let before = chunk.from > 0 ? list[chunk.from - 1].key : 0
            let after = chunk.to + 1 < list.count ? list[chunk.to + 1].key : 0
            _ = before
            guard end - token.start >= 7, !endsWith("sis"), NameFinder.peopleFollowers.contains(after) else { return false }
        }
        if chunk.to + 1 < list.count, list[chunk.to + 1].nameLike { return false }
        if followsLocative(chunk, list) { return false } // `NameFinderLocativeNames.swift`
        if chunk.from > 0, list[chunk.from - 1].nameLike { return false }
        return endsWith("ns") || endsWith("ks") || endsWith("is") || endsWith("ites") || endsWith("ts") || endsWith("ds") || (endsWith("ms") && end - token.start >= 6)
    }

    func isGroup(_ chunk: Chunk) -> Bool { chunk.cls == .organisation || chunk.cls == .people }

    // MARK: group links

    func find(_ key: UInt64) -> UInt64 {
        var current = key
        while let next = parent[current], next != current {
            // Path halving keeps the chains short.
            if let grand = parent[next], grand != next { parent[current] = grand }
            current = next
        }
        return current
    }
    func union(_ x: UInt64, _ y: UInt64) {
        let rootX = find(x), rootY = find(y)
        if rootX != rootY { parent[rootY] = rootX }
    }
    /// Notes a chunk's text as a form of its key, comparing bytes first so that a form seen
    /// before costs no `String`.
    func note(chunk: Chunk) {
        if parent[chunk.key] == nil { parent[chunk.key] = chunk.key }
        let written = UnsafeBufferPointer(rebasing: a.bytes[chunk.textStart..<chunk.textEnd])
        if let forms = surface[chunk.key], forms.contains(where: { $0.utf8.elementsEqual(written) }) { return }
        surface[chunk.key, default: []].append(text(chunk))
    }

    func note(_ key: UInt64, _ form: String) {
        if parent[key] == nil { parent[key] = key }
        if !(surface[key]?.contains(form) ?? false) { surface[key, default: []].append(form) }
    }

    /// Initials of a name: capitalised words' first letters (and of hyphen parts when capitalised).
    func initials(_ chunk: Chunk, withConnectors: Bool = false) -> String {
        var out: [UInt8] = []
        forEachInitial(chunk, withConnectors: withConnectors) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The hash of a name's initials as written (`Lexicon.rawStep`) and how many there are.
    func initialsKey(_ chunk: Chunk) -> (UInt64, Int) {
        var key = Lexicon.rawSeed, count = 0
        forEachInitial(chunk, withConnectors: false) { key = Lexicon.rawStep(key, $0); count += 1 }
        return (key, count)
    }

    @inline(__always)
    private func forEachInitial(_ chunk: Chunk, withConnectors: Bool, _ body: (UInt8) -> Void) {
        let list = a.tokens[chunk.s]
        for k in chunk.from...chunk.to {
            let token = list[k]
            guard token.kind == .word else { continue }
            if !token.upper && !token.nameLike {
                if withConnectors { body(a.bytes[token.start] & 0xDF) }
                continue
            }
            // The first letter of each capitalised part (`Tehreek-e` → T).
            var index = token.start
            var partStart = true
            while index < token.end {
                let byte = a.bytes[index]
                if byte == UInt8(ascii: "-") { partStart = true }
                else if partStart {
                    if byte >= 0x41 && byte <= 0x5A { body(byte) }
                    partStart = false
                }
                index += 1
            }
        }
    }

    func acronymMatches(_ acronym: String, _ chunk: Chunk) -> Bool {
        let letters = acronym.filter { $0 != "." }.uppercased()
        guard chunk.tokenCount >= 2 else { return false }
        if initials(chunk) == letters || initials(chunk, withConnectors: true) == letters { return true }
        if spellsAcronym(letters, chunk) || acronymOpensBeforeAnd(letters, chunk) { return true } // `NameFinderAcronymConjunctions.swift`
        let list = a.tokens[chunk.s]
        // `International Fund for Saving the Aral Sea (IFAS)`: capitalised gerunds left out.
        var spelled: [UInt8] = []
        for k in chunk.from...chunk.to where list[k].kind == .word && list[k].upper {
            let token = list[k]
            let gerund = token.end - token.start > 5 && a.bytes[token.end - 1] == UInt8(ascii: "g") && a.bytes[token.end - 2] == UInt8(ascii: "n")
                && a.bytes[token.end - 3] == UInt8(ascii: "i")
            if !gerund { spelled.append(a.bytes[token.start]) }
        }
        if spelled.count < chunk.tokenCount, String(decoding: spelled, as: UTF8.self) == letters { return true }
        // `TPO (Trade Promotion Organization of Iran)`: the acronym of the name before its place.
        if chunk.to >= chunk.from + 2, let ofAt = (chunk.from + 2...chunk.to).first(where: { list[$0].key == K.of && !list[$0].upper }) {
            var head = chunk
            head.to = ofAt - 1
            return initials(head) == letters
        }
        return false
    }

    func isAcronymChunk(_ chunk: Chunk) -> Bool {
        chunk.tokenCount == 1 && a.tokens[chunk.s][chunk.from].allCaps
    }

    func chunkAt(_ s: Int, _ token: Int) -> Int? {
        bySentence[s].first { chunks[$0].from == token }
    }

    func linkGroups() {
        for index in chunks.indices where isGroup(chunks[index]) {
            note(chunk: chunks[index])
            // `owned by The Open Group`: a capital `The` inside a sentence belongs to the name.
            let chunk = chunks[index], list = a.tokens[chunk.s]
            if chunk.from >= 2, list[chunk.from - 1].key == K.the, list[chunk.from - 1].upper, list[chunk.from - 2].kind == .word, !list[chunk.from - 2].upper {
                note(chunk.key, a.text(list[chunk.from - 1].start, chunk.textEnd))
            }
        }
        for index in chunks.indices {
            let chunk = chunks[index]
            let list = a.tokens[chunk.s]
            var k = chunk.to + 1
            if k < list.count, list[k].kind == .word, !list[k].upper, list[k].isIn(.organisationMembers) || list[k].key == K.group { k += 1 }
            // `Coalition forces`: an organisation head word standing alone before `forces`/`troops`.
            if chunk.cls == .organisation, chunk.tokenCount == 1, k == chunk.to + 1, k < list.count,
               list[k].key == K.forces || list[k].key == K.troops, list[chunk.from].isIn(.organisationHeads) {
                let longer = a.span(chunk.s, chunk.from, k)
                chunks[index].textEnd = list[k].end
                chunks[index].key = normal(longer)
                chunks[index].to = k
                parent[chunk.key] = nil
                surface[chunk.key] = nil
                note(chunks[index].key, longer)
                // A bracketed qualifier just before: `(Western) Coalition forces`.
                if chunk.from >= 3, a.isPunct(list[chunk.from - 1], ")"), a.isPunct(list[chunk.from - 3], "("), list[chunk.from - 2].nameLike {
                    let form = a.text(list[chunk.from - 2]) + " " + longer
                    note(normal(form), form)
                    union(chunks[index].key, normal(form))
                }
                continue
            }
            guard k < list.count, a.isPunct(list[k], "(") else { continue }
            guard let close = (k + 1..<list.count).first(where: { a.isPunct(list[$0], ")") }) else { continue }
            let inner = k + 1
            guard inner < close, let innerChunkIndex = chunkAt(chunk.s, inner) else {
                // `(consisting mostly of …)`: a lower-case gloss describes the group.
                if isGroup(chunk), inner < close, list[inner].kind == .word, !list[inner].upper, list[inner].key != K.including,
                   !list[inner].isIn(.commonWords) || list[inner].key == K.formerly {
                    descriptions[chunk.key] = descriptions[chunk.key] ?? a.span(chunk.s, inner, close - 1)
                }
                continue
            }
            let innerChunk = chunks[innerChunkIndex]
            if isAcronymChunk(innerChunk), acronymMatches(a.text(list[innerChunk.from]), chunk) {
                // Not a title or a thing defined by its acronym (`Benevolent Dictator For Life (BDFL)`).
                if groupCue[chunk.key, default: 0] < -50 { continue }
                if !isGroup(chunk), chunk.cls != .place { chunks[index].cls = .organisation }
                if chunks[index].cls == .place || chunks[index].cls == .person { continue }
                note(chunk: chunk); note(chunk: innerChunk)
                chunks[innerChunkIndex].cls = .organisation
                union(chunk.key, innerChunk.key)
                longForms.insert(chunk.key)
            } else if isAcronymChunk(chunk), acronymMatches(a.text(list[chunk.from]), innerChunk) {
                note(chunk: chunk); note(chunk: innerChunk)
                chunks[innerChunkIndex].cls = .organisation
                chunks[index].cls = .organisation
                union(chunk.key, innerChunk.key)
                longForms.insert(innerChunk.key)
            } else if isGroup(chunk) || groupCue[chunk.key, default: 0] > 0, innerChunk.to + 1 == close,
                      innerChunk.cls != .place, innerChunk.cls != .person, !isAcronymChunk(chunk) || innerChunk.tokenCount <= 3 {
                // A bracketed gloss: `ISIL (Da'esh)`, `Jamaat Ansarullah group (Tajik Taliban)`.
                if joinQualifiedName(index, innerChunkIndex, close) { continue } // `Communist Party of Nepal (Maoist Centre)`
                if !isGroup(chunk) { chunks[index].cls = .organisation }
                note(chunk: chunk); note(chunk: innerChunk)
                union(chunk.key, innerChunk.key)
                if innerChunk.cls == .other || innerChunk.cls == .demonymName { chunks[innerChunkIndex].cls = .organisation }
            }
            // `(TTP, also known as the Pakistani Taliban)`
            linkAlsoKnownAs(chunk.s, from: inner, to: close, target: chunks[index].key)
        }
        // `CERN, the European Organization for Nuclear Research,`: an acronym and its name in apposition.
        for index in chunks.indices where isAcronymChunk(chunks[index]) && chunks[index].cls == .organisation {
            let chunk = chunks[index]
            let list = a.tokens[chunk.s]
            guard chunk.to + 3 < list.count, a.isPunct(list[chunk.to + 1], ","), list[chunk.to + 2].key == K.the,
                  let other = bySentence[chunk.s].first(where: { chunks[$0].from == chunk.to + 3 }),
                  chunks[other].cls == .organisation, chunks[other].tokenCount >= 2 else { continue }
            let after = chunks[other].to + 1
            guard after >= list.count || a.isPunct(list[after], ",") || a.isPunct(list[after], ".") || a.isPunct(list[after], ")") else { continue }
            note(chunk: chunk); note(chunk: chunks[other])
            union(chunk.key, chunks[other].key)
        }
        // `X, also known as Y` outside brackets.
        for s in a.tokens.indices where !bySentence[s].isEmpty && (a.tokens.summary(s).mayContain(K.known) || a.tokens.summary(s).mayContain(K.aka)) {
            let list = a.tokens[s]
            for k in list.indices where list[k].key == K.known || list[k].key == K.aka {
                if k >= 1, list[k - 1].key == K.formerly, linkFormerAfterApposition(s, k) { continue }
                guard let target = bySentence[s].last(where: { chunks[$0].to < k && isGroup(chunks[$0]) && k - chunks[$0].to <= 6 })
                        ?? subjectBeforeAppositionKnown(s, k) else { continue } // `NameFinderKnownAs.swift`
                linkAlsoKnownAs(s, from: max(0, k - 1), to: list.count, target: chunks[target].key)
            }
        }
        // `Nordwind ASA` / `Nordwind`, `Acorn Computers` / `Acorn`: a company's name without its suffix.
        // Name runs keep their keys from here on: `emitGroups` uses the same lists.
        byKey = KeyedIndexLists(count: chunks.count) { chunks[$0].key }
        let byKeyNow = byKey
        for index in chunks.indices where chunks[index].cls == .organisation && chunks[index].tokenCount >= 2 {
            let chunk = chunks[index]
            let list = a.tokens[chunk.s]
            var baseEnd = chunk.to
            // `A/S`
            if baseEnd - 3 >= chunk.from, a.isPunct(list[baseEnd - 1], "/") { baseEnd -= 3 }
            while baseEnd > chunk.from, list[baseEnd].isIn(.corporateSuffixes) || list[baseEnd].isIn(.legalSuffixes)
                    || a.isPunct(list[baseEnd], "/") || a.isPunct(list[baseEnd], ",") || a.isPunct(list[baseEnd], ".") || a.isPunct(list[baseEnd], "&") { baseEnd -= 1 }
            // `Medicor Therapeutics Inc.` = `Medicor`: also without a trade word, when the shorter name is written.
            var candidates = [baseEnd]
            var shorter = baseEnd
            while shorter > chunk.from, list[shorter].isIn(.companyTails) { shorter -= 1; candidates.append(shorter) }
            var baseFrom = chunk.from
            // `Walt Disney Co` = `Disney`: a founder's full name before the suffix, written later by the surname.
            if baseEnd == chunk.from + 1, baseEnd < chunk.to, byKeyNow.first(keyOf(a.bytes, list[chunk.from].start, list[baseEnd].end)) == nil,
               let surname = byKeyNow.first(list[baseEnd].key), chunks[surname].cls == .organisation, chunks[surname].tokenCount == 1 { baseFrom = baseEnd }
            guard let found = candidates.first(where: { $0 < chunk.to && byKeyNow.first(keyOf(a.bytes, list[baseFrom].start, list[$0].end)) != nil }) else { continue }
            baseEnd = found
            let base = keyOf(a.bytes, list[baseFrom].start, list[baseEnd].end)
            guard let other = byKeyNow.first(base), chunks[other].cls != .place, chunks[other].cls != .person, chunks[other].cls != .demonymName else { continue }
            byKeyNow.forEach(base) { chunks[$0].cls = .organisation }
            note(chunk: chunk); note(base, text(chunks[other]))
            union(chunk.key, base)
            longForms.insert(chunk.key)
        }
        // `Bell Labs` = `Bell Laboratories`
        for index in chunks.indices where chunks[index].cls == .organisation && chunks[index].tokenCount >= 2 {
            let chunk = chunks[index]
            let list = a.tokens[chunk.s]
            guard let full = NameFinder.headAbbreviationKeys[list[chunk.to].key] else { continue }
            let long = a.text(chunk.textStart, list[chunk.to].start) + full
            var longKey = normal(long)
            var found = byKeyNow.first(longKey)
            if found == nil {
                // `Bell Labs` = `Bell Telephone Laboratories`: the long form has one more word inside.
                let fullKey = Lexicon.key(full)
                found = chunks.indices.first { o in
                    let c = chunks[o], l = a.tokens[c.s]
                    return c.cls == .organisation && c.tokenCount == chunk.tokenCount + 1 && l[c.to].key == fullKey && l[c.from].key == list[chunk.from].key
                        && (chunk.from..<chunk.to).allSatisfy { l[c.from + $0 - chunk.from].key == list[$0].key }
                }
                if let found { longKey = chunks[found].key }
            }
            guard let other = found, chunks[other].cls == .organisation else { continue }
            note(chunk: chunk); note(longKey, text(chunks[other]))
            union(chunk.key, longKey)
        }
        // `US Federal Reserve` = `Federal Reserve`; `Fed` clips `Federal Reserve`.
        var clips = KeyTable<UInt64>()
        for index in chunks.indices where chunks[index].cls == .organisation && chunks[index].tokenCount >= 2 {
            let chunk = chunks[index]
            let list = a.tokens[chunk.s]
            var from = chunk.from
            if chunk.tokenCount >= 3, list[from].allCaps, list[from].isIn(.countryAcronyms) {
                from += 1
                let rest = a.text(list[from].start, chunk.textEnd)
                note(chunk: chunk); note(normal(rest), rest)
                union(chunk.key, normal(rest))
            }
            let first = list[from]
            guard first.upper, !first.allCaps, !first.hyphen, first.end - first.start >= 5 else { continue }
            var cut = first.start + 3
            while cut < first.end - 1, cut < first.start + 12 {
                let clip = Lexicon.key(a.bytes, first.start, cut)
                if clips[clip] == nil { clips[clip] = chunk.key }
                cut += 1
            }
        }
        if !clips.isEmpty {
            for index in chunks.indices where chunks[index].tokenCount == 1 && (chunks[index].cls == .other || chunks[index].cls == .organisation) {
                let token = a.tokens[chunks[index].s][chunks[index].from]
                // A cued short name (`Fed Chair X`) is a clip only when abbreviation-short.
                guard !token.allCaps, token.upper, chunks[index].cls == .other || token.end - token.start <= 4, let owner = clips[chunks[index].key] else { continue }
                chunks[index].cls = .organisation
                note(chunk: chunks[index])
                union(chunks[index].key, owner)
            }
        }
        // Acronyms linked to their expansions anywhere in the text. Initials and acronym letters
        // are compared by the hash of their bytes, and only when the text has an acronym at all.
        let acronyms = chunks.indices.filter { isAcronymChunk(chunks[$0]) && chunks[$0].cls == .organisation }
        var expansions = KeyTable<UInt64>()
        if !acronyms.isEmpty {
            for chunk in chunks where chunk.tokenCount >= 2 && (chunk.cls == .organisation || chunk.cls == .other) {
                let (letters, count) = initialsKey(chunk)
                if count >= 2, expansions[letters] == nil { expansions[letters] = chunk.key }
            }
        }
        for index in acronyms {
            let token = a.tokens[chunks[index].s][chunks[index].from]
            var letters = Lexicon.rawSeed
            for k in token.start..<token.end where a.bytes[k] != UInt8(ascii: ".") { letters = Lexicon.rawStep(letters, a.bytes[k]) }
            guard let expansion = expansions[letters], find(expansion) != find(chunks[index].key) else { continue }
            if let longIndex = byKeyNow.first(expansion), chunks[longIndex].cls != .place, chunks[longIndex].cls != .person {
                let long = chunks[longIndex]
                byKeyNow.forEach(expansion) { chunks[$0].cls = .organisation }
                note(chunk: long)
                union(chunks[index].key, long.key)
                longForms.insert(long.key)
            }
        }
        linkFirstWords()
        linkFormerNames()
    }

    /// `the Fund` after `International Monetary Fund`: a definite head noun standing alone refers to
    /// the one group named before whose name ends in it.
    func linkDefiniteHeads() {
        var lastOwner = KeyTable<UInt64>()
        var ambiguous = KeySetTable()
        for index in chunks.indices {
            let chunk = chunks[index]
            let list = a.tokens[chunk.s]
            let last = list[chunk.to]
            guard last.isIn(.organisationHeads), NameFinder.definiteHeads.contains(last.key) else { continue }
            if chunk.tokenCount >= 2, isGroup(chunk) {
                if let owner = lastOwner[last.key], find(owner) != find(chunk.key) { ambiguous.insert(last.key) }
                lastOwner[last.key] = chunk.key
            } else if chunk.tokenCount == 1, chunk.from > 0, list[chunk.from - 1].key == K.the, !last.allCaps,
                      let owner = lastOwner[last.key], !ambiguous.contains(last.key) {
                chunks[index].cls = .organisation
                note(chunk: chunk)
                union(owner, chunk.key)
            }
        }
    }

    func linkAlsoKnownAs(_ s: Int, from: Int, to: Int, target: UInt64) {
        let list = a.tokens[s]
        var k = from
        while k < to {
            if list[k].key == K.known, let m = aliasAfterKnown(s, k, to) { // `NameFinderKnownAs.swift`
                if let aliasIndex = chunkAt(s, m) {
                    let alias = chunks[aliasIndex]
                    note(chunk: alias)
                    union(target, alias.key)
                    if alias.cls != .place { chunks[aliasIndex].cls = chunks[aliasIndex].cls == .people ? .people : .organisation }
                }
                return
            }
            k += 1
        }
    }

    /// One group fact per entity: fullest name as answer, every other form as alias.
    func emitGroups() {
        assert(byKey.isCurrent(count: chunks.count) { chunks[$0].key }, "a name run's key changed after linkGroups")
        var firstMention = KeyTable<Int>(minimumCapacity: surface.count)
        var order: [UInt64] = []
        var people = KeySetTable()
        for index in chunks.indices where isGroup(chunks[index]) || (parent[chunks[index].key] != nil && chunks[index].cls != .place && chunks[index].cls != .person) {
            let root = find(chunks[index].key)
            if parent[chunks[index].key] == nil { note(chunk: chunks[index]) }
            if firstMention[root] == nil { firstMention[root] = index; order.append(root) }
            if chunks[index].cls == .people { people.insert(root) }
        }
        // Each entity's surface keys in ascending order, as lists of indexes into the sorted keys, read into one
        // reused array, as its forms are (an array per entity cost an allocation and its growth).
        let surfaceKeys = surface.keys.sorted()
        let roots = surfaceKeys.map { find($0) }
        let keysOfRoot = KeyedIndexLists(count: surfaceKeys.count) { roots[$0] }
        var keys: [UInt64] = []
        var forms: [String] = []
        for root in order {
            guard let index = firstMention[root] else { continue }
            forms.removeAll(keepingCapacity: true)
            keys.removeAll(keepingCapacity: true)
            keysOfRoot.forEach(root) { keys.append(surfaceKeys[$0]) }
            for key in keys {
                for form in surface[key] ?? [] where !forms.contains(form) { forms.append(form) }
            }
            forms.sort()
            // The answer: a defined long form (`… Organisation (CSTO)`), else the form first written.
            let answer = forms.filter { longForms.contains(normal($0)) }.max { $0.count < $1.count } ?? text(chunks[index])
            let chunk = chunks[index]
            var description: String?
            for key in keys { if let written = descriptions[key] { description = written; break } }
            if description == nil { description = copularDescription(keys: keys) }
            a.add(Found(type: .group, subtype: people.contains(root) ? "people" : "organisation",
                        start: a.tokens[chunk.s][chunk.from].start, end: a.tokens[chunk.s][chunk.to].end,
                        sentence: chunk.s, answer: answer, aliases: forms.filter { $0 != answer },
                        description: description))
        }
    }

    /// `X is an “alliance of formerly disparate militant groups” that …` → the description.
    func copularDescription(keys: [UInt64]) -> String? {
        // Only mentions followed by `is` or `was` can open one: found first, then taken in text order.
        var candidates: [Int] = []
        for key in keys {
            byKey.forEach(key) { index in
                let list = a.tokens[chunks[index].s]
                let k = chunks[index].to + 1
                if k + 1 < list.count, list[k].key == K.is_ || list[k].key == K.was { candidates.append(index) }
            }
        }
        guard !candidates.isEmpty else { return nil }
        candidates.sort()
        for index in candidates {
            let chunk = chunks[index]
            let list = a.tokens[chunk.s]
            var k = chunk.to + 1
            k += 1
            guard list[k].key == K.a || list[k].key == K.an else { continue }
            k += 1
            var quoted = false
            if k < list.count, a.isOpenQuote(list[k]) { quoted = true; k += 1 }
            let start = k
            while k < list.count {
                let token = list[k]
                if quoted, a.isCloseQuote(token) { break }
                if !quoted, token.kind == .punct || token.key == K.that || token.key == K.which || token.key == K.who { break }
                k += 1
            }
            if k > start, k - start <= 12 { return a.span(chunk.s, start, k - 1) }
        }
        return nil
    }

    // MARK: roles

    static let foundingVerbs: KeyMap<String> = [
        Lexicon.key("founded"): "founder", Lexicon.key("co-founded"): "co-founder", Lexicon.key("cofounded"): "co-founder",
        Lexicon.key("led"): "leader", Lexicon.key("leads"): "leader", Lexicon.key("heads"): "head", Lexicon.key("headed"): "head",
        Lexicon.key("chairs"): "chair", Lexicon.key("chaired"): "chair", Lexicon.key("runs"): "head",
        Lexicon.key("directed"): "director", Lexicon.key("directs"): "director", Lexicon.key("ran"): "head",
        Lexicon.key("co-found"): "co-founder", Lexicon.key("cofound"): "co-founder",
        Lexicon.key("ruled"): "ruler", Lexicon.key("rules"): "ruler",
    ]
    static let wentKey: UInt64 = 0x3D7002F619DF51A3 // went
    static let forKey: UInt64 = 0xDCB27818FED9DA90 // for
    static let flightKey: UInt64 = 0x4D15CCCD2BC1BF83 // flight
    static let ethnicKey: UInt64 = 0x176E500D1AF4230A // ethnic
    static let coFoundedKey: UInt64 = 0x6C66C12364BE58CB // co-founded
    static let inKey: UInt64 = 0x08B73807B55C4BBE // in
    static let acronymConnectors = Lexicon.set(Lexicon.split("of for and in on the de des du la le del di da von und et"))
    static let companyKey: UInt64 = 0x57301AA08677B2BC // company
    /// Legal-form suffixes that may follow a comma (`Corvel Health, Inc.`).
    static let legalSuffixes = Lexicon.set(Lexicon.split("inc inc. llc ltd ltd. plc corp corp. l.p. lp llp n.v. s.a. ag"))
    static let peopleFollowers = Lexicon.set(Lexicon.split("are were have had in from across living who"))
    static let superlativeScopes = Lexicon.set(Lexicon.split("world country nation region continent industry sector europe asia africa america"))
    static func isSuperlative(_ word: String) -> Bool { word.hasSuffix("est") && word.count >= 6 }
    static let governmentNouns = Lexicon.set(Lexicon.split("administration government regime authorities"))
    static let universityKey: UInt64 = 0xFDB09CF2F3C32989 // university
    static let expressKey: UInt64 = 0xD2DE17C120552C4F // express
    static let trainWords = Lexicon.set(Lexicon.split("train trains passengers passenger railway rail carriages derailed locomotive"))
    /// `the Fund` after `International Monetary Fund`: head nouns a definite mention may stand for.
    static let definiteHeads = Lexicon.set(Lexicon.split("fund bank party council commission committee league union front army board agency authority court assembly alliance movement organisation organization institute post times journal herald tribune gazette chronicle"))
    static let joinVerbs = Lexicon.set(Lexicon.split("joined joins join joining"))
    /// Roles whose `of X` is a place or a work rather than an employer.
    static let nonCorporateRoles = Lexicon.set(Lexicon.split("minister premier governor mayor senator king queen prince princess emir sultan architect designer author authors inventor creator developer programmer writer speaker"))
    /// Trailing words of a company's name that a shorter mention drops (`Halvorsen Pharma A/S` = `Halvorsen`).
    static let companyTails = Lexicon.set(Lexicon.split("health healthcare bank pharma pharmaceuticals therapeutics biosciences biotech systems motors labs software electronics semiconductor industries airlines energy capital partners media"))
    static let makerNouns = Lexicon.set(Lexicon.split("maker makers manufacturer producer developer designer builder supplier"))
    static let bodyHeads = Lexicon.set(Lexicon.split("office department ministry secretary commission committee board agency council authority institute school faculty college centre center museum"))
    static let countFillers = Lexicon.set(Lexicon.split("more other new additional further extra"))
    static let nameParticles = Lexicon.set(Lexicon.split("von van der den de del della da di du la le al el bin ibn ben"))
    static let measureNouns = Lexicon.set(Lexicon.split("index indices indicator ratio rating score standard protocol format system scale project language compiler browser kernel"))
    /// Short forms of organisation head words: `Bell Labs` = `Bell Laboratories`.
    static let headAbbreviations: [String: String] = ["labs": "laboratories", "lab": "laboratory", "corp": "corporation", "corp.": "corporation",
        "co": "company", "co.": "company", "intl": "international", "univ": "university", "dept": "department", "assn": "association", "bros": "brothers"]
    /// `headAbbreviations` by word key (`Lexicon.key` lower-cases as `lowercased()` does for these ASCII words).
    static let headAbbreviationKeys = KeyMap(Dictionary(uniqueKeysWithValues: headAbbreviations.map { (Lexicon.key($0.key), $0.value) }))
    static let compoundHeads = ["systems", "sciences", "networks", "technologies"].map { Array($0.utf8) }

    /// `Microsystems` ends with `systems` after at least three more letters (compared without case).
    func endsWithHead(_ token: Token, _ head: [UInt8]) -> Bool {
        let headStart = token.end - head.count
        guard headStart > token.start else { return false }
        for (offset, byte) in head.enumerated() {
            let written = a.bytes[headStart + offset]
            if (written >= 0x41 && written <= 0x5A ? written | 0x20 : written) != byte { return false }
        }
        var letters = 0
        for index in token.start..<headStart where a.bytes[index] & 0xC0 != 0x80 { letters += 1 }
        return letters >= 3
    }
    static let newsAgencies = Lexicon.set(Lexicon.split("reuters bloomberg afp ap xinhua tass interfax dpa ansa efe kyodo yonhap bernama"))
    static let timeAdverbs = Lexicon.set(Lexicon.split("later also then subsequently eventually once first"))
    static let appointmentVerbs = Lexicon.set(Lexicon.split("named appointed elected became serves served remains remained"))
    static let roleModifiers = Lexicon.set(Lexicon.split("former then acting interim deputy senior chief foreign vice first new longtime long-time current incoming outgoing founding co executive general prime state national"))
    static let roleBreakers = Lexicon.set(Lexicon.split("said says told with by of from to the a an and or but as in on at for his her their its who which that while when was is were are has have had also"))

    /// The role phrase of an apposition starting at `start` (`a strategic affairs expert`, `researcher-expert on …`): its end index.
    /// `drugmaker`, `carmakers`: a maker of something is a company.
    func isMakerWord(_ token: Token) -> Bool {
        var e = token.end
        if e - token.start > 6, a.bytes[e - 1] == UInt8(ascii: "s") { e -= 1 }
        guard e - token.start >= 7 else { return false }
        let b = a.bytes
        return b[e - 5] == UInt8(ascii: "m") && b[e - 4] == UInt8(ascii: "a") && b[e - 3] == UInt8(ascii: "k") && b[e - 2] == UInt8(ascii: "e") && b[e - 1] == UInt8(ascii: "r")
    }

    /// `hydrologist`, `statistician`: an occupation by its ending, beyond the listed role words.
    func isAgentNoun(_ token: Token) -> Bool {
        guard token.kind == .word, !token.upper, token.end - token.start >= 7 else { return false }
        let b = a.bytes, e = token.end
        if b[e - 3] == UInt8(ascii: "i"), b[e - 2] == UInt8(ascii: "s"), b[e - 1] == UInt8(ascii: "t") { return true }
        if b[e - 4] == UInt8(ascii: "c"), b[e - 3] == UInt8(ascii: "i"), b[e - 2] == UInt8(ascii: "a"), b[e - 1] == UInt8(ascii: "n") { return true }
        // `rapporteur`, `entrepreneur`
        if b[e - 3] == UInt8(ascii: "e"), b[e - 2] == UInt8(ascii: "u"), b[e - 1] == UInt8(ascii: "r") { return true }
        // `arbitrator`, `negotiator`, `legislator`
        if b[e - 4] == UInt8(ascii: "a"), b[e - 3] == UInt8(ascii: "t"), b[e - 2] == UInt8(ascii: "o"), b[e - 1] == UInt8(ascii: "r") { return true }
        return false
    }

    /// Occupations that are roles only as a bare noun before a relative clause (`X, a militant who …`):
    /// elsewhere they describe groups (`a militant group`).
    static let occupationNouns = Lexicon.set(Lexicon.split("militant insurgent rebel fighter soldier officer farmer teacher preacher poet novelist"))
    /// `elevated to the rank of field marshal`: nouns of an office conferred.
    static let rankNouns = Lexicon.set(Lexicon.split("rank post position office title"))

    /// A role phrase `from...to` split at `and` between two offices (`a former governor and chief minister of
    /// the province`, `the PPP chairman and a former foreign minister`): each office's range.
    func roleParts(_ s: Int, _ from: Int, _ to: Int) -> [(Int, Int)] {
        let list = a.tokens[s]
        guard to > from + 1 else { return [(from, to)] }
        for m in (from + 1)..<to where list[m].key == K.and {
            let left = list[m - 1]
            // `the former chief executive of chipmaker Qualcomm and a Boeing director`: an office of a body, then `and a` office.
            if m + 2 <= to, list[m + 1].key == K.a || list[m + 1].key == K.an, left.upper,
               (from..<m).contains(where: { list[$0].key == K.of }), (from..<m).contains(where: { list[$0].isIn(.roleHeads) }),
               (m + 2...to).contains(where: { list[$0].isIn(.roleHeads) }) {
                return [(from, m - 1)] + roleParts(s, m + 1, to)
            }
            guard left.isIn(.roleHeads) || (left.hyphen && Lexicon.roleHeads.contains(a.tailKey(left))) || isAgentNoun(left)
                    || officeAfterComplement(s, from, m, to) else { continue } // `NameFinderSecondOffices.swift`
            // `president and CEO of Boeing Commercial Airplanes`: two bare offices sharing one body are one corporate title.
            if m - 1 == from, m + 2 <= to, list[m + 2].key == K.of,
               NameFinder.corporateOffices.contains(list[m + 1].key) || NameFinder.corporateOffices.contains(left.key) { continue }
            var right = m + 1
            // `a political commentator and activist`: a bare agent noun closing the phrase shares its article; one role.
            // (Not after an owner: `OpenAI's president and co-founder` are two roles; nor before the body of the second:
            // `a computing historian and curator at X`.)
            if right == to, list[right].kind == .word, !list[right].upper, list[right].key != K.former, m - 1 > from,
               list[m - 2].kind == .word, !list[m - 2].upper, !a.isPossessive(s, m - 3),
               !(to + 1 < list.count && (list[to + 1].key == K.at || list[to + 1].key == K.of)) { continue }
            if right < to, list[right].key == K.a || list[right].key == K.an || list[right].key == K.the { right += 1 }
            // `and one of the NPP's three lawmakers`: a plural role noun after `one of`.
            // Not a person's circle: `one of Nazarbayev's closest associates`.
            let oneOf = right + 1 <= to && list[right].key == K.one && list[right + 1].key == K.of
                && !bySentence[s].contains(where: { chunks[$0].from > right && chunks[$0].to <= to && (chunks[$0].cls == .person || !isGroup(chunks[$0]) && isPersonShaped(chunks[$0])) })
            guard (right...to).contains(where: { list[$0].isIn(.roleHeads) || isAgentNoun(list[$0]) || oneOf && isPluralRoleNoun(list[$0]) }) else { continue }
            return [(from, m - 1)] + roleParts(s, right, to)
        }
        return [(from, to)]
    }

    func appositionRole(_ s: Int, _ start: Int) -> (Int, Int)? {
        let list = a.tokens[s]
        guard start < list.count else { return nil }
        var k = start
        // `Gulnara Toktosunova, 46, a teacher in …`: an age between commas before the apposition.
        if k + 2 < list.count, let age = a.integer(list[k]), (1...120).contains(age), a.isPunct(list[k + 1], ",") {
            k += 2
            if !opensAppositionAfterAge(s, k) { return nil }
        }
        // `named its COO, Scott Boatwright, as interim CEO`: `as` opens no part of the role.
        if k < list.count, list[k].key == K.as_ { k += 1 }
        // `Estridge, by then an IBM vice president,`
        if k + 1 < list.count, list[k].key == K.by, list[k + 1].key == K.then || list[k + 1].key == K.now { k += 1 }
        if k < list.count, list[k].key == K.now || list[k].key == K.currently || list[k].key == K.formerly || list[k].key == K.then { k += 1 }
        if k < list.count, list[k].key == K.the || list[k].key == K.a || list[k].key == K.an || list[k].key == K.its
            || list[k].key == K.his || list[k].key == K.her || list[k].key == K.their { k += 1 }
        // `the 32-year-old leader of …`: an age before the role is not part of it.
        if k + 2 < list.count, list[k].kind == .number, a.isDash(list[k + 1]), list[k + 2].key == K.year_old {
            k += 3
            // `a 52-year-old changer who …`: the occupation after the age.
            if let occupation = occupationAfterAge(s, k) { return occupation }
        }
        guard k < list.count else { return nil }
        let phraseStart = k
        // `a militant who …`, `a Baloch farmer who …`: a bare occupation before a relative clause.
        var j = k
        while j + 1 < list.count, j <= k + 2, list[j].kind == .word, !list[j].isIn(.commonWords) {
            if NameFinder.occupationNouns.contains(list[j].key), !list[j].upper, list[j + 1].key == K.who || list[j + 1].key == K.that { return (phraseStart, j) }
            j += 1
        }
        var headAt = -1
        var end = k
        // `HRW’s Europe and Central Asia director`: the owner's possessive is not counted before the head.
        var ownerWords = 0
        while end < list.count, end - phraseStart < 14 {
            let token = list[end]
            // `the All India Congress Committee (AICC) general secretary`: the owner's bracketed acronym.
            if headAt < 0, end > phraseStart, end + 3 < list.count, a.isPunct(token, "("), list[end + 1].allCaps, a.isPunct(list[end + 2], ")"),
               (phraseStart..<end).allSatisfy({ list[$0].upper }) { end += 3; ownerWords += 3; continue }
            if token.kind == .punct, !isAnyPossessive(s, end) { break }
            if token.kind == .punct, headAt < 0, (phraseStart..<end).allSatisfy({ list[$0].upper }) { ownerWords += a.isPossessive(s, end) ? 2 : 1 }
            if headAt >= 0, dateEndsRole(s, end) { break }
            if token.kind == .word, token.isIn(.stanceVerbs) || token.key == K.is_ || token.key == K.was || token.key == K.who
                || headAt >= 0 && (token.key == NameFinder.whoseKey || token.key == K.which) { break }
            if headAt < 0, token.kind == .word, token.isIn(.roleHeads) || (token.hyphen && Lexicon.roleHeads.contains(a.tailKey(token))) || isAgentNoun(token)
                || isOccupationNoun(token) {
                headAt = end
            }
            // `a teacher in Kabul`: an occupation ends before where it is practised.
            if headAt >= 0, headAt == end - 1, token.key == K.in_ || token.key == K.from, isOccupationNoun(list[headAt]) { break }
            // `an instructor pilot with more than 21,900 flying hours`: what the holder has is no part of the office.
            if headAt >= 0, headAt == end - 1, token.key == K.with { break }
            if headAt < 0, end - phraseStart >= 5 + ownerWords { return nil }
            if headAt < 0, token.kind == .word, token.key == K.by || (end > phraseStart && token.end - token.start > 4 && a.bytes[token.end - 1] == UInt8(ascii: "d") && a.bytes[token.end - 2] == UInt8(ascii: "e")) { return nil }
            end += 1
        }
        guard headAt >= 0, end > phraseStart else { return nil }
        // `A and B, Chief of Army Staff General C and …`: a title before a name is the list's next item, no apposition.
        if list[phraseStart].upper, bySentence[s].contains(where: { chunks[$0].titleFrom.map { $0 >= phraseStart && $0 < end } ?? false }) { return nil }
        // `A, former foreign secretary B and …`: a title right before a name is the list's next item.
        if titledListItem(s, phraseStart, end) { return nil }
        // The phrase must open like a role: lower case, a title word, a demonym or a possessive name.
        let opener = list[phraseStart]
        if opener.kind == .number { return nil }
        // `X, had been under pressure from …`: a verb opens a clause, not an apposition.
        if opener.key == K.had || opener.key == K.has || opener.key == K.have || opener.key == K.will { return nil }
        // `flown by Captain A, with Captain B, an instructor pilot`: a preposition opens an adjunct, not an apposition.
        if opener.kind == .word, !opener.upper, opener.isIn(.prepositions) { return nil }
        return (phraseStart, end - 1)
    }

    func findRoles() {
        var emitted: [(person: UInt64, role: String, index: Int)] = []
        /// `Director General Lt Gen X`, `Chief of Army Staff General X`: the office and the rank are two roles.
        func emit(_ chunk: Chunk, role: String, of: String?) {
            if chunk.titleFrom != nil, isTitledSiteName(chunk) { return } // `NameFinderNamedSites.swift`
            if let (office, rank) = NameFinder.splitRank(role) {
                emitOne(chunk, role: office, of: of)
                emitOne(chunk, role: rank, of: nil)
            } else {
                emitOne(chunk, role: role, of: of)
            }
        }
        func emitOne(_ chunk: Chunk, role: String, of: String?) {
            var roleKey = role.lowercased()
            for prefix in ["then-", "former ", "ex-", "now ", "the ", "a ", "an "] where roleKey.hasPrefix(prefix) { roleKey.removeFirst(prefix.count) }
            if NameFinder.isPoliticalLabel(roleKey) { return }
            let canonical = NameFinder.canonicalRole(roleKey)
            if let previous = emitted.firstIndex(where: { $0.person == chunk.key && ($0.role.contains(roleKey) || roleKey.contains($0.role) || NameFinder.sameRoleWords($0.role, roleKey)
                || NameFinder.canonicalRole($0.role) == canonical) }) {
                // Keep the fuller wording of the same role.
                if roleKey.count > emitted[previous].role.count {
                    a.found[emitted[previous].index].role = role
                    if of != nil { a.found[emitted[previous].index].of = of }
                    emitted[previous].role = roleKey
                }
                return
            }
            let list = a.tokens[chunk.s]
            emitted.append((chunk.key, roleKey, a.found.count))
            a.add(Found(type: .position, subtype: "role", start: list[chunk.from].start, end: list[chunk.to].end,
                        sentence: chunk.s, answer: text(chunk), role: role, of: of))
        }
        /// `Nordwind's chief executive` / `the company's founders` ending at `end`: the phrase start and the owner.
        func rolePhrase(endingAt end: Int, _ s: Int) -> (Int, String?)? {
            let list = a.tokens[s]
            guard end >= 0, list[end].kind == .word else { return nil }
            // `the armed forces chief of staff, General X`: an office of the staff ends the phrase (`NameFinderStaffOffices.swift`).
            let staffHead = officeOfStaffHead(s, end)
            let word = a.text(list[end]).lowercased()
            let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
            guard staffHead != nil || list[end].isIn(.roleHeads) || Lexicon.roleHeads.contains(Lexicon.key(singular)) || isAgentNoun(list[end]) else { return nil }
            var start = staffHead ?? end
            var of: String?
            while start - 1 >= 0 {
                let token = list[start - 1]
                if token.kind == .word, a.isPossessive(s, start - 2) == false, !token.nameLike || isTitleToken(token),
                   !token.isIn(.roleBreakers) || token.isIn(.roleModifiers),
                   !token.isIn(.commonWords) || token.isIn(.roleModifiers) {
                    start -= 1; continue
                }
                // `Nordwind's`, `the company's`
                if token.kind == .word, token.key == K.s, start >= 3, a.isPossessive(s, start - 2) {
                    // A named owner is the role's `of`, not part of its title (`the NLF's leader, X` → leader of the NLF).
                    if let owner = bySentence[s].first(where: { chunks[$0].to == start - 3 }) { of = text(chunks[owner]) }
                    else if list[start - 3].kind == .word, !list[start - 3].upper { start -= 3; if start - 1 >= 0, list[start - 1].key == K.the { start -= 1 } }
                    break
                }
                if let country = Lexicon.demonymCountry[token.key], !country.isEmpty, token.upper { of = country; start -= 1; continue }
                break
            }
            return (start, of)
        }
        for chunk in chunks where chunk.cls == .person {
            let list = a.tokens[chunk.s]
            if let (role, of) = extraRole(chunk) { emit(chunk, role: role, of: of) }
            if let (role, of) = appointedObjectRole(chunk) { emit(chunk, role: role, of: of) }
            if let (role, of) = becameInRelativeClause(chunk) { emit(chunk, role: role, of: of) }
            if let (role, of) = laterAsRole(chunk) { emit(chunk, role: role, of: of) }
            if let (role, of) = relativeAsRole(chunk) { emit(chunk, role: role, of: of) }
            if chunk.to + 4 < list.count, list[chunk.to + 2].key == K.was || list[chunk.to + 2].key == K.is_,
               let (role, of) = appositiveCopulaRole(chunk) { emit(chunk, role: role, of: of) } // `NameFinderAppositiveCopulas.swift`
            if let (role, of) = verbPhraseRole(chunk) { emit(chunk, role: role, of: of) } // `NameFinderVerbRoles.swift`
            // Title before the name: `then-prime minister Imran Khan`, `Prime Minister X`.
            var roleEnd = chunk.from - 1
            if roleEnd >= 0, list[roleEnd].kind == .word, list[roleEnd].isIn(.roleHeads)
                || (list[roleEnd].hyphen && Lexicon.roleHeads.contains(a.tailKey(list[roleEnd]))) || isRoleNounBeforeName(list[roleEnd]) {
                var roleStart = roleEnd
                var of: String?
                while roleStart - 1 >= 0 {
                    let token = list[roleStart - 1]
                    if token.kind != .word { 
                        if a.isApostrophe(token) { break }
                        break
                    }
                    if token.isIn(.roleBreakers) && !token.isIn(.roleModifiers) { break }
                    // `Ghana's finance minister X`: the possessive ends the role.
                    if token.key == K.s, roleStart >= 2, a.isPossessive(chunk.s, roleStart - 2) { break }
                    if token.nameLike && !isTitleToken(token) {
                        if let country = Lexicon.demonymCountry[token.key], !country.isEmpty { of = country; roleStart -= 1; continue }
                        break
                    }
                    if token.isIn(.commonWords) && !token.isIn(.roleModifiers) { break }
                    // `including deputy governors X`: a participle is no part of the role.
                    if isParticiple(token) { break }
                    // `then-prime minister`, `former president`: the role starts at its time word;
                    // `to assassinate then-prime minister X`: a verb is no part of it.
                    let current = list[roleStart]
                    if current.key == K.former || current.hyphen && NameFinder.thenKeys.contains(a.headKey(current)) { break }
                    if roleStart - 2 >= 0, list[roleStart - 2].key == K.to, !token.isIn(.roleModifiers), !isTitleToken(token) { break }
                    roleStart -= 1
                }
                // `Apple's chief executive Tim Cook`
                if roleStart >= 3, a.isPossessive(chunk.s, roleStart - 2), let owner = bySentence[chunk.s].first(where: { chunks[$0].to == roleStart - 3 }) {
                    of = text(chunks[owner])
                } else if of == nil, roleStart >= 1, let owner = bySentence[chunk.s].first(where: { chunks[$0].to == roleStart - 1 }), isGroup(chunks[owner]) {
                    // `Tesla chief Elon Musk`
                    of = text(chunks[owner])
                }
                // `former Prime Minister X`: `former` alone before the title is no role.
                let pieceEnd = chunk.titleFrom.map { $0 - 1 } ?? roleEnd
                if (chunk.titleFrom ?? Int.max) > roleStart, pieceEnd >= roleStart, (roleStart...pieceEnd).contains(where: { list[$0].isIn(.roleHeads) || list[$0].hyphen && Lexicon.roleHeads.contains(a.tailKey(list[$0])) || isRoleNounBeforeName(list[$0]) }) {
                    // `deputy governors A and B`: each name holds the office in the singular.
                    let plural = chunk.titleFrom == nil && isPluralRoleNoun(list[roleEnd]) && !list[roleEnd].isIn(.roleHeads)
                    var role = a.span(chunk.s, roleStart, pieceEnd)
                    if plural { role.removeLast() }
                    emit(chunk, role: role, of: of)
                    if plural, chunk.to + 2 < list.count, list[chunk.to + 1].key == K.and,
                       let second = bySentence[chunk.s].first(where: { chunks[$0].from == chunk.to + 2 }), isPersonShaped(chunks[second]) {
                        chunks[second].cls = .person
                        emit(chunks[second], role: role, of: of)
                    }
                    roleEnd = -1
                }
            }
            if let (role, of) = longTitleRole(chunk) { emit(chunk, role: role, of: of) }
            else if let titleFrom = chunk.titleFrom, roleEnd >= 0 || titleFrom < chunk.from {
                let titleTokens = (titleFrom..<chunk.from).filter { !list[$0].isIn(.honorifics) && !a.isPunct(list[$0], ".") }
                if let first = titleTokens.first, let last = titleTokens.last {
                    var start = first
                    var of: String?
                    while start - 1 >= 0, list[start - 1].kind == .word, !list[start - 1].upper || list[start - 1].isIn(.demonym),
                          !list[start - 1].isIn(.roleBreakers) || list[start - 1].isIn(.roleModifiers), !titleOpensRole(chunk.s, start) {
                        if let country = Lexicon.demonymCountry[list[start - 1].key] { of = country }
                        start -= 1
                    }
                    // `Chairman Jerome Powell of the Federal Reserve`
                    var after = chunk.to + 1
                    if after < list.count, list[after].key == K.of { after += 1; if after < list.count, list[after].key == K.the { after += 1 } }
                    if of == nil, after > chunk.to + 1, let owner = bySentence[chunk.s].first(where: { chunks[$0].from == after }), isGroup(chunks[owner]) {
                        of = text(chunks[owner])
                    }
                    // `Bundesbank President Joachim Nagel`, `ECB President X`: the body named before the title.
                    if of == nil, start >= 1, let owner = bySentence[chunk.s].first(where: { chunks[$0].to == start - 1 }), isGroup(chunks[owner]) {
                        of = text(chunks[owner])
                    }
                    // `PTI chairman Barrister Gohar Ali Khan`: an office in lower case before a one-word title is a role of its own.
                    if start < first, first == last, list[first - 1].isIn(.roleHeads), list[first].isIn(.roleHeads), !list[first - 1].upper,
                       !NameFinder.rankWords.contains(a.text(list[first]).lowercased()) {
                        var officeStart = start
                        if officeStart >= 1, let owner = bySentence[chunk.s].first(where: { chunks[$0].to == officeStart - 1 }), isGroup(chunks[owner]), chunks[owner].from == chunks[owner].to {
                            officeStart = chunks[owner].from
                        }
                        emit(chunk, role: a.span(chunk.s, officeStart, first - 1), of: of)
                        emit(chunk, role: a.span(chunk.s, first, last), of: nil)
                    } else if list[last].isIn(.roleHeads) || titleTokens.count >= 1 && list[last].isIn(.titleWords) || isHyphenatedTitle(list[last]) {
                        // `Lt. Gen.`: an abbreviated rank keeps its dot.
                        let lastWithDot = last + 1 < chunk.from && a.isPunct(list[last + 1], ".") ? last + 1 : last
                        emit(chunk, role: a.span(chunk.s, start, lastWithDot), of: of)
                    }
                }
            }
            // `Deputy Prime Minister and Foreign Minister Ishaq Dar`: both titles.
            if let (role, of) = coordinatedTitle(chunk) { emit(chunk, role: role, of: of) }
            // `A graduate student named Bill Joy`
            if let (from, to) = roleBeforeNamed(chunk) { emit(chunk, role: a.span(chunk.s, from, to), of: nil) }
            // Apposition after the name: `Sushant Sareen, a strategic affairs expert, …`.
            if chunk.to + 2 < list.count, a.isPunct(list[chunk.to + 1], ","), let (from, to) = appositionRole(chunk.s, chunk.to + 2) {
                var of: String?
                if let ownerIndex = bySentence[chunk.s].first(where: { chunks[$0].from == from }), isAnyPossessive(chunk.s, chunks[ownerIndex].to + 1) {
                    of = text(chunks[ownerIndex])
                }
                for k in from...to where list[k].key == K.of || list[k].key == K.at {
                    if let owner = bySentence[chunk.s].first(where: { chunks[$0].from == k + 1 || chunks[$0].from == k + 2 && list[k + 1].key == K.the }) {
                        of = text(chunks[owner])
                        break
                    }
                }
                if of == nil { for k in from...to { if let country = Lexicon.demonymCountry[list[k].key], !country.isEmpty, list[k].upper { of = country; break } } }
                // `an economist at X and a former adviser at Y`: each office ends before `at` and is of that body.
                let offices = officesAt(chunk.s, from, to)
                for (partFrom, partTo, owner) in offices ?? [] { emit(chunk, role: a.span(chunk.s, partFrom, partTo), of: owner ?? of) }
                let parts = offices.map { $0.map { ($0.0, $0.1) } } ?? roleParts(chunk.s, from, to)
                for (partFrom, partTo) in parts where offices == nil { emit(chunk, role: a.span(chunk.s, partFrom, partTo), of: of) }
                // `Marc Andreessen and Eric Bina, students at …`: the role of every name in the list.
                var previousEnd = chunk.from - 1
                while previousEnd >= 1, list[previousEnd].key == K.and || a.isPunct(list[previousEnd], ","),
                      let previous = bySentence[chunk.s].first(where: { chunks[$0].to == previousEnd - 1 && isPersonShaped(chunks[$0]) }) {
                    for (partFrom, partTo) in parts { emit(chunks[previous], role: a.span(chunk.s, partFrom, partTo), of: of) }
                    previousEnd = chunks[previous].from - 1
                }
            }
            // `X later co-founded Netscape`, `X, who led the interim administration in Tigray`.
            var verbAt = chunk.to + 1
            if verbAt + 1 < list.count, a.isPunct(list[verbAt], ","), list[verbAt + 1].key == K.who { verbAt += 2 }
            // `Francis Collins, a geneticist who directed …`
            else if verbAt + 1 < list.count, a.isPunct(list[verbAt], ","), list[verbAt + 1].key == K.a || list[verbAt + 1].key == K.an,
                    let who = (verbAt + 2..<min(list.count, verbAt + 6)).first(where: { list[$0].key == K.who || list[$0].kind != .word }), list[who].key == K.who {
                verbAt = who + 1
            }
            // `X, who served as president from 2007 to 2015 and leads the Peronist opposition`
            if verbAt > chunk.to + 2, list[verbAt - 1].key == K.who, verbAt < list.count, NameFinder.foundingVerbs[list[verbAt].key] == nil {
                var m = verbAt
                while m + 1 < list.count, m < verbAt + 12, !(list[m].kind == .punct && list[m].mark != UInt8(ascii: "-")) {
                    if list[m].key == K.and, NameFinder.foundingVerbs[list[m + 1].key] != nil { verbAt = m + 1; break }
                    // `who co-founded Mozilla and now runs Brave Software`: a time adverb before the second verb.
                    if list[m].key == K.and, m + 2 < list.count, list[m + 1].isIn(.timeAdverbs) || list[m + 1].key == K.now,
                       NameFinder.foundingVerbs[list[m + 2].key] != nil { verbAt = m + 1; break }
                    m += 1
                }
            }
            // `Joy went on to co-found Sun Microsystems`
            if verbAt + 3 < list.count, list[verbAt].key == NameFinder.wentKey, list[verbAt + 1].key == K.on, list[verbAt + 2].key == K.to { verbAt += 3 }
            while verbAt < list.count, verbAt - chunk.to <= 4, list[verbAt].kind == .word, !list[verbAt].upper,
                  NameFinder.foundingVerbs[list[verbAt].key] == nil, list[verbAt].isIn(.auxiliaries) || list[verbAt].isIn(.timeAdverbs)
                    || a.endsWith(list[verbAt], "ly") { verbAt += 1 }
            if verbAt + 1 < list.count, let word = NameFinder.foundingVerbs[list[verbAt].key] {
                var objectStart = verbAt + 1
                if list[objectStart].key == K.the { objectStart += 1 }
                // `leads the Peronist opposition`: a name used as an adjective is not the owner.
                if let owner = bySentence[chunk.s].first(where: { chunks[$0].from == objectStart }), chunks[owner].cls != .person,
                   isGroup(chunks[owner]) || !(chunks[owner].to + 1 < list.count && list[chunks[owner].to + 1].kind == .word && !list[chunks[owner].to + 1].upper
                       && !list[chunks[owner].to + 1].isIn(.prepositions) && !list[chunks[owner].to + 1].isIn(.auxiliaries)) {
                    // `X, who ruled Kazakhstan … before stepping down as president`: the office named is the role.
                    // `X, who led Pakistan to the 1992 World Cup`: leading a side to a win is no office.
                    let ledTo = word == "leader" && chunks[owner].to + 1 < list.count && list[chunks[owner].to + 1].key == K.to
                    // `X, who … now runs Brave Software`: `head of` the body it runs, named in the role as the text does.
                    let roleText = verbRoleText(word, list[verbAt], chunks[owner]) // `NameFinderLeaders.swift`
                    if !ledTo, word != "ruler" || !officeAsLater(chunk.s, verbAt) { emit(chunk, role: roleText, of: text(chunks[owner])) }
                } else if word != "founder" && word != "co-founder" && word != "ruler" {
                    var end = verbAt + 1
                    // `ran the lab's Computing Techniques Research Department`: the led body is the possessed noun.
                    var ownedFrom = verbAt + 1
                    while end + 1 < list.count, end - verbAt < 10 {
                        if end + 3 < list.count, a.isPossessive(chunk.s, end + 1), list[end + 2].key == K.s, list[end + 3].kind == .word { end += 3; ownedFrom = end; continue }
                        guard list[end + 1].kind == .word, !list[end + 1].isIn(.stanceVerbs), list[end + 1].key != K.and, list[end + 1].key != K.was,
                              list[end + 1].key != K.is_, !(list[end + 1].isIn(.prepositions) && list[end + 1].key != K.of) else { break }
                        end += 1
                    }
                    let noun = a.span(chunk.s, verbAt + 1, end)
                    // `Bobby Kotick, who has led the company`: a titled person's bare `the company` is no office of its own.
                    let bareReferent = end == verbAt + 2 && list[verbAt + 1].key == K.the && list[end].isIn(.coreferenceNouns) && chunk.titleFrom != nil
                    // Only bodies are led as a role (`the interim administration`), not events (`both coups`) or a body's effort.
                    if !bareReferent, (ownedFrom...end).contains(where: { list[$0].isIn(.organisationTypes) || list[$0].isIn(.organisationHeads) || list[$0].key == K.government || list[$0].key == K.opposition }) {
                        emit(chunk, role: "\(word) of \(noun)", of: nil)
                    }
                }
            }
            // Role before a comma: `Nordwind's chief executive, Ingrid Solberg`; lists `founders, A and B`.
            // `Pakistan's army chief, General Asim Munir`: the role before the comma, before the title word.
            var listStart = chunk.titleFrom ?? chunk.from
            while listStart >= 2, list[listStart - 1].key == K.and || a.isPunct(list[listStart - 1], ","),
                  let previous = bySentence[chunk.s].first(where: { chunks[$0].to == listStart - 2 && chunks[$0].cls == .person }) {
                listStart = chunks[previous].from
            }
            // `The governor of the Bank of Japan, Kazuo Ueda`
            if listStart >= 5, a.isPunct(list[listStart - 1], ","), let owner = bySentence[chunk.s].first(where: { chunks[$0].to == listStart - 2 && isGroup(chunks[$0]) }) {
                var ofAt = chunks[owner].from - 1
                if ofAt >= 1, list[ofAt].key == K.the { ofAt -= 1 }
                if ofAt >= 1, list[ofAt].key == K.of, let (from, _) = rolePhrase(endingAt: ofAt - 1, chunk.s) {
                    var roleFrom = from
                    if roleFrom >= 1, list[roleFrom - 1].key == K.the { roleFrom -= 1 }
                    var role = a.span(chunk.s, roleFrom, listStart - 2)
                    if role.hasPrefix("The ") { role = "the " + role.dropFirst(4) }
                    emit(chunk, role: role, of: text(chunks[owner]))
                }
            }
            if listStart >= 2, a.isPunct(list[listStart - 1], ","), let (from, of) = rolePhrase(endingAt: listStart - 2, chunk.s) {
                var role = a.span(chunk.s, from, listStart - 2)
                // `founders, A and B` → founder; a longer list with commas keeps the plural for each (as for its first name).
                let commaList = (listStart..<chunk.from).contains { a.isPunct(list[$0], ",") }
                if role.lowercased().hasSuffix("s"), !commaList, listStart != chunk.from || (chunk.to + 2 < list.count && list[chunk.to + 1].key == K.and) {
                    let head = a.text(list[listStart - 2])
                    role = String(head.dropLast())
                }
                emit(chunk, role: role, of: of)
            } else if let comma = commaBeforeLowerTitle(chunk), comma >= 2, list[comma - 1].isIn(.roleHeads), let (from, of) = rolePhrase(endingAt: comma - 1, chunk.s) {
                // `The PTI, whose founder, former prime minister Imran Khan, …`: the role before the comma too.
                var owner = of
                if owner == nil, list[from - 1].key == NameFinder.whoseKey, from >= 3, a.isPunct(list[from - 2], ","),
                   let body = bySentence[chunk.s].first(where: { chunks[$0].to == from - 3 }), isGroup(chunks[body]) { owner = text(chunks[body]) }
                // Only with an owner (`the party's founder, …`, `X, whose founder, …`): `met the president, former minister Y` is a list.
                if owner != nil { emit(chunk, role: a.span(chunk.s, from, comma - 1), of: owner) }
            }
            // Copula: `X is the chief executive of Y`, `X served as president`, `X will stay on as head of …`.
            var k = chunk.to + 1
            // A relative clause: `X, who served as president …`, else skipped: `X, who led both coups, was named president`.
            if k + 1 < list.count, a.isPunct(list[k], ","), list[k + 1].key == K.who {
                let clause = k + 2
                if clause < list.count, [K.is_, K.was, K.became, K.serves, K.served].contains(list[clause].key) || list[clause].isIn(.appointmentVerbs) {
                    k = clause
                } else if let close = (k + 2..<list.count).first(where: { a.isPunct(list[$0], ",") }) { k = close + 1 }
            } else if k + 1 < list.count, a.isPunct(list[k], ","), let close = (k + 2..<min(list.count, k + 16)).first(where: { list[$0].kind == .punct && !a.isPossessive(chunk.s, $0) && !a.isDash(list[$0]) }),
                      a.isPunct(list[close], ","), close + 3 < list.count, list[close + 1].key == K.was || list[close + 1].key == K.is_, swornInAs(chunk.s, close + 2) != nil {
                // `X, a lawmaker whose party …, was sworn in as president`
                k = close + 1
            }
            var gap = 0
            while k < list.count, gap < 4, list[k].kind == .word, !list[k].upper, list[k].key != K.as_, list[k].key != K.is_, list[k].key != K.was,
                  list[k].key != K.became, !list[k].isIn(.appointmentVerbs), !list[k].isIn(.stanceVerbs) { k += 1; gap += 1 }
            // `seeing Mirziyoyev as a pragmatic partner`: how others see a person is no office.
            let seenAs = k < list.count && list[k].key == K.as_ && (chunk.titleFrom ?? chunk.from) > 0
                && NameFinder.perceptionVerbs.contains(list[(chunk.titleFrom ?? chunk.from) - 1].key)
            if k < list.count, !seenAs, list[k].key == K.as_ || list[k].isIn(.appointmentVerbs) {
                var m = k + 1
                if m < list.count, list[m].key == K.as_ { m += 1 }
                if m < list.count, list[m].key == K.the || list[m].key == K.a || list[m].key == K.an { m += 1 }
                var end = m
                var head = -1
                while end < list.count, end - m < 8, list[end].kind == .word, !list[end].isIn(.roleBreakers) || (list[end].key == K.of || list[end].key == K.the) && head >= 0,
                      // `to return as OpenAI chief executive under new board`: the office ends before a preposition.
                      !(head >= 0 && list[end].isIn(.prepositions) && list[end].key != K.of && list[end].key != K.for_) {
                    if head < 0, list[end].isIn(.roleHeads) { head = end }
                    end += 1
                }
                if head >= 0 {
                    var stop = end - 1
                    while stop > head, list[stop].key == K.of || list[stop].key == K.the { stop -= 1 }
                    var of: String?
                    if let owner = bySentence[chunk.s].first(where: { chunks[$0].from > head && chunks[$0].to <= stop }) { of = text(chunks[owner]) }
                    emit(chunk, role: a.span(chunk.s, m, stop), of: of)
                }
            }
            if k < list.count, list[k].key == K.is_ || list[k].key == K.was || list[k].key == K.became
                || (list[k].key == K.serves || list[k].key == K.served) && k + 1 < list.count && list[k + 1].key == K.as_,
               list[k].key != K.is_ && list[k].key != K.was || !insideQuote(chunk.s, chunk.from) {
                k += list[k].key == K.serves || list[k].key == K.served ? 2 : 1
                if k < list.count, list[k].key == K.also { k += 1 } // `X, who is also chief executive of Y`
                // `X was named chairman of Y`: the office follows the appointment verb, which is not part of it.
                if let after = swornInAs(chunk.s, k) { k = after }
                else if k < list.count, list[k].isIn(.appointmentVerbs), list[k].key != K.became {
                    k += 1
                    if k < list.count, list[k].key == K.as_ { k += 1 }
                }
                // `X is a Quetta-based journalist and a research associate at Y`: each office after the copula.
                var second = 0
                while second < 2, k < list.count {
                    second += 1
                    if k < list.count, list[k].key == K.the || list[k].key == K.a || list[k].key == K.an { k += 1 }
                    var end = k
                    var head = -1
                    // `the country's president`: a possessive before the head; `a senior fellow for water security`.
                    while end < list.count, end - k < 8,
                          list[end].kind == .word && (!list[end].isIn(.roleBreakers) || (list[end].key == K.of || list[end].key == K.for_) && head >= 0)
                            || head < 0 && a.isPossessive(chunk.s, end) && end > k {
                        if list[end].kind == .punct { end += 2; continue }
                        if list[end].isIn(.roleHeads) { head = end }
                        end += 1
                    }
                    guard head >= 0 else { break }
                    var of: String?
                    var stop = head
                    if head + 1 < list.count, list[head + 1].key == K.of || list[head + 1].key == K.at,
                       let owner = bySentence[chunk.s].first(where: { chunks[$0].from == head + 2 || chunks[$0].from == head + 3 && list[head + 2].key == K.the }) {
                        of = text(chunks[owner])
                        stop = chunks[owner].to
                    } else if end - 1 > head, list[head + 1].key == K.for_ {
                        stop = end - 1
                        while stop > head, list[stop].key == K.of || list[stop].key == K.for_ || list[stop].key == K.the { stop -= 1 }
                    }
                    emit(chunk, role: a.span(chunk.s, k, stop), of: of)
                    guard stop + 2 < list.count, list[stop + 1].key == K.and else { break }
                    k = stop + 2
                }
            }
            // `X, the army chief, was elevated to the rank of field marshal`: an office conferred.
            var r = chunk.to + 3
            while r + 2 < list.count, r <= chunk.to + 14, !a.isPunct(list[r], ".") && !a.isPunct(list[r], ";") {
                if NameFinder.rankNouns.contains(list[r].key), list[r - 1].key == K.the, list[r - 2].key == K.to, list[r + 1].key == K.of,
                   list[r - 3].kind == .word, a.bytes[list[r - 3].end - 1] == UInt8(ascii: "d") {
                    var end = r + 2
                    var head = -1
                    while end < list.count, end - r < 6, list[end].kind == .word, !list[end].isIn(.roleBreakers) {
                        if list[end].isIn(.roleHeads) { head = end }
                        end += 1
                    }
                    if head >= 0 { emit(chunk, role: a.span(chunk.s, r + 2, head), of: nil) }
                    break
                }
                r += 1
            }
        }
        // `the Tajik government, headed by Emomali Rahmon` → head of the Tajik government.
        // Every pattern here needs a named person in the sentence.
        let roleVerbKeys = [K.headed, K.led, K.chaired, K.founded, K.run, K.commanded, K.started]
        let roleVerbs = KeyFilter(roleVerbKeys)
        for s in a.tokens.indices where !bySentence[s].isEmpty {
            let summary = a.tokens.summary(s)
            guard roleVerbKeys.contains(where: { summary.mayContain($0) }) else { continue }
            let list = a.tokens[s]
            // `Led by James Gosling, a Canadian-born engineer, …, the group bet …`: a sentence opening `Led by X,`.
            let opening = a.firstWordIndex(s)
            if opening + 2 < list.count, list[opening].key == K.led, list[opening + 1].key == K.by,
               let personIndex = bySentence[s].first(where: { chunks[$0].from == opening + 2 }),
               chunks[personIndex].cls == .person || isPersonShaped(chunks[personIndex]) {
                chunks[personIndex].cls = .person
                emit(chunks[personIndex], role: "leader", of: nil)
            }
            for k in list.indices where k >= 2 && k + 2 < list.count && roleVerbs.mayContain(list[k].key)
                && (list[k].key == K.headed || list[k].key == K.led || list[k].key == K.chaired || list[k].key == K.founded || list[k].key == K.run || list[k].key == K.commanded
                    || list[k].key == K.started) {
                // `chaired by X's successor as president, Y`
                if let by = (k + 1..<min(list.count, k + 4)).first(where: { list[$0].key == K.by }), let person = successorAfterBy(s, by) {
                    chunks[person].cls = .person
                    emit(chunks[person], role: NameFinder.foundingVerbs[list[k].key] ?? "head", of: nil)
                    continue
                }
                guard let by = (k + 1..<min(list.count, k + 6)).first(where: { list[$0].key == K.by }),
                      (k + 1..<by).allSatisfy({ list[$0].kind != .punct || a.isPunct(list[$0], ",") == false }),
                      let personIndex = bySentence[s].first(where: { c in
                          let start = chunks[c].titleFrom ?? chunks[c].from
                          return start > by && start <= by + 4 && (by + 1..<start).allSatisfy { list[$0].kind == .word && !list[$0].upper } && list[start - 1].key != K.the
                      }),
                      chunks[personIndex].cls == .person || isPersonShaped(chunks[personIndex]) else { continue }
                // `Celera Genomics, a company founded in 1998 by X`.
                if list[k - 1].isIn(.organisationTypes), k >= 4, list[k - 2].key == K.a || list[k - 2].key == K.an || list[k - 2].key == K.the,
                   a.isPunct(list[k - 3], ","), let owner = bySentence[s].last(where: { chunks[$0].to == k - 4 }) {
                    let word = list[k].key == K.founded ? "founder" : "head"
                    chunks[personIndex].cls = .person
                    emit(chunks[personIndex], role: word, of: text(chunks[owner]))
                    continue
                }
                // `Voltaro was founded in 2014 by X`: the subject is the body (`It` is the last organisation named).
                if let subjectEnd = passiveSubjectEnd(s, k) { // `NameFinderPassives.swift`
                    var owner: String?
                    if let subject = bySentence[s].last(where: { chunks[$0].to == subjectEnd }) { owner = text(chunks[subject]) }
                    else if subjectEnd >= 0, list[subjectEnd].key == K.it_ || list[subjectEnd].isIn(.coreferenceNouns) {
                        owner = lastOrganisation(before: s)
                    }
                    if let owner {
                        let word = list[k].key == K.founded ? "founder" : list[k].key == K.led ? "leader" : list[k].key == K.chaired ? "chair" : "head"
                        chunks[personIndex].cls = .person
                        emit(chunks[personIndex], role: word, of: owner)
                        // `by A and B`
                        let first = chunks[personIndex]
                        if first.to + 2 < list.count, list[first.to + 1].key == K.and,
                           let second = bySentence[s].first(where: { chunks[$0].from == first.to + 2 }), isPersonShaped(chunks[second]) {
                            chunks[second].cls = .person
                            emit(chunks[second], role: word, of: owner)
                        }
                        continue
                    }
                }
                // `The Bhutan Tendrel Party (BTP), a newcomer led by retired civil servant X`: the body before `, a NOUN`
                // (or `, the division led by X`).
                if k >= 4, list[k - 1].kind == .word, !list[k - 1].upper, list[k - 2].key == K.a || list[k - 2].key == K.an || list[k - 2].key == K.the,
                   a.isPunct(list[k - 3], ","), !list[k - 1].isIn(.organisationTypes) {
                    var ownerEnd = k - 4
                    if ownerEnd >= 3, a.isPunct(list[ownerEnd], ")"), a.isPunct(list[ownerEnd - 2], "(") { ownerEnd -= 3 }
                    // `Nintendo Research & Development 1 (R&D1), the division led by X`: an acronym of several tokens.
                    else if ownerEnd >= 3, a.isPunct(list[ownerEnd], ")"),
                            let open = (max(1, ownerEnd - 6)..<ownerEnd).last(where: { a.isPunct(list[$0], "(") }) { ownerEnd = open - 1 }
                    if let owner = bySentence[s].last(where: { chunks[$0].to == ownerEnd }), isGroup(chunks[owner]) {
                        let word = NameFinder.foundingVerbs[list[k].key] ?? "head"
                        chunks[personIndex].cls = .person
                        // `…, the division led by X`: the body named in the role.
                        emit(chunks[personIndex], role: list[k - 2].key == K.the ? "\(word) of \(text(chunks[owner]))" : word, of: text(chunks[owner]))
                        roleBeforeNameAfterBy(s, by, personIndex, emit)
                        continue
                    }
                }
                var end = k - 1
                if a.isPunct(list[end], ",") { end -= 1 }
                // `The Pakistan Muslim League-Nawaz (PML-N), led by X`: the name before its bracketed acronym.
                if end >= 3, a.isPunct(list[end], ")"), a.isPunct(list[end - 2], "(") { end -= 3 }
                var start = end
                while start - 1 >= 0, list[start - 1].kind == .word, start > end - 5 {
                    start -= 1
                    if list[start].key == K.the || list[start].key == K.a || list[start].key == K.an || list[start].key == K.its { break }
                }
                // `the activist hedge fund run by X`: a body's kind noun with its article needs no comma.
                let comma = a.isPunct(list[k - 1], ",")
                guard start <= end, end >= 0, comma || list[end].isIn(.organisationTypes) && (list[start].key == K.the || list[start].key == K.a || list[start].key == K.an) else { continue }
                if list[k].key == K.started {
                    guard comma, let thing = startedNamedThing(s, start, end) else { continue }
                    start = thing
                }
                var noun = a.span(s, start, end)
                if noun.hasPrefix("The ") { noun = "the " + noun.dropFirst(4) }
                // `Microsoft, a small Seattle-area company run by X`: the body the apposition describes.
                if list[start].key == K.a || list[start].key == K.an, start >= 2, a.isPunct(list[start - 1], ","),
                   let owner = bySentence[s].last(where: { chunks[$0].to == start - 2 }), isGroup(chunks[owner]) {
                    noun = text(chunks[owner]); start = end + 1
                }
                let word = list[k].key == K.headed ? "head" : list[k].key == K.led ? "leader" : list[k].key == K.chaired ? "chair" : list[k].key == K.founded || list[k].key == K.started ? "founder" : list[k].key == K.commanded ? "commander" : "head"
                var of: String?
                if start > end { of = noun; start = end }
                for m in start...end { if let country = Lexicon.demonymCountry[list[m].key], !country.isEmpty { of = country } }
                if of == nil, let owner = bySentence[s].first(where: { chunks[$0].from >= start && chunks[$0].to <= end && isGroup(chunks[$0]) }) { of = text(chunks[owner]) }
                chunks[personIndex].cls = .person
                emit(chunks[personIndex], role: "\(word) of \(noun)", of: of)
                // `Hotmail, founded by A and B`
                let first = chunks[personIndex]
                if first.to + 2 < list.count, list[first.to + 1].key == K.and,
                   let second = bySentence[s].first(where: { chunks[$0].from == first.to + 2 }), isPersonShaped(chunks[second]) {
                    chunks[second].cls = .person
                    emit(chunks[second], role: "\(word) of \(noun)", of: of)
                }
            }
        }
        // `The board included A, B and C`: each named person is a member.
        findMemberships(emit)
    }
}
