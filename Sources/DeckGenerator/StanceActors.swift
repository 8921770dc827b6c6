/// Who holds a stance, and which reporting verbs give none: the subject before asides
/// (`The PTI, the party of X, rejected …`), joined verbs (`X said … and warned that …`), referring
/// nouns that must match a group's head word (`the ministry` → `Ministry of …`), `Officials in PLACE`,
/// empty or negated speech (`has said almost nothing`, `did not say`), actions (`claimed the attack`),
/// and the issue (`on`) as a short noun phrase.
extension NameFinder {
    enum SK {
        static let who = Lexicon.key("who"), whose = Lexicon.key("whose"), which = Lexicon.key("which")
        static let but = Lexicon.key("but"), nor = Lexicon.key("nor"), neither = Lexicon.key("neither")
        static let not = Lexicon.key("not"), never = Lexicon.key("never")
        static let what = Lexicon.key("what"), that = Lexicon.key("that"), whom = Lexicon.key("whom")
        static let for_ = Lexicon.key("for"), against = Lexicon.key("against"), to = Lexicon.key("to")
        static let in_ = Lexicon.key("in"), at = Lexicon.key("at"), about = Lexicon.key("about")
    }
    /// `the group`, `the militants`: any group named before.
    static let genericReferents = Lexicon.set(Lexicon.split("group organisation organization movement militants"))
    /// `the company`, `the firm`, `the lender`: a company-like group.
    static let companyReferents = Lexicon.set(Lexicon.split("company firm lender"))
    /// `the ministry`, `the union`: only a group whose name holds that word.
    static let headReferents = Lexicon.set(Lexicon.split("ministry union agency bank party government alliance"))
    /// Speech verbs: negated (`did not say`) they give no view.
    static let speechVerbs = Lexicon.set(Lexicon.split("said says say saying stated states told tell tells commented comments explained explains"))
    static let argueVerbs = Lexicon.set(Lexicon.split("argued argues argue arguing"))
    static let protestVerbs = Lexicon.set(Lexicon.split("protested protests protest"))
    static let objectVerbs = Lexicon.set(Lexicon.split("objected objects object"))
    static let claimVerbs = Lexicon.set(Lexicon.split("claimed claims claim claiming"))
    /// `claimed the attack`, `claimed responsibility`: a deed owned, not a view.
    static let claimedDeeds = Lexicon.set(Lexicon.split("""
        responsibility credit attack attacks bombing bombings blast blasts operation operations killing killings
        assassination strike strikes raid raids ambush ambushes explosion explosions victory win seat seats title lives life
        hijacking kidnapping abduction
        """))
    static let refusalVerbs = Lexicon.set(Lexicon.split("refused refuses declined declines declining refusing"))
    static let noCommentWords = Lexicon.set(Lexicon.split("comment say speculate elaborate discuss confirm answer respond disclose"))
    /// `has said almost nothing`, `said little`.
    static let emptyObjects = Lexicon.set(Lexicon.split("nothing little anything none"))
    static let emptyModifiers = Lexicon.set(Lexicon.split("almost next to virtually very relatively so"))
    /// `Officials in Islamabad insist …`: plural role nouns that make an actor with `in PLACE`.
    static let pluralRoleNouns = Lexicon.set(Lexicon.split("""
        officials diplomats analysts experts observers critics residents lawmakers legislators politicians leaders
        commanders activists economists authorities
        """))
    /// `Baloch nationalists argue …`: a people and a plural partisan noun are one actor.
    static let partisanNouns = Lexicon.set(Lexicon.split("nationalists separatists activists leaders elders politicians lawmakers intellectuals"))
    static let subjectPronouns = Lexicon.set(Lexicon.split("it he she they we i"))
    /// Words a verb may follow directly (`who says`, `and claims`).
    static let verbLeaders = Lexicon.set(Lexicon.split("who which that and but it he she they we i also"))
    static let pronouns = Lexicon.set(Lexicon.split("it he she they we i you there this these those one who which what him her them us"))
    /// Words that end a noun phrase naming the issue.
    static let phraseStops = Lexicon.set(Lexicon.split("""
        may might can could should must shall would will unless if because while when whether although though than but or
        nor so yet where whose whom not being been is are was were has have had do does did and
        """))
    /// Days, months and relative times: `on Tuesday` is no issue.
    static let timeWords = Lexicon.set(Lexicon.split("""
        monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow january february march april
        may june july august september october november december
        """))
    /// Words that make no issue on their own (`more`, `thousands`).
    static let quantityWords = Lexicon.set(Lexicon.split("""
        more less much many most some all none nothing little few several thousands millions hundreds dozens tens
        almost nearly about only just even also
        """))
    /// Prepositions that introduce the issue itself (`called for X`, `objected to X`).
    static let topicPrepositions = Lexicon.set(Lexicon.split("for against on about over to of"))
    /// Abbreviated honorifics a speaker's name may start with (`said Dr. X`).
    static let speakerHonorifics = Lexicon.set(Lexicon.split("dr dr. mr mr. mrs mrs. ms ms. prof prof. professor sir dame lord lady"))

