/// Errors of the FSRS module.
public enum FSRSError: Error, Equatable, Sendable {
    /// A parameter vector was refused; the text says which value and why.
    case invalidParameters(String)
}
