/// Invalid values in the card model, with what is wrong in words a learner can act on.
public enum ModelError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidCloze(String)
    case invalidStep(String)
    case optionOutOfRange(name: String, value: String, allowed: String)
    case emptyField(String)

    public var description: String {
        switch self {
        case .invalidCloze(let why): return "invalid cloze text: \(why)"
        case .invalidStep(let text): return "invalid step '\(text)' (use a number with s, m, h or d, e.g. '1m 10m')"
        case let .optionOutOfRange(name, value, allowed): return "\(name) \(value) is out of range (allowed: \(allowed))"
        case .emptyField(let name): return "\(name) must not be empty"
        }
    }
}
