/// More role patterns, kept apart from `findRoles`: honorifics that stay in a name
/// (`Chairman Sir Alistair Pryce`), a job title opening a sentence (`Historian X, who …`),
/// `hired X, formerly …, as chief executive`, `X will remain on the board as a director`,
/// `chaired by X's successor as president, Y`, and a surname's copy of a full name's role
/// (`CEO Carraway` after `chief executive Gordon Carraway`).
extension NameFinder {
    static let keptHonorifics = Lexicon.set(Lexicon.split("sir dame lord lady"))
    static let hireVerbs = Lexicon.set(Lexicon.split("hired appointed named recruited tapped picked chose installed promoted poached elected"))
    static let stayVerbs = Lexicon.set(Lexicon.split("remain remains remained stay stays stayed serve serves served continue continues continued keep keeps kept retain retains retained"))
    static let runVerbs = Lexicon.set(Lexicon.split("runs ran"))
    static let passiveAppointmentVerbs = Lexicon.set(Lexicon.split("named appointed elected"))
    static let successorNouns = Lexicon.set(Lexicon.split("successor predecessor replacement deputy"))

    /// `Chairman Sir Alistair Pryce`: the index of a kept honorific among the title words stripped before a name.
    func keptHonorific(_ s: Int, _ from: Int, _ start: Int) -> Int? {
        let list = a.tokens[s]
        for k in from..<start where NameFinder.keptHonorifics.contains(list[k].key) && list[k].upper {
            if k + 1 < list.count, list[k + 1].nameLike { return k }
        }
        return nil
    }

    /// `Historian Marcus Oyelaran, who …`: a capitalised occupation opening a sentence before a
    /// two- or three-word name is a role; the name starts after it. Inlined: asked of every run,
    /// and nearly always settled by its length and place.
    @inline(__always) func openingOccupation(_ s: Int, _ i: Int, _ end: Int) -> Int? {
        guard end - i >= 2, end - i <= 3, i == a.firstWordIndex(s) else { return nil }
        return occupationOpeningRun(s, i, end)
    }

    /// `openingOccupation` for a run of three or four words opening its sentence.
    private func occupationOpeningRun(_ s: Int, _ i: Int, _ end: Int) -> Int? {
        let list = a.tokens[s]
        let token = list[i]
        guard token.isIn(.roleHeads), !isTitleToken(token),
              !token.allCaps, !token.isIn(.demonym), !token.isIn(.organisationHeads) else { return nil }
        for k in i + 1...end {
            let word = list[k]
            guard word.kind == .word, word.nameLike, word.upper, !word.allCaps, !word.isIn(.organisationHeads), !word.isIn(.countries),
                  !word.isIn(.corporateSuffixes), !word.isIn(.nameConnectors), !isTitleToken(word) else { return nil }
        }
        return i + 1
    }

    /// The role after `as` at `m` (`as chief executive`, `as a non-executive director`): its range and owner.
    func roleAfterAs(_ s: Int, _ m: Int) -> (Int, Int, String?)? {
        let list = a.tokens[s]
        var k = m
        if k < list.count, list[k].key == K.the || list[k].key == K.a || list[k].key == K.an || list[k].key == K.its || list[k].key == K.his || list[k].key == K.her { k += 1 }
        let aged = k < list.count && list[k].kind == .number ? afterAgeBeforeOffice(s, k) : nil // `NameFinderAgedOffices.swift`
        if let aged { k = aged }
        let from = k
        while k < list.count, k - from < 5, list[k].kind == .word, !list[k].upper || isTitleToken(list[k]) {
            if list[k].isIn(.roleHeads) || (list[k].hyphen && Lexicon.roleHeads.contains(a.tailKey(list[k]))) || aged != nil && isAgentNoun(list[k]) {
                var head = k
                while head + 1 < list.count, list[head + 1].kind == .word, list[head + 1].isIn(.roleHeads) { head += 1 }
                // `chief technology officer`, `chief operating officer`: one lower-case word between two role words.
                if head + 2 < list.count, list[head + 1].kind == .word, !list[head + 1].upper, !list[head + 1].isIn(.roleBreakers),
                   list[head + 1].key != K.of, list[head + 2].kind == .word, !list[head + 2].upper, list[head + 2].isIn(.roleHeads) { head += 2 }
                var of: String?
                if head + 2 < list.count, list[head + 1].key == K.of || list[head + 1].key == K.at,
                   let owner = bySentence[s].first(where: { chunks[$0].from == head + 2 || chunks[$0].from == head + 3 && list[head + 2].key == K.the }),
                   isGroup(chunks[owner]) {
                    of = text(chunks[owner])
                }
                return (from, head, of)
            }
            if list[k].isIn(.roleBreakers) && !list[k].isIn(.roleModifiers) { return nil }
            k += 1
        }
        return nil
    }

