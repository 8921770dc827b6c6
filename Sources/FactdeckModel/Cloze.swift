/// Cloze text: parts of a sentence hidden in double braces, `In {{2023}}, {{645}} attacks…`.
/// Each hidden part becomes its own card, with the other parts shown as plain text.
public enum Cloze {
    /// One card's worth of a cloze text: the prompt with only this part braced, and the part.
    public struct Blank: Sendable, Equatable {
        public var prompt: String
        public var answer: String
    }

    /// Splits `text` into one blank per `{{…}}` part. Throws when braces do not pair up,
    /// a part is empty, or there is no part at all.
    public static func blanks(in text: String) throws -> [Blank] {
        var pieces: [(text: String, hidden: Bool)] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            let before = rest[..<open.lowerBound]
            if before.contains("}}") { throw ModelError.invalidCloze("'}}' without '{{'") }
            pieces.append((String(before), false))
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else { throw ModelError.invalidCloze("'{{' without '}}'") }
            let hidden = afterOpen[..<close.lowerBound]
            if hidden.contains("{{") { throw ModelError.invalidCloze("nested '{{'") }
            if hidden.trimmingCharacters(in: .whitespaces).isEmpty { throw ModelError.invalidCloze("empty '{{}}'") }
            pieces.append((String(hidden), true))
            rest = afterOpen[close.upperBound...]
        }
        if rest.contains("}}") { throw ModelError.invalidCloze("'}}' without '{{'") }
        pieces.append((String(rest), false))
        let hiddenIndexes = pieces.indices.filter { pieces[$0].hidden }
        guard !hiddenIndexes.isEmpty else { throw ModelError.invalidCloze("no '{{…}}' part to hide") }
        return hiddenIndexes.map { target in
            let prompt = pieces.indices.map { index in
                index == target ? "{{\(pieces[index].text)}}" : pieces[index].text
            }.joined()
            return Blank(prompt: prompt, answer: pieces[target].text.trimmingCharacters(in: .whitespaces))
        }
    }

    /// `prompt` with its braced part replaced by `placeholder`.
    public static func blanked(_ prompt: String, placeholder: String) -> String {
        guard let open = prompt.range(of: "{{"),
              let close = prompt.range(of: "}}", range: open.upperBound..<prompt.endIndex) else { return prompt }
        return prompt.replacingCharacters(in: open.lowerBound..<close.upperBound, with: placeholder)
    }
}
