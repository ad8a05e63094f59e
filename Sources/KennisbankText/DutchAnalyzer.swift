/// The Dutch text analysis behind Kennisbank's full-text index and query parser.
///
/// It splits text into words, folds each word (case and diacritics, with
/// ``TextFolding/fold(_:)``), and stems it: the override dictionary first, then the stemmer.
///
/// - **Words** are runs of letters, digits and combining marks. A soft hyphen (U+00AD) inside a
///   word is ignored; everything else separates words, except apostrophes and hyphens:
/// - **Apostrophes** (`'` `’` `‘` `ʼ` `´` `` ` ``): `risico's`, `auto’s`, `Anna's` give the word before
///   the apostrophe, and in documents also the word with the `s` joined on (`risicos`, colocated),
///   for queries typed without the apostrophe; a leading `'s`, `'t`, `'n` (`'s-Hertogenbosch`, `’s avonds`) is a token of its
///   own (`s`, `t`, `n`); other apostrophes inside a word are dropped (`zo'n` → `zon`).
/// - **Hyphens** (`-` U+2010 U+2011) between word characters join the parts of a compound:
///   `co-creatie` gives the parts `co` and `creatie` at consecutive positions, and the joined whole
///   `cocreatie` at the position of the first part. The whole comes first (spanning the compound)
///   and the first part follows it as the colocated token, because FTS5's `highlight()` and
///   `snippet()` take a position's offsets from its first, non-colocated token: a match on
///   `cocreatie` then marks all of `co-creatie`. Dashes (– —) separate words.
/// - **Digits** stay as they are, and a word with an ASCII digit (`2015`, `gm0363`) is not stemmed.
/// - Words are truncated to ``maximumWordLength`` scalars (after folding).
/// - **Stopwords** (``DutchStopwords``) are emitted, so that phrases keep their positions, and
///   flagged ``AnalyzedToken/isStopword``.
/// - **Surface forms** for prefix search: where a document word's term differs from the folded
///   word (`organisaties` → `organiseer`), the folded word follows as a colocated term with the
///   ``surfaceFormMarker`` (`=organisaties`); prefix text is analyzed into the folded prefix and
///   its marked twin (`organisat`, `=organisat`), which FTS5 treats as synonyms. So `organisat*`
///   finds `organisaties` although its stem does not start with `organisat`. Colocated terms do not
///   count towards a column's length, so BM25 is unchanged.
///
/// Canonically equivalent input (NFC or NFD) gives the same terms; byte ranges always refer to
/// the text as given. The analyzer works on UTF-8 bytes and Unicode scalars; invalid UTF-8
/// (possible through FTS5) separates words.
package struct DutchAnalyzer: Sendable {
    /// The stemmer applied to folded words that have no override.
    package let stemmer: any Stemmer
    /// Folded word → index term, consulted before the stemmer.
    package let overrides: [String: String]

    /// The maximum length of a term, in Unicode scalars; longer words are truncated.
    package static let maximumWordLength = 64

    /// The first character of a surface-form term (see ``AnalyzedToken/isSurfaceForm``).
    ///
    /// No word folds to a term with `=` in it, so these terms never meet a stem.
    package static let surfaceFormMarker = "="

    /// Creates an analyzer with a stemmer and a stem-override dictionary.
    ///
    /// - Parameters:
    ///   - stemmer: The Snowball Dutch variant (or any other stemmer).
    ///   - overrides: Folded word → term, consulted before the stemmer.
    package init(stemmer: any Stemmer = KraaijPohlmannStemmer(), overrides: [String: String] = StemOverrides.dutchDomain) {
        self.stemmer = stemmer
        self.overrides = overrides
    }

    /// The analyzer of the `dutch` tokenizer without arguments: the default stemmer with the
    /// domain overrides.
    package static let standard = DutchAnalyzer()

    /// Analyzes `text` into tokens.
    ///
    /// - Parameters:
    ///   - text: The text to analyze.
    ///   - forQuery: Tokenize query text: compounds give only their parts (a phrase), without the
    ///     colocated whole. In an FTS5 query a colocated token is a synonym of the token before
    ///     it, and "whole at the first part's position" can only match where the parts match
    ///     anyway; the query parser offers the joined whole as an `OR` alternative instead.
    ///   - forPrefix: Tokenize the text before a prefix `*`: fold, but neither stem nor apply
    ///     overrides, and follow each folded word with its marked surface form as a colocated
    ///     synonym (implies `forQuery`).
    /// - Returns: The tokens in order, with UTF-8 byte ranges into `text`.
    package func tokens(in text: String, forQuery: Bool = false, forPrefix: Bool = false) -> [AnalyzedToken] {
        var result: [AnalyzedToken] = []
        withUTF8(of: text) { bytes in
            analyze(utf8: bytes, forQuery: forQuery, forPrefix: forPrefix) { token in
                result.append(token)
                return true
            }
        }
        return result
    }

    /// The terms the index stores for `text`, in order (what `kb analyze` prints).
    ///
    /// A compound gives its joined whole before its parts: `co-creatie` → whole, `co`, `creatie`;
    /// a term that differs from its folded word is followed by the marked surface form
    /// (`organisaties` → `organiseer`, `=organisaties`).
    package func terms(in text: String) -> [String] {
        tokens(in: text).map(\.term)
    }

    /// Analyzes UTF-8 bytes (possibly invalid), calling `body` for each token in order.
    ///
    /// - Parameters:
    ///   - utf8: The text's bytes; invalid sequences separate words.
    ///   - forQuery: See ``tokens(in:forQuery:forPrefix:)``.
    ///   - forPrefix: See ``tokens(in:forQuery:forPrefix:)``.
    ///   - body: Receives each token; returns `false` to stop.
    package func analyze(
        utf8: UnsafeBufferPointer<UInt8>,
        forQuery: Bool = false,
        forPrefix: Bool = false,
        _ body: (AnalyzedToken) -> Bool
    ) {
        var scanner = DutchTextScanner(analyzer: self, bytes: utf8, forQuery: forQuery || forPrefix, forPrefix: forPrefix)
        scanner.run(body)
    }

    private func withUTF8(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable(body) == nil {
            let copy = Array(text.utf8)
            copy.withUnsafeBufferPointer(body)
        }
    }

    /// Folds, truncates and stems one word given as valid UTF-8 bytes.
    fileprivate func term(
        raw: ArraySlice<UInt8>, range: DutchWordScalarRange, hasDigit: Bool, forPrefix: Bool
    ) -> DutchAnalyzedWord {
        let limit = Self.maximumWordLength
        var folded: String
        switch range {
        case .ascii:
            let count = min(raw.count, limit)
            let start = raw.startIndex
            folded = String(unsafeUninitializedCapacity: count) { buffer in
                for offset in 0..<count {
                    let byte = raw[start + offset]
                    buffer[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                }
                return count
            }
        case .latin1:
            folded = DutchLatin1Folding.fold(raw, limit: limit)
        case .other:
            folded = TextFolding.fold(String(decoding: raw, as: UTF8.self))
            if folded.unicodeScalars.count > limit {
                folded = String(String.UnicodeScalarView(folded.unicodeScalars.prefix(limit)))
            }
        }
        let isStopword = DutchStopwords.words.contains(folded)
        if forPrefix || folded.isEmpty {
            return DutchAnalyzedWord(term: folded, folded: folded, isStopword: isStopword)
        }
        if let override = overrides[folded] {
            return DutchAnalyzedWord(term: override, folded: folded, isStopword: isStopword)
        }
        if hasDigit {
            return DutchAnalyzedWord(term: folded, folded: folded, isStopword: isStopword)
        }
        let stem = stemmer.stem(folded)
        return DutchAnalyzedWord(term: stem.isEmpty ? folded : stem, folded: folded, isStopword: isStopword)
    }
}

/// One analysed word: its index term and the folded form it came from.
private struct DutchAnalyzedWord {
    var term: String
    var folded: String
    var isStopword: Bool
}

// MARK: - Folding

/// The Unicode range of a word's scalars, which picks how it is folded.
private enum DutchWordScalarRange {
    /// U+0000–U+007F: lower-casing is folding.
    case ascii
    /// U+0000–U+00FF: folded scalar by scalar from a table.
    case latin1
    /// Anything else: ``TextFolding/fold(_:)``.
    case other

    /// The range of a word made of words in `self` and `other`.
    func union(_ other: DutchWordScalarRange) -> DutchWordScalarRange {
        switch (self, other) {
        case (.ascii, .ascii): return .ascii
        case (.other, _), (_, .other): return .other
        default: return .latin1
        }
    }
}

/// ``TextFolding/fold(_:)`` for words of Latin-1 scalars, without Foundation's normalization.
///
/// Folding works scalar by scalar for these words (no Latin-1 scalar composes with its
/// neighbours and none has context-dependent casing), so each scalar's fold is computed once,
/// by `TextFolding.fold` itself, and concatenated.
private enum DutchLatin1Folding {
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

// MARK: - Scanning

/// How the analyzer treats one Unicode scalar.
private enum DutchScalarClass {
    case separator, word, apostrophe, hyphen, ignorable
}

/// The scanner's state while it walks one text.
private struct DutchTextScanner {
    /// One part of a compound (or a lone word) as scanned.
    struct Part {
        var byteRange: Range<Int>
        var rawRange: Range<Int>
        var range: DutchWordScalarRange
        var hasDigit: Bool
        /// The word ended in a plural or possessive `'s` (`risico's`), which was not kept in it.
        var apostropheS = false
    }

    /// A scalar value that marks an invalid UTF-8 byte.
    static let invalidScalar: UInt32 = 0xFFFF_FFFF

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

    mutating func run(_ body: (AnalyzedToken) -> Bool) {
        var index = 0
        let count = bytes.count
        while index < count {
            let (value, length) = decode(at: index)
            switch classify(value) {
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
            case .separator, .hyphen, .ignorable:
                index += length
            }
        }
    }

    // MARK: Decoding

    /// Decodes the scalar at `index`; an invalid sequence gives `Self.invalidScalar` and length 1.
    @inline(__always)
    func decode(at index: Int) -> (value: UInt32, length: Int) {
        let count = bytes.count
        let b0 = bytes[index]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        @inline(__always) func continuation(_ offset: Int, _ lower: UInt8 = 0x80, _ upper: UInt8 = 0xBF) -> UInt32? {
            guard index + offset < count else { return nil }
            let byte = bytes[index + offset]
            return byte >= lower && byte <= upper ? UInt32(byte & 0x3F) : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            guard let c1 = continuation(1) else { return (Self.invalidScalar, 1) }
            return (UInt32(b0 & 0x1F) << 6 | c1, 2)
        case 0xE0...0xEF:
            let lower: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
            let upper: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            guard let c1 = continuation(1, lower, upper), let c2 = continuation(2) else { return (Self.invalidScalar, 1) }
            return (UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2, 3)
        case 0xF0...0xF4:
            let lower: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
            let upper: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            guard let c1 = continuation(1, lower, upper), let c2 = continuation(2), let c3 = continuation(3) else {
                return (Self.invalidScalar, 1)
            }
            return (UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4)
        default:
            return (Self.invalidScalar, 1)
        }
    }

    @inline(__always)
    func classify(_ value: UInt32) -> DutchScalarClass {
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
            case 0x27, 0x60: return .apostrophe
            case 0x2D: return .hyphen
            default: return .separator
            }
        }
        switch value {
        case 0xAD: return .ignorable
        case 0xB4, 0x2BC, 0x2018, 0x2019: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0xD7, 0xF7: return .separator
        case 0xC0...0x24F: return .word  // Latin-1 letters and Latin Extended-A/B
        case Self.invalidScalar: return .separator
        default:
            guard let scalar = Unicode.Scalar(value) else { return .separator }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark,
                 .decimalNumber, .letterNumber, .otherNumber:
                return .word
            default:
                return .separator
            }
        }
    }

    @inline(__always)
    func isWordScalar(at index: Int) -> Bool {
        index < bytes.count && classify(decode(at: index).value) == .word
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
            switch classify(value) {
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
                guard classify(following) == .word else { break scanning }
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
        let part = Part(byteRange: start..<end, rawRange: rawStart..<raw.count, range: range, hasDigit: hasDigit, apostropheS: apostropheS)
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
            guard classify(value) == .hyphen, isWordScalar(at: index + length) else { break }
            let (part, next) = scanWord(from: index + length)
            parts.append(part)
            index = next
        }
        return index
    }

    // MARK: Emitting

    /// Emits the current compound (or single word); returns `false` if `body` asked to stop.
    mutating func emitCompound(_ body: (AnalyzedToken) -> Bool) -> Bool {
        defer {
            raw.removeAll(keepingCapacity: true)
            parts.removeAll(keepingCapacity: true)
            analyzed.removeAll(keepingCapacity: true)
        }
        for part in parts {
            let word = analyzer.term(
                raw: raw[part.rawRange], range: part.range, hasDigit: part.hasDigit, forPrefix: forPrefix)
            if !word.term.isEmpty {
                analyzed.append((word, part.byteRange, part))
            }
        }
        let tokens = analyzed
        guard let first = tokens.first else { return true }
        if tokens.count > 1 && !forQuery {
            let whole = wholeTerm()
            if !whole.term.isEmpty && whole.term != first.word.term {
                let span = first.byteRange.lowerBound..<tokens[tokens.count - 1].byteRange.upperBound
                var wholeWord = whole
                wholeWord.isStopword = false
                guard emit(wholeWord, span, colocated: false, body),
                      emit(first.word, first.byteRange, colocated: true, body),
                      emitApostropheS(first, body)
                else { return false }
                for token in tokens.dropFirst() {
                    guard emit(token.word, token.byteRange, colocated: false, body), emitApostropheS(token, body) else { return false }
                }
                return true
            }
        }
        for token in tokens {
            guard emit(token.word, token.byteRange, colocated: false, body), emitApostropheS(token, body) else { return false }
        }
        return true
    }

    /// For a document word written with `'s` (`risico's`, `foto’s`), also the word with the `s`
    /// joined on (`risicos`), colocated: so a query typed without the apostrophe finds it.
    func emitApostropheS(_ token: (word: DutchAnalyzedWord, byteRange: Range<Int>, part: Part), _ body: (AnalyzedToken) -> Bool) -> Bool {
        guard token.part.apostropheS, !forQuery else { return true }
        var joined = Array(raw[token.part.rawRange])
        joined.append(0x73)
        let word = analyzer.term(raw: joined[...], range: token.part.range, hasDigit: token.part.hasDigit, forPrefix: false)
        guard !word.term.isEmpty, word.term != token.word.term else { return true }
        return body(AnalyzedToken(term: word.term, byteRange: token.byteRange, isColocated: true, isStopword: false))
    }

    /// Emits a word's term and, where the index needs it, its surface form colocated with it:
    /// in documents when the term differs from the folded word, and always for a prefix.
    func emit(_ word: DutchAnalyzedWord, _ byteRange: Range<Int>, colocated: Bool, _ body: (AnalyzedToken) -> Bool) -> Bool {
        guard body(AnalyzedToken(term: word.term, byteRange: byteRange, isColocated: colocated, isStopword: word.isStopword))
        else { return false }
        if forPrefix || (!forQuery && word.folded != word.term) {
            return body(AnalyzedToken(
                term: DutchAnalyzer.surfaceFormMarker + word.folded, byteRange: byteRange,
                isColocated: true, isStopword: word.isStopword, isSurfaceForm: true))
        }
        return true
    }

    /// The joined compound: the parts' raw scalars, as one word.
    func wholeTerm() -> DutchAnalyzedWord {
        let range = parts.dropFirst().reduce(parts[0].range) { $0.union($1.range) }
        let hasDigit = parts.contains(where: \.hasDigit)
        var end = raw.count
        if range == .ascii {
            end = min(end, Self.rawScalarLimit)
        } else {
            // Keep the first `rawScalarLimit` scalars, as a rescan of the joined text would.
            var scalars = 0
            for (offset, byte) in raw.enumerated() where byte & 0xC0 != 0x80 {
                if scalars == Self.rawScalarLimit { end = offset; break }
                scalars += 1
            }
        }
        return analyzer.term(raw: raw[0..<end], range: range, hasDigit: hasDigit, forPrefix: forPrefix)
    }
}

extension DutchAnalyzer {
    /// The version of the splitting and folding rules; raise it when they change what terms a
    /// text gives, so that existing indexes are rebuilt.
    package static let rulesVersion = 2

    /// Identifies what this analyzer stores for a text: rules, stemmer and overrides. A search
    /// index built under another signature is rebuilt when the knowledge base opens.
    package var signature: String {
        let overrideList = overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        return "rules \(Self.rulesVersion); stemmer \(type(of: stemmer)); overrides \(overrideList)"
    }
}