    /// Roles `findRoles` does not see: `its board hired X, formerly …, as chief executive`,
    /// `X will remain on the board as a non-executive director`.
    func extraRole(_ chunk: Chunk) -> (String, String?)? {
        let list = a.tokens[chunk.s]
        var before = (chunk.titleFrom ?? chunk.from) - 1
        var k = chunk.to + 1
        // `named Chipotle Mexican Grill chief executive Brian Niccol as its new chairman`: past the name's present title.
        var back = before
        while back >= 0, back >= before - 6, list[back].kind == .word, !NameFinder.hireVerbs.contains(list[back].key),
              list[back].upper || list[back].isIn(.roleHeads) || list[back].isIn(.roleModifiers) { back -= 1 }
        if back >= 0, back < before, NameFinder.hireVerbs.contains(list[back].key), list[before].isIn(.roleHeads) { before = back }
        if before >= 0, list[before].kind == .word, NameFinder.hireVerbs.contains(list[before].key) {
            // Past one apposition between commas.
            if k < list.count, a.isPunct(list[k], ",") {
                var close = k + 1
                while close < list.count, close <= k + 14, !(list[close].kind == .punct && !a.isPossessive(chunk.s, close) && !a.isDash(list[close])) { close += 1 }
                if close < list.count, a.isPunct(list[close], ",") { k = close + 1 }
            }
            if k + 1 < list.count, list[k].key == K.as_, let (from, to, of) = roleAfterAs(chunk.s, k + 1) {
                return (a.span(chunk.s, from, to), of)
            }
            return nil
        }
        // `X will remain on the board as …`; `X, Starbucks' finance chief, will serve as …` past one apposition
        // or relative clause between commas; `X, 62, a former head of …,`: an age before the apposition.
        if k + 3 < list.count, a.isPunct(list[k], ","), list[k + 1].kind == .number, a.isPunct(list[k + 2], ","),
           list[k + 3].key == K.a || list[k + 3].key == K.an || list[k + 3].key == K.the { k += 2 }
        if k < list.count, a.isPunct(list[k], ",") {
            var close = k + 1
            while close < list.count, close <= k + 14, !(list[close].kind == .punct && !isAnyPossessive(chunk.s, close) && !a.isDash(list[close])) { close += 1 }
            if close < list.count, a.isPunct(list[close], ",") { k = close + 1 }
        }
        // `X, Starbucks' independent chair, who will become lead independent director`
        let relative = k < list.count && k > chunk.to + 1 && list[k].key == K.who
        if relative { k += 1 }
        var gap = 0
        while k < list.count, gap < 3, list[k].kind == .word, list[k].isIn(.auxiliaries) || list[k].key == K.to, !NameFinder.stayVerbs.contains(list[k].key) { k += 1; gap += 1 }
        // `X, Intel's independent chair, will become interim executive chair`: past an apposition or an auxiliary.
        if relative || gap > 0 || k > chunk.to + 1, k + 1 < list.count, NameFinder.becomeVerbs.contains(list[k].key), let (from, to, of) = roleAfterAs(chunk.s, k + 1) {
            return (a.span(chunk.s, from, to), of)
        }
        // `X, a former head of …, had been named CEO in 2020`: a passive appointment after an auxiliary.
        if gap > 0, k + 1 < list.count, NameFinder.passiveAppointmentVerbs.contains(list[k].key), list[k - 1].key != K.to {
            let start = k + 2 < list.count && list[k + 1].key == K.as_ ? k + 2 : k + 1
            if let (from, to, of) = roleAfterAs(chunk.s, start) { return (a.span(chunk.s, from, to), of) }
        }
        // `Justice Afridi, 59, hails from Kohat and served as chief justice of …`: a second verb of the same subject.
        if k < list.count, !NameFinder.stayVerbs.contains(list[k].key), let and = coordinatedStayVerb(chunk.s, k) { k = and }
        guard k < list.count, NameFinder.stayVerbs.contains(list[k].key) else { return nil }
        var m = k + 1
        while m < list.count, m <= k + 6, list[m].kind == .word, list[m].key != K.as_ { m += 1 }
        guard m + 1 < list.count, list[m].key == K.as_, let (from, to, of) = roleAfterAs(chunk.s, m + 1) else { return nil }
        return (a.span(chunk.s, from, to), of)
    }