    /// The index of the first mention of the subject before the asides that end at the comma `back`:
    /// `The PTI, the party of X, rejected`, `The FSU (Financial Services Union), which represents …, said`,
    /// `Ostrander & Vale Inc., the U.S. maker of A and B, agreed`. Up to three asides.
    func subjectBeforeAsides(_ s: Int, _ back: Int, _ mentions: [Actor]) -> Actor? {
        let list = a.tokens[s]
        guard back > 1, back < list.count, a.isPunct(list[back], ",") else { return nil }
        var close = back
        for _ in 0..<3 {
            var open = close - 1
            var depth = 0
            while open > 0, open > close - 30 {
                let token = list[open]
                if token.kind == .punct {
                    if a.isPunct(token, ")") { depth += 1 }
                    else if a.isPunct(token, "(") { if depth == 0 { return nil }; depth -= 1 }
                    else if depth == 0, a.isPunct(token, ",") { break }
                    else if depth == 0, a.isPunct(token, ";") || a.isPunct(token, ":") { return nil }
                }
                open -= 1
            }
            guard open > 0, open > close - 30, a.isPunct(list[open], ","), open + 1 < close else { return nil }
            let first = list[open + 1]
            let opensAside = first.key == K.the || first.key == K.a || first.key == K.an || first.key == SK.who || first.key == SK.whose
                || first.key == SK.which || first.kind == .word && !first.upper || a.isPossessive(s, open + 2)
            guard opensAside else { return nil }
            if let subject = mentionEnding(s, open - 1, mentions) { return subject }
            close = open
        }
        return nil
    }

    /// A strong, named mention ending at `end`, or before a bracket there (`The FSU (Financial Services Union)`).
    func mentionEnding(_ s: Int, _ end: Int, _ mentions: [Actor]) -> Actor? {
        let list = a.tokens[s]
        guard end >= 0 else { return nil }
        var last = end
        if last > 0, a.isPunct(list[last], "."), !list[last].space { last -= 1 }
        if a.isPunct(list[last], ")"), let open = (max(0, last - 12)..<last).reversed().first(where: { a.isPunct(list[$0], "(") }) {
            if let inner = mentions.last(where: { $0.to == last - 1 && $0.from == open + 1 }), !inner.weak, inner.fixedName == nil,
               mentions.last(where: { $0.to == open - 1 }) == nil { return inner }
            last = open - 1
        }
        guard let subject = mentions.last(where: { $0.to == last }), !subject.weak, subject.fixedName == nil, !subject.unresolved else { return nil }
        return subject
    }

    /// `the ministry`, `the union`: the latest group before whose name holds the noun (`Ministry of …`),
    /// `the company` a company-like group, `the group` any group; nil when none fits.
    func referent(_ s: Int, _ k: Int, _ mentions: [Actor], _ groupStarts: [Int], _ lastByHead: [UInt64: Int],
                  stanceGroup: String?, lastGroup: String?) -> String? {
        let list = a.tokens[s]
        let noun = list[k + 1].key
        let before = mentions.last { m in m.to < k && groupStarts.contains(m.from) && m.fixedName == nil }
        if NameFinder.genericReferents.contains(noun) {
            return before.map(name) ?? stanceGroup ?? lastGroup
        }
        if NameFinder.companyReferents.contains(noun) {
            if let before, !NameFinder.nonCompanyHeads.contains(list[before.to].key) { return name(before) }
            return articleCompany()
        }
        // A head word: a group in this sentence before it, else the last group before whose name holds it.
        if let inSentence = mentions.last(where: { m in m.to < k && groupStarts.contains(m.from) && m.fixedName == nil && (m.from...m.to).contains { list[$0].key == noun } }) {
            return name(inSentence)
        }
        return lastByHead[noun].map { text(chunks[$0]) }
    }

