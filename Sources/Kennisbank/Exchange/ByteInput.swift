import Foundation

/// Bytes read in chunks from a file, standard input or memory, so that large inputs stream.
final class ByteInput {
    private let handle: FileHandle?
    private var buffer: [UInt8]
    private var position = 0
    private var finished = false
    private let chunkSize: Int
    private let name: String

    /// Reads the file at `path`; `name` names it in errors.
    init(path: String, name: String, chunkSize: Int = 1 << 16) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw KennisbankError.cannotImport(source: name, problem: .noSuchFile)
        }
        guard !isDirectory.boolValue else {
            throw KennisbankError.cannotImport(source: name, problem: .isFolder)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw KennisbankError.cannotImport(source: name, problem: .unreadable)
        }
        self.handle = handle
        self.buffer = []
        self.chunkSize = chunkSize
        self.name = name
    }

    /// Reads `handle` (standard input, a pipe) until its end.
    init(handle: FileHandle, name: String, chunkSize: Int = 1 << 16) {
        self.handle = handle
        self.buffer = []
        self.chunkSize = chunkSize
        self.name = name
    }

    /// Reads bytes held in memory.
    init(bytes: [UInt8], name: String) {
        self.handle = nil
        self.buffer = bytes
        self.finished = true
        self.chunkSize = 0
        self.name = name
    }

    /// The next byte, or nil at the end.
    @inline(__always)
    func next() throws -> UInt8? {
        if position < buffer.count {
            defer { position += 1 }
            return buffer[position]
        }
        guard try refill() else { return nil }
        defer { position += 1 }
        return buffer[position]
    }

    /// The next byte without consuming it, or nil at the end.
    func peek() throws -> UInt8? {
        if position < buffer.count { return buffer[position] }
        guard try refill() else { return nil }
        return buffer[position]
    }

    /// The bytes up to the next line feed (left out, as is a carriage return before it), or nil
    /// at the end of the input. Throws ``LineTooLong`` when a line holds more than `limit` bytes,
    /// unless `extending` allows the line as read up to `limit`: then its own limit holds.
    func readLine(limit: Int, extending: (limit: Int, allowed: ([UInt8]) -> Bool)? = nil) throws -> [UInt8]? {
        var limit = limit
        var extending = extending
        var line: [UInt8] = []
        while true {
            // Past the limit, a line `extending` allows (judged on what is read so far) may go on to its limit.
            if let extended = extending, line.count + (buffer.count - position) > limit {
                let room = max(0, limit - line.count)
                let end = min(buffer.count, position + room)
                if let newline = buffer[position..<min(buffer.count, end + 1)].firstIndex(of: 0x0A) {
                    line.append(contentsOf: buffer[position..<newline])
                    position = newline + 1
                    return Self.droppingCarriageReturn(line)
                }
                line.append(contentsOf: buffer[position..<end])
                position = end
                guard extended.allowed(line) else { throw LineTooLong(limit: limit) }
                limit = extended.limit
                extending = nil
            }
            if position >= buffer.count {
                guard try refill() else {
                    return line.isEmpty ? nil : Self.droppingCarriageReturn(line)
                }
            }
            let rest = buffer[position...]
            if let newline = rest.firstIndex(of: 0x0A) {
                guard line.count + (newline - position) <= limit else { throw LineTooLong(limit: limit) }
                line.append(contentsOf: buffer[position..<newline])
                position = newline + 1
                return Self.droppingCarriageReturn(line)
            }
            guard line.count + rest.count <= limit else { throw LineTooLong(limit: limit) }
            line.append(contentsOf: rest)
            position = buffer.count
        }
    }

    /// Puts `bytes` back before the next byte, as if they had not been read.
    func unread(_ bytes: [UInt8]) {
        buffer = bytes + buffer[min(position, buffer.count)...]
        position = 0
    }

    /// Thrown by ``ByteInput/readLine(limit:extending:)`` for a line longer than its limit.
    struct LineTooLong: Error {
        /// The limit the line went past.
        var limit: Int
    }

    private static func droppingCarriageReturn(_ line: [UInt8]) -> [UInt8] {
        line.last == 0x0D ? Array(line.dropLast()) : line
    }

    /// Reads the next chunk; false at the end.
    private func refill() throws -> Bool {
        guard !finished, let handle else { return false }
        let data: Data?
        do {
            data = try handle.read(upToCount: chunkSize)
        } catch {
            throw KennisbankError.cannotImport(source: name, problem: .readFailed(.init(error)))
        }
        guard let data, !data.isEmpty else {
            finished = true
            return false
        }
        buffer = [UInt8](data)
        position = 0
        return true
    }

    deinit {
        try? handle?.close()
    }
}

extension ByteInput {
    /// True when `bytes` are well-formed UTF-8.
    static func isValidUTF8<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// `bytes` as text, or nil when they are not UTF-8.
    static func text(_ bytes: [UInt8]) -> String? {
        guard isValidUTF8(bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
