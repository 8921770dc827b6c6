import FactdeckModel
import Foundation

/// A gold file: the document's path (relative to shared/) and its annotated facts.
public struct GoldFile: Sendable, Decodable {
    public var document: String
    public var facts: [Fact]

    /// Parses a gold file; a mistake is one line naming the problem and its place
    /// (`FILE: not a gold file: invalid JSON near line 3, column 2`, `FILE: facts[0]: missing "answer"`).
    public static func parse(_ data: Data, path: String) throws -> GoldFile {
        func fail(_ message: String) -> GoldFileError { GoldFileError(path: path, message: message) }
        do { _ = try JSONSerialization.jsonObject(with: data) } catch {
            throw fail("not a gold file: invalid JSON \(place(of: error, in: data))")
        }
        let gold: GoldFile
        do { gold = try JSONDecoder().decode(GoldFile.self, from: data) }
        catch let error as DecodingError { throw fail(describe(error)) }
        catch { throw fail("not a gold file: \(error)") }
        for (index, fact) in gold.facts.enumerated() {
            let place = "facts[\(index)]"
            switch fact.type {
            case .position:
                guard let subtype = fact.subtype else { throw fail("\(place): a position needs \"subtype\" (role or stance)") }
                guard subtype == "role" || subtype == "stance" else { throw fail("\(place): unknown position subtype \"\(subtype)\" (expected role or stance)") }
                if subtype == "role", fact.role == nil { throw fail("\(place): a role needs \"role\"") }
            case .group:
                if let subtype = fact.subtype, subtype != "organisation", subtype != "people" {
                    throw fail("\(place): unknown group subtype \"\(subtype)\" (expected organisation or people)")
                }
            case .date, .figure:
                break
            }
        }
        return gold
    }

    /// `near line L, column C` from the parser's character offset, when it gives one.
    static func place(of error: Error, in data: Data) -> String {
        let message = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        var offset: Int?
        if message.lowercased().contains("end of file") || message.lowercased().contains("unexpected end") {
            offset = data.count
        } else if let range = message.range(of: "character ") {
            offset = Int(message[range.upperBound...].prefix { $0.isNumber })
        }
        guard let offset else { return "(position unknown)" }
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 10 { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return "near line \(line), column \(column)"
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
            }
            return out
        }
        func kind(_ type: Any.Type) -> String {
            switch type {
            case is String.Type: return "text"
            case is Int.Type, is Double.Type: return "a number"
            case is Bool.Type: return "true or false"
            default:
                let name = "\(type)"
                return name.hasPrefix("Array") ? "a list" : name.hasPrefix("Dictionary") ? "an object" : name
            }
        }
        switch error {
        case let .keyNotFound(key, context):
            let place = path(context.codingPath)
            return (place.isEmpty ? "not a gold file: " : "\(place): ") + "missing \"\(key.stringValue)\""
        case let .typeMismatch(type, context):
            let place = path(context.codingPath)
            if place.isEmpty { return "not a gold file: expected an object with \"document\" and \"facts\"" }
            return "\(place): expected \(kind(type))"
        case let .valueNotFound(type, context):
            return "\(path(context.codingPath)): null where \(kind(type)) is needed"
        case let .dataCorrupted(context):
            let place = path(context.codingPath)
            if context.codingPath.last?.stringValue == "type" {
                return "\(place): unknown fact type (expected date, figure, group or position)"
            }
            return place.isEmpty ? "not a gold file: invalid JSON" : "\(place): invalid value"
        @unknown default:
            return "not a gold file"
        }
    }
}

/// A gold file that cannot be used: one line, `FILE: message`.
public struct GoldFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

/// Scores of one kind: matched, gold, found and the ratios.
public struct KindScore: Sendable, Equatable {
    public var kind: String
    public var matched = 0
    public var gold = 0
    public var found = 0
    /// Stances are scored for recall only.
    public var recallOnly = false

    public init(kind: String, matched: Int = 0, gold: Int = 0, found: Int = 0, recallOnly: Bool = false) {
        self.kind = kind; self.matched = matched; self.gold = gold; self.found = found; self.recallOnly = recallOnly
    }

