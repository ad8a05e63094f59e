/// ``TextFolding/fold(_:)`` for words of Latin-1 scalars, without Foundation's normalization.
///
/// Folding works scalar by scalar for these words (no Latin-1 scalar composes with its
/// neighbours and none has context-dependent casing), so each scalar's fold is computed once,
/// by `TextFolding.fold` itself, and concatenated.
enum DutchLatin1Folding {
    /// The UTF-8 bytes of `TextFolding.fold` of each scalar U+0080–U+00FF.
    static let table: [[UInt8]] = (0x80...0xFF).map { value in
        Array(TextFolding.fold(String(Unicode.Scalar(UInt8(value)))).utf8)
    }

    /// Folds the valid UTF-8 `raw` (scalars up to U+00FF only), keeping at most `limit` scalars.
    static func fold(_ raw: ArraySlice<UInt8>, limit: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count + 8)
        var scalars = 0
        var index = raw.startIndex
        while index < raw.endIndex && scalars < limit {
            let byte = raw[index]
            if byte < 0x80 {
                bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
                scalars += 1
                index += 1
            } else {
                let value = Int(byte & 0x03) << 6 | Int(raw[index + 1] & 0x3F)
                var accepting = true
                for folded in table[value - 0x80] {
                    if folded & 0xC0 != 0x80 {
                        accepting = scalars < limit
                        if accepting { scalars += 1 }
                    }
                    if accepting { bytes.append(folded) }
                }
                index += 2
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
