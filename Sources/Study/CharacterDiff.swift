/// Where a typed answer differs from the expected one, character by character
/// (longest common subsequence), to show the learner what they got wrong.
public enum CharacterDiff {
    public enum Kind: Sendable, Equatable { case same, missing, extra }

    /// A run of characters: in both (`same`), only in the expected answer (`missing`),
    /// or only in what was typed (`extra`).
    public struct Segment: Sendable, Equatable {
        public var kind: Kind
        public var text: String
        public init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// The segments turning `typed` into `expected`, in order. Long inputs (over 400
    /// characters) are compared as a whole instead.
    public static func segments(typed: String, expected: String) -> [Segment] {
        let a = Array(typed), b = Array(expected)
        guard a.count <= 400, b.count <= 400 else {
            return a == b ? [Segment(kind: .same, text: expected)]
                : [Segment(kind: .extra, text: typed), Segment(kind: .missing, text: expected)].filter { !$0.text.isEmpty }
        }
        // lengths[i][j]: LCS length of a[i...] and b[j...].
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var segments: [Segment] = []
        func add(_ kind: Kind, _ character: Character) {
            if let last = segments.last, last.kind == kind {
                segments[segments.count - 1].text.append(character)
            } else {
                segments.append(Segment(kind: kind, text: String(character)))
            }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                add(.same, a[i]); i += 1; j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                add(.missing, b[j]); j += 1
            } else {
                add(.extra, a[i]); i += 1
            }
        }
        return segments
    }
}
