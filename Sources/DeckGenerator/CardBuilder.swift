import FactdeckModel
import Foundation

/// Turns facts into card drafts: cloze cards for dates and figures with a hint and
/// accepted forms; acronym, name and description cards for groups; both directions
/// for roles and stances. A card never shows its answer (or an accepted form) in its
/// prompt, no two cards share a prompt, and ids come from the fact's content.
public enum CardBuilder {
    /// One document's facts and where they came from.
    public struct Document: Sendable {
        public var source: String
        public var title: String?
        public var facts: [Fact]
        public init(source: String, title: String?, facts: [Fact]) {
            self.source = source; self.title = title; self.facts = facts
        }
    }

    /// One card before the checks across the deck: its draft, how it was made and the heading
    /// that can tell it apart from a look-alike.
    struct Candidate {
        var draft: CardDraft
        var variant: String
        var heading: String?
        /// The person or actor a `who`/`whose`/`role` card is about (folded), for merging look-alikes.
        var subject: String = ""
        /// The person or actor as written.
        var name: String = ""
    }

    public static func cards(for documents: [Document]) -> [CardDraft] {
        var cards: [CardDraft] = []
        var prompts: Set<String> = []
        var ids: Set<String> = []
        // The document's name seeds every id, so equal facts of two articles never share a card.
        // Two inputs with the same file name are told apart by their rank among the inputs of that name.
        var nameCounts: [String: Int] = [:]
        for document in documents { nameCounts[document.source, default: 0] += 1 }
        var seen: [String: Int] = [:]
        for document in documents {
            let rank = seen[document.source, default: 0] + 1
            seen[document.source] = rank
            let seed = (nameCounts[document.source] ?? 1) > 1 ? "\(document.source)#\(rank)" : document.source
            for candidate in documentCards(document, seed: seed) {
                var draft = candidate.draft
                var question = fold(CardBuilder.question(draft.content))
                if prompts.contains(question) {
                    // Ambiguous across the deck: add the heading or the document's title.
                    guard let subject = candidate.heading ?? document.title else { continue }
                    draft.content.prompt = "\(subject) — \(draft.content.prompt)"
                    question = fold(CardBuilder.question(draft.content))
                    guard !prompts.contains(question), !shows(draft.content.answer, draft.content.alternatives, in: CardBuilder.question(draft.content)) else { continue }
                }
                // Ids are unique by construction; a hash collision is the only way here.
                var id = draft.id.rawValue
                var counter = 2
                while ids.contains(id) { id = CardID.derived(from: "\(draft.id.rawValue)#\(counter)").rawValue; counter += 1 }
                draft.id = CardID(id) ?? draft.id
                ids.insert(id)
                prompts.insert(question)
                cards.append(draft)
            }
        }
        return cards
    }

    /// The cards of one document, with ids that depend only on the document's name and each
    /// fact's own content: a fact whose usual key is shared with another fact of the document
    /// takes a key from its whole sentence instead (all of them do, so removing one never hands
    /// its id to another), and identical sentences are numbered as a last resort.
    static func documentCards(_ document: Document, seed: String) -> [Candidate] {
        let facts = document.facts
        let names = GroupNames(facts)
        let bases = facts.map { "\(seed)|\($0.type.rawValue)|\(factKey($0))" }
        var baseCounts: [String: Int] = [:]
        for base in bases { baseCounts[base, default: 0] += 1 }
        var keys = bases
        for index in facts.indices where (baseCounts[bases[index]] ?? 0) > 1 {
            keys[index] = "\(seed)|\(facts[index].type.rawValue)|sentence|\(wideKey(facts[index]))"
        }
        var keyCounts: [String: Int] = [:]
        for key in keys { keyCounts[key, default: 0] += 1 }
        var occurrences: [String: Int] = [:]
        for index in facts.indices where (keyCounts[keys[index]] ?? 0) > 1 {
            let count = occurrences[keys[index], default: 0] + 1
            occurrences[keys[index]] = count
            keys[index] += "#\(count)"
        }
        var out: [Candidate] = []
        for (index, fact) in facts.enumerated() {
            let note = CardID.derived(from: keys[index])
            out += candidates(for: fact, document: document, note: note, names: names)
        }
        out = mergeLookAlikes(out, seed: seed)
        return out.filter { !shows($0.draft.content.answer, $0.draft.content.alternatives, in: question($0.draft.content)) }
    }

