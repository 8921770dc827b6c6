import Foundation

/// Learning steps as written in Anki's options: `1m 10m`, `30s`, `1h`, `2d`.
public enum StepList {
    /// Parses space- or comma-separated steps into seconds; an empty text is no steps.
    public static func parse(_ text: String) throws -> [TimeInterval] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        return try words.map { word in
            guard let unit = word.last, let scale = unitSeconds[unit],
                  let number = Double(word.dropLast()), number.isFinite, number > 0 else {
                throw ModelError.invalidStep(String(word))
            }
            return number * scale
        }
    }

    /// Writes steps back in the shortest exact unit: `[60, 600]` → `1m 10m`.
    public static func format(_ steps: [TimeInterval]) -> String {
        steps.map { seconds in
            for (unit, scale) in [("d", 86400.0), ("h", 3600.0), ("m", 60.0)] where seconds >= scale {
                let value = seconds / scale
                if value == value.rounded() { return "\(Int(value))\(unit)" }
            }
            let value = seconds == seconds.rounded() ? "\(Int(seconds))" : "\(seconds)"
            return "\(value)s"
        }.joined(separator: " ")
    }

    private static let unitSeconds: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
}
