import Foundation

/// Text compared the way a learner means it: case-, accent- and punctuation-blind.
public enum TextFolding {
    /// Lowercased, accents removed, punctuation dropped (except inside numbers), whitespace folded.
    public static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        var pendingSpace = false
        let scalars = Array(folded.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else if (scalar == "." || scalar == ","), index > 0, index + 1 < scalars.count,
                      CharacterSet.decimalDigits.contains(scalars[index - 1]),
                      CharacterSet.decimalDigits.contains(scalars[index + 1]) {
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// Damerau–Levenshtein distance (adjacent transpositions count one), stopping early past `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previousPrevious = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[y.count]
    }

    /// Typos forgiven in an answer of this folded length: none up to 3 characters,
    /// one up to 7, two beyond.
    public static func typoTolerance(forLength length: Int) -> Int {
        length <= 3 ? 0 : (length <= 7 ? 1 : 2)
    }
}