    /// Remembers, for each referring head word, the last group of sentence `s` whose name holds it.
    func noteHeads(_ s: Int, _ lastByHead: inout [UInt64: Int]) {
        let list = a.tokens[s]
        for index in bySentence[s] where isGroup(chunks[index]) {
            let chunk = chunks[index]
            for k in chunk.from...chunk.to where list[k].kind == .word && NameFinder.headReferents.contains(list[k].key) {
                lastByHead[list[k].key] = index
            }
        }
    }

    /// Whether an actor is a person's name.
    func isPerson(_ actor: Actor) -> Bool {
        bySentence[actor.s].contains { chunks[$0].from == actor.from && chunks[$0].cls == .person }
    }

    /// `Officials in Islamabad`: a plural role noun, `in` and a place make one actor.
    func roleInPlaceActors(_ s: Int) -> [Actor] {
        var out: [Actor] = []
        let list = a.tokens[s]
        for index in bySentence[s] where chunks[index].cls == .place || chunks[index].cls == .other {
            let chunk = chunks[index]
            guard chunk.from >= 2, list[chunk.from - 1].key == SK.in_, list[chunk.from - 2].kind == .word,
                  NameFinder.pluralRoleNouns.contains(list[chunk.from - 2].key) else { continue }
            var from = chunk.from - 2
            if from >= 1, list[from - 1].kind == .word, list[from - 1].upper, !list[from - 1].isIn(.determiners) { from -= 1 }
            out.append(Actor(s: s, from: from, to: chunk.to, nameStart: list[from].start, nameEnd: chunk.textEnd))
        }
        return out
    }

    /// Whether the stance verb at `v` gives no view: `has said almost nothing`, `did not say`,
    /// `neither accepted nor rejected`, `argued over it`, `protested`, `claimed the attack`, `refused to comment`.
    func isEmptyOrNoView(_ s: Int, _ v: Int) -> Bool {
        let list = a.tokens[s]
        let key = list[v].key
        var back = v - 1
        var negated = false
        while back >= 0, list[back].kind == .word, list[back].isIn(.auxiliaries) || a.endsWith(list[back], "ly") {
            if list[back].key == SK.not || list[back].key == SK.never { negated = true }
            back -= 1
        }
        if v > 0, list[v - 1].key == SK.nor || list[v - 1].key == SK.neither { return true }
        if negated, NameFinder.speechVerbs.contains(key) { return true }
        // `refused to comment`, `declined to say`
        if v + 2 < list.count, list[v + 1].key == SK.to, NameFinder.noCommentWords.contains(list[v + 2].key) { return true }
        if v >= 2, list[v - 1].key == SK.to, NameFinder.refusalVerbs.contains(list[v - 2].key), NameFinder.speechVerbs.contains(key) { return true }
        let next = v + 1 < list.count ? list[v + 1] : nil
        // `has said almost nothing`
        var k = v + 1
        while k < list.count, list[k].kind == .word, NameFinder.emptyModifiers.contains(list[k].key) { k += 1 }
        if k < list.count, list[k].kind == .word, NameFinder.emptyObjects.contains(list[k].key),
           k + 1 >= list.count || list[k + 1].kind == .punct || list[k + 1].key == SK.about || list[k + 1].key == K.on || list[k + 1].key == K.of { return true }
        if NameFinder.argueVerbs.contains(key) {
            // `argued over it`: no view unless `that`, `for` or `against` (or a clause) follows.
            guard let next, next.kind == .word else { return true }
            if next.isIn(.prepositions), next.key != SK.for_, next.key != SK.against,
               !((v + 1)..<min(list.count, v + 8)).contains(where: { list[$0].key == SK.that }) { return true }
        }
        if NameFinder.protestVerbs.contains(key), next?.key != SK.that { return true }
        if NameFinder.objectVerbs.contains(key), next?.key != SK.to, next?.key != SK.that { return true }
        if NameFinder.claimVerbs.contains(key) {
            var m = v + 1
            while m < list.count, m < v + 4, list[m].isIn(.determiners) || a.isPossessive(s, m) || m > v + 1 && a.isPossessive(s, m - 1) { m += 1 }
            if m < list.count, list[m].kind == .word, NameFinder.claimedDeeds.contains(list[m].key) { return true }
        }
        return false
    }

