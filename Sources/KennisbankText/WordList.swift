import Synchronization

/// A fixed set of folded words (lower-case a–z), looked up by their bytes without allocating.
///
/// Built from a text of one word per line (the bundled ``bundled`` list comes from Debian's
/// `wdutch`, see `Dictionary/README.md`): an open-addressing hash table of offsets into the
/// text's bytes. It depends on nothing but the text, so every machine and every run sees the
/// same words.
///
/// The bundled list is sorted in byte order, so it needs no table to be searched: its first
/// ``bundledLookupsBeforeTable`` lookups are binary searches of its bytes, and only then is its
/// hash table built, once, for the many lookups of an import or a reindex. A `kb search` process
/// never pays for the table (building it was half of such a process's time).
package struct WordList: Sendable {
    /// The words' bytes, each word followed by a newline.
    private let bytes: [UInt8]
    /// Offset + 1 of a word's first byte in ``bytes`` (0: empty slot); its size is a power of two.
    /// Empty for the bundled list, whose table is ``bundledSlots``.
    private let slots: [UInt32]
    /// Whether this is the bundled list (sorted, without duplicates or empty lines).
    private let isBundled: Bool
    /// The number of words of a list built from text; for the bundled list, counted when first
    /// asked (see ``count``).
    private let builtCount: Int

    /// The number of words.
    package var count: Int { isBundled ? Self.bundledCount : builtCount }

    /// The size of the list in bytes (each word and its newline): known without reading it, so
    /// that a process that only checks the index's signature does not count 347,000 lines.
    package var byteCount: Int { bytes.count }

    /// The bundled Dutch word list (`Dictionary/nl-words.txt`), embedded at build time.
    package static let bundled = WordList(sorted: EmbeddedFiles.contents["Dictionary/nl-words.txt"] ?? "")

    /// How many lookups of the bundled list are binary searches before its hash table is built.
    package static let bundledLookupsBeforeTable = 20_000

    /// The lookups of the bundled list so far, until its table is built.
    private static let bundledLookups = Atomic<Int>(0)
    /// Whether the bundled list's table is built (it is built once, by ``bundledSlots``).
    private static let bundledTableBuilt = Atomic<Bool>(false)
    /// The bundled list's hash table, built on first use.
    private static let bundledSlots: [UInt32] = makeSlots(bundled.bytes).slots
    /// The bundled list's number of words (its lines), counted on first use.
    private static let bundledCount: Int = bundled.bytes.withUnsafeBufferPointer { buffer in
        var lines = 0
        for byte in buffer where byte == 0x0A { lines += 1 }
        return lines
    }

    /// The bundled list: its text is sorted in byte order, one word a line, without duplicates.
    private init(sorted text: String) {
        var bytes = Array(text.utf8)
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
        self.bytes = bytes
        self.slots = []
        self.isBundled = true
        self.builtCount = 0
    }

    /// Builds the set from `text`: one word per line; empty lines are skipped.
    package init(text: String) {
        var bytes = Array(text.utf8)
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
        let made = Self.makeSlots(bytes)
        self.bytes = bytes
        self.slots = made.slots
        self.isBundled = false
        self.builtCount = made.count
    }

    /// The hash table of the words of `bytes` (one a line, empty lines skipped) and their number.
    private static func makeSlots(_ bytes: [UInt8]) -> (slots: [UInt32], count: Int) {
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
        return (slots, count)
    }

    /// Whether `word` (folded bytes) is in the list.
    package func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty else { return false }
        guard isBundled else { return Self.lookUp(word, in: bytes, slots: slots) }
        if Self.bundledTableBuilt.load(ordering: .relaxed) {
            return Self.lookUp(word, in: bytes, slots: Self.bundledSlots)
        }
        if Self.bundledLookups.wrappingAdd(1, ordering: .relaxed).newValue >= Self.bundledLookupsBeforeTable {
            let slots = Self.bundledSlots
            Self.bundledTableBuilt.store(true, ordering: .relaxed)
            return Self.lookUp(word, in: bytes, slots: slots)
        }
        return Self.binarySearch(word, in: bytes)
    }

    /// Whether `word` is in the hash table `slots` of `bytes`.
    private static func lookUp(_ word: UnsafeBufferPointer<UInt8>, in bytes: [UInt8], slots: [UInt32]) -> Bool {
        guard !slots.isEmpty else { return false }
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

    /// Whether `word` is a line of `bytes`, whose lines are sorted in byte order.
    static func binarySearch(_ word: UnsafeBufferPointer<UInt8>, in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            // `low` and `high` are always the starts of lines (or the end).
            var low = 0
            var high = buffer.count
            while low < high {
                let middle = low + (high - low) / 2
                var start = middle
                while start > low && buffer[start - 1] != 0x0A { start -= 1 }
                var end = middle
                while end < high && buffer[end] != 0x0A { end += 1 }
                var offset = 0
                while offset < word.count && start + offset < end && word[offset] == buffer[start + offset] {
                    offset += 1
                }
                let line = end - start
                if offset == word.count && offset == line { return true }
                let wordIsSmaller =
                    offset == word.count || (start + offset < end && word[offset] < buffer[start + offset])
                if wordIsSmaller {
                    high = start
                } else {
                    low = end + 1
                }
            }
            return false
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
