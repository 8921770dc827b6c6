/// Stances: an actor's stated view. Reporting and stance verbs after an actor
/// (`X has denied …`, `X said that …`), `According to X, …`, possessive stance nouns
/// (`X's rejection of …`), `the goals of X are …`, and `anti-X Y`.
extension NameFinder {
    static let auxiliaries = Lexicon.set(Lexicon.split("has have had never not also always repeatedly long strongly publicly reportedly continues continue continued to would will did does do is was are were be been openly firmly consistently still now then however officially formally"))
    static let prepositions = Lexicon.set(Lexicon.split("of to by with from against in on at for between about into towards toward like than over under among amid via"))
    static let clauseBreakers = Lexicon.set(Lexicon.split("with while but although whereas which as it he she they we i"))
    static let passiveMarkers = Lexicon.set(Lexicon.split("is was are were been be being"))
    static let determiners = Lexicon.set(Lexicon.split("the a an this that these those their his her its our my your of point"))
    static let reportingVerbs = Lexicon.set(Lexicon.split("said says say saying stated states explained explains argued argues told noted notes added adds wrote writes warned warns claimed claims insisted insists concluded believes believe believed thinks thought suggested suggests stressed emphasised emphasized declared asserted maintained maintains acknowledged admitted confirmed predicted replied replies responded responds countered"))
    static let coreferenceNouns = Lexicon.set(Lexicon.split("group organisation organization movement company firm party government militants alliance bank union ministry agency lender"))

    /// People who speak for a body named after `for` (`Lawyers for Evergrande argued …`).
    static let speakerNouns = Lexicon.set(Lexicon.split("lawyers lawyer counsel attorneys attorney representatives representative spokesman spokeswoman spokesperson"))
    /// A body's document or voice after its possessive (`The BJP's manifesto promised …`).
    static let voiceNouns = Lexicon.set(Lexicon.split("manifesto statement report letter filing website spokesman spokeswoman spokesperson"))

    static let stateBodies = Lexicon.set(Lexicon.split("government authorities military army parliament president presidency ministry cabinet officials leadership regime"))

    /// An actor mention: its tokens, and the byte range of its name (a `String` only when a stance is emitted).
    struct Actor {
        var s: Int; var from: Int; var to: Int
        var nameStart: Int; var nameEnd: Int
        var fixedName: String? = nil
        var weak = false
        /// `the ministry` with no group of that name before: it takes the subject, and gives no stance.
        var unresolved = false
    }
    func name(_ actor: Actor) -> String { actor.fixedName ?? a.text(actor.nameStart, actor.nameEnd) }
    func actor(_ chunk: Chunk, weak: Bool = false) -> Actor {
        Actor(s: chunk.s, from: chunk.from, to: chunk.to, nameStart: chunk.textStart, nameEnd: chunk.textEnd, weak: weak)
    }

    /// Actor mentions of a sentence: groups, persons, countries.
    func actors(_ s: Int) -> [Actor] {
        var out: [Actor] = []
        // Room for one actor per name, made once rather than by doubling.
        out.reserveCapacity(bySentence[s].count)
        let list = a.tokens[s]
        for index in bySentence[s] {
            let chunk = chunks[index]
            switch chunk.cls {
            case .organisation, .people, .person:
                out.append(actor(chunk))
            case .place:
                if chunk.tokenCount <= 3, (chunk.from...chunk.to).allSatisfy({ list[$0].isIn(.countries) }) || Lexicon.multiWordPlaces.contains((chunk.from...chunk.to).map { list[$0].key }) {
                    out.append(actor(chunk))
                }
            case .demonymName:
                // `the Norwegian government`, `Pakistani authorities`: an actor, though not a group.
                if chunk.tokenCount == 1, chunk.to + 1 < list.count, list[chunk.to + 1].isIn(.stateBodies) {
                    out.append(Actor(s: s, from: chunk.from, to: chunk.to + 1, nameStart: chunk.textStart, nameEnd: list[chunk.to + 1].end))
                } else if parent[chunk.key] != nil { out.append(actor(chunk)) }
            default:
                if parent[chunk.key] != nil { out.append(actor(chunk)) }
                else if chunk.cls == .other { out.append(actor(chunk, weak: true)) }
            }
        }
        // `Baloch nationalists argue …`: a one-word name and a plural partisan noun are one actor.
        for i in out.indices where out[i].from == out[i].to && out[i].to + 1 < list.count && !out[i].weak {
            let next = list[out[i].to + 1]
            if next.kind == .word, !next.upper, NameFinder.partisanNouns.contains(next.key) {
                out[i].to += 1
                out[i].nameEnd = next.end
            }
        }
        out.append(contentsOf: roleInPlaceActors(s))
        // `Analysts said …`, `Rights groups disputed …`: a plural kind of actor opening the sentence.
        if let plural = pluralActor(s) {
            out.removeAll { $0.from >= plural.from && $0.to <= plural.to }
            out.append(plural)
        }
        return out
    }

