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

    public static func cards(for documents: [Document]) -> [CardDraft] {
        var cards: [CardDraft] = []
        var prompts: Set<String> = []
        var ids: Set<String> = []
        for document in documents {
            for fact in document.facts {
                for candidate in candidates(for: fact, document: document) {
                    var draft = candidate
                    guard !shows(draft.content.answer, draft.content.alternatives, in: draft.content.question) else { continue }
                    var question = fold(draft.content.question)
                    if prompts.contains(question) {
                        // Ambiguous: add the heading or the document's title.
                        guard let subject = fact.heading ?? document.title else { continue }
                        draft.content.prompt = "\(subject) — \(draft.content.prompt)"
                        question = fold(draft.content.question)
                        guard !prompts.contains(question) else { continue }
                    }
                    var id = draft.id.rawValue
                    var counter = 2
                    while ids.contains(id) { id = CardID.derived(from: "\(draft.id.rawValue)#\(counter)").rawValue; counter += 1 }
                    draft.id = CardID(id) ?? draft.id
                    ids.insert(id)
                    prompts.insert(question)
                    cards.append(draft)
                }
            }
        }
        return cards
    }

    static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Letters and digits only, lower case: the key a light edit leaves alone.
    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// True when the prompt shows the answer or one of its accepted forms as a word sequence.
    static func shows(_ answer: String, _ alternatives: [String], in prompt: String) -> Bool {
        let words = " " + wordsOf(prompt).joined(separator: " ") + " "
        for form in [answer] + alternatives {
            let formWords = wordsOf(form)
            guard !formWords.isEmpty else { continue }
            if words.contains(" " + formWords.joined(separator: " ") + " ") { return true }
        }
        return false
    }

    static func wordsOf(_ text: String) -> [String] {
        text.lowercased().replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }).map(String.init)
    }

    /// The context with the answer in braces, using the fact's offsets.
    static func cloze(_ fact: Fact) -> String? {
        let scalars = Array(fact.context.unicodeScalars)
        var range: Range<Int>?
        if let start = fact.start, let end = fact.end, let contextStart = fact.contextStart {
            let from = start - contextStart, to = end - contextStart
            if from >= 0, to <= scalars.count, from < to { range = from..<to }
        }
        if range == nil, let found = fact.context.range(of: fact.answer) {
            let from = fact.context.unicodeScalars.distance(from: fact.context.unicodeScalars.startIndex, to: found.lowerBound)
            range = from..<(from + fact.answer.unicodeScalars.count)
        }
        guard let range else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[..<range.lowerBound])
        text.append(contentsOf: "{{".unicodeScalars)
        text.append(contentsOf: scalars[range])
        text.append(contentsOf: "}}".unicodeScalars)
        text.append(contentsOf: scalars[range.upperBound...])
        return String(text)
    }

    /// Words around the answer in its sentence: part of the id, so the same fact keeps its id
    /// when other parts of the article change.
    static func neighbourhood(_ fact: Fact) -> String {
        guard let prompt = cloze(fact), let open = prompt.range(of: "{{"), let close = prompt.range(of: "}}") else { return key(fact.context) }
        let before = wordsOf(String(prompt[..<open.lowerBound])).suffix(3)
        let after = wordsOf(String(prompt[close.upperBound...])).prefix(3)
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
        let lower = unit.lowercased()
        if fact.answer.lowercased().hasSuffix(lower) || fact.answer.lowercased().hasSuffix(lower.dropLast()) {
            if Lexicon.timeUnits.contains(Lexicon.key(lower)) { return "how many \(lower.hasSuffix("s") ? lower : lower + "s")" }
            return "number in \(unit)"
        }
        return "number of \(unit)"
    }

    static func candidates(for fact: Fact, document: Document) -> [CardDraft] {
        let source = document.source
        let note = CardID.derived(from: "\(fact.type.rawValue)|\(factKey(fact))")
        func draft(_ variant: String, _ content: CardContent) -> CardDraft {
            CardDraft(id: CardID.derived(from: "\(note.rawValue)|\(variant)"), noteID: note.rawValue, content: content)
        }
        let context = fact.context
        switch fact.type {
        case .date, .figure:
            guard let prompt = cloze(fact) else { return [] }
            let isDate = fact.type == .date
            let alternatives = isDate ? AnswerForms.date(answer: fact.answer, value: fact.value)
                                      : AnswerForms.figure(answer: fact.answer, value: fact.value, unit: fact.unit)
            var text = prompt
            if wordsOf(context).count < 7 || startsWithReference(context), let subject = fact.heading ?? document.title,
               !shows(fact.answer, alternatives, in: subject) {
                text = "\(subject) — \(prompt)"
            }
            return [draft("cloze", CardContent(kind: .cloze, prompt: text, answer: fact.answer, alternatives: alternatives,
                                               factKind: isDate ? .date : .figure, hint: isDate ? dateHint(fact.value) : figureHint(fact),
                                               context: context, source: source, tags: [fact.type.rawValue]))]
        case .group:
            var out: [CardDraft] = []
            let aliases = fact.aliases ?? []
            let names = [fact.answer] + aliases
            let acronyms = names.filter { isAcronym($0) }
            let full = names.filter { !isAcronym($0) }
            let kindWord = fact.subtype == "people" ? "people" : "organisation"
            let tags = ["group", kindWord]
            if let acronym = acronyms.first, let name = full.first(where: { initialsMatch(acronym, $0) }) {
                let others = full.dropFirst().filter { !$0.isEmpty }
                out.append(draft("acronym-name", CardContent(kind: .typed, prompt: "What does \(acronym) stand for?", answer: name,
                                                             alternatives: Array(others.filter { !shows($0, [], in: acronym) }), factKind: .group,
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
                return [
                    draft("who", CardContent(kind: .typed, prompt: who, answer: fact.answer, alternatives: surname(fact.answer), factKind: .position,
                                             hint: "person", context: context, source: source, tags: tags)),
                    draft("role", CardContent(kind: .basic, prompt: what, answer: role, factKind: .position, hint: "role",
                                              context: context, source: source, tags: tags)),
                ]
            }
            if fact.subtype == "stance", let stance = fact.stance, wordsOf(stance).count >= 2 {
                let tags = ["position", "stance"]
                var out = [draft("whose", CardContent(kind: .typed, prompt: "Whose view: “\(stance)”?", answer: fact.answer, alternatives: surname(fact.answer),
                                                      factKind: .position, hint: "who", context: context, source: source, tags: tags))]
                // The view itself: the sentence with the stance blanked, hinting whose view it is.
                if let range = fact.context.range(of: stance) {
                    let prompt = fact.context.replacingCharacters(in: range, with: "{{\(stance)}}")
                    out.append(draft("view", CardContent(kind: .cloze, prompt: prompt, answer: stance, factKind: .position,
                                                         hint: "view of \(fact.answer)", context: context, source: source, tags: tags)))
                }
                return out
            }
            return []
        }
    }

    static func startsWithReference(_ context: String) -> Bool {
        let first = wordsOf(context).prefix(2)
        guard let word = first.first else { return false }
        if ["it", "they", "this", "these", "he", "she", "its", "their", "his", "her"].contains(word) { return true }
        return word == "the" && first.count == 2 && ["group", "company", "organisation", "organization", "movement", "country", "party", "firm"].contains(first[first.startIndex + 1])
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
        let letters = name.replacingOccurrences(of: ".", with: "")
        return letters.count >= 2 && letters.count <= 7 && !letters.contains(" ") && letters == letters.uppercased() && letters.contains { $0.isLetter }
    }

    static func surname(_ name: String) -> [String] {
        let parts = name.split(separator: " ")
        guard parts.count >= 2, let last = parts.last else { return [] }
        return [String(last)]
    }

    static func clozeFirstMention(_ fact: Fact) -> String? {
        guard let prompt = cloze(fact) else { return nil }
        guard let open = prompt.range(of: "{{"), let close = prompt.range(of: "}}") else { return nil }
        let outside = String(prompt[..<open.lowerBound]) + " " + String(prompt[close.upperBound...])
        if shows(fact.answer, fact.aliases ?? [], in: outside) { return nil }
        // The braces hold the form written at the first mention; the answer may be another form.
        return prompt
    }

    /// The normalised content a fact's id comes from.
    static func factKey(_ fact: Fact) -> String {
        switch fact.type {
        case .date, .figure: return "\(key(fact.answer))|\(fact.value ?? "")|\(neighbourhood(fact))"
        case .group: return key(fact.answer)
        case .position:
            if fact.subtype == "role" { return "role|\(key(fact.answer))|\(key(fact.role ?? ""))" }
            return "stance|\(key(fact.answer))|\(wordsOf(fact.stance ?? "").prefix(8).joined(separator: " "))"
        }
    }
}
