import Foundation

/// Runs the built `factdeck` binary the way a learner or a script would, with a fixed
/// clock, its own collection and scripted standard input.
struct FactdeckProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard output parsed as JSON.
        func json() throws -> Any {
            try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
        }
    }

    /// A temporary folder holding this test's collection, removed by `cleanUp()`.
    let folder: URL
    var now = "2025-01-12T12:00:00Z"
    var environment: [String: String] = ["TZ": "UTC", "NO_COLOR": "1"]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("factdeck-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var databasePath: String { folder.appendingPathComponent("collection.sqlite").path }

    /// The `factdeck` binary built next to the test bundle.
    static var binary: URL {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("factdeck")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/factdeck")
    }

    /// Runs `factdeck ARGUMENTS --db <this test's collection>` (unless `database` is false).
    @discardableResult
    func run(_ arguments: [String], stdin: String = "", database: Bool = true,
             extraEnvironment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments + (database ? ["--db", databasePath] : [])
        var env = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "FACTDECK_NOW": now]
        env.merge(environment) { $1 }
        env.merge(extraEnvironment) { $1 }
        process.environment = env
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outReader = PipeDrain(output.fileHandleForReading.fileDescriptor)
        let errReader = PipeDrain(error.fileHandleForReading.fileDescriptor)
        PipeDrain.writeAll(Data(stdin.utf8), to: input.fileHandleForWriting.fileDescriptor)
        try input.fileHandleForWriting.close()
        let outData = outReader.wait()
        let errData = errReader.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Adds a basic card and returns its id.
    func addCard(deck: String = "Demo", front: String = "Capital of France", back: String = "Paris") throws -> String {
        let result = try run(["add", "--deck", deck, "--front", front, "--back", back, "--json"])
        guard result.status == 0, let object = try result.json() as? [String: Any], let id = object["id"] as? String else {
            throw FactdeckProcessError.unexpected(result.stderr)
        }
        return id
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }
}

enum FactdeckProcessError: Error {
    case unexpected(String)
}

/// Reads a pipe to its end on a thread of its own, retrying reads a signal interrupted
/// (Foundation's `readDataToEndOfFile` traps on EINTR).
final class PipeDrain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ descriptor: Int32) {
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count > 0 { data.append(buffer, count: count); continue }
                if count < 0 && errno == EINTR { continue }
                break
            }
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }

    static func writeAll(_ data: Data, to descriptor: Int32) {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let written = write(descriptor, base + offset, bytes.count - offset)
                if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { break }
            }
        }
    }
}
