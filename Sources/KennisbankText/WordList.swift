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
/// never pays for the table (building it was half of such a process's time), nor for a copy of
/// the text: the bundled list is read where the binary holds it.
package struct WordList: Sendable {
    /// The words, each followed by a newline, in contiguous UTF-8 (for the bundled list, the
    /// embedded text itself).
    private let text: String
    /// Offset + 1 of a word's first byte in ``bytes`` (0: empty slot); its size is a power of two.
    /// Empty for the bundled list, whose table is ``bundledSlots``.
    private let slots: [UInt32]
    /// Whether this is the bundled list (sorted, without duplicates or empty lines).
    private let isBundled: Bool
    /// The number of words.
    package let count: Int

    /// The bundled Dutch word list (`Dictionary/nl-words.txt`), embedded at build time.
    package static let bundled = WordList(
        sorted: EmbeddedFiles.contents["Dictionary/nl-words.txt"] ?? "",
        count: EmbeddedLineCounts.counts["Dictionary/nl-words.txt"])

    /// How many lookups of the bundled list are binary searches before its hash table is built.
    package static let bundledLookupsBeforeTable = 20_000

    /// The lookups of the bundled list so far, until its table is built.
    private static let bundledLookups = Atomic<Int>(0)
    /// Whether the bundled list's table is built (it is built once, by ``bundledSlots``).
    private static let bundledTableBuilt = Atomic<Bool>(false)
    /// The bundled list's hash table, built on first use.
    private static let bundledSlots: [UInt32] = bundled.withBytes { makeSlots($0).slots }

    /// The bundled list: its text is sorted in byte order, one word a line, without duplicates;
    /// `count`, its number of lines when known (counted at build time: counting them here reads
    /// all 4.4 MB of it from the binary at every start, 5 % of a `kb search` process).
    private init(sorted text: String, count: Int?) {
        self.text = Self.lines(text)
        self.slots = []
        self.isBundled = true
        self.count =
            count ?? self.text.utf8.withContiguousStorageIfAvailable(Self.lineCount) ?? Self.lineCount(self.text)
    }

    /// Builds the set from `text`: one word per line; empty lines are skipped.
    package init(text: String) {
        self.text = Self.lines(text)
        let made =
            self.text.utf8.withContiguousStorageIfAvailable(Self.makeSlots) ?? Self.makeSlots(Array(self.text.utf8))
        self.slots = made.slots
        self.isBundled = false
        self.count = made.count
    }

    /// `text` ending in a newline, in contiguous UTF-8 (a string literal already is: then it is
    /// not copied).
    private static func lines(_ text: String) -> String {
        var text = text
        if let last = text.utf8.last, last != 0x0A { text += "\n" }
        text.makeContiguousUTF8()
        return text
    }

    /// The number of newlines in `bytes`, eight bytes at a time (the bundled list's count is part
    /// of the analyzer's signature, which every opening of a knowledge base checks).
    private static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let raw = UnsafeRawBufferPointer(bytes)
        var lines = 0
        var offset = 0
        while offset + 8 <= raw.count {
            // A byte of `x` is zero where `bytes` holds a newline; `zero` has the high bit of
            // exactly those bytes set (no carry crosses a byte).
            let x = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ newlines
            let zero = ~(((x & low) &+ low) | x | low)
            lines += zero.nonzeroBitCount
            offset += 8
        }
        for byte in raw[offset...] where byte == 0x0A { lines += 1 }
        return lines
    }

    /// The number of newlines in `text`.
    private static func lineCount(_ text: String) -> Int {
        Array(text.utf8).withUnsafeBufferPointer(lineCount)
    }

    /// Runs `body` on the words' bytes, each word followed by a newline.
    private func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The hash table of the words of `bytes` (one a line, empty lines skipped) and their number.
    private static func makeSlots(_ bytes: [UInt8]) -> (slots: [UInt32], count: Int) {
        bytes.withUnsafeBufferPointer(makeSlots)
    }

    /// The hash table of the words of `buffer` (one a line, empty lines skipped) and their number.
    private static func makeSlots(_ buffer: UnsafeBufferPointer<UInt8>) -> (slots: [UInt32], count: Int) {
        let lines = lineCount(buffer)
        var size = 1
        while size < lines * 2 + 2 { size <<= 1 }
        var slots = [UInt32](repeating: 0, count: size)
        var count = 0
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
        return (slots, count)
    }

    /// Whether `word` (folded bytes) is in the list.
    package func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty else { return false }
        guard isBundled else { return withBytes { Self.lookUp(word, in: $0, slots: slots) } }
        if Self.bundledTableBuilt.load(ordering: .relaxed) {
            return withBytes { Self.lookUp(word, in: $0, slots: Self.bundledSlots) }
        }
        if Self.bundledLookups.wrappingAdd(1, ordering: .relaxed).newValue >= Self.bundledLookupsBeforeTable {
            let slots = Self.bundledSlots
            Self.bundledTableBuilt.store(true, ordering: .relaxed)
            return withBytes { Self.lookUp(word, in: $0, slots: slots) }
        }
        return withBytes { Self.binarySearch(word, in: $0) }
    }

    /// Whether `word` is in the hash table `slots` of `buffer`.
    private static func lookUp(
        _ word: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, slots: [UInt32]
    )
        -> Bool
    {
        guard !slots.isEmpty else { return false }
        let mask = slots.count - 1
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.hash(word) & mask
            while slots[slot] != 0 {
                if Self.equals(buffer, Int(slots[slot]) - 1, word) { return true }
                slot = (slot + 1) & mask
            }
            return false
        }
    }

    /// Whether `word` is a line of `bytes`, whose lines are sorted in byte order.
    static func binarySearch(_ word: UnsafeBufferPointer<UInt8>, in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { binarySearch(word, in: $0) }
    }

    /// Whether `word` is a line of `buffer`, whose lines are sorted in byte order.
    static func binarySearch(_ word: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
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
