/// An index or offset stored in 32 bits (an article is at most 32 MB): a name run holds several,
/// and the name finder copies runs again and again, so half the bytes move faster. (Tokens keep
/// their offsets unsigned: the compiler then knows them non-negative in every subscript.)
@propertyWrapper
struct Narrow: Sendable {
    private var stored: Int32

    init(wrappedValue: Int) { stored = Int32(truncatingIfNeeded: wrappedValue) }

    var wrappedValue: Int {
        @inline(__always) get { Int(stored) }
        @inline(__always) set { stored = Int32(truncatingIfNeeded: newValue) }
    }
}
