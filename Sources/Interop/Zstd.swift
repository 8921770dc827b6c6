import CZstd
import Foundation

/// Zstandard decompression (Anki's `.anki21b` collections), streamed to a file with
/// a cap on the output so a compressed bomb is refused while it expands.
enum Zstd {
    enum Failure: Error {
        case damaged(String)
        case tooLarge
    }

    /// Decompresses `input` into `output`, writing at most `limit` bytes; returns the bytes written.
    static func decompress(_ input: URL, to output: URL, limit: Int64) throws -> Int64 {
        guard let stream = ZSTD_createDStream() else { throw Failure.damaged("cannot create a zstd stream") }
        defer { ZSTD_freeDStream(stream) }
        ZSTD_initDStream(stream)
        guard let reader = try? FileHandle(forReadingFrom: input) else { throw Failure.damaged("cannot read the entry") }
        defer { try? reader.close() }
        FileManager.default.createFile(atPath: output.path, contents: nil, attributes: [.posixPermissions: 0o600])
        guard let writer = try? FileHandle(forWritingTo: output) else { throw Failure.damaged("cannot write a temporary file") }
        defer { try? writer.close() }

        let outCapacity = ZSTD_DStreamOutSize()
        var outBuffer = [UInt8](repeating: 0, count: outCapacity)
        var written: Int64 = 0
        var lastResult: Int = 0
        var sawInput = false
        while true {
            let chunk = reader.readData(ofLength: ZSTD_DStreamInSize())
            if chunk.isEmpty { break }
            sawInput = true
            try chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                var inBuffer = ZSTD_inBuffer(src: raw.baseAddress, size: raw.count, pos: 0)
                while inBuffer.pos < inBuffer.size {
                    let produced: Int = try outBuffer.withUnsafeMutableBytes { out in
                        var outDescriptor = ZSTD_outBuffer(dst: out.baseAddress, size: out.count, pos: 0)
                        let result = ZSTD_decompressStream(stream, &outDescriptor, &inBuffer)
                        if ZSTD_isError(result) != 0 {
                            throw Failure.damaged(String(cString: ZSTD_getErrorName(result)))
                        }
                        lastResult = result
                        return outDescriptor.pos
                    }
                    written += Int64(produced)
                    if written > limit { throw Failure.tooLarge }
                    if produced > 0 { writer.write(Data(outBuffer[0..<produced])) }
                }
            }
        }
        // Flush whatever the decoder still holds once all input was consumed.
        while sawInput && lastResult != 0 {
            var empty = ZSTD_inBuffer(src: nil, size: 0, pos: 0)
            let produced: Int = try outBuffer.withUnsafeMutableBytes { out in
                var outDescriptor = ZSTD_outBuffer(dst: out.baseAddress, size: out.count, pos: 0)
                let result = ZSTD_decompressStream(stream, &outDescriptor, &empty)
                if ZSTD_isError(result) != 0 { throw Failure.damaged(String(cString: ZSTD_getErrorName(result))) }
                lastResult = result
                return outDescriptor.pos
            }
            if produced == 0 && lastResult != 0 { throw Failure.damaged("the compressed data is truncated") }
            written += Int64(produced)
            if written > limit { throw Failure.tooLarge }
            if produced > 0 { writer.write(Data(outBuffer[0..<produced])) }
        }
        guard sawInput else { throw Failure.damaged("the entry is empty") }
        return written
    }

    /// Compresses `data` in one frame (for tests and fixtures).
    static func compress(_ data: Data, level: Int32 = 3) -> Data {
        let bound = ZSTD_compressBound(data.count)
        var output = [UInt8](repeating: 0, count: bound)
        let size = data.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                ZSTD_compress(out.baseAddress, bound, input.baseAddress, input.count, level)
            }
        }
        guard ZSTD_isError(size) == 0 else { return Data() }
        return Data(output[0..<size])
    }
}
