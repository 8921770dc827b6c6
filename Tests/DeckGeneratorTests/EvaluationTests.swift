import Foundation
import Testing
@testable import DeckGenerator

/// Scoring by ANNOTATION.md's rules, and the floors the sample's scores may only rise from.
@Suite struct EvaluationTests {
    /// Floors on ../shared/facts: raise them when the extractor gets better, never lower them.
    static let floors: [String: (recall: Double, precision: Double)] = [
        "date": (1.0, 1.0), "figure": (1.0, 1.0), "group": (1.0, 1.0), "role": (1.0, 1.0), "stance": (0.79, 0), "total": (1.0, 1.0),
    ]

    @Test func sharedGoldScoresStayAtTheirFloors() throws {
        let folder = Paths.shared.appendingPathComponent("facts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        #expect(!files.isEmpty, "no gold files in \(folder.path)")
        var report = EvaluationReport()
        for file in files {
            let gold = try GoldFile.parse(Data(contentsOf: folder.appendingPathComponent(file)), path: file)
            let document = Paths.shared.appendingPathComponent(gold.document)
            let article = try Generator.article(bytes: [UInt8](Data(contentsOf: document)), path: document.path)
            report.add(Evaluator.score(found: article.facts, gold: gold.facts, document: gold.document))
        }
        for (kind, floor) in Self.floors {
            let score = kind == "total" ? report.total : report[kind]
            #expect(score.recall >= floor.recall, "\(kind) recall \(score.recall) < \(floor.recall)\n\(report.table())")
            if !score.recallOnly { #expect(score.precision >= floor.precision, "\(kind) precision \(score.precision) < \(floor.precision)\n\(report.table())") }
        }
    }

    /// Floors of total recall and precision on the articles written for development (EvalSets/: news and
    /// analysis on the sample's region and on finance, technology history and company news, with gold
    /// made by hand). The generator was tuned on them, so they guard against regressions; they are not
    /// evidence of how it does on articles it has never seen.
    static let evalSetFloors: [String: (recall: Double, precision: Double)] = [
        "set9/region": (0.99, 0.99), "set9/other": (0.99, 0.99), "set10/region": (0.99, 0.99), "set10/other": (0.95, 0.99),
        // Written after the others and scored before any change aimed at it: 0.919 and 0.901 total F1 then.
        "set11/region": (0.95, 0.98), "set11/other": (0.96, 0.99),
        // Each scored first before any change aimed at it (total F1 region / other then): set12 0.883 / 0.857,
        // set13 0.874 / 0.884, set14 0.918 / 0.931, set15 0.903 / 0.891, set16 0.941 / 0.882, set17 0.945 / 0.889.
        "set12/region": (0.95, 0.97), "set12/other": (0.98, 0.98),
        "set13/region": (0.92, 0.96), "set13/other": (0.97, 0.97),
        "set14/region": (0.96, 0.97), "set14/other": (0.97, 0.98),
        "set15/region": (0.96, 0.98), "set15/other": (0.98, 0.95),
        "set16/region": (0.96, 0.98), "set16/other": (0.95, 0.96),
        "set17/region": (0.98, 0.97), "set17/other": (0.99, 0.99),
        // Written blind by other writers and scored before any change aimed at them (total F1 region / other then):
        // set20 0.886 / 0.908, set21 0.970 / 0.908.
        "set20/region": (0.98, 0.98), "set20/other": (0.98, 0.98),
        "set21/region": (0.99, 0.98), "set21/other": (0.98, 0.97),
        // Written blind by other writers and scored before any change aimed at them (total F1 region / other then):
        // set22 0.965 / 0.944, set23 0.902 / 0.952.
        "set22/region": (0.97, 0.97), "set22/other": (0.97, 0.96),
        "set23/region": (0.94, 0.95), "set23/other": (0.97, 0.95),
        // Written blind by other writers and scored before any change aimed at them (total F1 region / other then):
        // set18 0.919 / 0.943, set19 0.958 / 0.901.
        "set18/region": (0.93, 0.94), "set18/other": (0.95, 0.94),
        "set19/region": (0.96, 0.97), "set19/other": (0.94, 0.94),
        // Written blind by other writers and scored before any change aimed at them (total F1 region / other then):
        // set24 0.965 / 0.904, set25 0.925 / 0.914; then two rules and a list of companies were made with them.
        "set24/region": (0.93, 0.98), "set24/other": (0.93, 0.90),
        "set25/region": (0.90, 0.92), "set25/other": (0.89, 0.96),
        // Written blind by other writers and scored with the last commit of the session that added them, nothing
        // tuned on them (total F1 region / other): set26 0.960 / 0.905, set27 0.935 / 0.938; a later round of rules
        // was made with their misses.
        "set26/region": (0.97, 0.97), "set26/other": (0.94, 0.91),
        "set27/region": (0.95, 0.95), "set27/other": (0.95, 0.96),
        // Written blind by other writers and scored with the code they met, before any change aimed at them (total
        // F1 region / other): set28 0.904 / 0.944, set29 0.903 / 0.912; a round of rules was then made with the
        // misses of sets 26 to 29.
        "set28/region": (0.94, 0.91), "set28/other": (0.96, 0.95),
        "set29/region": (0.92, 0.96), "set29/other": (0.93, 0.97),
        // Written blind by other writers and scored only after that round, nothing tuned on them (total F1 region /
        // other): set30 0.931 / 0.945, set31 0.961 / 0.921.
        "set30/region": (0.91, 0.94), "set30/other": (0.91, 0.97),
        "set31/region": (0.95, 0.96), "set31/other": (0.90, 0.93),
        // Written blind by other writers and scored with the code they met, nothing tuned on them (total F1 region /
        // other): set32 0.956 / 0.939, set33 0.953 / 0.939; a round of rules was then made with their misses.
        "set32/region": (0.95, 0.97), "set32/other": (0.95, 0.95),
        "set33/region": (0.94, 0.97), "set33/other": (0.94, 0.96),
    ]

    @Test(arguments: evalSetFloors.keys.sorted()) func developmentSetsStayAtTheirFloors(_ set: String) throws {
        let folder = Paths.packageRoot.appendingPathComponent("Tests/DeckGeneratorTests/EvalSets/\(set)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        #expect(files.count == 3, "gold files in \(folder.path)")
        var report = EvaluationReport()
        for file in files {
            let gold = try GoldFile.parse(Data(contentsOf: folder.appendingPathComponent(file)), path: file)
            // A gold file names its document relative to the folder above its own.
            let document = folder.deletingLastPathComponent().appendingPathComponent(gold.document)
            let article = try Generator.article(bytes: [UInt8](Data(contentsOf: document)), path: document.path)
            report.add(Evaluator.score(found: article.facts, gold: gold.facts, document: gold.document))
        }
        let floor = try #require(Self.evalSetFloors[set])
        #expect(report.total.recall >= floor.recall, "\(set) recall \(report.total.recall) < \(floor.recall)\n\(report.table())")
        #expect(report.total.precision >= floor.precision, "\(set) precision \(report.total.precision) < \(floor.precision)\n\(report.table())")
    }

    func fact(_ type: FactType, _ answer: String, context: String = "S.", subtype: String? = nil, aliases: [String]? = nil, role: String? = nil, borderline: Bool? = nil) -> Fact {
        Fact(type: type, subtype: subtype, answer: answer, aliases: aliases, role: role, context: context, borderline: borderline)
    }

    @Test func matchingRules() {
        #expect(Evaluator.matches(found: fact(.figure, "1,000"), gold: fact(.figure, "more than 1,000")))
        #expect(!Evaluator.matches(found: fact(.figure, "1,000", context: "Other."), gold: fact(.figure, "more than 1,000")))
        #expect(Evaluator.matches(found: fact(.date, "the  late 1990S"), gold: fact(.date, "the late 1990s")))
        #expect(Evaluator.matches(found: fact(.group, "TTP", aliases: []), gold: fact(.group, "Tehreek-e Taliban Pakistan", aliases: ["TTP"])))
        #expect(Evaluator.matches(found: fact(.position, "Imran Khan", subtype: "role", role: "prime minister"),
                                  gold: fact(.position, "Imran Khan", subtype: "role", role: "then-prime minister")))
        #expect(!Evaluator.matches(found: fact(.position, "Imran Khan", subtype: "stance"), gold: fact(.position, "Imran Khan", subtype: "role", role: "x")))
    }

    @Test func oneToOneAndBorderline() {
        let gold = [fact(.group, "UN"), fact(.group, "Baloch", borderline: true), fact(.date, "2021")]
        let found = [fact(.group, "UN"), fact(.group, "UN"), fact(.group, "Baloch"), fact(.date, "2021")]
        let report = Evaluator.score(found: found, gold: gold)
        #expect(report["group"].matched == 1)
        #expect(report["group"].gold == 1)
        #expect(report["group"].found == 2)
        #expect(report.total.matched == 2)
        let missedBorderline = Evaluator.score(found: [], gold: gold)
        #expect(missedBorderline["group"].gold == 1)
    }

    @Test func stancesAreRecallOnlyAndOutsideTheTotal() {
        let gold = [fact(.position, "Pakistan", subtype: "stance")]
        let found = [fact(.position, "Pakistan", subtype: "stance"), fact(.position, "Iran", subtype: "stance")]
        let report = Evaluator.score(found: found, gold: gold)
        #expect(report["stance"].recall == 1)
        #expect(report.total.found == 0)
        #expect(report.table().contains("stance"))
        #expect(report.json().contains("\"stance\": {\"matched\": 1, \"gold\": 1, \"found\": 2, \"recall\": 1.0000}"))
    }

    @Test func malformedGoldFilesGetOneClearLine() {
        func message(_ json: String) -> String {
            do { _ = try GoldFile.parse(Data(json.utf8), path: "g.json"); return "parsed" }
            catch { return "\(error)" }
        }
        #expect(message("{\"document\": \"a.md\",\n \"facts\": [\n {\"type\": \"date\"") == "g.json: not a gold file: invalid JSON near line 3, column 17")
        #expect(message("{\"document\": \"a.md\", \"facts\": [{\"type\": \"date\", \"context\": \"y\"}]}") == "g.json: facts[0]: missing \"answer\"")
        #expect(message("{\"facts\": []}") == "g.json: not a gold file: missing \"document\"")
        #expect(message("[1, 2]") == "g.json: not a gold file: expected an object with \"document\" and \"facts\"")
        #expect(message("{\"document\": \"a.md\", \"facts\": [{\"type\": \"position\", \"answer\": \"X\", \"context\": \"y\"}]}")
                == "g.json: facts[0]: a position needs \"subtype\" (role or stance)")
        #expect(message("{\"document\": \"a.md\", \"facts\": [{\"type\": \"weird\", \"answer\": \"X\", \"context\": \"y\"}]}").hasPrefix("g.json: facts[0].type: unknown fact type"))
        #expect(!message("{\"document\": \"a.md\", \"facts\": [}").contains("DecodingError"))
    }

    @Test func emptyKindsShowNoRatio() {
        let report = Evaluator.score(found: [], gold: [Fact(type: .date, answer: "2023", value: "2023", context: "In 2023.")], document: "d")
        let groupLine = report.table().split(separator: "\n").first { $0.hasPrefix("group") } ?? ""
        #expect(groupLine.split(separator: " ").suffix(3) == ["-", "-", "-"])
        #expect(report.json().contains("\"group\": {\"matched\": 0, \"gold\": 0, \"found\": 0, \"recall\": null, \"precision\": null, \"f1\": null}"))
    }
}
