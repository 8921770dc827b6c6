/// Charts drawn with block characters, for the terminal.
enum TextChart {
    private static let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    private static let horizontalEighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    static let shades: [Character] = ["·", "░", "▒", "▓", "█"]

    /// A column chart `height` rows high, one column per value (values are first summed
    /// into at most `width` groups of consecutive values). Empty when every value is 0.
    static func columns(_ values: [Int], height: Int, width: Int) -> [String] {
        let grouped = group(values, into: max(1, width))
        let top = grouped.max() ?? 0
        guard top > 0 else { return [] }
        let levels = grouped.map { value -> Int in
            value == 0 ? 0 : max(1, Int((Double(value) / Double(top) * Double(height * 8)).rounded()))
        }
        return (0..<height).reversed().map { row in
            String(levels.map { level -> Character in
                let filled = level - row * 8
                return filled >= 8 ? "█" : filled <= 0 ? " " : eighths[filled]
            })
        }
    }

    /// How many consecutive values each column of `columns(_:height:width:)` sums.
    static func groupSize(count: Int, width: Int) -> Int {
        max(1, (count + max(1, width) - 1) / max(1, width))
    }

    static func group(_ values: [Int], into width: Int) -> [Int] {
        let size = groupSize(count: values.count, width: width)
        guard size > 1 else { return values }
        return stride(from: 0, to: values.count, by: size).map { start in
            values[start..<min(values.count, start + size)].reduce(0, +)
        }
    }

    /// A horizontal bar `fraction` of `width` columns long, in eighths of a column.
    static func bar(_ fraction: Double, width: Int) -> String {
        guard fraction.isFinite, fraction > 0, width > 0 else { return "" }
        let eighthsTotal = max(1, Int((min(fraction, 1) * Double(width * 8)).rounded()))
        let full = eighthsTotal / 8, rest = eighthsTotal % 8
        return String(repeating: "█", count: full) + (rest > 0 ? String(horizontalEighths[rest - 1]) : "")
    }

    /// The shade (0…4) of a count among counts whose largest is `top`: quartiles of the top.
    static func shade(_ value: Int, top: Int) -> Int {
        guard value > 0, top > 0 else { return 0 }
        return min(4, 1 + (value * 4 - 1) / top)
    }
}
