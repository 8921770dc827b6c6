import FactdeckModel

/// The four kinds of fact of shared/facts/ANNOTATION.md.
public enum FactType: String, Sendable, Codable, CaseIterable {
    case date, figure, group, position
}

/// One fact found in (or annotated for) a document, with the keys of the gold format.
public struct Fact: Sendable, Equatable, Codable {
    public var type: FactType
    /// `organisation`/`people` for groups, `role`/`stance` for positions.
    public var subtype: String?
    public var answer: String
    public var value: String?
    public var unit: String?
    public var aliases: [String]?
    public var description: String?
    public var role: String?
    public var of: String?
    public var stance: String?
    public var on: String?
    public var context: String
    /// Offsets of the answer in the reader's text, in Unicode scalars (as Python indexes a `str`).
    public var start: Int?
    public var end: Int?
    public var borderline: Bool?
    /// The heading above the fact's sentence (not part of the gold format).
    public var heading: String?
    /// Where the context sentence starts in the reader's text (Unicode scalars; not in JSON output).
    public var contextStart: Int?

    // No explicit initializer: the synthesized memberwise one (the same parameters; internal, as only
    // this module and its tests make facts, other modules decode them) builds a fact in place, where an
    // explicit one of this many fields was copied once more by the optimizer (a retain and a release
    // per string of every fact extracted).

    /// The kind a score table uses: `date`, `figure`, `group`, `role`, `stance`.
    public var scoreKind: String {
        if type == .position { return subtype == "stance" ? "stance" : "role" }
        return type.rawValue
    }

    /// The fact as a JSON object with the gold keys in the gold order (stable output).
    public func jsonObject(includeOffsets: Bool = true) -> String {
        var fields: [String] = []
        func add(_ key: String, _ value: String?) { if let value { fields.append("\(JSONText.quoted(key)): \(JSONText.quoted(value))") } }
        add("type", type.rawValue)
        add("subtype", subtype)
        add("answer", answer)
        add("value", value)
        add("unit", unit)
        if let aliases { fields.append("\"aliases\": [\(aliases.map(JSONText.quoted).joined(separator: ", "))]") }
        add("description", description)
        add("role", role)
        add("of", of)
        add("stance", stance)
        add("on", on)
        add("context", context)
        if includeOffsets, let start, let end { fields.append("\"start\": \(start)"); fields.append("\"end\": \(end)") }
        return "{" + fields.joined(separator: ", ") + "}"
    }
}

/// The facts of one document.
public struct DocumentFacts: Sendable {
    public var document: String
    public var facts: [Fact]
    public init(document: String, facts: [Fact]) { self.document = document; self.facts = facts }

    public func json() -> String {
        var out = "{\n  \"document\": \(JSONText.quoted(document)),\n  \"facts\": ["
        for (index, fact) in facts.enumerated() {
            out += (index == 0 ? "\n    " : ",\n    ") + fact.jsonObject()
        }
        out += facts.isEmpty ? "]\n}" : "\n  ]\n}"
        return out
    }
}