    func findStances() {
        var lastGroup: String?
        var stanceGroup: String?
        var lastByHead: [UInt64: Int] = [:]
        /// The group that was the subject of the sentence before (`The BLA claimed … The group said …`), a chunk index.
        var subjectGroup: Int?
        for s in a.tokens.indices where !a.tokens[s].isEmpty {
            let list = a.tokens[s]
            let paragraph = a.read.paragraphs[a.read.sentences[s].paragraph]
            guard paragraph.kind == .body || paragraph.kind == .listItem else { continue }
            guard mayHoldStance(s) else {
                // Nothing to find here; only remember the last group named, as the full pass would.
                var last: Int?
                for index in bySentence[s] where isGroup(chunks[index]) && (last == nil || chunks[index].from > chunks[last!].from) { last = index }
                if let last { lastGroup = text(chunks[last]) }
                noteHeads(s, &lastByHead)
                subjectGroup = sentenceSubjectGroup(s)
                continue
            }
            // A short list (a sentence names few groups): searched faster than a `Set` is built.
            var groupStarts: [Int] = []
            for index in bySentence[s] where isGroup(chunks[index]) { groupStarts.append(chunks[index].from) }
            var mentions = actors(s)
            // `the group`, `the company`, `the ministry`: a fitting group named before, else no actor.
            var referring: [Actor] = []
            let hasCoreference = a.tokens.summary(s).has(.coreferenceNouns)
            for k in list.indices where hasCoreference && k + 1 < list.count && list[k].key == K.the && list[k + 1].isIn(.coreferenceNouns) && !list[k + 1].upper {
                if let name = referent(s, k, mentions, groupStarts, lastByHead, stanceGroup: subjectGroup.map { text(chunks[$0]) } ?? stanceGroup, lastGroup: lastGroup) {
                    referring.append(Actor(s: s, from: k, to: k + 1, nameStart: 0, nameEnd: 0, fixedName: name))
                } else {
                    referring.append(Actor(s: s, from: k, to: k + 1, nameStart: 0, nameEnd: 0, fixedName: "", unresolved: true))
                }
            }
            mentions.append(contentsOf: referring)
            mentions.sort { $0.from < $1.from }
            var done: Set<Int> = []
            /// Emitted views: their actor and word range (a view inside another of the same actor is no new fact).
            var bodies: [(actorFrom: Int, actorTo: Int, from: Int, to: Int)] = []
            /// Stance verbs with their actor (`X said … and warned …`: the joined verb's subject).
            var verbActors: [(v: Int, actor: Actor)] = []
            func emit(_ actor: Actor, _ from: Int, _ to: Int, on: String?) {
                guard from <= to, !actor.unresolved else { return }
                guard done.insert(actor.from &* 4096 &+ from).inserted else { return }
                bodies.append((actor.from, actor.to, from, to))
                let actorName = name(actor)
                var stance = a.span(s, from, to)
                while stance.hasSuffix(",") || stance.hasSuffix(".") || stance.hasSuffix(")") && !stance.utf8.contains(UInt8(ascii: "(")) { stance.removeLast() }
                a.add(Found(type: .position, subtype: "stance", start: list[actor.from].start, end: list[actor.to].end,
                            sentence: s, answer: actorName, stance: stance, on: on))
                if groupStarts.contains(actor.from) { stanceGroup = actorName }
            }
            // `According to X, …`
            if let first = list.indices.first(where: { list[$0].key == K.according }), first + 2 < list.count, list[first + 1].key == K.to,
               let actor = mentions.first(where: { $0.from == first + 2 || $0.from == first + 3 && list[first + 2].key == K.the }),
               first >= 2, a.isPunct(list[first - 1], ","), let start = list.indices.first(where: { list[$0].kind != .punct || a.isOpenQuote(list[$0]) }), start < first - 1 {
                // `… 26 hostages were killed, according to X, the media wing …`: the view is the clause before.
                emit(actor, start, first - 2, on: nounPhrase(s, start))
            } else if let first = list.indices.first(where: { list[$0].key == K.according }), first + 2 < list.count, list[first + 1].key == K.to,
               let actor = mentions.first(where: { $0.from == first + 2 || $0.from == first + 3 && list[first + 2].key == K.the }),
               var comma = (actor.to + 1..<min(list.count, actor.to + 8)).first(where: { a.isPunct(list[$0], ",") }), comma + 1 < list.count {
                // `According to ISPR, the media wing of the armed forces, 26 hostages …`: past the apposition.
                if list[comma + 1].key == K.the || list[comma + 1].key == K.a || list[comma + 1].key == K.an,
                   let next = (comma + 2..<min(list.count, comma + 12)).first(where: { list[$0].kind == .punct }), a.isPunct(list[next], ","),
                   !(comma + 1..<next).contains(where: { list[$0].isIn(.auxiliaries) || list[$0].isIn(.stanceVerbs) || list[$0].isIn(.passiveMarkers) }),
                   next + 1 < list.count { comma = next }
                let end = clauseEnd(s, comma + 1, stopAtComma: false)
                emit(actor, comma + 1, end, on: nounPhrase(s, comma + 1))
            }
            // `“…,” said Erik Dahl`: the quote is the view of the speaker named after the verb.
            // (The first quote of the sentence must open it: only its first two tokens are searched.)
            if let open = list.indices.prefix(2).first(where: { a.isOpenQuote(list[$0]) }),
               let close = (open + 1..<list.count).first(where: { a.isCloseQuote(list[$0]) || (a.isPunct(list[$0], "\"") && $0 > open) }) {
                var v = close + 1
                while v < list.count, list[v].kind == .punct { v += 1 }
                var speaker = v + 1
                while speaker < list.count, speaker < v + 4, list[speaker].kind == .word && NameFinder.speakerHonorifics.contains(list[speaker].key) || a.isPunct(list[speaker], ".") { speaker += 1 }
                if v + 1 < list.count, list[v].isIn(.reportingVerbs), let actor = (mentions.first(where: { $0.from == v + 1 }) ?? mentions.first(where: { $0.from == speaker && !$0.weak })).map({ titledSpeaker(s, $0, mentions) }) {
                    var quoteEnd = close - 1
                    while quoteEnd > open, list[quoteEnd].kind == .punct { quoteEnd -= 1 }
                    if quoteEnd > open { emit(actor, open, close, on: nounPhrase(s, open + 1)) }
                } else if let actor = mentions.first(where: { $0.from >= v && $0.from <= v + 4 }), actor.to + 1 < list.count,
                          list[actor.to + 1].isIn(.reportingVerbs) || appositionBeforeVerb(s, actor.to + 1) {
                    // `“…,” Chief Executive Roland Busch said.`, `“…,” Kristalina Georgieva, the IMF's managing director, said`
                    emit(actor, open, close, on: nounPhrase(s, open + 1))
                }
            }
            // `Demarcation … could take several years, said Aziz Rakhimov, an analyst …`: reported speech before `, said X`.
            let inverted = invertedSpeaker(s, mentions)
            if let (verb, actor) = inverted {
                let start = list.indices.first(where: { list[$0].kind != .punct }) ?? 0
                if start < verb - 1 { emit(actor, start, verb - 2, on: nounPhrase(s, start)) }
            }
            // `…, Thomas said.` / `…, the United Nations says.`: the view before the comma.
            var last = list.count - 1
            while last > 0, list[last].kind == .punct { last -= 1 }
            if last >= 3, list[last].isIn(.reportingVerbs), let actor = mentions.last(where: { $0.to == last - 1 }) {
                var comma = actor.from - 1
                if comma >= 0, list[comma].key == K.the { comma -= 1 }
                if comma >= 1, a.isPunct(list[comma], ",") {
                    var start = 0
                    while start < comma, list[start].kind == .punct, !a.isOpenQuote(list[start]) { start += 1 }
                    emit(actor, start, comma - 1, on: nounPhrase(s, start))
                }
            }
            for v in list.indices where list[v].kind == .word && !list[v].upper {
                let key = list[v].key
                if list[v].isIn(.stanceVerbs) {
                    if let inverted, inverted.verb == v { continue }
                    if v > 0, list[v - 1].key == K.to, !(v > 1 && (K.continues == list[v - 2].key || K.continue_ == list[v - 2].key || K.wants == list[v - 2].key || K.refused == list[v - 2].key)) { continue }
                    if v > 0, list[v - 1].isIn(.determiners) { continue }
                    if isObjectOfGerund(s, v) || reportsEarlierQuote(s, v) || isEmptyOrNoView(s, v) { continue }
                    // `"…," said X`: the inverted quote gives the speaker's view; no actor inside the quote.
                    var p = v - 1
                    var afterQuote = false
                    while p >= 0, list[p].kind == .punct { if a.isCloseQuote(list[p]) { afterQuote = true }; p -= 1 }
                    if afterQuote { continue }
                    var back = v - 1
                    while back >= 0, list[back].kind == .word, list[back].isIn(.auxiliaries) || a.endsWith(list[back], "ly"), !list[back].isIn(.passiveMarkers) { back -= 1 }
                    if back >= 0, list[back].isIn(.passiveMarkers), !a.endsWith(list[v], "ing") { continue }
                    // `what it said were …`, `which it said had …`: a fragment, not a view.
                    if back >= 1, NameFinder.subjectPronouns.contains(list[back].key),
                       list[back - 1].key == SK.what || list[back - 1].key == SK.which || list[back - 1].key == SK.that || list[back - 1].key == SK.whom { continue }
                    // `X said … and warned that …`: the joined verb keeps the first verb's subject.
                    let joined = back >= 0 && (list[back].key == K.and || list[back].key == SK.but) ? verbActors.last(where: { $0.v < back }).flatMap { prev in
                        (prev.v..<back).contains(where: { a.isPunct(list[$0], ";") }) ? nil : prev.actor } : nil
                    let actor: Actor
                    if let joined {
                        actor = joined
                    } else {
                        guard let found = actorBefore(s, v, mentions), !found.unresolved else { continue }
                        actor = found
                        if actor.weak, !((actor.to + 1)..<v).allSatisfy({ list[$0].kind == .word && (list[$0].isIn(.auxiliaries) || a.endsWith(list[$0], "ly")) }),
                           !isBodyOfName(s, actor, v) { continue }
                        if a.endsWith(list[v], "ing"), actor.to + 1 != v { continue }
                        // `compensation claims`, `the World Bank … forecasts for`: a noun, not a verb.
                        if a.endsWith(list[v], "s"), v - 1 > actor.to, list[v - 1].kind == .word, !list[v - 1].upper,
                           !list[v - 1].isIn(.auxiliaries), !a.endsWith(list[v - 1], "ly"), !NameFinder.verbLeaders.contains(list[v - 1].key) { continue }
                        verbActors.append((v, actor))
                        // A view inside another view of the same actor (`X said it wanted …`) is no new fact.
                        // `X said the bank expects …`: a referring noun inside another's view is no actor of its own.
                        if bodies.contains(where: { $0.from <= v && v <= $0.to && ($0.actorFrom == actor.from || actor.to < $0.from || actor.fixedName != nil) }) { continue }
                    }
                    if joined != nil { verbActors.append((v, actor)) }
                    var from = v
                    while from - 1 > actor.to, list[from - 1].kind == .word, list[from - 1].isIn(.auxiliaries) { from -= 1 }
                    var body = v + 1
                    if list[v].isIn(.reportingVerbs) {
                        if let that = (body..<min(list.count, body + 7)).first(where: { list[$0].key == K.that }),
                           !(body..<that).contains(where: { list[$0].kind == .punct }) { body = that + 1 }
                        // `said in its annual report, published last month, that …`
                        else if body < list.count, list[body].isIn(.prepositions), let that = (body..<min(list.count, body + 16)).first(where: { list[$0].key == K.that }),
                                !(body..<that).contains(where: { list[$0].isIn(.stanceVerbs) || list[$0].isIn(.auxiliaries) || a.isQuote(list[$0]) }) { body = that + 1 }
                        from = body
                    }
                    guard body < list.count else { continue }
                    var end = beforeJoinedVerb(s, body, clauseEnd(s, body, stopAtComma: false))
                    // `X said A and that B`: two views.
                    if let and = secondThat(s, body, end) {
                        emit(actor, and + 2, end, on: nounPhrase(s, and + 2))
                        end = and - 1
                        while end > body, list[end].kind == .punct, !a.isCloseQuote(list[end]) { end -= 1 }
                    }
                    emit(actor, from, end, on: nounPhrase(s, body))
                    // `Sophie Wilson and Steve Furber thought otherwise`: each named actor holds the view.
                    if actor.from >= 2, list[actor.from - 1].key == K.and, let other = mentions.last(where: { $0.to == actor.from - 2 }) {
                        emit(other, from, end, on: nounPhrase(s, body))
                    }
                } else if list[v].isIn(.stanceNouns), v >= 2, a.isPossessive(s, v - 2) || (v >= 3 && a.isPossessive(s, v - 3)) {
                    let ownerEnd = a.isPossessive(s, v - 2) ? v - 3 : v - 4
                    guard let actor = mentions.first(where: { $0.to == ownerEnd }), !actor.weak || true else { continue }
                    var end = clauseEnd(s, v + 1, stopAtComma: true)
                    if let and = (v + 1...max(v + 1, end)).first(where: { list[$0].key == K.and && $0 + 1 <= end && list[$0 + 1].key == K.the }) { end = and - 1 }
                    if let verb = (v + 1...max(v + 1, end)).first(where: { [K.is_, K.was, K.are, K.were, K.has, K.have, K.had].contains(list[$0].key) }) { end = verb - 1 }
                    var onStart = v + 1
                    if onStart < list.count, list[onStart].key == K.of || list[onStart].key == K.to || list[onStart].key == K.on { onStart += 1 }
                    emit(actor, v, end, on: onStart <= end ? a.span(s, onStart, end) : nil)
                } else if key == K.goals || key == K.aims || key == K.objectives || key == K.demands {
                    // `the stated goals of the TTP are A, B and C`
                    guard v + 2 < list.count, list[v + 1].key == K.of,
                          let actor = mentions.first(where: { $0.from == v + 2 || $0.from == v + 3 && list[v + 2].key == K.the }),
                          actor.to + 2 < list.count, list[actor.to + 1].key == K.are || list[actor.to + 1].key == K.include || list[actor.to + 1].key == K.were else { continue }
                    var start = actor.to + 2
                    let end = clauseEnd(s, start, stopAtComma: false, brackets: true)
                    var k = start
                    while k <= end {
                        let atComma = a.isPunct(list[k], ",")
                        let atAnd = list[k].key == K.and && k + 1 <= end && a.endsWith(list[k + 1], "ing") && k - start > 2
                        if atComma || atAnd || k == end {
                            let stop = (atComma || atAnd) ? k - 1 : k
                            if stop >= start { emit(actor, start, stop, on: nounPhrase(s, start + 1)) }
                            start = k + 1
                            if atComma, start <= end, list[start].key == K.and { start += 1 }
                        }
                        k += 1
                    }
                }
            }
            // `anti-Taliban Northern Alliance`
            for k in list.indices where list[k].kind == .word && list[k].hyphen && a.headKey(list[k]) == K.anti {
                guard let actor = mentions.first(where: { $0.from == k + 1 }) else { continue }
                let word = a.text(list[k])
                emit(actor, k, k, on: String(word.dropFirst(5)))
            }
            if let group = mentions.last(where: { groupStarts.contains($0.from) && $0.fixedName == nil }) { lastGroup = name(group) }
            noteHeads(s, &lastByHead)
            subjectGroup = sentenceSubjectGroup(s)
            if s > 0, a.read.sentences[s].paragraph != a.read.sentences[s - 1].paragraph, a.read.paragraphs[a.read.sentences[s].paragraph].kind == .heading { stanceGroup = nil }
        }
    }