    public var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
    /// Recall, precision and F1 where they are defined (nil for 0 of 0: shown `-`, JSON null).
    public var definedRecall: Double? { gold == 0 ? nil : recall }
    public var definedPrecision: Double? { found == 0 && gold == 0 ? nil : precision }
    public var definedF1: Double? { definedRecall == nil || definedPrecision == nil ? nil : f1 }
    public var precision: Double { found == 0 ? (gold == 0 ? 1 : 0) : Double(matched) / Double(found) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}

/// The scores of a set of documents: per kind, and micro totals without stances.
public struct EvaluationReport: Sendable {
    public static let kinds = ["date", "figure", "group", "role", "stance"]
    public var kinds: [KindScore]
    public var documents: [String]

    public init(kinds: [KindScore] = EvaluationReport.kinds.map { KindScore(kind: $0, recallOnly: $0 == "stance") }, documents: [String] = []) {
        self.kinds = kinds
        self.documents = documents
    }

    public subscript(kind: String) -> KindScore { kinds.first { $0.kind == kind } ?? KindScore(kind: kind) }

    /// Micro-averaged totals of every kind but stances.
    public var total: KindScore {
        var sum = KindScore(kind: "total")
        for score in kinds where !score.recallOnly {
            sum.matched += score.matched; sum.gold += score.gold; sum.found += score.found
        }
        return sum
    }

    public mutating func add(_ other: EvaluationReport) {
        for (index, score) in other.kinds.enumerated() {
            kinds[index].matched += score.matched; kinds[index].gold += score.gold; kinds[index].found += score.found
        }
        documents += other.documents
    }

    public func table() -> String {
        func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
            let space = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + space : space + text
        }
        func ratio(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "-" }
        var lines = [pad("kind", 8, left: true) + pad("matched", 9) + pad("gold", 6) + pad("found", 7) + pad("recall", 8) + pad("precision", 11) + pad("F1", 7)]
        for score in kinds + [total] {
            let precision = score.recallOnly ? "-" : ratio(score.definedPrecision)
            let f1 = score.recallOnly ? "-" : ratio(score.definedF1)
            lines.append(pad(score.kind == "total" ? "total*" : score.kind, 8, left: true) + pad("\(score.matched)", 9) + pad("\(score.gold)", 6)
                         + pad("\(score.found)", 7) + pad(ratio(score.definedRecall), 8) + pad(precision, 11) + pad(f1, 7))
        }
        lines.append("* micro-averaged over date, figure, group and role (stances are scored for recall only)")
        return lines.joined(separator: "\n")
    }

    public func json() -> String {
        func ratio(_ value: Double?) -> String { value.map { String(format: "%.4f", $0) } ?? "null" }
        func object(_ score: KindScore) -> String {
            var fields = ["\"matched\": \(score.matched)", "\"gold\": \(score.gold)", "\"found\": \(score.found)", "\"recall\": \(ratio(score.definedRecall))"]
            if !score.recallOnly { fields += ["\"precision\": \(ratio(score.definedPrecision))", "\"f1\": \(ratio(score.definedF1))"] }
            return "{" + fields.joined(separator: ", ") + "}"
        }
        var out = "{\n  \"documents\": [" + documents.map(JSONText.quoted).joined(separator: ", ") + "],\n  \"kinds\": {\n"
        out += kinds.map { "    \(JSONText.quoted($0.kind)): \(object($0))" }.joined(separator: ",\n")
        out += "\n  },\n  \"total\": \(object(total))\n}"
        return out
    }
}

/// Scores found facts against gold with the matching rules of ANNOTATION.md.
public enum Evaluator {
    static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
    static func squash(_ text: String) -> String { text.lowercased().filter { !$0.isWhitespace } }

    /// Two answers overlap when one contains the other (case and spacing ignored).
    static func overlaps(_ lhs: String, _ rhs: String) -> Bool {
        let a = squash(lhs), b = squash(rhs)
        guard !a.isEmpty, !b.isEmpty else { return false }
        return a.contains(b) || b.contains(a)
    }

