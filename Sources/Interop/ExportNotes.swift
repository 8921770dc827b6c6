import FSRS
import FactdeckModel
import Foundation
import Storage

/// factdeck cards grouped into the Anki notes they become: a basic or typed card is
/// one note whose GUID is the card id; cloze siblings (one note id, one sentence) are
/// one Cloze note whose GUID is the note id, `{{c1::…}}` numbered in study order.
struct ExportNote {
    enum Kind { case basic, typed, cloze }

    var guid: String
    var kind: Kind
    /// Field values as HTML: Front/Back, or Text/Back Extra.
    var fields: [String]
    var tags: [String]
    var deckName: String
    /// The cards in Anki ordinal order (cloze number − 1).
    var cards: [(card: Card, reviews: [ReviewRecord])]

    var notetypeName: String {
        switch kind {
        case .basic: return "Basic"
        case .typed: return "Basic (type in the answer)"
        case .cloze: return "Cloze"
        }
    }

    static func build(_ entries: [(card: Card, reviews: [ReviewRecord])]) -> [ExportNote] {
        var notes: [ExportNote] = []
        var clozeGroups: [String: Int] = [:] // note id → index in `groups`
        var groups: [[(card: Card, reviews: [ReviewRecord])]] = []
        var order: [(isCloze: Bool, index: Int)] = []
        for entry in entries {
            if entry.card.content.kind == .cloze {
                if let index = clozeGroups[entry.card.noteID] {
                    groups[index].append(entry)
                } else {
                    clozeGroups[entry.card.noteID] = groups.count
                    order.append((true, groups.count))
                    groups.append([entry])
                }
            } else {
                order.append((false, notes.count))
                notes.append(single(entry))
            }
        }
        var result: [ExportNote] = []
        for item in order {
            if item.isCloze {
                result.append(contentsOf: cloze(groups[item.index]))
            } else {
                result.append(notes[item.index])
            }
        }
        return result
    }

    private static func single(_ entry: (card: Card, reviews: [ReviewRecord])) -> ExportNote {
        let content = entry.card.content
        return ExportNote(guid: entry.card.id.rawValue, kind: content.kind == .typed ? .typed : .basic,
                          fields: [HTMLText.html(content.prompt), HTMLText.html(content.answer)],
                          tags: ankiTags(content.tags), deckName: entry.card.deckName, cards: [entry])
    }

    /// One Cloze note for siblings that hide parts of the same sentence; otherwise one
    /// note per card (GUID = card id).
    private static func cloze(_ group: [(card: Card, reviews: [ReviewRecord])]) -> [ExportNote] {
        struct Part { var before: String; var hidden: String; var after: String }
        func part(_ prompt: String) -> Part? {
            guard let open = prompt.range(of: "{{"),
                  let close = prompt.range(of: "}}", range: open.upperBound..<prompt.endIndex) else { return nil }
            return Part(before: String(prompt[..<open.lowerBound]), hidden: String(prompt[open.upperBound..<close.lowerBound]),
                        after: String(prompt[close.upperBound...]))
        }
        let parts = group.map { part($0.card.content.prompt) }
        let sentences = Set(parts.map { $0.map { $0.before + $0.hidden + $0.after } ?? "" })
        var ranges: [(start: Int, end: Int, index: Int)] = []
        if sentences.count == 1, let sentence = sentences.first, !sentence.isEmpty, !parts.contains(where: { $0 == nil }) {
            for (index, part) in parts.enumerated() {
                guard let part else { continue }
                let start = part.before.count
                ranges.append((start, start + part.hidden.count, index))
            }
            let sorted = ranges.sorted { $0.start < $1.start }
            let disjoint = zip(sorted, sorted.dropFirst()).allSatisfy { $0.end <= $1.start }
            if disjoint {
                let characters = Array(sentence)
                var text = ""
                var cursor = 0
                for range in sorted {
                    text += HTMLText.html(String(characters[cursor..<range.start]))
                    text += marker(number: range.index + 1, hidden: String(characters[range.start..<range.end]),
                                   hint: group[range.index].card.content.hint)
                    cursor = range.end
                }
                text += HTMLText.html(String(characters[cursor...]))
                let first = group[0].card
                let tags = ankiTags(Array(Set(group.flatMap(\.card.content.tags))).sorted())
                return [ExportNote(guid: first.noteID, kind: .cloze, fields: [text, HTMLText.html(first.content.context ?? "")],
                                   tags: tags, deckName: first.deckName, cards: group)]
            }
        }
        return group.map { entry in
            let content = entry.card.content
            let text: String
            if let part = part(content.prompt) {
                text = HTMLText.html(part.before) + marker(number: 1, hidden: part.hidden, hint: content.hint) + HTMLText.html(part.after)
            } else {
                text = HTMLText.html(content.prompt) + " " + marker(number: 1, hidden: content.answer, hint: content.hint)
            }
            return ExportNote(guid: entry.card.id.rawValue, kind: .cloze,
                              fields: [text, HTMLText.html(content.context ?? "")],
                              tags: ankiTags(content.tags), deckName: entry.card.deckName, cards: [entry])
        }
    }

    private static func marker(number: Int, hidden: String, hint: String?) -> String {
        var text = "{{c\(number)::" + HTMLText.html(hidden)
        if let hint, !hint.isEmpty { text += "::" + HTMLText.html(hint) }
        return text + "}}"
    }

    /// Anki tags have no spaces.
    static func ankiTags(_ tags: [String]) -> [String] {
        tags.map { $0.replacingOccurrences(of: " ", with: "_") }.filter { !$0.isEmpty }
    }
}
