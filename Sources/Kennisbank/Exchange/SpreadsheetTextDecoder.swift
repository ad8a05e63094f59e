import Foundation

/// Turns the bytes of a spreadsheet's CSV file into text: UTF-8 (with or without a byte order
/// mark), or Windows-1252, the encoding Excel on Windows saves "CSV (gescheiden door
/// lijstscheidingsteken)" in.
///
/// The first cell that is not plain ASCII decides for the whole file: when it is valid UTF-8 the
/// file is UTF-8 (and a later cell that is not is an error); when it is not, but reads as
/// Windows-1252, the file is Windows-1252 and every later cell is converted from it. A byte
/// order mark decides for UTF-8 at once. ASCII reads the same in both.
struct SpreadsheetTextDecoder {
    /// What the file has shown itself to be so far.
    enum Encoding: Equatable {
        /// Only ASCII so far.
        case undecided
        /// UTF-8.
        case utf8
        /// Windows-1252, converted.
        case windows1252
    }

    /// What the file has shown itself to be so far.
    private(set) var encoding = Encoding.undecided

    /// The file began with a UTF-8 byte order mark.
    mutating func sawByteOrderMark() {
        encoding = .utf8
    }

    /// `bytes` as text, or nil when they are in neither encoding (or not in the one decided).
    mutating func text(_ bytes: [UInt8]) -> String? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        switch encoding {
        case .utf8:
            return ByteInput.text(bytes)
        case .windows1252:
            return Self.windows1252(bytes)
        case .undecided:
            if let text = ByteInput.text(bytes) {
                encoding = .utf8
                return text
            }
            guard let text = Self.windows1252(bytes) else { return nil }
            encoding = .windows1252
            return text
        }
    }

    /// `bytes` read as Windows-1252, or nil when they hold a byte it leaves undefined.
    static func windows1252(_ bytes: [UInt8]) -> String? {
        guard !bytes.contains(where: { undefined.contains($0) }) else { return nil }
        return String(bytes: bytes, encoding: .windowsCP1252)
    }

    /// The five bytes Windows-1252 gives no character.
    private static let undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
}
