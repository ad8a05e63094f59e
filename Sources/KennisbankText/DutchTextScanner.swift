/// The scanner behind ``DutchAnalyzer``: its state while it walks one text.
///
/// It finds words, leading short forms (`'s`) and hyphenated compounds in the UTF-8 bytes,
/// has the analyzer fold and stem each part, and emits the tokens
/// (`DutchTextScanner+Emitting.swift`).
struct DutchTextScanner {
    /// One part of a compound (or a lone word) as scanned.
    struct Part {
        var byteRange: Range<Int>
        var rawRange: Range<Int>
        var range: DutchWordScalarRange
        var hasDigit: Bool
        /// The word ended in a plural or possessive `'s` (`risico's`), which was not kept in it.
        var apostropheS = false
        /// In query text, the word followed ``DutchAnalyzer/partQueryScalar``: its term is the
        /// marked compound-part term.
        var isMarkedPart = false
    }

    /// Scalars kept per word before folding: enough for ``DutchAnalyzer/maximumWordLength``
    /// folded scalars whether the text is composed or decomposed.
    static let rawScalarLimit = DutchAnalyzer.maximumWordLength * 4
    /// Parts per compound; a longer chain of hyphenated words starts a new compound.
    static let maximumParts = 64

    let analyzer: DutchAnalyzer
    let bytes: UnsafeBufferPointer<UInt8>
    let forQuery: Bool
    let forPrefix: Bool
    /// The raw (valid UTF-8, apostrophes and soft hyphens removed) bytes of the current compound.
    var raw: [UInt8] = []
    var parts: [Part] = []
    /// The analysed parts of the current compound that have a term.
    var analyzed: [(word: DutchAnalyzedWord, byteRange: Range<Int>, part: Part)] = []

    init(analyzer: DutchAnalyzer, bytes: UnsafeBufferPointer<UInt8>, forQuery: Bool, forPrefix: Bool) {
        self.analyzer = analyzer
        self.bytes = bytes
        self.forQuery = forQuery
        self.forPrefix = forPrefix
        raw.reserveCapacity(64)
        parts.reserveCapacity(4)
        analyzed.reserveCapacity(4)
    }

    /// Scans the whole text, calling `body` for each token in order, until `body` returns `false`.
    mutating func run(_ body: (AnalyzedToken) -> Bool) {
        var index = 0
        let count = bytes.count
        while index < count {
            let (value, length) = decode(at: index)
            switch DutchScalarClass(value) {
            case .word:
                let (part, next) = scanWord(from: index)
                parts.append(part)
                index = scanHyphenatedParts(from: next)
                guard emitCompound(body) else { return }
            case .apostrophe:
                if let (part, next) = scanShortForm(apostropheAt: index, length: length) {
                    parts.append(part)
                    index = scanHyphenatedParts(from: next)
                    guard emitCompound(body) else { return }
                } else {
                    index += length
                }
            case .separator
            where forQuery && !forPrefix && value == DutchAnalyzer.partQueryScalar.value
                && isWordScalar(at: index + length):
                var (part, next) = scanWord(from: index + length)
                part.isMarkedPart = true
                parts.append(part)
                index = next
                guard emitCompound(body) else { return }
            case .separator, .hyphen, .ignorable:
                index += length
            }
        }
    }

    // MARK: Scalars

    /// The scalar at `index` and its length in bytes (see ``UTF8ScalarDecoder``).
    @inline(__always)
    func decode(at index: Int) -> (value: UInt32, length: Int) {
        UTF8ScalarDecoder.decode(bytes, at: index)
    }

    /// Whether a word scalar starts at `index` (false at the end).
    @inline(__always)
    func isWordScalar(at index: Int) -> Bool {
        index < bytes.count && DutchScalarClass(decode(at: index).value) == .word
    }

    // MARK: Words

    /// Scans a word starting with a word scalar at `start`; returns the part and where scanning
    /// stopped (after a dropped possessive `'s`, if any).
    mutating func scanWord(from start: Int) -> (Part, next: Int) {
        let rawStart = raw.count
        var index = start
        var end = start
        var scalars = 0
        var range = DutchWordScalarRange.ascii
        var hasDigit = false
        var apostropheS = false
        let count = bytes.count
        scanning: while index < count {
            let (value, length) = decode(at: index)
            switch DutchScalarClass(value) {
            case .word:
                if scalars < Self.rawScalarLimit {
                    if length == 1 {
                        raw.append(UInt8(truncatingIfNeeded: value))
                        if value >= 0x30 && value <= 0x39 { hasDigit = true }
                    } else {
                        raw.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                        range = range.union(value < 0x100 ? .latin1 : .other)
                    }
                    scalars += 1
                }
                index += length
                end = index
            case .ignorable:
                index += length
            case .apostrophe:
                let next = index + length
                guard next < count else { break scanning }
                let (following, followingLength) = decode(at: next)
                guard DutchScalarClass(following) == .word else { break scanning }
                if (following == 0x73 || following == 0x53) && !isWordScalar(at: next + followingLength) {
                    // Possessive or plural `'s`: the word is what came before.
                    index = next + followingLength
                    end = index  // the token spans `risico's`, so a match marks the whole word
                    apostropheS = true
                    break scanning
                }
                index = next  // `zo'n`: drop the apostrophe, join the word.
            case .separator, .hyphen:
                break scanning
            }
        }
        let part = Part(
            byteRange: start..<end, rawRange: rawStart..<raw.count, range: range, hasDigit: hasDigit,
            apostropheS: apostropheS)
        return (part, index)
    }

    /// A leading `'s`, `'t` or `'n` (`'s-Hertogenbosch`, `’s avonds`, `'t Zandt`) as its own part.
    mutating func scanShortForm(apostropheAt index: Int, length: Int) -> (Part, next: Int)? {
        let letterIndex = index + length
        guard letterIndex < bytes.count else { return nil }
        let letter = bytes[letterIndex]
        switch letter {
        case 0x73, 0x53, 0x74, 0x54, 0x6E, 0x4E: break  // s S t T n N
        default: return nil
        }
        let next = letterIndex + 1
        guard !isWordScalar(at: next) else { return nil }
        let rawStart = raw.count
        raw.append(letter)
        let part = Part(byteRange: index..<next, rawRange: rawStart..<raw.count, range: .ascii, hasDigit: false)
        return (part, next)
    }

    /// Adds the parts that follow a hyphen between word characters; returns where scanning stopped.
    mutating func scanHyphenatedParts(from start: Int) -> Int {
        var index = start
        while parts.count < Self.maximumParts, index < bytes.count {
            let (value, length) = decode(at: index)
            guard DutchScalarClass(value) == .hyphen, isWordScalar(at: index + length) else { break }
            let (part, next) = scanWord(from: index + length)
            parts.append(part)
            index = next
        }
        return index
    }
}
