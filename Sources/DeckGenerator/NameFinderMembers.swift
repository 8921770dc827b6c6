/// Membership lists: `The board included A, B and C`, `Its members include A and B`, `The first council,
/// elected in early 2019, included X himself, along with A, B and C`: each named person holds the role
/// `member of the board` (of the body the text names, or the last group whose name ends in that noun).
extension NameFinder {
    /// Bodies whose members a list names.
    static let memberBodies = Lexicon.set(Lexicon.split("""
        board council committee panel commission cabinet team delegation jury leadership presidium politburo
        directorate secretariat
        """))
    /// Plural members (`Its members include …`, `Board members included …`) and their singular.
    static let memberPlurals: KeyMap<String> = [
        Lexicon.key("members"): "member", Lexicon.key("trustees"): "trustee", Lexicon.key("directors"): "director",
    ]
    static let includeVerbs = Lexicon.set(Lexicon.split("include includes included comprise comprises comprised"))
    /// Words a list of members may hold between names (`A, B and C`, `X himself, along with Y`, `as well as`).
    static let memberListFillers = Lexicon.set(Lexicon.split("and along with as well also himself herself themselves plus"))

    func findMemberships(_ emit: (Chunk, String, String?) -> Void) {
        // The words a membership list or a verb office starts at (see `verbOfficeAt`), tested on one word first.
        let startKeys = [K.who, NameFinder.swornKey, NameFinder.oathKey, NameFinder.writesKey] + NameFinder.includeVerbs.keys
        let starts = KeyFilter(startKeys)
        // Members are named: a sentence without names has none.
        for s in a.tokens.indices where !bySentence[s].isEmpty {
            let list = a.tokens[s]
            guard list.count > 4 else { continue }
            // A comma starts something only after a role word or before a number word (`verbOfficeAt`), and a word only
            // when it is one of those words: the sentence's summary rules most sentences out before a token is read.
            let summary = a.tokens.summary(s)
            guard summary.has(.roleHeads) || summary.has(.numberWord) || startKeys.contains(where: { summary.mayContain($0) }) else { continue }
            for v in 2..<(list.count - 1) {
                // Only a comma or one of those words starts anything here.
                if list[v].kind == .word ? !starts.mayContain(list[v].key) : list[v].kind != .punct || list[v].mark != UInt8(ascii: ",") { continue }
                let token = list[v]
                if list.count > 5, v < list.count - 2 { verbOfficeAt(s, v, token, emit) } // `NameFinderOaths.swift`
                // Cheap first test: `include…` and `compris…` only.
                guard token.kind == .word, !token.upper, token.end - token.start >= 7,
                      a.bytes[token.start] == UInt8(ascii: "i") || a.bytes[token.start] == UInt8(ascii: "c"),
                      NameFinder.includeVerbs.contains(token.key) else { continue }
                guard let (role, of) = memberRole(s, v) else { continue }
                var k = v + 1
                while k < list.count, k <= v + 40 {
                    let word = list[k]
                    if a.isPunct(word, ",") || word.kind == .word && !word.upper && NameFinder.memberListFillers.contains(word.key) { k += 1; continue }
                    guard let index = bySentence[s].first(where: { chunks[$0].from == k || chunks[$0].titleFrom == k }) else {
                        // `van Rossum himself`: a name the finder did not take; on to the next comma.
                        var next = k
                        while next < list.count, next < k + 4, list[next].kind == .word, !NameFinder.memberListFillers.contains(list[next].key) { next += 1 }
                        guard next > k, next < list.count, next < k + 4, a.isPunct(list[next], ",") || NameFinder.memberListFillers.contains(list[next].key) else { break }
                        k = next
                        continue
                    }
                    let chunk = chunks[index]
                    guard chunk.cls == .person || chunk.tokenCount >= 2 && isPersonShaped(chunk) && !isGroup(chunk) else {
                        // A body ends the list; a name that is no person's (`van Rossum`) is passed.
                        if isGroup(chunk) { break }
                        k = chunk.to + 1
                        continue
                    }
                    chunks[index].cls = .person
                    emit(chunks[index], role, of)
                    k = chunk.to + 1
                }
            }
        }
    }

    /// The role the subject of `include` at `v` gives its list: `member of the first council` (a body noun,
    /// past an aside between commas), `member` of a named group, `board member` (`Board members include`).
    func memberRole(_ s: Int, _ v: Int) -> (String, String?)? {
        let list = a.tokens[s]
        var end = v - 1
        // `The first council, elected in early 2019, included …`
        if a.isPunct(list[end], ","), let open = (max(0, end - 14)..<end).reversed().first(where: { list[$0].kind == .punct }),
           a.isPunct(list[open], ",") { end = open - 1 }
        guard end >= 0, list[end].kind == .word else { return nil }
        if let group = bySentence[s].first(where: { chunks[$0].to == end && isGroup(chunks[$0]) }) {
            return ("member", text(chunks[group]))
        }
        let head = list[end]
        guard !head.upper || end == a.firstWordIndex(s) else { return nil }
        // `The board` / `Its board` / `Bayer's board` / `The first council`
        var start = end
        var of: String?
        while start - 1 >= 0, start > end - 4, list[start - 1].kind == .word, !list[start - 1].upper || start - 1 == a.firstWordIndex(s) {
            start -= 1
            if list[start].key == K.the || list[start].key == K.its || list[start].key == K.their { break }
        }
        if start >= 3, a.isPossessive(s, start - 2), list[start - 1].key == K.s,
           let owner = bySentence[s].first(where: { chunks[$0].to == start - 3 && isGroup(chunks[$0]) }) {
            of = text(chunks[owner])
        } else if list[start].key == K.its || list[start].key == K.their {
            of = lastOrganisation(before: s)
        }
        if let singular = NameFinder.memberPlurals[head.key] {
            let from = list[start].key == K.its || list[start].key == K.their || list[start].key == K.the ? start + 1 : start
            let words = from < end ? a.span(s, from, end - 1) : ""
            return ((words.isEmpty ? "" : words.lowercased() + " ") + singular, of)
        }
        guard NameFinder.memberBodies.contains(head.key) else { return nil }
        var body = a.span(s, start, end)
        if start < end, list[start].key == K.its || list[start].key == K.their || list[start].key == K.the { body = "the " + a.span(s, start + 1, end) }
        else if start == end { body = "the " + body }
        if of == nil { of = lastGroupEnding(in: head.key, before: s) }
        return ("member of " + body.lowercased(), of)
    }

    /// The last group before sentence `s` (or in it) whose name ends in the noun `key` (`Steering Council` for `the council`).
    func lastGroupEnding(in key: UInt64, before s: Int) -> String? {
        for index in chunks.indices.reversed() where chunks[index].s <= s && isGroup(chunks[index]) {
            if a.tokens[chunks[index].s][chunks[index].to].key == key { return text(chunks[index]) }
        }
        return nil
    }
}
