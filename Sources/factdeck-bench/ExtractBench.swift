import DeckGenerator
import FactdeckModel
import Foundation

/// `factdeck-bench extract`: throughput of reading and extracting facts on real English prose.
///
/// The corpus is `FACTDECK_BENCH_CORPUS` (files or folders, `:`-separated) if set, else the
/// English text of Debian packages `debian-reference-en` (the Debian Reference, 0.9 MB) and
/// `fortunes` (2.5 MB of quotations, each file once, without its ASCII art), about 3.4 MB in all; when neither is installed, the
/// committed sample article is repeated to 2 MB (and the figure says so). One thread, release
/// build; the best of three runs. The same text at a quarter, a half and in full shows that the
/// work is linear in the size.
func runExtractBench() throws {
    let (documents, label) = try ExtractBenchCorpus.load()
    let total = documents.reduce(0) { $0 + $1.count }
    print("extract: corpus \(label): \(documents.count) documents, \(String(format: "%.2f", Double(total) / 1e6)) MB")
    let clock = ContinuousClock()
    // Whole corpus, document by document.
    var best = Double.infinity
    var facts = 0
    for _ in 0..<3 {
        var count = 0
        let elapsed = try clock.measure {
            for (index, bytes) in documents.enumerated() {
                count += try Generator.article(bytes: bytes, path: "doc\(index).txt").facts.count
            }
        }
        best = min(best, elapsed.seconds)
        facts = count
    }
    print(String(format: "extract: %.2f MB in %.3f s = %.1f MB/s on one core (%d facts)", Double(total) / 1e6, best, Double(total) / 1e6 / best, facts))
    // Linearity: one document of growing size.
    let joined = documents.reduce(into: [UInt8]()) { $0 += $1; $0 += Array("\n\n".utf8) }
    func prefix(_ fraction: Double) -> [UInt8] {
        var end = Int(Double(joined.count) * fraction)
        while end < joined.count, joined[end] & 0xC0 == 0x80 { end += 1 }
        return Array(joined[0..<end])
    }
    let prefixes = [0.25, 0.5, 1.0].map { (label: "one document of", bytes: prefix($0)) }
    try printLinearity(prefixes, summary: "rate at full size / rate at a quarter")
    // The same text repeated: the prefixes above differ in content as well as in size (the Debian
    // Reference comes first, the denser fortunes after it), so this series isolates the size.
    let quarter = prefix(0.25) + Array("\n\n".utf8)
    let repeats = [1, 2, 4].map { (label: "the first quarter repeated \($0)x,", bytes: Array([[UInt8]](repeating: quarter, count: $0).joined())) }
    try printLinearity(repeats, summary: "same text, rate at four times the size / rate at one")
}

/// Times each document alone (best of two) and prints its rate, then the last rate over the first.
func printLinearity(_ documents: [(label: String, bytes: [UInt8])], summary: String) throws {
    let clock = ContinuousClock()
    var rates: [Double] = []
    for document in documents {
        var best = Double.infinity
        for _ in 0..<2 {
            let elapsed = try clock.measure { _ = try Generator.article(bytes: document.bytes, path: "joined.txt") }
            best = min(best, elapsed.seconds)
        }
        let megabytes = Double(document.bytes.count) / 1e6
        rates.append(megabytes / best)
        print(String(format: "extract: %@ %.2f MB in %.3f s = %.1f MB/s", document.label, megabytes, best, megabytes / best))
    }
    if let first = rates.first, let last = rates.last {
        print(String(format: "extract: %@ = %.2f (1.0 = linear)", summary, last / first))
    }
}

enum ExtractBenchCorpus {
    static let defaults = ["/usr/share/debian-reference/debian-reference.en.txt.gz", "/usr/share/games/fortunes"]

    /// The documents of the corpus and a label saying where they came from.
    static func load() throws -> ([[UInt8]], String) {
        let environment = ProcessInfo.processInfo.environment
        if let list = environment["FACTDECK_BENCH_CORPUS"], !list.isEmpty {
            let documents = try list.split(separator: ":").flatMap { try files(String($0)) }.compactMap(read)
            return (documents, "FACTDECK_BENCH_CORPUS")
        }
        let documents = try defaults.flatMap(files).compactMap(read)
        if documents.reduce(0, { $0 + $1.count }) >= 2_000_000 {
            return (documents, "debian-reference-en + fortunes (Debian packages)")
        }
        // Fallback: the sample article, repeated.
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/" {
            let sample = folder.appendingPathComponent("../shared/sources").standardized
            if FileManager.default.fileExists(atPath: sample.path) {
                let articles = try files(sample.path).compactMap(read)
                var documents: [[UInt8]] = []
                var size = 0
                while size < 2_000_000, !articles.isEmpty {
                    for article in articles { documents.append(article); size += article.count }
                }
                return (documents, "sample articles repeated (install debian-reference-en and fortunes for real prose)")
            }
            folder = folder.deletingLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "no bench corpus: apt-get install debian-reference-en fortunes"])
    }

    static func files(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        // Each file once: the fortunes folder links every file again as `NAME.u8`, and its ASCII
        // art is not prose.
        var seen = Set<String>()
        return try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            .filter { !$0.hasSuffix(".dat") && !$0.hasPrefix(".") && !$0.hasPrefix("art") && !$0.hasPrefix("ascii-art") }
            .map { "\(path)/\($0)" }
            .filter { var folder: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &folder) && !folder.boolValue }
            .filter { seen.insert(URL(fileURLWithPath: $0).resolvingSymlinksInPath().path).inserted }
    }

    static func read(_ path: String) -> [UInt8]? {
        if path.hasSuffix(".gz") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/gzip")
            process.arguments = ["-dc", path]
            let pipe = Pipe()
            process.standardOutput = pipe
            guard (try? process.run()) != nil else { return nil }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return process.terminationStatus == 0 ? [UInt8](data) : nil
        }
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return nil }
        // Latin-1 or binary files are left out of the corpus, as `extract` would refuse them.
        guard (try? TextDecoding.decode([UInt8](data), path: path)) != nil else { return nil }
        return [UInt8](data)
    }
}