    /// `The Taliban government in Kabul denied …`: a weak name heads a state body (and its place) before the verb.
    func isBodyOfName(_ s: Int, _ actor: Actor, _ v: Int) -> Bool {
        let list = a.tokens[s]
        var k = actor.to + 1
        guard k < v, list[k].kind == .word, !list[k].upper, list[k].isIn(.stateBodies) else { return false }
        k += 1
        if k < v, list[k].key == SK.in_ { k += 1; while k < v, list[k].kind == .word, list[k].upper { k += 1 } }
        while k < v, list[k].kind == .word, list[k].isIn(.auxiliaries) || a.endsWith(list[k], "ly") { k += 1 }
        return k == v
    }

    /// The group a sentence opens with (`The BLA claimed …`), if any.
    func sentenceSubjectGroup(_ s: Int) -> Int? {
        let list = a.tokens[s]
        for index in bySentence[s] where isGroup(chunks[index]) {
            let chunk = chunks[index]
            guard chunk.from == 0 || chunk.from == 1 && list[0].key == K.the else { continue }
            if chunk.to + 1 < list.count, a.isPossessive(s, chunk.to + 1) { return nil }
            return index
        }
        return nil
    }

    /// `X said A and warned that B`: the end of a stance body before a joined stance verb.
    func beforeJoinedVerb(_ s: Int, _ from: Int, _ end: Int) -> Int {
        let list = a.tokens[s]
        guard from < end else { return end }
        for k in from...end where (list[k].key == K.and || list[k].key == SK.but) && k > from {
            var j = k + 1
            while j <= end, list[j].kind == .word, list[j].isIn(.auxiliaries) || a.endsWith(list[j], "ly") { j += 1 }
            guard j <= end, list[j].kind == .word, !list[j].upper, list[j].isIn(.stanceVerbs), !a.endsWith(list[j], "ing") else { continue }
            var stop = k - 1
            while stop > from, list[stop].kind == .punct, !a.isCloseQuote(list[stop]) { stop -= 1 }
            return stop
        }
        return end
    }

    /// The issue a view is about: a short noun phrase at `from` (after `that` and a topic preposition),
    /// or nil when the words there are no noun phrase (`it`, `more`, `in public`, `had pushed`).
    func issuePhrase(_ s: Int, _ from: Int) -> String? {
        let list = a.tokens[s]
        var start = from
        while start < list.count, list[start].key == K.that || a.isOpenQuote(list[start]) { start += 1 }
        if start < list.count, list[start].kind == .word, NameFinder.topicPrepositions.contains(list[start].key) {
            start += 1
            // `agreed to acquire X`, `agreed on Tuesday`: a verb or a time, no issue.
            guard start < list.count, !NameFinder.timeWords.contains(list[start].key) else { return nil }
            if list[start - 1].key == SK.to, !(list[start].isIn(.determiners) || list[start].upper) { return nil }
        }
        guard start < list.count else { return nil }
        let first = list[start]
        guard first.kind == .word || first.kind == .number else { return nil }
        if first.kind == .word {
            if NameFinder.pronouns.contains(first.key) || NameFinder.quantityWords.contains(first.key) || first.isIn(.auxiliaries)
                || NameFinder.phraseStops.contains(first.key) || first.isIn(.prepositions) || first.isIn(.stanceVerbs) { return nil }
        }
        var k = start
        while k < list.count, k - start < 6, list[k].kind == .word || list[k].kind == .number || a.isPossessive(s, k) || (k > start && a.isPossessive(s, k - 1)) {
            let key = list[k].key
            if k > start, key == K.as_ || key == K.that || key == K.and || key == K.which || key == K.to || key == K.who
                || (list[k].isIn(.prepositions) && key != K.of) || list[k].isIn(.stanceVerbs) || list[k].isIn(.auxiliaries)
                || NameFinder.phraseStops.contains(key) { break }
            k += 1
        }
        var end = k - 1
        while end > start, list[end].isIn(.determiners) || list[end].isIn(.prepositions) { end -= 1 }
        // `IBM’s dialect` cut after the apostrophe: keep the `s`.
        if end > start, a.isPossessive(s, end) { end += 1 }
        guard end >= start, !(end == start && list[start].isIn(.determiners)) else { return nil }
        return a.span(s, start, end)
    }
}
