/// A word as an editable run of Unicode scalar values: the working form of the Snowball stemmers.
///
/// Snowball algorithms address characters (code points), so a stemmer decodes the word once into
/// a temporary (normally stack-allocated) buffer, edits it in place and encodes the result once.
/// Positions are scalar offsets from the start of the word, as Snowball's cursor and marks are.
struct SnowballWord {
    /// Room for the characters a stemmer may insert beyond the word's own length.
    /// (The Dutch algorithms grow a word by a handful of characters at most.)
    static let headroom = 16

    private let base: UnsafeMutablePointer<UInt32>
    private let capacity: Int
    /// The current number of characters.
    private(set) var count: Int

    private init(base: UnsafeMutablePointer<UInt32>, capacity: Int, count: Int) {
        self.base = base
        self.capacity = capacity
        self.count = count
    }

    /// Decodes `word`, lets `body` edit it, and returns the edited word.
    @inline(__always)
    static func transform(_ word: String, _ body: (inout SnowballWord) -> Void) -> String {
        var word = word
        return word.withUTF8 { utf8 -> String in
            if utf8.isEmpty { return "" }
            let capacity = utf8.count + headroom
            return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { buffer -> String in
                let base = buffer.baseAddress!
                let count = decode(utf8, into: base)
                var w = SnowballWord(base: base, capacity: capacity, count: count)
                body(&w)
                return w.encoded()
            }
        }
    }

    /// Decodes valid UTF-8 into scalar values; returns how many were written.
    @inline(__always)
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt32>) -> Int {
        var i = 0
        var n = 0
        let end = utf8.count
        while i < end {
            let b0 = UInt32(utf8[i])
            if b0 < 0x80 {
                out[n] = b0
                i += 1
            } else if b0 < 0xE0 {
                out[n] = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                i += 2
            } else if b0 < 0xF0 {
                out[n] = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                i += 3
            } else {
                out[n] =
                    (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12
                    | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
                i += 4
            }
            n += 1
        }
        return n
    }

    /// The characters as a `String`.
    @inline(__always)
    private func encoded() -> String {
        String(unsafeUninitializedCapacity: count * 4) { out in
            var n = 0
            for i in 0..<count {
                let c = base[i]
                if c < 0x80 {
                    out[n] = UInt8(truncatingIfNeeded: c)
                    n += 1
                } else if c < 0x800 {
                    out[n] = UInt8(truncatingIfNeeded: 0xC0 | c >> 6)
                    out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | c & 0x3F)
                    n += 2
                } else if c < 0x1_0000 {
                    out[n] = UInt8(truncatingIfNeeded: 0xE0 | c >> 12)
                    out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | c >> 6 & 0x3F)
                    out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | c & 0x3F)
                    n += 3
                } else {
                    out[n] = UInt8(truncatingIfNeeded: 0xF0 | c >> 18)
                    out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | c >> 12 & 0x3F)
                    out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | c >> 6 & 0x3F)
                    out[n + 3] = UInt8(truncatingIfNeeded: 0x80 | c & 0x3F)
                    n += 4
                }
            }
            return n
        }
    }

    /// The character at offset `i` (`0 <= i < count`).
    @inline(__always)
    subscript(i: Int) -> UInt32 {
        get { base[i] }
        set { base[i] = newValue }
    }

    /// Whether the character just before offset `c` is `ch` (false at the start).
    @inline(__always)
    func before(_ c: Int, is ch: Unicode.Scalar) -> Bool {
        c >= 1 && base[c - 1] == ch.value
    }

    /// Whether the ASCII string `s` (two or more characters) ends at offset `c`.
    @inline(__always)
    func ends(_ s: StaticString, at c: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        if c < n { return false }
        let chars = s.utf8Start
        let start = c - n
        for k in 0..<n where base[start + k] != UInt32(chars[k]) {
            return false
        }
        return true
    }

    /// Whether the ASCII string `s` (two or more characters) starts at offset `c`.
    @inline(__always)
    func starts(_ s: StaticString, at c: Int) -> Bool {
        c + s.utf8CodeUnitCount <= count && ends(s, at: c + s.utf8CodeUnitCount)
    }

    /// Replaces the characters in `from..<to` by the ASCII string `s` (two or more characters).
    @inline(__always)
    mutating func replace(_ from: Int, _ to: Int, with s: StaticString) {
        let n = s.utf8CodeUnitCount
        resize(from, to, to: n)
        let chars = s.utf8Start
        for k in 0..<n { base[from + k] = UInt32(chars[k]) }
    }

    /// Removes the characters in `from..<count`.
    @inline(__always)
    mutating func truncate(_ from: Int) {
        count = from
    }

    /// Removes the characters in `from..<to`.
    @inline(__always)
    mutating func delete(_ from: Int, _ to: Int) {
        resize(from, to, to: 0)
    }

    /// Inserts the character `ch` at offset `at`.
    @inline(__always)
    mutating func insert(_ ch: UInt32, at: Int) {
        resize(at, at, to: 1)
        base[at] = ch
    }

    /// Makes `from..<to` span `length` characters, moving the characters after it.
    @inline(__always)
    private mutating func resize(_ from: Int, _ to: Int, to length: Int) {
        let shift = length - (to - from)
        if shift == 0 { return }
        precondition(count + shift <= capacity)
        let tail = count - to
        if shift < 0 {
            for k in 0..<tail { base[to + shift + k] = base[to + k] }
        } else {
            var k = tail
            while k > 0 {
                k -= 1
                base[to + shift + k] = base[to + k]
            }
        }
        count += shift
    }
}
