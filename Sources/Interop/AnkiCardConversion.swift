import FSRS
import FactdeckModel
import Foundation
import Storage

/// Turns the notes, cards and review log of an Anki collection into factdeck cards
/// with their histories.
enum AnkiCardConversion {
    struct Result {
        var cards: [ImportedCard] = []
        /// Cards left out: unknown note type or template, or nothing to ask or answer.
        var skipped = 0
    }

    static func convert(_ collection: AnkiCollection) -> Result {
        var result = Result()
        let notes = Dictionary(collection.notes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let reviews = Dictionary(grouping: collection.reviews, by: \.cardID)
        for card in collection.cards {
            guard let note = notes[card.noteID], let notetype = collection.notetypes[note.notetypeID],
                  let content = content(of: card, note: note, notetype: notetype) else {
                result.skipped += 1
                continue
            }
            let deckID = card.originalDeckID != 0 ? card.originalDeckID : card.deckID
            let deckName = collection.decks[deckID]?.name ?? "Default"
            let noteID = CardID(note.guid)?.rawValue ?? CardID.derived(from: "anki:\(note.guid)").rawValue
            var id = factdeckID(card.data)
            if id == nil, !notetype.isCloze, notetype.templates.count == 1 { id = CardID(noteID) }
            result.cards.append(ImportedCard(id: id, noteID: noteID, ordinal: card.ord, deckName: deckName,
                                             content: content, suspended: card.queue == -1,
                                             reviews: history(reviews[card.id] ?? [])))
        }
        return result
    }

    /// The card id factdeck wrote into the card's custom data (`{"cd":{"fd":"…"}}`), if any.
    static func factdeckID(_ data: String) -> CardID? {
        guard data.contains("fd"),
              let object = try? JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any],
              let custom = object["cd"] else { return nil }
        // Anki keeps custom data as JSON text; accept an object too.
        var fields = custom as? [String: Any]
        if let text = custom as? String {
            fields = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        }
        return (fields?["fd"] as? String).flatMap(CardID.init)
    }

    private static func content(of card: AnkiCard, note: AnkiNote, notetype: AnkiNotetype) -> CardContent? {
        var fields: [String: String] = [:]
        for (index, name) in notetype.fields.enumerated() where index < note.fields.count {
            fields[name] = note.fields[index]
        }
        let tags = note.tags
        if notetype.isCloze {
            let template = notetype.templates.first
            let textField = clozeField(template?.questionFormat ?? "") ?? notetype.fields.first ?? ""
            guard let cloze = ClozeMarkup.card(fields[textField] ?? "", number: card.ord + 1),
                  !cloze.answer.isEmpty else { return nil }
            let extra = notetype.fields.filter { $0 != textField }.map { HTMLText.plain(fields[$0] ?? "") }
                .filter { !$0.isEmpty }.joined(separator: "\n")
            return CardContent(kind: .cloze, prompt: cloze.prompt, answer: cloze.answer, hint: cloze.hint,
                               context: extra.isEmpty ? nil : extra, tags: tags)
        }
        guard card.ord < notetype.templates.count else { return nil }
        let template = notetype.templates[card.ord]
        let question = TemplateRendering.render(template.questionFormat, fields: fields)
        let prompt = HTMLText.plain(question.html)
        guard !prompt.isEmpty else { return nil }
        var answer: String
        if let typed = question.typedField {
            answer = HTMLText.plain(fields[typed] ?? "")
        } else {
            let back = TemplateRendering.render(template.answerFormat, fields: fields)
            answer = back.shownFields.filter { !question.shownFields.contains($0) }
                .map { HTMLText.plain(fields[$0] ?? "") }.filter { !$0.isEmpty }.joined(separator: "\n")
            if answer.isEmpty { answer = HTMLText.plain(back.html.replacingOccurrences(of: "<hr id=answer>", with: "")) }
        }
        guard !answer.isEmpty else { return nil }
        return CardContent(kind: question.typedField == nil ? .basic : .typed, prompt: prompt, answer: answer, tags: tags)
    }

    /// The field of `{{cloze:Field}}` in a cloze template.
    private static func clozeField(_ format: String) -> String? {
        guard let start = format.range(of: "cloze:") else { return nil }
        let rest = format[start.upperBound...]
        guard let end = rest.range(of: "}}") else { return nil }
        return String(rest[..<end.lowerBound]).split(separator: ":").last.map(String.init)
    }

    /// The answers FSRS learns from, as Anki's FSRS takes them: button answers (ease 1–4)
    /// of learning, review, relearning and rescheduling filtered reviews, after the last
    /// reset ("Forget"); manual changes and non-rescheduling filtered reviews are left out.
    static func history(_ rows: [AnkiReview]) -> [ImportedReview] {
        let sorted = rows.sorted { $0.id < $1.id }
        let lastReset = sorted.lastIndex { ($0.type == 4 || $0.type == 5) && $0.ease == 0 && $0.interval == 0 }
        let kept = lastReset.map { Array(sorted[(sorted.index(after: $0))...]) } ?? sorted
        return kept.compactMap { row in
            guard (0...3).contains(row.type), let rating = Rating(rawValue: row.ease) else { return nil }
            if row.type == 3 && row.factor == 0 { return nil }
            return ImportedReview(reviewedAt: Date(timeIntervalSince1970: Double(row.id) / 1000), rating: rating,
                                  duration: Double(min(max(row.time, 0), 86_400_000)) / 1000)
        }
    }
}
