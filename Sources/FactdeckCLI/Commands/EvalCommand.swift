import ArgumentParser
import DeckGenerator
import Foundation

/// `factdeck eval GOLD.json...`: scores extraction against gold files (ANNOTATION.md's rules).
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score fact extraction against gold files.",
        discussion: "Each gold file names its document relative to the folder above the gold file's folder (shared/facts/X.gold.json → shared/sources/…). Prints matched, gold, found, recall, precision and F1 per kind and micro-averaged totals (stances: recall only).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Gold files.", valueName: "gold.json"))
    var goldFiles: [String]

    mutating func run() throws {
        guard !goldFiles.isEmpty else { throw CLIError(.usage, "eval needs at least one gold file") }
        var report = EvaluationReport()
        for path in goldFiles {
            let data = try ArticleInput.bytes(path)
            let gold: GoldFile
            do { gold = try GoldFile.parse(Data(data), path: path) }
            catch let error as GoldFileError { throw CLIError(.data, error.description) }
            catch let error as GeneratorError { throw ArticleInput.cliError(error) }
            let document = EvalCommand.documentPath(gold.document, goldPath: path)
            let article = try ArticleInput.read(document)
            report.add(Evaluator.score(found: article.facts, gold: gold.facts, document: gold.document))
        }
        Output.line(global.json ? report.json() : report.table())
    }

    /// Resolves a gold file's `document`: beside the gold folder's parent, the gold folder, or as given.
    static func documentPath(_ document: String, goldPath: String) -> String {
        if document.hasPrefix("/") { return document }
        let gold = URL(fileURLWithPath: goldPath)
        let candidates = [gold.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(document).path,
                          gold.deletingLastPathComponent().appendingPathComponent(document).path, document]
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }
}