    /// `X, an engineer who began his career at Intel in 1979 and became its first chief technology officer,`: the office
    /// a relative clause says the person took, after `and became`; `its` is the body named before in the clause.
    func becameInRelativeClause(_ chunk: Chunk) -> (String, String?)? {
        let list = a.tokens[chunk.s]
        guard let who = relativeWho(chunk, within: 6) else { return nil }
        var m = who + 1
        while m + 2 < list.count, m <= who + 16, list[m].kind == .word || list[m].kind == .number {
            // `who co-founded Mozilla and now runs Brave Software`: a second verb of running or founding, when the first
            // is one too (the first is `findRoles`' own).
            if list[m].key == K.and, NameFinder.foundingVerbs[list[who + 1].key] != nil {
                var n = m + 1
                if list[n].isIn(.timeAdverbs) || list[n].key == K.now { n += 1 }
                if n + 1 < list.count, let word = NameFinder.foundingVerbs[list[n].key] {
                    let objectStart = list[n + 1].key == K.the ? n + 2 : n + 1
                    if let owner = bySentence[chunk.s].first(where: { chunks[$0].from == objectStart }), isGroup(chunks[owner]) {
                        let body = text(chunks[owner])
                        return (word == "head" && NameFinder.runVerbs.contains(list[n].key) ? "head of \(body)" : word, body)
                    }
                }
            }
            if list[m].key == K.and, let roleStart = NameFinder.becomeVerbs.contains(list[m + 1].key) ? m + 2 : datedCopulaAfterAnd(chunk.s, m), // `NameFinderDatedCopulas.swift`
               let (from, to, of) = roleAfterAs(chunk.s, roleStart) {
                var owner = of
                if owner == nil, list[roleStart].key == K.its,
                   let body = bySentence[chunk.s].last(where: { chunks[$0].from > who && chunks[$0].to < m && isGroup(chunks[$0]) }) { owner = text(chunks[body]) }
                return (a.span(chunk.s, from, to), owner)
            }
            m += 1
        }
        return nil
    }

    /// `The committee, chaired by Lindqvist's successor as president, Walter Brandt, …`: the person named
    /// after `by X's successor …,` holds the role of the verb. Returns the person's chunk index and the role word.
    func successorAfterBy(_ s: Int, _ by: Int) -> Int? {
        let list = a.tokens[s]
        guard let owner = bySentence[s].first(where: { chunks[$0].from == by + 1 }), a.isPossessive(s, chunks[owner].to + 1),
              chunks[owner].to + 3 < list.count, NameFinder.successorNouns.contains(list[chunks[owner].to + 3].key) else { return nil }
        var k = chunks[owner].to + 4
        while k < list.count, k <= chunks[owner].to + 10, !a.isPunct(list[k], ",") {
            if list[k].kind == .punct { return nil }
            k += 1
        }
        guard k + 1 < list.count, let person = bySentence[s].first(where: { chunks[$0].from == k + 1 || chunks[$0].titleFrom == k + 1 }),
              chunks[person].cls == .person || isPersonShaped(chunks[person]) else { return nil }
        return person
    }

