import FSRS
import FactdeckModel
import Foundation
import Storage

/// A failure that ends a command: one line for the learner and a sysexits code.
public struct CLIError: Error, Equatable, CustomStringConvertible {
    /// sysexits codes: what kind of failure it was, for scripts.
    public enum Code: Int32, Sendable {
        case usage = 64, data = 65, noInput = 66, software = 70, io = 74
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// The one place errors of every module become a message and an exit code.
    public static func from(_ error: Error) -> CLIError {
        switch error {
        case let error as CLIError:
            return error
        case let error as StorageError:
            switch error {
            case .notACollection, .newerSchema, .invalidData: return CLIError(.data, error.description)
            case .locked: return CLIError(.io, error.description)
            case .io: return CLIError(.io, error.description)
            case .cardNotFound, .deckNotFound: return CLIError(.noInput, error.description)
            case .cardChanged: return CLIError(.data, error.description)
            }
        case let error as ModelError:
            switch error {
            case .optionOutOfRange, .invalidStep: return CLIError(.usage, error.description)
            case .invalidCloze, .emptyField: return CLIError(.data, error.description)
            }
        case let error as FSRSError:
            return CLIError(.data, "\(error)")
        default:
            return CLIError(.software, "\(error)")
        }
    }
}
