/// Rows of cells printed as aligned columns; the last column is cut to fit the width.
public struct TextTable: Sendable {
    public var headers: [String]
    public var rows: [[String]] = []

    public init(headers: [String]) { self.headers = headers }

    public mutating func append(_ row: [String]) { rows.append(row.map(DisplayText.sanitized)) }

    /// The table as lines no wider than `columns` (headers styled with `style`).
    public func render(columns: Int, style: Style) -> [String] {
        let all = [headers] + rows
        var widths = headers.indices.map { index in all.map { DisplayText.width($0[index]) }.max() ?? 0 }
        if let last = widths.indices.last {
            let fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
            widths[last] = max(8, min(widths[last], columns - fixed))
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { index in
                let cell = DisplayText.truncated(cells[index], to: widths[index])
                return index == cells.count - 1 ? cell : DisplayText.padded(cell, to: widths[index])
            }.joined(separator: "  ")
        }
        return [style.bold(line(headers))] + rows.map(line)
    }
}