    /// Two `who`/`whose` cards of one document with the same question and different answers are
    /// ambiguous: headings tell them apart when they differ, else one card accepts every answer.
    /// A person with several roles gets one card asking for all of them.
    static func mergeLookAlikes(_ candidates: [Candidate], seed: String) -> [Candidate] {
        var out = candidates
        var drop = Set<Int>()
        var byQuestion: [String: [Int]] = [:]
        var order: [String] = []
        for (index, candidate) in candidates.enumerated() where candidate.variant == "who" || candidate.variant == "whose" {
            let question = "\(candidate.variant)|\(fold(CardBuilder.question(candidate.draft.content)))"
            if byQuestion[question] == nil { order.append(question) }
            byQuestion[question, default: []].append(index)
        }
        for question in order {
            guard let members = byQuestion[question], members.count > 1 else { continue }
            var answers: [String] = []
            var seenAnswers = Set<String>()
            for index in members where seenAnswers.insert(fold(candidates[index].draft.content.answer)).inserted {
                answers.append(candidates[index].draft.content.answer)
            }
            if answers.count == 1 { continue }   // the same fact twice: the deck-wide check keeps one
            let headings = members.map { candidates[$0].heading.map(fold) }
            if headings.allSatisfy({ $0 != nil }), Set(headings.compactMap { $0 }).count == members.count {
                for index in members {
                    if let heading = candidates[index].heading { out[index].draft.content.prompt = "\(heading) — \(candidates[index].draft.content.prompt)" }
                }
                continue
            }
            var merged = candidates[members[0]]
            var alternatives: [String] = []
            for index in members {
                for form in [candidates[index].draft.content.answer] + candidates[index].draft.content.alternatives
                where fold(form) != fold(merged.draft.content.answer) && !alternatives.contains(where: { fold($0) == fold(form) }) {
                    alternatives.append(form)
                }
            }
            var prompt = merged.draft.content.prompt
            if prompt.hasSuffix("?") { prompt.removeLast() }
            merged.draft.content.prompt = "\(prompt)? (\(answers.count) in the text: \(answers.count == 2 ? "either" : "any") counts)"
            merged.draft.content.alternatives = alternatives
            let id = CardID.derived(from: "\(seed)|shared-\(question)")
            merged.draft.id = id
            merged.draft.noteID = id.rawValue
            out[members[0]] = merged
            drop.formUnion(members.dropFirst())
        }
        // Several roles of one person: one card listing them.
        var byPerson: [String: [Int]] = [:]
        var people: [String] = []
        for (index, candidate) in candidates.enumerated() where candidate.variant == "role" {
            if byPerson[candidate.subject] == nil { people.append(candidate.subject) }
            byPerson[candidate.subject, default: []].append(index)
        }
        for person in people {
            guard let members = byPerson[person], members.count > 1 else { continue }
            var roles: [String] = []
            for index in members where !roles.contains(where: { fold($0) == fold(candidates[index].draft.content.answer) }) {
                roles.append(candidates[index].draft.content.answer)
            }
            if roles.count == 1 { continue }
            var merged = candidates[members[0]]
            merged.draft.content.prompt = "What \(roles.count) roles does \(merged.name) hold?"
            merged.draft.content.answer = roles.joined(separator: "; ")
            merged.draft.content.hint = "roles"
            let id = CardID.derived(from: "\(seed)|roles|\(person)")
            merged.draft.id = id
            merged.draft.noteID = id.rawValue
            out[members[0]] = merged
            drop.formUnion(members.dropFirst())
        }
        return out.indices.filter { !drop.contains($0) }.map { out[$0] }
    }

    /// The names of the document's groups, by each folded name: `GA` → [Green Alliance, GA].
    /// A group keeps at most a dozen distinct names (an accept list, not an index).
    struct GroupNames {
        var byName: [String: Int] = [:]
        var groups: [[(name: String, folded: String)]] = []
        init(_ facts: [Fact]) {
            for fact in facts where fact.type == .group {
                var seen = Set<String>()
                var names: [(name: String, folded: String)] = []
                for name in [fact.answer] + (fact.aliases ?? []) {
                    let folded = fold(name)
                    if byName[folded] == nil { byName[folded] = groups.count }
                    if names.count < 12, seen.insert(folded).inserted { names.append((name, folded)) }
                }
                groups.append(names)
            }
        }
        func names(of actor: String) -> [(name: String, folded: String)]? { byName[fold(actor)].map { groups[$0] } }
    }

