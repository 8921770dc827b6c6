import Foundation

/// Inline SVG charts for the HTML report: no scripts, no external files.
enum SVGChart {
    /// Stacked columns: one column per entry of `series[0]`, each series a colour, the
    /// first at the bottom. `title` becomes each column's tooltip.
    static func columns(_ series: [[Int]], colors: [String], titles: [String], width: Int = 720, height: Int = 160) -> String {
        let count = series.first?.count ?? 0
        guard count > 0 else { return "" }
        let totals = (0..<count).map { index in series.reduce(0) { $0 + $1[index] } }
        let top = max(1, totals.max() ?? 1)
        let step = Double(width) / Double(count)
        let gap = step > 4 ? 1.0 : 0
        var body = ""
        for index in 0..<count {
            var y = Double(height)
            var parts = ""
            for (serie, values) in series.enumerated() where values[index] > 0 {
                let h = Double(values[index]) / Double(top) * Double(height - 4)
                y -= h
                parts += "<rect x=\"\(f(Double(index) * step))\" y=\"\(f(y))\" width=\"\(f(max(0.5, step - gap)))\" height=\"\(f(h))\" fill=\"\(colors[serie % colors.count])\"/>"
            }
            if !parts.isEmpty {
                body += "<g><title>\(escape(index < titles.count ? titles[index] : ""))</title>\(parts)</g>"
            }
        }
        return "<svg viewBox=\"0 0 \(width) \(height)\" width=\"100%\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<line x1=\"0\" y1=\"\(height)\" x2=\"\(width)\" y2=\"\(height)\" stroke=\"#bbb\"/>\(body)</svg>"
    }

    /// Horizontal bars with a label and the count.
    static func bars(_ rows: [(label: String, count: Int)], color: String, width: Int = 720) -> String {
        let top = max(1, rows.map(\.count).max() ?? 1)
        let rowHeight = 22, labelWidth = 120, countWidth = 70
        let barSpace = Double(width - labelWidth - countWidth)
        var body = ""
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight
            let w = Double(row.count) / Double(top) * barSpace
            body += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"13\">\(escape(row.label))</text>"
            body += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(f(w))\" height=\"16\" fill=\"\(color)\"/>"
            body += "<text x=\"\(f(Double(labelWidth) + w + 6))\" y=\"\(y + 15)\" font-size=\"13\">\(row.count)</text>"
        }
        return "<svg viewBox=\"0 0 \(width) \(rows.count * rowHeight)\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">\(body)</svg>"
    }

    /// The year calendar: weeks as columns, Sunday on top, darker for more reviews.
    static func heatmap(_ counts: [Int], firstDay: Int, weekday: (Int) -> Int, title: (Int) -> String) -> String {
        let cell = 13
        let gridStart = firstDay - weekday(firstDay)
        let weeks = (firstDay + counts.count - 1 - gridStart) / 7 + 1
        let top = max(1, counts.max() ?? 1)
        let palette = ["#ebedf0", "#c6e48b", "#7bc96f", "#239a3b", "#196127"]
        var body = ""
        for (offset, count) in counts.enumerated() {
            let day = firstDay + offset
            let week = (day - gridStart) / 7
            let shade = TextChart.shade(count, top: top)
            body += "<rect x=\(q(week * cell)) y=\(q(weekday(day) * cell)) width=\"11\" height=\"11\" rx=\"2\" fill=\"\(palette[shade])\">"
                + "<title>\(escape(title(day))): \(count) reviews</title></rect>"
        }
        return "<svg viewBox=\"0 0 \(weeks * cell) \(7 * cell)\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">\(body)</svg>"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    private static func f(_ value: Double) -> String { String(format: "%.1f", value) }
    private static func q(_ value: Int) -> String { "\"\(value)\"" }
}