    static let stopWords: Set<String> = ["the", "a", "an", "of", "and", "on", "in", "at", "for", "to"]
    /// Roles overlap when one contains the other or they share a content word.
    static func rolesOverlap(_ lhs: String, _ rhs: String) -> Bool {
        if overlaps(lhs, rhs) { return true }
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 2 && !stopWords.contains($0) && $0 != "then" && $0 != "former" })
        }
        return !words(lhs).isDisjoint(with: words(rhs))
    }

    static func names(_ fact: Fact) -> Set<String> { Set(([fact.answer] + (fact.aliases ?? [])).map(fold)) }

    /// Names of one gold group, so that an actor written `TTP` is the actor `Tehreek-e Taliban Pakistan`.
    static func sameActor(_ lhs: String, _ rhs: String, groups: [Set<String>]) -> Bool {
        let a = fold(lhs), b = fold(rhs)
        if a == b { return true }
        return groups.contains { $0.contains(a) && $0.contains(b) }
    }

    public static func matches(found: Fact, gold: Fact, groups: [Set<String>] = []) -> Bool {
        guard found.scoreKind == gold.scoreKind else { return false }
        switch found.type {
        case .date, .figure:
            return overlaps(found.answer, gold.answer) && fold(found.context) == fold(gold.context)
        case .group:
            return !names(found).isDisjoint(with: names(gold))
        case .position:
            guard sameActor(found.answer, gold.answer, groups: groups) else { return false }
            if found.subtype == "role" { return rolesOverlap(found.role ?? "", gold.role ?? "") }
            return true
        }
    }

    /// Scores one document: one-to-one matching (maximum bipartite), borderline gold free.
    public static func score(found: [Fact], gold: [Fact], document: String = "") -> EvaluationReport {
        var report = EvaluationReport(documents: [document])
        let groups = gold.filter { $0.type == .group }.map(names)
        for kindIndex in report.kinds.indices {
            let kind = report.kinds[kindIndex].kind
            let goldFacts = gold.filter { $0.scoreKind == kind }
            let foundFacts = found.filter { $0.scoreKind == kind }
            var edges: [[Int]] = foundFacts.map { fact in goldFacts.indices.filter { matches(found: fact, gold: goldFacts[$0], groups: groups) } }
            var goldOwner = [Int](repeating: -1, count: goldFacts.count)
            // Prefer non-borderline gold when augmenting.
            for index in edges.indices { edges[index].sort { (goldFacts[$0].borderline ?? false ? 1 : 0) < (goldFacts[$1].borderline ?? false ? 1 : 0) } }
            func augment(_ f: Int, _ visited: inout [Bool]) -> Bool {
                for g in edges[f] where !visited[g] {
                    visited[g] = true
                    if goldOwner[g] < 0 || augment(goldOwner[g], &visited) { goldOwner[g] = f; return true }
                }
                return false
            }
            for f in foundFacts.indices {
                var visited = [Bool](repeating: false, count: goldFacts.count)
                _ = augment(f, &visited)
            }
            var matched = 0, goldCount = 0, foundCount = foundFacts.count
            for (g, fact) in goldFacts.enumerated() {
                let border = fact.borderline ?? false
                if goldOwner[g] >= 0 {
                    if border { foundCount -= 1 } else { matched += 1; goldCount += 1 }
                } else if !border {
                    goldCount += 1
                }
            }
            report.kinds[kindIndex].matched = matched
            report.kinds[kindIndex].gold = goldCount
            report.kinds[kindIndex].found = foundCount
        }
        return report
    }

    /// Lists gold facts missed and found facts unmatched, for tuning.
    public static func differences(found: [Fact], gold: [Fact]) -> (missed: [Fact], extra: [Fact]) {
        var usedGold = Set<Int>()
        let groups = gold.filter { $0.type == .group }.map(names)
        var extra: [Fact] = []
        for fact in found {
            if let g = gold.indices.first(where: { !usedGold.contains($0) && matches(found: fact, gold: gold[$0], groups: groups) }) { usedGold.insert(g) }
            else { extra.append(fact) }
        }
        let missed = gold.indices.filter { !usedGold.contains($0) && !(gold[$0].borderline ?? false) }.map { gold[$0] }
        return (missed, extra)
    }
}