    /// Whether sentence `s` has any of the cues `findStances` starts from: `according to`, an
    /// opening quote, a reporting verb at the end, a stance verb or noun, `goals of`, `anti-`.
    /// Most sentences have none, and skip the actor and mention work.
    func mayHoldStance(_ s: Int) -> Bool {
        // The sentence's summary first: most sentences are decided without reading their tokens,
        // which were read long before and have left the cache.
        let summary = a.tokens.summary(s)
        if summary.opensWithQuote { return true }
        let list = a.tokens[s]
        if summary.has(.reportingVerbs) {
            var last = list.count - 1
            while last > 0, list[last].kind == .punct { last -= 1 }
            if last >= 3, list[last].isIn(.reportingVerbs) { return true }
        }
        // Only a sentence with one of the words below can hold a stance (most have none).
        guard summary.has(.stanceVerbs) || summary.has(.stanceNouns) || summary.hasHyphen
            || [K.according, K.goals, K.aims, K.objectives, K.demands].contains(where: { summary.mayContain($0) }) else { return false }
        for token in list where token.kind == .word {
            let key = token.key
            if key == K.according || token.hyphen && a.headKey(token) == K.anti { return true }
            if token.upper { continue }
            if token.isIn(.stanceVerbs) || token.isIn(.stanceNouns)
                || key == K.goals || key == K.aims || key == K.objectives || key == K.demands { return true }
        }
        return false
    }