    /// Drops a role found for a surname alone (`CEO Carraway`) when the same person's full name holds
    /// the same role (`chief executive Gordon Carraway`), so that the person is listed once.
    func dropSurnameRoleCopies() {
        var fullNames: [(last: Substring, role: String, of: String?)] = []
        // By index: a copy of each found fact would retain all its strings.
        for index in a.found.indices where a.found[index].type == .position && a.found[index].subtype == "role" {
            guard let answer = a.found[index].answer, answer.utf8.contains(UInt8(ascii: " ")), let role = a.found[index].role,
                  let last = NameFinder.lastWord(answer) else { continue }
            fullNames.append((last, NameFinder.normalRole(role), a.found[index].of))
        }
        guard !fullNames.isEmpty else { return }
        // Read by index, then removed by moving: `removeAll(where:)` copied every fact after the first removed.
        var dropped: [Int] = []
        for index in a.found.indices where a.found[index].type == .position && a.found[index].subtype == "role" {
            guard let answer = a.found[index].answer, !answer.utf8.contains(UInt8(ascii: " ")), let role = a.found[index].role else { continue }
            let wanted = NameFinder.normalRole(role)
            let of = a.found[index].of
            // `chief justice` of another court than the full name's `next chief justice of Pakistan` is another post.
            if fullNames.contains(where: { $0.last == answer && ($0.role.contains(wanted) || wanted.contains($0.role)) && ($0.of == nil || of == nil || $0.of == of) }) {
                dropped.append(index)
            }
        }
        a.found.remove(ascending: dropped)
    }

    /// `text.split(separator: " ").last`, read from the end: splitting the whole name made an array of its words.
    static func lastWord(_ text: String) -> Substring? {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        let head = text[..<end]
        guard !head.isEmpty else { return nil }
        return head.lastIndex(of: " ").map { head[head.index(after: $0)...] } ?? head
    }

    static func normalRole(_ role: String) -> String {
        var text = role.lowercased()
        for prefix in ["then-", "former ", "ex-", "now ", "the ", "a ", "an "] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if text == "ceo" || text.hasPrefix("chief executive") { return "chief executive" }
        // `CFO` = `Chief Financial Officer`, `CTO`, `COO`.
        return canonicalRole(text)
    }
}

/// Titles joined by `and` (`Deputy Prime Minister and Foreign Minister Ishaq Dar`), a role noun before `named`
/// (`A graduate student named Bill Joy`), and an office with a rank after it (`Director General Lt Gen X`).
extension NameFinder {
    static let namingVerbs = Lexicon.set(Lexicon.split("named called"))
    /// Military ranks that may follow an office in one title (`Chief of Army Staff General`).
    static let rankWords: Set<String> = ["general", "gen", "gen.", "lt", "lt.", "lieutenant", "colonel", "col", "col.", "major", "maj", "maj.",
                                         "brigadier", "brig", "brig.", "admiral", "adm", "adm.", "marshal", "captain", "capt", "capt."]

