/// The Dutch text analysis behind Kennisbank's full-text index and query parser.
///
/// It splits text into words, folds each word (case and diacritics, with
/// ``TextFolding/fold(_:)``), and stems it: the override dictionary first, then the stemmer.
///
/// - **Words** are runs of letters, digits and combining marks. A soft hyphen (U+00AD) inside a
///   word is ignored; everything else separates words, except apostrophes and hyphens:
/// - **Apostrophes** (`'` `’` `‘` `ʼ` `´` and the backtick U+0060): `risico's`, `auto’s`, `Anna's` give the word before
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
/// - **Compound parts**: a document word that the ``Decompounder`` splits (`gemeenteraad` →
///   `gemeente`, `raad`) is followed, after its own term (and surface form), by the term of each
///   part with the ``compoundPartMarker`` (`~gemeente`, `~raad`), colocated: the whole first, the
///   parts at its position. The marked terms never meet an ordinary word's term, so a query word
///   finds a compound only when the query asks for the part (`"raad" OR "~raad"`, see
///   `SearchQueryCompiler`), and a whole-word match can rank above a part match. In query text, a
///   word right after ``partQueryScalar`` gives its marked part term (`\u{E010}raad` → `~raad`):
///   the query compiler writes that scalar, and the user's own text never reaches the tokenizer
///   with it, since query literals are cut from the words' byte ranges.
///
/// Canonically equivalent input (NFC or NFD) gives the same terms; byte ranges always refer to
/// the text as given. The analyzer works on UTF-8 bytes and Unicode scalars; invalid UTF-8
/// (possible through FTS5) separates words.
package struct DutchAnalyzer: Sendable {
    /// The stemmer applied to folded words that have no override.
    package let stemmer: any Stemmer
    /// Folded word → index term, consulted before the stemmer.
    package let overrides: [String: String]
    /// Splits document words into their parts; nil: no compound parts.
    package let decompounder: Decompounder?
    /// Keeps the `ge` of words whose `ge` is not a participle's (``GePrefix``) when the stemmer
    /// is ``KraaijPohlmannStemmer``.
    package let guardsGePrefix: Bool
    /// Identifies what this analyzer stores for a text, worked out once when it is made: a search
    /// compares it (see `signature(stemmer:overrides:decompounder:guardsGePrefix:)`).
    package let signature: String
    /// The stems and compound-part terms of the words seen so far (see ``TermCache``).
    package let cache = TermCache()

    /// The maximum length of a term, in Unicode scalars; longer words are truncated.
    package static let maximumWordLength = 64

    /// The first character of a surface-form term (see ``AnalyzedToken/isSurfaceForm``).
    ///
    /// No word folds to a term with `=` in it, so these terms never meet a stem.
    package static let surfaceFormMarker = "="

    /// The first character of a compound-part term (see ``AnalyzedToken/isCompoundPart``).
    ///
    /// No word folds to a term with `~` in it, so these terms never meet a whole word's term.
    package static let compoundPartMarker = "~"

    /// In query text, the scalar before a word that asks for the word's compound-part term
    /// (a private-use scalar: a separator in documents).
    package static let partQueryScalar: Unicode.Scalar = "\u{E010}"

    /// Creates an analyzer with a stemmer and a stem-override dictionary.
    ///
    /// - Parameters:
    ///   - stemmer: The Snowball Dutch variant (or any other stemmer).
    ///   - overrides: Folded word → term, consulted before the stemmer.
    ///   - decompounder: Splits document words into their parts; nil for none.
    ///   - guardsGePrefix: Keep the `ge` of words that are not participles (``GePrefix``).
    package init(
        stemmer: any Stemmer = KraaijPohlmannStemmer(), overrides: [String: String] = StemOverrides.dutchDomain,
        decompounder: Decompounder? = .standard, guardsGePrefix: Bool = true
    ) {
        self.stemmer = stemmer
        self.overrides = overrides
        self.decompounder = decompounder
        self.guardsGePrefix = guardsGePrefix
        signature = Self.signature(
            stemmer: stemmer, overrides: overrides, decompounder: decompounder, guardsGePrefix: guardsGePrefix)
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

    /// The folded words of `text` that split into compound parts, each with its parts, in order
    /// and once each (what `kb analyze` shows as parts).
    package func compoundParts(in text: String) -> [(word: String, parts: [String])] {
        guard let decompounder else { return [] }
        var seen: Set<String> = []
        var result: [(word: String, parts: [String])] = []
        for token in tokens(in: text, forPrefix: true) where !token.isSurfaceForm && seen.insert(token.term).inserted {
            let parts = decompounder.parts(of: token.term)
            if !parts.isEmpty { result.append((token.term, parts)) }
        }
        return result
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
        var scanner = DutchTextScanner(
            analyzer: self, bytes: utf8, forQuery: forQuery || forPrefix, forPrefix: forPrefix)
        scanner.run(body)
    }

    private func withUTF8(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable(body) == nil {
            let copy = Array(text.utf8)
            copy.withUnsafeBufferPointer(body)
        }
    }
}

extension DutchAnalyzer {
    /// The version of the splitting and folding rules; raise it when they change what terms a
    /// text gives, so that existing indexes are rebuilt.
    package static let rulesVersion = 4

    /// Identifies what an analyzer stores for a text: rules, stemmer, overrides, compound parts
    /// and the `ge-` rule. A search index built under another signature is rebuilt when the
    /// knowledge base opens.
    static func signature(
        stemmer: any Stemmer, overrides: [String: String], decompounder: Decompounder?, guardsGePrefix: Bool
    ) -> String {
        let overrideList = overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        let parts = decompounder.map { "; \($0.signature)" } ?? ""
        let ge =
            guardsGePrefix
            ? "; ge kept \(GePrefix.keptFamilies.joined(separator: ",")) but \(GePrefix.participlesBeforeFamilies.joined(separator: ","))"
            : ""
        return "rules \(Self.rulesVersion); stemmer \(type(of: stemmer)); overrides \(overrideList)\(parts)\(ge)"
    }
}
