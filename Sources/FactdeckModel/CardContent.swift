/// What a card shows and expects, independent of its schedule.
///
/// For a cloze card `prompt` is the sentence with its one hidden part in double
/// braces (`In {{2023}}, 645 attacks were recorded.`) and `answer` is that part.
public struct CardContent: Sendable, Equatable, Codable {
    public var kind: CardKind
    public var prompt: String
    public var answer: String
    /// Other answers that count as correct (aliases, `1,000` for `1000`).
    public var alternatives: [String]
    public var factKind: FactKind
    /// What kind of answer is expected, shown with the prompt (`year`, `number of attacks`).
    public var hint: String?
    /// The sentence the fact came from, for the `context` command.
    public var context: String?
    /// The document the fact came from.
    public var source: String?
    public var tags: [String]

    public init(kind: CardKind, prompt: String, answer: String, alternatives: [String] = [],
                factKind: FactKind = .custom, hint: String? = nil, context: String? = nil,
                source: String? = nil, tags: [String] = []) {
        self.kind = kind
        self.prompt = prompt
        self.answer = answer
        self.alternatives = alternatives
        self.factKind = factKind
        self.hint = hint
        self.context = context
        self.source = source
        self.tags = tags
    }

    /// The question as the learner sees it: a cloze blank becomes `[...]` or `[hint]`.
    public var question: String {
        guard kind == .cloze else { return prompt }
        return Cloze.blanked(prompt, placeholder: "[\(hint ?? "...")]")
    }
}