    /// The nearest actor before `v` in its clause, not inside brackets nor after a preposition.
    func actorBefore(_ s: Int, _ v: Int, _ mentions: [Actor]) -> Actor? {
        let list = a.tokens[s]
        // `Arafat Jamal, the UNHCR representative in Afghanistan, said …`: the subject before its apposition.
        var back = v - 1
        while back > 0, list[back].kind == .word, list[back].isIn(.auxiliaries) || a.endsWith(list[back], "ly") { back -= 1 }
        // `Mark Hume, who called on …`, `The FSU (…), which represents …`: the subject the relative clause follows.
        if back >= 2, list[back].key == SK.who || list[back].key == SK.which, a.isPunct(list[back - 1], ",") {
            // `Sara Lind, the head of the Baltic Institute, who called …`: `who` is the person, not the body before it.
            let near = mentionEnding(s, back - 2, mentions)
            if list[back].key == SK.who, let near, !isPerson(near), let subject = subjectBeforeAsides(s, back - 1, mentions) { return subject }
            if let subject = near ?? subjectBeforeAsides(s, back - 1, mentions) { return subject }
        }
        if let subject = relativeClauseSubject(s, back, mentions) { return subject }
        if let subject = subjectBeforeAsides(s, back, mentions) { return subject }
        for actor in mentions.reversed() {
            if actor.to >= v { continue }
            if v - actor.to > 30 { break }
            if actor.from > 0 {
                let before = list[actor.from - 1]
                var prepositionBefore = before
                if before.key == K.the, actor.from > 1 { prepositionBefore = list[actor.from - 2] }
                let staffBefore = prepositionBefore.key == K.at && (before.key == K.the ? actor.from >= 3 && list[actor.from - 3].isIn(.staffNouns) : actor.from >= 2 && list[actor.from - 2].isIn(.staffNouns))
                // `Lawyers for Evergrande had argued …`: those who speak for the actor.
                let speakerFor = before.key == K.for_ && actor.from >= 2 && NameFinder.speakerNouns.contains(list[actor.from - 2].key)
                if prepositionBefore.isIn(.prepositions), !staffBefore, !speakerFor { continue }
                if a.isPunct(before, "(") { continue }
            }
            if actor.to + 1 < list.count, a.isPunct(list[actor.to + 1], ")") { continue }
            // `The BJP's manifesto promised …`: a body's document or spokesman right before the verb speaks for it.
            if actor.to + 1 < list.count, a.isPossessive(s, actor.to + 1),
               !(actor.to + 3 == back && NameFinder.voiceNouns.contains(list[back].key)) { continue }
            // No other verb-like clause start (`which`, `who`) between may take the subject away; accept.
            return actor
        }
        return nil
    }

    /// Where the clause starting at `from` ends (inclusive index).
    func clauseEnd(_ s: Int, _ from: Int, stopAtComma: Bool, brackets: Bool = false) -> Int {
        let list = a.tokens[s]
        var k = from
        while k < list.count {
            let token = list[k]
            if token.kind == .punct {
                if (a.isPunct(token, "(") && !brackets) || a.isPunct(token, ";") || (a.isPunct(token, ".") && k == list.count - 1) { return k - 1 }
                if a.isPunct(token, ","), stopAtComma { return k - 1 }
                if a.isPunct(token, ","), k + 1 < list.count, list[k + 1].isIn(.clauseBreakers) { return k - 1 }
            }
            k += 1
        }
        var end = list.count - 1
        while end > from, list[end].kind == .punct, !a.isCloseQuote(list[end]) { end -= 1 }
        return end
    }

    /// A short noun phrase starting at `from` (what a stance is about).
    func nounPhrase(_ s: Int, _ from: Int) -> String? { issuePhrase(s, from) }

}