    enum ActorKind { case group, person, other }

    /// What an actor is and the other answers that name it: a group's other names (never a bare
    /// head noun such as `Organization`), a person's surname, nothing for a country or an unknown body.
    static func actor(_ name: String, names: GroupNames, isPerson: Bool) -> (kind: ActorKind, alternatives: [String]) {
        if let group = names.names(of: name) {
            let folded = fold(name)
            return (.group, group.filter { $0.folded != folded }.map(\.name))
        }
        let words = name.split(separator: " ")
        if looksInstitutional(words) || isPlace(name) { return (.other, []) }
        if isPerson || looksLikePerson(words) { return (.person, surname(name)) }
        return (.other, [])
    }

    static func looksInstitutional<S: StringProtocol>(_ words: [S]) -> Bool {
        for word in words {
            let key = Lexicon.key(String(word))
            if Lexicon.organisationHeads.contains(key) || Lexicon.corporateSuffixes.contains(key) || Lexicon.nameConnectors.contains(key)
                || Lexicon.organisationWords.contains(key) || Lexicon.organisationTypes.contains(key) { return true }
            if word == "the" || word == "The" { return true }
        }
        if let last = words.last, isAcronym(String(last)) { return true }
        return false
    }

    static func isPlace(_ name: String) -> Bool {
        let words = wordsOf(name)
        if words.count == 1 { return Lexicon.countries.contains(Lexicon.key(words[0])) }
        let keys = words.map { Lexicon.key($0) }
        return Lexicon.multiWordPlaces.contains(keys)
    }

    /// Two to four capitalised words, none of them an organisation's or a place's word.
    static func looksLikePerson<S: StringProtocol>(_ words: [S]) -> Bool {
        guard (2...4).contains(words.count) else { return false }
        for word in words {
            guard let first = word.first, first.isUppercase else { return false }
            if Lexicon.nonGroupHeads.contains(Lexicon.key(String(word))) || Lexicon.countries.contains(Lexicon.key(String(word))) { return false }
        }
        return true
    }

    /// The stance with every name of its actor replaced by a placeholder, so the prompt does not
    /// give the answer away (`the GA would never join` → `[the group] would never join`).
    /// Nil when a name stands inside a longer name (`Taliban` in `Tehreek-e Taliban Pakistan`):
    /// blanking it there would make nonsense, so the card is not made.
    static func blankActor(in stance: String, forms: [String], placeholder: String) -> String? {
        let tokens = wordTokens(stance)
        func capitalised(_ index: Int) -> Bool {
            guard tokens.indices.contains(index), let first = stance[tokens[index].range].first else { return false }
            return first.isUppercase
        }
        guard !tokens.isEmpty else { return stance }
        var replacements: [(range: Range<String.Index>, possessive: Bool)] = []
        var index = 0
        while index < tokens.count {
            var matched = 0
            for form in forms {
                let words = wordsOf(form).map(stripPossessive)
                guard !words.isEmpty, index + words.count <= tokens.count, words.count > matched else { continue }
                if (0..<words.count).allSatisfy({ tokens[index + $0].word == words[$0] }) { matched = words.count }
            }
            if matched > 0 {
                if capitalised(index - 1) && index - 1 > 0 || capitalised(index + matched) { return nil }
                var start = tokens[index].range.lowerBound
                if index > 0, tokens[index - 1].word == "the" { start = tokens[index - 1].range.lowerBound }
                let last = tokens[index + matched - 1]
                replacements.append((start..<last.range.upperBound, last.possessive))
                index += matched
            } else {
                index += 1
            }
        }
        guard !replacements.isEmpty else { return stance }
        var text = stance
        for replacement in replacements.reversed() {
            text.replaceSubrange(replacement.range, with: placeholder + (replacement.possessive ? "'s" : ""))
        }
        return text
    }

