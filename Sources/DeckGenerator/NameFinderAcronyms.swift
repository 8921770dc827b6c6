/// Names defined by a bracketed acronym whose letters the capitalised words before it spell, across
/// what the plain initials miss: an all-caps word spelling all its letters (`UN Assistance Mission in
/// Afghanistan (UNAMA)`), short lower-case particles (`Ain o Salish Kendra (ASK)`), a comma inside a list
/// closed by `&` (`Foreign, Commonwealth & Development Office (FCDO)`) and a country prefix outside the
/// acronym (`US Food and Drug Administration (FDA)`). Also: acronyms of lower-case phrases are terms
/// (`yield curve control (YCC)`), and acronyms linked to a name anywhere in the text by its initials with
/// connectors (`BOJ` = `Bank of Japan`) or as its first word (`VLSI` = `VLSI Technology`).
extension NameFinder {
    /// The upper-case letters of an acronym token (`U.S.` → `US`, `IsDB` → `IDB` is not wanted: all letters, upper-cased).
    func acronymLetters(_ token: Token) -> [UInt8] {
        var out: [UInt8] = []
        for index in token.start..<token.end {
            let byte = a.bytes[index]
            if byte >= 0x41 && byte <= 0x5A { out.append(byte) } else if byte >= 0x61 && byte <= 0x7A { out.append(byte & 0xDF) }
        }
        return out
    }

