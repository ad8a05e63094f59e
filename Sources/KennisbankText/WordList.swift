/// A fixed set of folded words (lower-case a–z), looked up by their bytes without allocating.
///
/// Built once from a text of one word per line (the bundled ``bundled`` list comes from Debian's
/// `wdutch`, see `Dictionary/README.md`): an open-addressing hash table of offsets into the
/// text's bytes. It depends on nothing but the text, so every machine and every run sees the
/// same words.
package struct WordList: Sendable {
    /// The words' bytes, each word followed by a newline.
    private let bytes: [UInt8]
    /// Offset + 1 of a word's first byte in ``bytes`` (0: empty slot); its size is a power of two.
    private let slots: [UInt32]
    /// The number of words.
    package let count: Int

    /// The bundled Dutch word list (`Dictionary/nl-words.txt`), embedded at build time.
    package static let bundled = WordList(text: EmbeddedFiles.contents["Dictionary/nl-words.txt"] ?? "")

    /// Builds the set from `text`: one word per line; empty lines are skipped.
    package init(text: String) {
        var bytes = Array(text.utf8)
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
        let lines = bytes.reduce(into: 0) { $0 += $1 == 0x0A ? 1 : 0 }
        var size = 1
        while size < lines * 2 + 2 { size <<= 1 }
        var slots = [UInt32](repeating: 0, count: size)
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            slots.withUnsafeMutableBufferPointer { slots in
                let mask = size - 1
                var start = 0
                for end in 0..<buffer.count where buffer[end] == 0x0A {
                    defer { start = end + 1 }
                    guard end > start else { continue }
                    let word = UnsafeBufferPointer(rebasing: buffer[start..<end])
                    var slot = Self.hash(word) & mask
                    var duplicate = false
                    while slots[slot] != 0 {
                        if Self.equals(buffer, Int(slots[slot]) - 1, word) {
                            duplicate = true
                            break
                        }
                        slot = (slot + 1) & mask
                    }
                    if !duplicate {
                        slots[slot] = UInt32(start + 1)
                        count += 1
                    }
                }
            }
        }
        self.bytes = bytes
        self.slots = slots
        self.count = count
    }

    /// Whether `word` (folded bytes) is in the list.
    package func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty, !slots.isEmpty else { return false }
        let mask = slots.count - 1
        return bytes.withUnsafeBufferPointer { buffer in
            slots.withUnsafeBufferPointer { slots in
                var slot = Self.hash(word) & mask
                while slots[slot] != 0 {
                    if Self.equals(buffer, Int(slots[slot]) - 1, word) { return true }
                    slot = (slot + 1) & mask
                }
                return false
            }
        }
    }

    /// Whether the folded `word` is in the list.
    package func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains($0) }
    }

    /// FNV-1a of the bytes.
    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash >> 1)
    }

    /// Whether the word at `start` in `buffer` (ending at a newline) equals `word`.
    @inline(__always)
    private static func equals(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ word: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard start + word.count < buffer.count, buffer[start + word.count] == 0x0A else { return false }
        for offset in 0..<word.count where buffer[start + offset] != word[offset] {
            return false
        }
        return true
    }
}