    /// `Director General Lt Gen` → (`Director General`, `Lt Gen`); `Chief of Army Staff General` → (…, `General`).
    /// A `General` right after an office noun is part of it (`Attorney General`), and ranks alone are one role.
    static func splitRank(_ role: String) -> (String, String)? {
        // Most roles end in no rank word: in ASCII text (where a space always parts two words) that is read from the
        // text after the last space, before the role is split into words.
        if role.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let space = role.utf8.lastIndex(of: UInt8(ascii: " ")) else { return nil }
            let last = role[role.utf8.index(after: space)...]
            if !last.isEmpty, !rankWords.contains(last.lowercased()) { return nil }
        }
        let words = role.split(separator: " ")
        guard words.count >= 2, let lastWord = words.last, rankWords.contains(lastWord.lowercased()) else { return nil }
        var r = words.count
        while r > 0 {
            let word = words[r - 1].lowercased()
            guard rankWords.contains(word) else { break }
            if word == "general", r >= 2, Lexicon.roleHeads.contains(Lexicon.key(words[r - 2].lowercased())), !rankWords.contains(words[r - 2].lowercased()) { break }
            r -= 1
        }
        // The office must be a capitalised title (`army chief General` stays one phrase).
        guard r > 0, r < words.count, let first = words[r - 1].first, first.isUppercase else { return nil }
        return (words[..<r].joined(separator: " "), words[r...].joined(separator: " "))
    }

    /// `Deputy Prime Minister and Foreign Minister Ishaq Dar`: the title before `and` that the name's own title joins.
    func coordinatedTitle(_ chunk: Chunk) -> (String, String?)? {
        let list = a.tokens[chunk.s]
        let opener = chunk.titleFrom ?? chunk.from
        var k = opener - 1
        while k >= 0, list[k].kind == .word, list[k].key != K.and, list[k].upper, isTitleToken(list[k]) || list[k].isIn(.roleHeads) { k -= 1 }
        guard k >= 2, k < opener - 1 || chunk.titleFrom != nil && k < opener, list[k].key == K.and else { return nil }
        let end = k - 1
        let head = list[end]
        guard head.kind == .word, head.upper, head.isIn(.roleHeads) || isHyphenatedTitle(head) else { return nil }
        var start = end
        var of: String?
        while start - 1 >= 0, list[start - 1].kind == .word, list[start - 1].upper, list[start - 1].key != K.and,
              isTitleToken(list[start - 1]) || list[start - 1].isIn(.roleHeads) || list[start - 1].isIn(.demonym) {
            if let country = Lexicon.demonymCountry[list[start - 1].key], !country.isEmpty { of = country }
            start -= 1
        }
        // `the Prime Minister and President X` names two people.
        if start >= 1, list[start - 1].kind == .word, list[start - 1].key == K.the || list[start - 1].key == K.a || list[start - 1].nameLike && list[start - 1].upper { return nil }
        return (a.span(chunk.s, start, end), of)
    }

    /// `A graduate student named Bill Joy`: the role noun phrase before `named`/`called` and the name.
    /// Inlined: asked of every name, and nearly always settled by the word before it.
    @inline(__always) func roleBeforeNamed(_ chunk: Chunk) -> (Int, Int)? {
        let list = a.tokens[chunk.s]
        let start = chunk.titleFrom ?? chunk.from
        guard start >= 3, list[start - 1].kind == .word, !list[start - 1].upper, NameFinder.namingVerbs.contains(list[start - 1].key) else { return nil }
        return rolePhraseBeforeNaming(chunk.s, list, start)
    }

    /// `roleBeforeNamed` once the naming verb before the name at `start` is found.
    private func rolePhraseBeforeNaming(_ s: Int, _ list: UnsafeBufferPointer<Token>, _ start: Int) -> (Int, Int)? {
        let head = start - 2
        let noun = list[head]
        guard noun.kind == .word, !noun.upper, noun.isIn(.roleHeads) || isAgentNoun(noun) || isErNoun(noun) || isOccupationNoun(noun) else { return nil }
        var from = head
        while from - 1 >= 0, from > head - 4, list[from - 1].kind == .word {
            let word = list[from - 1]
            // Only an indefinite phrase introduces a name (`the president named X` appoints X).
            if word.key == K.a || word.key == K.an { return (from, head) }
            if word.key == K.the { return nil }
            if word.upper && from - 1 != a.firstWordIndex(s) || isFunctionWord(word) || word.isIn(.stanceVerbs) { return nil }
            from -= 1
        }
        return nil
    }
}