    /// Words with where they stand, lower-cased, a possessive `'s` taken off (and noted).
    static func wordTokens(_ text: String) -> [(word: String, range: Range<String.Index>, possessive: Bool)] {
        var out: [(word: String, range: Range<String.Index>, possessive: Bool)] = []
        var start: String.Index?
        var index = text.startIndex
        func close(_ end: String.Index) {
            guard let from = start else { return }
            let raw = String(text[from..<end])
            let lowered = wordsOf(raw).joined(separator: " ")
            let word = stripPossessive(lowered)
            out.append((word, from..<end, word != lowered))
            start = nil
        }
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) || scalar == "’" { if start == nil { start = index } } else { close(index) }
            index = text.unicodeScalars.index(after: index)
        }
        close(text.endIndex)
        return out
    }

    static func stripPossessive(_ word: String) -> String {
        if word.hasSuffix("'s"), word.count > 2 { return String(word.dropLast(2)) }
        if word.hasSuffix("'"), word.count > 1 { return String(word.dropLast()) }
        return word
    }

    // MARK: text helpers (scalar loops: these run for every card of a large input)

    /// `CardContent.question` without Foundation: a cloze's first `{{…}}` becomes `[hint]`.
    static func question(_ content: CardContent) -> String {
        guard content.kind == .cloze, let open = firstRange(of: "{{", in: content.prompt),
              let close = firstRange(of: "}}", in: content.prompt, from: open.upperBound) else { return content.prompt }
        var text = String(content.prompt[..<open.lowerBound])
        text += "[\(content.hint ?? "...")]"
        text += content.prompt[close.upperBound...]
        return text
    }

    /// The first place `needle` occurs in `text`, byte for byte.
    static func firstRange(of needle: String, in text: String, from start: String.Index? = nil) -> Range<String.Index>? {
        let hay = text.utf8, pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        var index = start ?? hay.startIndex
        while index < hay.endIndex {
            if hay[index] == first {
                var probe = index, matched = 0
                while matched < pattern.count, probe < hay.endIndex, hay[probe] == pattern[matched] { probe = hay.index(after: probe); matched += 1 }
                if matched == pattern.count { return index..<probe }
            }
            index = hay.index(after: index)
        }
        return nil
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) || value == 0x27 || value == 0x2D
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func appendLowercased(_ scalar: Unicode.Scalar, to text: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 0x80 {
            text.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 32)) : scalar)
        } else if scalar == "’" {
            text.append("'")
        } else {
            text.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    @inline(__always)
    static func asciiLower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x27 || byte == 0x2D
    }

    static func fold(_ text: String) -> String {
        if let folded = asciiFold(text) { return folded }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            appendLowercased(scalar, to: &out)
        }
        return String(out)
    }

    static func asciiFold(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { pendingSpace = !bytes.isEmpty; continue }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append(asciiLower(byte))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Letters and digits only, lower case: the key a light edit leaves alone.
    static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isWordScalar(scalar) && scalar != "'" && scalar != "-" { appendLowercased(scalar, to: &out) }
        return String(out)
    }

    /// True when the prompt shows the answer or one of its accepted forms as a word sequence
    /// (a possessive counts: `Karimi's team` shows `Karimi`).
    static func shows(_ answer: String, _ alternatives: [String], in prompt: String) -> Bool {
        let words = wordsOf(prompt).map(stripPossessive)
        for form in [answer] + alternatives {
            let formWords = wordsOf(form).map(stripPossessive)
            guard !formWords.isEmpty, formWords.count <= words.count else { continue }
            var start = 0
            while start + formWords.count <= words.count {
                if words[start] == formWords[0], (1..<formWords.count).allSatisfy({ words[start + $0] == formWords[$0] }) { return true }
                start += 1
            }
        }
        return false
    }

    static func wordsOf(_ text: String) -> [String] { asciiWords(text, Int.max) ?? scalarWords(text, Int.max) }

    /// The first `limit` words only (a sentence's opening, its length up to a bound).
    static func firstWords(_ text: String, _ limit: Int) -> [String] { asciiWords(text, limit) ?? scalarWords(text, limit) }

    static func asciiWords(_ text: String, _ limit: Int) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if isASCIIWordByte(byte) {
                current.append(asciiLower(byte))
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                if words.count >= limit { return words }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    static func scalarWords(_ text: String, _ limit: Int) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) || scalar == "’" {
                appendLowercased(scalar, to: &current)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
                if words.count >= limit { return words }
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// The context split around the answer (using the fact's offsets, else its first occurrence).
    static func clozeParts(_ fact: Fact) -> (before: Substring.UnicodeScalarView, answer: Substring.UnicodeScalarView, after: Substring.UnicodeScalarView)? {
        let scalars = fact.context.unicodeScalars
        if let start = fact.start, let end = fact.end, let contextStart = fact.contextStart {
            let from = start - contextStart, to = end - contextStart
            if from >= 0, from < to, let lower = scalars.index(scalars.startIndex, offsetBy: from, limitedBy: scalars.endIndex),
               let upper = scalars.index(lower, offsetBy: to - from, limitedBy: scalars.endIndex) {
                return (scalars[..<lower], scalars[lower..<upper], scalars[upper...])
            }
        }
        guard let found = firstRange(of: fact.answer, in: fact.context) else { return nil }
        return (scalars[..<found.lowerBound], scalars[found], scalars[found.upperBound...])
    }

    /// The context with the answer in braces.
    static func cloze(_ fact: Fact) -> String? {
        guard let parts = clozeParts(fact) else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: parts.before)
        text.append(contentsOf: "{{".unicodeScalars)
        text.append(contentsOf: parts.answer)
        text.append(contentsOf: "}}".unicodeScalars)
        text.append(contentsOf: parts.after)
        return String(text)
    }

    /// Words around the answer in its sentence: part of the id, so the same fact keeps its id
    /// when other parts of the article change.
    static func neighbourhood(_ fact: Fact) -> String {
        guard let parts = clozeParts(fact) else { return key(fact.context) }
        let before = wordsOf(String(String.UnicodeScalarView(parts.before.suffix(200)))).suffix(3)
        let after = firstWords(String(String.UnicodeScalarView(parts.after)), 3)
        return (before + ["|"] + after).joined(separator: " ")
    }

    static func dateHint(_ value: String?) -> String {
        guard let value else { return "date" }
        if value.hasPrefix("--") { return value.count == 4 ? "month" : "day and month" }
        if value.hasSuffix("X") { return "decade" }
        if value.contains("-Q") { return "quarter" }
        if value.contains("-H") { return "half-year" }
        let parts = value.split(separator: "-")
        if parts.count == 2, let season = Int(parts[1]), season >= 21 { return "season" }
        switch parts.count {
        case 1: return value.count == 2 ? "century" : "year"
        case 2: return "month and year"
        default: return "date"
        }
    }

    static func figureHint(_ fact: Fact) -> String {
        guard let unit = fact.unit, !unit.isEmpty else { return "number" }
        if unit == "%" { return "percentage" }
        if ["$", "€", "£", "¥", "₹", "CHF", "₽", "₩"].contains(unit) { return "amount in \(unit)" }
        if Lexicon.currencyWords[Lexicon.key(unit)] != nil { return "amount in \(unit)" }
        // A rate of a currency (`dollars per share`): an amount, not a count.
        if let per = unit.range(of: " per "), Lexicon.currencyWords[Lexicon.key(String(unit[..<per.lowerBound]))] != nil {
            return "amount in \(unit)"
        }
        let lower = unit.lowercased()
        if fact.answer.lowercased().hasSuffix(lower) || fact.answer.lowercased().hasSuffix(lower.dropLast()) {
            if Lexicon.timeUnits.contains(Lexicon.key(lower)) { return "how many \(lower.hasSuffix("s") ? lower : lower + "s")" }
            return "number in \(unit)"
        }
        return "number of \(unit)"
    }

    static func candidates(for fact: Fact, document: Document, note: CardID, names: GroupNames) -> [Candidate] {
        let source = document.source
        func draft(_ variant: String, _ content: CardContent, subject: String = "") -> Candidate {
            Candidate(draft: CardDraft(id: CardID.derived(from: "\(note.rawValue)|\(variant)"), noteID: note.rawValue, content: content),
                      variant: variant, heading: fact.heading, subject: subject, name: fact.answer)
        }
        let context = fact.context
        switch fact.type {
        case .date, .figure:
            guard let prompt = cloze(fact) else { return [] }
            let isDate = fact.type == .date
            let alternatives = isDate ? AnswerForms.date(answer: fact.answer, value: fact.value)
                                      : AnswerForms.figure(answer: fact.answer, value: fact.value, unit: fact.unit)
            var text = prompt
            // A short or pronoun-led sentence, or a day or month with no year, needs its heading.
            let noYear = isDate && (fact.value?.hasPrefix("--") ?? false)
            if firstWords(context, 7).count < 7 || startsWithReference(context) || noYear, let subject = fact.heading ?? document.title,
               !shows(fact.answer, alternatives, in: subject) {
                text = "\(subject) — \(prompt)"
            }
            return [draft("cloze", CardContent(kind: .cloze, prompt: text, answer: fact.answer, alternatives: alternatives,
                                               factKind: isDate ? .date : .figure, hint: isDate ? dateHint(fact.value) : figureHint(fact),
                                               context: context, source: source, tags: [fact.type.rawValue]))]
        case .group:
            var out: [Candidate] = []
            let aliases = fact.aliases ?? []
            let names = [fact.answer] + aliases
            let acronyms = names.filter { isAcronym($0) }
            let full = names.filter { !isAcronym($0) }
            let kindWord = fact.subtype == "people" ? "people" : "organisation"
            let tags = ["group", kindWord]
            if let acronym = acronyms.first, let name = full.first(where: { initialsMatch(acronym, $0) }) {
                let others = full.filter { !$0.isEmpty && $0 != name && !shows($0, [], in: acronym) }
                out.append(draft("acronym-name", CardContent(kind: .typed, prompt: "What does \(acronym) stand for?", answer: name,
                                                             alternatives: others, factKind: .group,
                                                             hint: "full name", context: context, source: source, tags: tags)))
                out.append(draft("name-acronym", CardContent(kind: .typed, prompt: "What is the abbreviation of \(name)?", answer: acronym,
                                                             alternatives: Array(acronyms.dropFirst()), factKind: .group, hint: "abbreviation",
                                                             context: context, source: source, tags: tags)))
            }
            if let description = fact.description, !description.isEmpty {
                let what = fact.subtype == "people" ? "Which people" : "Which group"
                out.append(draft("description", CardContent(kind: .typed, prompt: "\(what) is described as “\(description)”?", answer: full.first ?? fact.answer,
                                                            alternatives: names.filter { $0 != (full.first ?? fact.answer) }, factKind: .group,
                                                            hint: kindWord, context: context, source: source, tags: tags)))
            }
            if out.isEmpty, let blanked = clozeFirstMention(fact), let blank = try? Cloze.blanks(in: blanked).first {
                out.append(draft("mention", CardContent(kind: .cloze, prompt: blanked, answer: blank.answer, alternatives: names.filter { $0 != blank.answer },
                                                        factKind: .group, hint: kindWord, context: context, source: source, tags: tags)))
            }
            return out
        case .position:
            if fact.subtype == "role", let role = fact.role {
                var roleText = role
                if let first = roleText.first, first.isUppercase, !(roleText.split(separator: " ").first.map { $0.allSatisfy { $0.isUppercase } } ?? false),
                   roleText.lowercased().hasPrefix("then-") || roleText.lowercased().hasPrefix("former") {
                    roleText = first.lowercased() + roleText.dropFirst()
                }
                var who = "Who is described as “\(roleText)”"
                if let of = fact.of, !roleText.lowercased().contains(of.lowercased()) { who += " (\(of))" }
                who += "?"
                var what = "What role does \(fact.answer) hold"
                if let of = fact.of { what += " (\(of))" }
                what += "?"
                if let subject = document.title, !role.lowercased().contains(" of ") && fact.of == nil {
                    who = "In “\(subject)”: \(who)"
                }
                let tags = ["position", "role"]
                let person = actor(fact.answer, names: names, isPerson: true)
                return [
                    draft("who", CardContent(kind: .typed, prompt: who, answer: fact.answer, alternatives: person.alternatives, factKind: .position,
                                             hint: person.kind == .group ? "group" : "person", context: context, source: source, tags: tags),
                          subject: fold(fact.answer)),
                    draft("role", CardContent(kind: .basic, prompt: what, answer: role, factKind: .position, hint: "role",
                                              context: context, source: source, tags: tags), subject: fold(fact.answer)),
                ]
            }
            // A stance of one or two words (`denied it`) cannot be answered alone.
            if fact.subtype == "stance", let stance = fact.stance, firstWords(stance, 3).count >= 3 {
                let tags = ["position", "stance"]
                let speaker = actor(fact.answer, names: names, isPerson: false)
                let placeholder = speaker.kind == .group ? "[the group]" : speaker.kind == .person ? "[the speaker]" : "[they]"
                let shown = blankActor(in: stance, forms: [fact.answer] + speaker.alternatives, placeholder: placeholder)
                var out: [Candidate] = []
                if let shown, firstWords(shown, 3).count >= 3 {
                    out.append(draft("whose", CardContent(kind: .typed, prompt: "Whose view: “\(shown)”?", answer: fact.answer, alternatives: speaker.alternatives,
                                                          factKind: .position, hint: "who", context: context, source: source, tags: tags),
                                     subject: fold(fact.answer)))
                }
                // The view itself: the sentence with the stance blanked, hinting whose view it is.
                if let range = firstRange(of: stance, in: fact.context) {
                    var prompt = fact.context
                    prompt.replaceSubrange(range, with: "{{\(stance)}}")
                    out.append(draft("view", CardContent(kind: .cloze, prompt: prompt, answer: stance, factKind: .position,
                                                         hint: "view of \(fact.answer)", context: context, source: source, tags: tags)))
                }
                return out
            }
            return []
        }
    }

    static let referenceWords: Set<String> = ["it", "they", "this", "these", "he", "she", "its", "their", "his", "her"]
    static let referenceNouns: Set<String> = ["group", "company", "organisation", "organization", "movement", "country", "party", "firm"]

    static func startsWithReference(_ context: String) -> Bool {
        let first = firstWords(context, 2)
        guard let word = first.first else { return false }
        if referenceWords.contains(word) { return true }
        return word == "the" && first.count == 2 && referenceNouns.contains(first[1])
    }

    /// `TTP` and `Tehreek-e Taliban Pakistan`: the acronym's letters are the initials of the name's
    /// capitalised words (also counting small words, or in order as a subsequence for `WFP`-like forms).
    static func initialsMatch(_ acronym: String, _ name: String) -> Bool {
        let letters = acronym.filter { $0.isLetter }.uppercased()
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard words.count >= 2 else { return false }
        let capitals = String(words.compactMap { word in word.first.flatMap { $0.isUppercase ? $0 : nil } }).uppercased()
        let all = String(words.compactMap(\.first)).uppercased()
        if letters == capitals || letters == all { return true }
        var rest = Substring(capitals)
        for letter in letters {
            guard let found = rest.firstIndex(of: letter) else { return false }
            rest = rest[rest.index(after: found)...]
        }
        return letters.first == capitals.first
    }

    static func isAcronym(_ name: String) -> Bool {
        let letters = name.filter { $0 != "." }
        return letters.count >= 2 && letters.count <= 7 && !letters.contains(" ") && letters == letters.uppercased() && letters.contains { $0.isLetter }
    }

    /// A person's surname (`Lina Karimi` → `Karimi`); never for a group or place (see `actor`).
    static func surname(_ name: String) -> [String] {
        let parts = name.split(separator: " ")
        guard parts.count >= 2, let last = parts.last else { return [] }
        return [String(last)]
    }

    static func clozeFirstMention(_ fact: Fact) -> String? {
        guard let parts = clozeParts(fact) else { return nil }
        let outside = String(String.UnicodeScalarView(parts.before)) + " " + String(String.UnicodeScalarView(parts.after))
        if shows(fact.answer, fact.aliases ?? [], in: outside) { return nil }
        // The braces hold the form written at the first mention; the answer may be another form.
        return cloze(fact)
    }

    /// The normalised content a fact's id comes from (with the document's name, see `documentCards`).
    static func factKey(_ fact: Fact) -> String {
        switch fact.type {
        case .date, .figure: return "\(key(fact.answer))|\(fact.value ?? "")|\(neighbourhood(fact))"
        case .group: return key(fact.answer)
        case .position:
            if fact.subtype == "role" { return "role|\(key(fact.answer))|\(key(fact.role ?? ""))" }
            return "stance|\(key(fact.answer))|\(firstWords(fact.stance ?? "", 8).joined(separator: " "))"
        }
    }

    /// A wider key for facts whose usual key is shared: the whole sentence.
    static func wideKey(_ fact: Fact) -> String {
        "\(key(fact.answer))|\(fact.value ?? "")|\(key(fact.role ?? ""))|\(key(fact.stance ?? ""))|\(key(fact.context))"
    }
}