    /// Where the words of sentence `s` ending at `last` spell `acronym` (matched from its end): the index of the
    /// first word, or nil. `limit` is the lowest index a word may have.
    func spellingStart(_ acronym: [UInt8], _ s: Int, last: Int, limit: Int) -> Int? {
        let list = a.tokens[s]
        guard acronym.count >= 2 else { return nil }
        var j = acronym.count - 1
        var k = last
        var sawJoiner = false
        while k >= limit, k >= 0 {
            let token = list[k]
            if token.kind == .word, token.upper {
                // The capitalised parts' first letters (`Jamaat-e-Islami` → J I), or all letters of an all-caps word.
                var parts: [UInt8] = []
                var partStart = true
                for index in token.start..<token.end {
                    let byte = a.bytes[index]
                    if byte == UInt8(ascii: "-") { partStart = true } else if partStart { if byte >= 0x41 && byte <= 0x5A { parts.append(byte) }; partStart = false }
                }
                var matched = false
                if token.allCaps {
                    let all = acronymLetters(token)
                    if all.count <= j + 1, Array(acronym[(j - all.count + 1)...j]) == all { j -= all.count; matched = true }
                }
                if !matched, !parts.isEmpty, parts.count <= j + 1, Array(acronym[(j - parts.count + 1)...j]) == parts { j -= parts.count; matched = true }
                guard matched else { return nil }
                if j < 0 { return k }
            } else if token.kind == .word, !token.upper, token.isIn(.acronymConnectors) || token.end - token.start == 1 {
                if token.key == K.and { sawJoiner = true }
            } else if a.isPunct(token, "&") {
                sawJoiner = true
            } else if a.isPunct(token, ","), sawJoiner, k > limit, list[k - 1].upper {
                // `Foreign, Commonwealth & Development Office`: a comma in a list that `&` closes.
            } else {
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// Joins the runs before a bracketed acronym that they spell (see the type comment) into one chunk.
    func joinAcronymRuns(_ s: Int) {
        let list = a.tokens[s]
        guard let base = bySentence[s].first, base + bySentence[s].count == chunks.count else { return }
        for p in bracketedAcronyms(s, from: 2) where list[p - 1].kind == .word && list[p - 1].upper {
            let acronym = acronymLetters(list[p + 1])
            guard acronym.count >= 2, var found = spellingStart(acronym, s, last: p - 1, limit: max(0, p - 16)) else { continue }
            // `US Food and Drug Administration (FDA)`: a country before the spelled words stays in the name.
            // `National Electric Grid of Kyrgyzstan (NEGK)`: a run whose first word was taken for a title starts at that word.
            func start(_ index: Int) -> Int { chunks[index].titleFrom ?? chunks[index].from }
            if let holder = bySentence[s].first(where: { start($0) < found && chunks[$0].to >= found }),
               (chunks[holder].from..<found).allSatisfy({ list[$0].isIn(.countries) || list[$0].isIn(.countryAcronyms) || list[$0].key == NameFinder.unKey }) {
                found = start(holder)
            }
            let inside = bySentence[s].filter { start($0) >= found && chunks[$0].to <= p - 1 }
            // The spelled words need not all be runs already: `Department for Science, Innovation and Technology (DSIT)`,
            // where the last, a common noun after `and`, is no run of its own.
            guard inside.count >= 2 || (inside.count == 1 && (chunks[inside[0]].from != found || chunks[inside[0]].to != p - 1)),
                  let firstInside = inside.first, start(firstInside) == found,
                  !bySentence[s].contains(where: { start($0) < found && chunks[$0].to >= found }) else { continue }
            joinChunks(s, base: base, from: found, to: p - 1) { ($0.titleFrom ?? $0.from) >= found && $0.to <= p - 1 }
        }
    }
    static let unKey: UInt64 = 0x08C45807B5670C7A // un
    static let programmeHeads = Lexicon.set(Lexicon.split("programme program"))

    /// Whether `acronym` is spelled by the whole of `chunk` in the looser way of `spellingStart` (or by all of it
    /// but a country prefix).
    func spellsAcronym(_ acronym: String, _ chunk: Chunk) -> Bool {
        let letters = Array(acronym.utf8).compactMap { $0 >= 0x61 && $0 <= 0x7A ? $0 & 0xDF : ($0 >= 0x41 && $0 <= 0x5A ? $0 : nil) }
        guard letters.count >= 2, chunk.tokenCount >= 2, let start = spellingStart(letters, chunk.s, last: chunk.to, limit: chunk.from) else { return false }
        let list = a.tokens[chunk.s]
        return (chunk.from..<start).allSatisfy { list[$0].isIn(.countries) || list[$0].isIn(.countryAcronyms) || list[$0].key == NameFinder.unKey }
    }

    /// Nouns that make a phrase an organisation's name even written in lower case (`election commission (EC)`).
    static let lowerCaseBodyNouns = Lexicon.set(Lexicon.split("""
        commission committee council agency authority board bureau ministry department office organisation organization
        association union party front army court assembly fund bank institute
        """))

    /// `Japanese government bond (JGB)`, `yield curve control (YCC)`, `RISC (reduced instruction set computer)`, `NGOs`:
    /// an acronym defined by lower-case words is a term, and a plural acronym a kind of thing, not a group.
    func isDefinedTerm(_ chunk: Chunk) -> Bool {
        guard chunk.tokenCount == 1 else { return false }
        let list = a.tokens[chunk.s]
        let token = list[chunk.from]
        // `NGOs`, `SMEs`: capitals and a plural `s`.
        if !token.allCaps, token.end - token.start >= 3, a.bytes[token.end - 1] == UInt8(ascii: "s") {
            var capitals = true
            for index in token.start..<(token.end - 1) where !(a.bytes[index] >= 0x41 && a.bytes[index] <= 0x5A) { capitals = false; break }
            if capitals { return true }
        }
        guard token.allCaps else { return false }
        // Only an acronym in brackets or before them can be defined (tested before its letters are gathered).
        guard chunk.to + 1 < list.count, chunk.from >= 2 && a.isPunct(list[chunk.from - 1], "(") && a.isPunct(list[chunk.to + 1], ")")
                || chunk.to + 2 < list.count && a.isPunct(list[chunk.to + 1], "(") else { return false }
        let acronym = acronymLetters(token)
        guard acronym.count >= 2 else { return false }
        // The words that define it: before `(ACR)` or inside `ACR (…)`.
        var from = -1, to = -1
        if chunk.from >= 2, a.isPunct(list[chunk.from - 1], "("), chunk.to + 1 < list.count, a.isPunct(list[chunk.to + 1], ")") {
            to = chunk.from - 2
            from = max(0, to - acronym.count * 2)
        } else if chunk.to + 2 < list.count, a.isPunct(list[chunk.to + 1], "("),
                  let close = (chunk.to + 2..<min(list.count, chunk.to + 16)).first(where: { a.isPunct(list[$0], ")") }) {
            from = chunk.to + 2
            to = close - 1
        }
        guard from >= 0, to >= from else { return false }
        // Match the initials of the words (any case) from the end, skipping connectors.
        var j = acronym.count - 1
        var k = to
        var lower = 0, words = 0
        while k >= from, j >= 0 {
            let word = list[k]
            guard word.kind == .word else { return false }
            if !word.upper, word.isIn(.acronymConnectors) { k -= 1; continue }
            if NameFinder.lowerCaseBodyNouns.contains(word.key) || word.isIn(.organisationHeads) && word.upper { return false }
            guard a.bytes[word.start] & 0xDF == acronym[j] else { return false }
            if !word.upper { lower += 1 }
            words += 1
            j -= 1
            k -= 1
        }
        // Inside brackets the words must be all of the gloss.
        if j >= 0 { return false }
        if from == chunk.to + 2, k >= from { return false }
        return lower * 2 > words
    }

    /// `RFE/RL`, `Radio Free Europe/Radio Liberty`: two runs joined by a slash without spaces are one name.
    func joinSlashedNames(_ s: Int) {
        let list = a.tokens[s]
        joinLinkedNames(s) { left, right, mark in
            func plain(_ chunk: Chunk) -> Bool {
                hasNoCountryWord(chunk) && (chunk.tokenCount >= 2 || list[chunk.from].allCaps)
            }
            return a.isPunct(mark, "/") && !isDatelinePlace(left) && plain(left) && plain(right) && (left.tokenCount >= 2 || right.tokenCount == 1)
        }
    }

    /// Joins, in sentence `s` (whose chunks are the last ones), each two neighbouring names that one mark written
    /// without spaces links (`RFE/RL`, `Civil Will–Green Party`), when `joins` accepts the two and the mark.
    /// Inlined, so that a `joins` calling the name finder's methods does not retain it for every sentence.
    @inline(__always)
    func joinLinkedNames(_ s: Int, _ joins: (_ left: Chunk, _ right: Chunk, _ mark: Token) -> Bool) {
        let list = a.tokens[s]
        guard let base = bySentence[s].first, base + bySentence[s].count == chunks.count else { return }
        var index = base
        while index + 1 < chunks.count {
            let left = chunks[index], right = chunks[index + 1]
            let mark = left.to + 1
            guard right.from == mark + 1, list[mark].kind == .punct, !list[mark].space, !list[right.from].space,
                  left.titleFrom == nil, right.titleFrom == nil, joins(left, right, list[mark]) else { index += 1; continue }
            chunks[index] = Chunk(s: s, from: left.from, to: right.to, titleFrom: nil, key: keyOf(a.bytes, left.textStart, right.textEnd),
                                  textStart: left.textStart, textEnd: right.textEnd)
            chunks.remove(at: index + 1)
        }
        bySentence[s] = base..<chunks.count
    }

    /// No word of the name is a country, a country's acronym or a demonym.
    func hasNoCountryWord(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        return (chunk.from...chunk.to).allSatisfy { !list[$0].isIn(.countries) && !list[$0].isIn(.countryAcronyms) && !list[$0].isIn(.demonym) }
    }

    /// `Foreign, Commonwealth & Development Office`: a word and a comma before a body's name that `&` or `and`
    /// joins inside are one name.
    func joinCommaNames(_ s: Int) {
        let list = a.tokens[s]
        guard let base = bySentence[s].first, base + bySentence[s].count == chunks.count else { return }
        var index = base
        while index < chunks.count {
            let right = chunks[index]
            let comma = right.from - 1
            guard comma >= 1, a.isPunct(list[comma], ","), !list[comma].space, right.titleFrom == nil, right.tokenCount >= 3,
                  list[right.to].isIn(.bodyHeads), (right.from...right.to).contains(where: { a.isPunct(list[$0], "&") || list[$0].key == K.and }) else {
                index += 1; continue
            }
            // The word before the comma, alone or as a short run of its own (`Foreign` may stand as a title word).
            let leftIndex = index > base && chunks[index - 1].to == comma - 1 ? index - 1 : nil
            let from = leftIndex.map { chunks[$0].from } ?? comma - 1
            guard comma - 1 - from <= 1, leftIndex.map({ chunks[$0].titleFrom == nil }) ?? true,
                  (from...(comma - 1)).allSatisfy({ list[$0].kind == .word && list[$0].upper && !list[$0].allCaps && !list[$0].isIn(.countries) }) else {
                index += 1; continue
            }
            let joined = Chunk(s: s, from: from, to: right.to, titleFrom: nil, key: keyOf(a.bytes, list[from].start, right.textEnd),
                               textStart: list[from].start, textEnd: right.textEnd)
            if let leftIndex {
                chunks[leftIndex] = joined
                chunks.remove(at: index)
            } else {
                chunks[index] = joined
                index += 1
            }
        }
        bySentence[s] = base..<chunks.count
        if chunks.count - base >= 3 { joinSeriesNames(s) } // `NameFinderSeriesNames.swift`
    }

    /// `ARM1`, `ARMv8`: two or more letters run into a final number (a model, not a body).
    func isModelName(_ token: Token) -> Bool {
        guard token.kind == .word, token.upper, !token.hyphen, token.end - token.start >= 3 else { return false }
        let b = a.bytes
        guard b[token.end - 1] >= 0x30, b[token.end - 1] <= 0x39 else { return false }
        for index in token.start..<(token.start + 2) where !(b[index] | 0x20 >= 0x61 && b[index] | 0x20 <= 0x7A) { return false }
        return true
    }

    @inline(__always) func upperLetter(_ byte: UInt8) -> UInt8? {
        if byte >= 0x41 && byte <= 0x5A { return byte }
        if byte >= 0x61 && byte <= 0x7A { return byte & 0xDF }
        return nil
    }

    /// The hash of an acronym's letters, upper-cased (`Lexicon.rawStep`, as `initialsKey` hashes a name's initials):
    /// `U.S.` and `US` alike.
    func lettersKey(_ token: Token) -> UInt64 {
        var letters = Lexicon.rawSeed
        for k in token.start..<token.end { if let letter = upperLetter(a.bytes[k]) { letters = Lexicon.rawStep(letters, letter) } }
        return letters
    }

    /// Links made after `linkGroups`: an acronym to a group named by its initials with connectors (`BOJ` = `Bank of
    /// Japan`) or by its first word (`VLSI` = `VLSI Technology`); a group's name without its country (`Jamaat-e-Islami` =
    /// `Bangladesh Jamaat-e-Islami`) and the first part of its hyphenated word (`Jamaat`); `known locally as X`.
    func linkMoreAliases() {
        var roots = KeySetTable()
        var firstByKey = KeyTable<Int>(minimumCapacity: chunks.count / 2)
        for index in chunks.indices {
            if firstByKey[chunks[index].key] == nil { firstByKey[chunks[index].key] = index }
            if chunks[index].tokenCount >= 2, parent[chunks[index].key] != nil { roots.insert(find(chunks[index].key)) }
        }
        var byInitials = KeyTable<UInt64>()
        var byFirstWord = KeyTable<UInt64>()
        var byHyphenHead = KeyTable<UInt64>()
        var byGenericHead = KeyTable<UInt64>()
        func claim(_ table: inout KeyTable<UInt64>, _ key: UInt64, _ owner: UInt64) {
            if let old = table[key] { if old != 0, find(old) != find(owner) { table[key] = 0 } } else { table[key] = owner }
        }
        for index in chunks.indices where chunks[index].cls == .organisation {
            let chunk = chunks[index]
            let list = a.tokens[chunk.s]
            for k in chunk.from...chunk.to where list[k].hyphen && list[k].upper && upperAfterLastHyphen(list[k]) {
                claim(&byHyphenHead, a.headKey(list[k]), chunk.key)
            }
            guard chunk.tokenCount >= 2 else { continue }
            // `Bangladesh Jamaat-e-Islami` = `Jamaat-e-Islami`
            if list[chunk.from].isIn(.countries), list[chunk.from + 1].upper, let other = firstByKey[keyOf(a.bytes, list[chunk.from + 1].start, chunk.textEnd)],
               chunks[other].cls != .place, chunks[other].cls != .person, find(chunks[other].key) != find(chunk.key), !ownedByPossessive(chunks[other]) {
                note(chunk: chunk); note(chunk: chunks[other])
                chunks[other].cls = chunks[other].cls == .people ? .people : .organisation
                union(chunk.key, chunks[other].key)
                longForms.insert(chunk.key)
            }
            // `Election Commission of India` = `Election Commission`: a body's name without `of` and its country.
            if chunk.tokenCount >= 4, list[chunk.to].isIn(.countries), list[chunk.to - 1].key == K.of, !list[chunk.to - 1].upper,
               list[chunk.to - 2].isIn(.organisationHeads), let other = firstByKey[keyOf(a.bytes, list[chunk.from].start, list[chunk.to - 2].end)],
               chunks[other].cls == .organisation, find(chunks[other].key) != find(chunk.key) {
                note(chunk: chunk); note(chunk: chunks[other])
                union(chunk.key, chunks[other].key)
                longForms.insert(chunk.key)
            }
            // `Indian National Congress` = `Congress`: a head word alone names the one body whose other words are only a
            // demonym and generic name words.
            if list[chunk.to].isIn(.organisationHeads), !list[chunk.to].allCaps,
               (chunk.from..<chunk.to).allSatisfy({ list[$0].isIn(.demonym) || list[$0].isIn(.organisationWords) }) {
                claim(&byGenericHead, list[chunk.to].key, chunk.key)
            }
            // `VLSI Technology`: a company's trade word after it (not `UN Security Council`, a body of the UN).
            if list[chunk.from].allCaps, chunk.tokenCount == 2, !list[chunk.to].isIn(.bodyHeads), !NameFinder.definiteHeads.contains(list[chunk.to].key),
               !list[chunk.to].isIn(.countries), !list[chunk.from].isIn(.countryAcronyms),
               // `FTX US`: a parent's name with a country names a subsidiary, not the parent.
               !list[chunk.to].isIn(.countryAcronyms), !list[chunk.to].isIn(.demonym) {
                claim(&byFirstWord, keyOf(a.bytes, list[chunk.from].start, list[chunk.from].end), chunk.key)
            }
            var letters = Lexicon.rawSeed, count = 0, connectors = 0
            for k in chunk.from...chunk.to where list[k].kind == .word {
                if list[k].upper {
                    letters = Lexicon.rawStep(letters, a.bytes[list[k].start]); count += 1
                } else if list[k].isIn(.acronymConnectors), let letter = upperLetter(a.bytes[list[k].start]) {
                    letters = Lexicon.rawStep(letters, letter); count += 1; connectors += 1
                }
            }
            if count >= 3, connectors > 0 { claim(&byInitials, letters, chunk.key) }
        }
        for index in chunks.indices {
            let chunk = chunks[index]
            guard chunk.tokenCount == 1, chunk.cls != .place, chunk.cls != .person, groupCue[chunk.key, default: 0] > -50 else { continue }
            let token = a.tokens[chunk.s][chunk.from]
            var owner: UInt64 = 0
            if token.allCaps {
                guard !roots.contains(find(chunk.key)) else { continue }
                owner = byInitials[lettersKey(token)] ?? byFirstWord[chunk.key] ?? 0
            } else if token.upper, !token.hyphen {
                owner = byHyphenHead[chunk.key] ?? 0
                // The generic name wins over a specific one (`Trinamool Congress`); two generic ones leave it alone.
                if owner == 0, chunk.cls == .organisation, let generic = byGenericHead[chunk.key] { owner = generic }
            }
            guard owner != 0, find(owner) != find(chunk.key) else { continue }
            chunks[index].cls = .organisation
            note(chunk: chunks[index])
            union(owner, chunk.key)
            longForms.insert(owner)
        }
        // `the Janatha Vimukthi Peramuna (JVP), or People's Liberation Front, a party …`: a name glossed after its acronym.
        for index in chunks.indices where isGroup(chunks[index]) {
            let chunk = chunks[index]
            let list = a.tokens[chunk.s]
            let k = chunk.to + 1
            guard k + 5 < list.count, a.isPunct(list[k], "("), a.isPunct(list[k + 2], ")"), a.isPunct(list[k + 3], ","),
                  list[k + 4].key == K.or, let gloss = bySentence[chunk.s].first(where: { chunks[$0].from == k + 5 }),
                  chunks[gloss].tokenCount >= 2, chunks[gloss].cls != .person, chunks[gloss].cls != .place else { continue }
            let after = chunks[gloss].to + 1
            guard after >= list.count || a.isPunct(list[after], ",") || a.isPunct(list[after], "."), find(chunks[gloss].key) != find(chunk.key) else { continue }
            chunks[gloss].cls = .organisation
            note(chunk: chunk); note(chunk: chunks[gloss])
            union(chunk.key, chunks[gloss].key)
        }
        // `World Food Programme (WFP)`: a programme defined by its acronym is a body (`the … Programme` alone is a plan).
        for index in chunks.indices where chunks[index].cls == .place && chunks[index].tokenCount >= 2 {
            let chunk = chunks[index]
            let list = a.tokens[chunk.s]
            guard NameFinder.programmeHeads.contains(list[chunk.to].key), chunk.to + 3 < list.count, a.isPunct(list[chunk.to + 1], "("),
                  a.isPunct(list[chunk.to + 3], ")"), let inner = chunkAt(chunk.s, chunk.to + 2), isAcronymChunk(chunks[inner]),
                  acronymMatches(a.text(list[chunk.to + 2]), chunk) else { continue }
            chunks[index].cls = .organisation
            chunks[inner].cls = .organisation
            for other in chunks.indices where chunks[other].key == chunk.key { chunks[other].cls = .organisation }
            note(chunk: chunk); note(chunk: chunks[inner])
            union(chunk.key, chunks[inner].key)
            longForms.insert(chunk.key)
        }
        // `RFE/RL's Kyrgyz Service, known locally as Azattyk`
        for s in a.tokens.indices where bySentence[s].count >= 2 && a.tokens.summary(s).mayContain(K.known) {
            let list = a.tokens[s]
            for k in list.indices where list[k].key == K.known && k + 2 < list.count && list[k + 2].key == K.as_ && list[k + 1].kind == .word && !list[k + 1].upper {
                guard let target = bySentence[s].last(where: { chunks[$0].to < k && k - chunks[$0].to <= 3 && (isGroup(chunks[$0]) || parent[chunks[$0].key] != nil) }) else { continue }
                var m = k + 3
                if m < list.count, list[m].key == K.the { m += 1 }
                if let alias = chunkAt(s, m) { linkAlias(alias, to: chunks[target].key) }
            }
        }
    }
}