/// Political labels and lists of titled names: `hardliner Jalili`, `reformist President X` and `X, a hardliner seen as …`
/// hold no office (the label is a view, not a post); `A, former foreign secretary B and environmental lawyer C` is a
/// list whose every name has its own title, not an apposition of A.
extension NameFinder {
    static let politicalLabels: Set<String> = ["hardliner", "hardliners", "reformist", "reformists", "reformer", "moderate", "conservative",
                                                "liberal", "populist", "centrist", "leftist", "rightist", "progressive", "ultraconservative",
                                                "loyalist", "royalist", "traditionalist", "principlist", "hawk", "dove", "firebrand", "maverick"]

    /// A role (lower case, without `former`/`the`) that is only a political label: the label alone or not followed by an office.
    static func isPoliticalLabel(_ roleKey: String) -> Bool {
        guard let space = roleKey.firstIndex(of: " ") else { return politicalLabels.contains(roleKey) }
        guard politicalLabels.contains(String(roleKey[..<space])) else { return false }
        let rest = roleKey[roleKey.index(after: space)...]
        let second = rest.firstIndex(of: " ").map { rest[..<$0] } ?? rest
        return !Lexicon.roleHeads.contains(Lexicon.key(String(second)))
    }

    /// `OpenAI chief executive` and `chief executive of OpenAI`: the same words in another order (without `of`/`the`).
    /// `led by retired civil servant X`: the lower-case office between `by` and the name is a role of its own.
    func roleBeforeNameAfterBy(_ s: Int, _ by: Int, _ personIndex: Int, _ emit: (Chunk, String, String?) -> Void) {
        let list = a.tokens[s]
        let start = chunks[personIndex].titleFrom ?? chunks[personIndex].from
        guard start > by + 1, start - 1 < list.count else { return }
        let head = list[start - 1]
        guard head.kind == .word, !head.upper, head.isIn(.roleHeads) || isAgentNoun(head) || isOccupationNoun(head) else { return }
        emit(chunks[personIndex], a.span(s, by + 1, start - 1), nil)
    }

    /// Verbs of regarding someone (`seeing X as a partner`, `views X as a threat`).
    static let perceptionVerbs = Lexicon.set(Lexicon.split("""
        see sees saw seen seeing regard regards regarded regarding view views viewed viewing consider considers considered
        considering treat treats treated treating portray portrays portrayed portraying paint paints painted painting cast casts
        """))

    /// `CEO`, `chief executive officer`, `chief executive`: one role in its short and long forms.
    static func canonicalRole(_ role: String) -> String {
        switch role {
        case "ceo", "chief executive officer": return "chief executive"
        case "cfo": return "chief financial officer"
        case "coo": return "chief operating officer"
        case "cto": return "chief technology officer"
        default: return role
        }
    }

    static func sameRoleWords(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs.utf8.contains(UInt8(ascii: " ")), rhs.utf8.contains(UInt8(ascii: " ")) else { return false }
        func words(_ text: String) -> [Substring] { text.split(separator: " ").filter { $0 != "of" && $0 != "the" }.sorted() }
        return words(lhs) == words(rhs)
    }

    /// An apposition `from..<end` holding a name right after a role word, with only words of the title before it
    /// (`former foreign secretary Touhid Hossain`): the next titled item of a list. `adviser to President X` is not.
    func titledListItem(_ s: Int, _ from: Int, _ end: Int) -> Bool {
        let list = a.tokens[s]
        for c in bySentence[s] {
            let start = chunks[c].titleFrom ?? chunks[c].from
            guard start > from + 1, start < end else { continue }
            let before = list[start - 1]
            guard chunks[c].titleFrom != nil || before.isIn(.roleHeads) || isRoleNounBeforeName(before) else { continue }
            if (from..<start).allSatisfy({ list[$0].kind == .word && !isFunctionWord(list[$0]) }) { return true }
        }
        return false
    }
}
