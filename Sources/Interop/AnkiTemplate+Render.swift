import Foundation

/// Just enough of Anki's card templates to know what a card asks and answers:
/// field replacements with filters, `{{#Field}}`/`{{^Field}}` sections, `{{FrontSide}}`,
/// and `{{type:Field}}` for typed answers.
struct TemplateRendering {
    var html = ""
    /// Fields whose values were shown, in order.
    var shownFields: [String] = []
    /// The field of a `{{type:Field}}` box, if any.
    var typedField: String?

    static func render(_ format: String, fields: [String: String], frontSide: String = "") -> TemplateRendering {
        var result = TemplateRendering()
        let tokens = tokenize(format)
        var index = 0
        result.append(tokens, from: &index, until: nil, fields: fields, frontSide: frontSide, visible: true)
        return result
    }

    private enum Token { case text(String), tag(String) }

    private static func tokenize(_ format: String) -> [Token] {
        var tokens: [Token] = []
        var rest = Substring(format)
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex { tokens.append(.text(String(rest[..<open.lowerBound]))) }
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else {
                tokens.append(.text(String(rest[open.lowerBound...])))
                return tokens
            }
            tokens.append(.tag(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { tokens.append(.text(String(rest))) }
        return tokens
    }

    private mutating func append(_ tokens: [Token], from index: inout Int, until closing: String?,
                                 fields: [String: String], frontSide: String, visible: Bool) {
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .text(let text):
                if visible { html += text }
            case .tag(let tag):
                if tag.hasPrefix("/") {
                    if String(tag.dropFirst()) == closing { return }
                    continue
                }
                if tag.hasPrefix("#") || tag.hasPrefix("^") {
                    let name = String(tag.dropFirst())
                    let value = fields[name] ?? ""
                    let present = !HTMLText.plain(value).isEmpty
                    let show = tag.hasPrefix("#") ? present : !present
                    append(tokens, from: &index, until: name, fields: fields, frontSide: frontSide, visible: visible && show)
                    continue
                }
                guard visible else { continue }
                let parts = tag.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                let name = parts.last ?? ""
                let filters = parts.dropLast()
                if name == "FrontSide" { html += frontSide; continue }
                guard let value = fields[name] else { continue }
                if filters.contains("type") {
                    typedField = name
                    continue
                }
                html += value
                if !shownFields.contains(name) { shownFields.append(name) }
            }
        }
    }
}

/// Anki's cloze markup, `{{c1::answer::hint}}`, possibly nested.
enum ClozeMarkup {
    /// The card for cloze number `number`: the prompt in factdeck's form (the first
    /// `c<number>` part in double braces, repeats of it as `[...]`, every other part
    /// shown), the answer and the hint. Nil when the text has no such cloze.
    static func card(_ html: String, number: Int) -> (prompt: String, answer: String, hint: String?)? {
        var answers: [String] = []
        var hints: [String] = []
        let marked = render(Substring(html), target: number, answers: &answers, hints: &hints)
        guard !answers.isEmpty else { return nil }
        var prompt = HTMLText.plain(marked)
        let answer = answers.map(HTMLText.plain).joined(separator: ", ")
        if let first = prompt.range(of: placeholder) {
            prompt.replaceSubrange(first, with: "{{\(HTMLText.plain(answers[0]))}}")
        }
        prompt = prompt.replacingOccurrences(of: placeholder, with: "[...]")
        let hint = hints.first.map(HTMLText.plain).flatMap { $0.isEmpty ? nil : $0 }
        return (prompt, answer, hint)
    }

    /// The cloze numbers used in `html`, ascending.
    static func numbers(in html: String) -> [Int] {
        var found: Set<Int> = []
        var rest = Substring(html)
        while let open = rest.range(of: "{{c") {
            let digits = rest[open.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
            if let number = Int(digits), rest[open.upperBound...].dropFirst(digits.count).hasPrefix("::") {
                found.insert(number)
            }
            rest = rest[open.upperBound...]
        }
        return found.sorted()
    }

    private static let placeholder = "\u{E000}"

    private static func render(_ text: Substring, target: Int, answers: inout [String], hints: inout [String]) -> String {
        var out = ""
        var rest = text
        while let open = rest.range(of: "{{c") {
            let digits = rest[open.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
            let afterDigits = rest[open.upperBound...].dropFirst(digits.count)
            guard let number = Int(digits), afterDigits.hasPrefix("::"),
                  let close = matchingClose(afterDigits.dropFirst(2)) else {
                out += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            out += rest[..<open.lowerBound]
            let inner = afterDigits.dropFirst(2)[..<close.lowerBound]
            let (body, hint) = splitHint(inner)
            let shown = render(body, target: target, answers: &answers, hints: &hints)
            if number == target {
                answers.append(shown)
                if let hint { hints.append(String(hint)) }
                out += placeholder
            } else {
                out += shown
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }

    /// The `}}` that closes a cloze whose content starts at `text`, skipping nested `{{…}}`.
    private static func matchingClose(_ text: Substring) -> Range<Substring.Index>? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("{{") {
                depth += 1
                index = text.index(index, offsetBy: 2)
            } else if rest.hasPrefix("}}") {
                if depth == 0 { return index..<text.index(index, offsetBy: 2) }
                depth -= 1
                index = text.index(index, offsetBy: 2)
            } else {
                index = text.index(after: index)
            }
        }
        return nil
    }

    /// Splits `answer::hint` at the last `::` outside nested clozes.
    private static func splitHint(_ inner: Substring) -> (Substring, Substring?) {
        var depth = 0
        var split: Substring.Index?
        var index = inner.startIndex
        while index < inner.endIndex {
            let rest = inner[index...]
            if rest.hasPrefix("{{") { depth += 1; index = inner.index(index, offsetBy: 2); continue }
            if rest.hasPrefix("}}") { depth -= 1; index = inner.index(index, offsetBy: 2); continue }
            if depth == 0 && rest.hasPrefix("::") { split = index }
            index = inner.index(after: index)
        }
        guard let split else { return (inner, nil) }
        return (inner[..<split], inner[inner.index(split, offsetBy: 2)...])
    }
}
