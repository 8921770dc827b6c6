import Foundation

/// Anki fields are HTML; factdeck cards are plain text. These turn one into the other:
/// line breaks survive, tags go, entities are decoded, media references are dropped.
enum HTMLText {
    /// Plain text of an Anki field: `<br>`, `<div>` and `<p>` become line breaks, other
    /// tags and `[sound:…]` references are removed, entities decoded, spaces tidied.
    static func plain(_ html: String) -> String {
        var out = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close].lowercased()
                let name = tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber })
                if ["br", "div", "p", "li", "tr"].contains(String(name)) && !out.isEmpty && !out.hasSuffix("\n") {
                    out.append("\n")
                }
                index = html.index(after: close)
                continue
            }
            if character == "[", html[index...].hasPrefix("[sound:"), let close = html[index...].firstIndex(of: "]") {
                index = html.index(after: close)
                continue
            }
            if character == "&", let semicolon = html[index...].prefix(12).firstIndex(of: ";"),
               let decoded = entity(String(html[html.index(after: index)..<semicolon])) {
                out.append(decoded)
                index = html.index(after: semicolon)
                continue
            }
            out.append(character == "\u{a0}" ? " " : character)
            index = html.index(after: index)
        }
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An Anki field holding `text`: `& < >` escaped and line breaks as `<br>`.
    static func html(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n": out += "<br>"
            case "\r": continue
            default: out.append(character)
            }
        }
        return out
    }

    private static func entity(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16),
               let scalar = Unicode.Scalar(value) {
                return String(Character(scalar))
            }
            if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) {
                return String(Character(scalar))
            }
            return nil
        }
    }
}
