import FactdeckModel
import Foundation

/// A gold file: the document's path (relative to shared/) and its annotated facts.
public struct GoldFile: Sendable, Decodable {
    public var document: String
    public var facts: [Fact]

    public static func parse(_ data: Data, path: String) throws -> GoldFile {
        do { return try JSONDecoder().decode(GoldFile.self, from: data) }
        catch { throw GeneratorError.malformedGold(path, "\(error)") }
    }
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
        func ratio(_ value: Double) -> String { String(format: "%.3f", value) }
        var lines = [pad("kind", 8, left: true) + pad("matched", 9) + pad("gold", 6) + pad("found", 7) + pad("recall", 8) + pad("precision", 11) + pad("F1", 7)]
        for score in kinds + [total] {
            let precision = score.recallOnly ? "-" : ratio(score.precision)
            let f1 = score.recallOnly ? "-" : ratio(score.f1)
            lines.append(pad(score.kind == "total" ? "total*" : score.kind, 8, left: true) + pad("\(score.matched)", 9) + pad("\(score.gold)", 6)
                         + pad("\(score.found)", 7) + pad(ratio(score.recall), 8) + pad(precision, 11) + pad(f1, 7))
        }
        lines.append("* micro-averaged over date, figure, group and role (stances are scored for recall only)")
        return lines.joined(separator: "\n")
    }

    public func json() -> String {
        func ratio(_ value: Double) -> String { String(format: "%.4f", value) }
        func object(_ score: KindScore) -> String {
            var fields = ["\"matched\": \(score.matched)", "\"gold\": \(score.gold)", "\"found\": \(score.found)", "\"recall\": \(ratio(score.recall))"]
            if !score.recallOnly { fields += ["\"precision\": \(ratio(score.precision))", "\"f1\": \(ratio(score.f1))"] }
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
