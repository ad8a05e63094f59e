import GRDB
import KennisbankText

/// The `dutch` FTS5 tokenizer: `DutchAnalyzer` (module `KennisbankText`) inside SQLite's
/// full-text engine.
///
/// Register it on every connection, in GRDB's `Configuration.prepareDatabase`:
///
/// ```swift
/// config.prepareDatabase { db in db.add(tokenizer: DutchTokenizer.self) }
/// ```
///
/// and name it in the table definition, with optional arguments that choose the analyzer:
///
/// ```sql
/// CREATE VIRTUAL TABLE search USING fts5(title, body, tokenize='dutch');
/// CREATE VIRTUAL TABLE search USING fts5(title, body, tokenize='dutch porter');
/// ```
///
/// | arguments            | analyzer                                                     |
/// |----------------------|--------------------------------------------------------------|
/// | (none)               | `DutchAnalyzer.standard`                                     |
/// | `kp`                 | `KraaijPohlmannStemmer` with `StemOverrides.dutchDomain`     |
/// | `porter`             | `DutchPorterStemmer` with `StemOverrides.dutchDomain`        |
/// | `… nooverrides`      | the same stemmer without the override dictionary and without keeping non-participle `ge-` |
/// | `… nocompounds`      | without compound parts (`Decompounder`)                      |
///
/// The arguments live in the table's schema, so an index always records which analysis built
/// it; naming the variant explicitly (`'dutch kp'`) keeps an existing index consistent if the
/// default ever changes. Unknown arguments fail the `CREATE VIRTUAL TABLE`.
///
/// Documents (and `highlight()`/`snippet()`, which tokenize as documents) get compounds with
/// their joined whole and, where a term differs from its word, the marked surface form
/// (see `DutchAnalyzer`); query text gets compound parts only; the text before a prefix `*`
/// is folded but not stemmed, and paired with its marked surface form as a synonym.
public final class DutchTokenizer: FTS5CustomTokenizer {
    /// The tokenizer's name in `tokenize='dutch …'`.
    public static let name = "dutch"

    /// The analyzer chosen by the table's tokenizer arguments.
    package let analyzer: DutchAnalyzer

    /// Creates the tokenizer for a table; FTS5 calls this through GRDB.
    ///
    /// - Throws: A `DatabaseError` for unknown arguments.
    public init(db: Database, arguments: [String]) throws {
        analyzer = try Self.analyzer(forArguments: arguments)
    }

    /// The analyzer that `tokenize='dutch ARGUMENTS'` selects.
    ///
    /// - Throws: A `DatabaseError` for unknown arguments.
    package static func analyzer(forArguments arguments: [String]) throws -> DutchAnalyzer {
        var stemmer: (any Stemmer)?
        var overrides = StemOverrides.dutchDomain
        var guardsGePrefix = true
        var decompounder: Decompounder? = .standard
        for argument in arguments {
            switch argument.lowercased() {
            case "kp", "kraaij-pohlmann":
                stemmer = KraaijPohlmannStemmer()
            case "porter", "dutch_porter":
                stemmer = DutchPorterStemmer()
            case "nooverrides":
                overrides = [:]
                guardsGePrefix = false
            case "nocompounds":
                decompounder = nil
            default:
                throw DatabaseError(
                    message:
                        "unknown argument '\(argument)' for the dutch tokenizer (use kp, porter, nooverrides, nocompounds)"
                )
            }
        }
        if stemmer == nil && arguments.isEmpty {
            return .standard
        }
        return DutchAnalyzer(
            stemmer: stemmer ?? DutchAnalyzer.standard.stemmer, overrides: overrides, decompounder: decompounder,
            guardsGePrefix: guardsGePrefix)
    }

    /// Tokenizes text for FTS5: calls `tokenCallback` for each token with its byte offsets, and
    /// `FTS5_TOKEN_COLOCATED` for a compound's first part (see `DutchAnalyzer`).
    public func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        let ok = ResultCode.SQLITE_OK.rawValue
        guard let pText, nText > 0 else { return ok }
        let bytes = UnsafeBufferPointer(
            start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        let forQuery = tokenization.contains(.query)
        let forPrefix = forQuery && tokenization.contains(.prefix)
        var code = ok
        analyzer.analyze(utf8: bytes, forQuery: forQuery, forPrefix: forPrefix) { token in
            code = Self.pass(token, context: context, to: tokenCallback)
            return code == ok
        }
        return code
    }

    /// The FTS5 flags of `token`: `FTS5_TOKEN_COLOCATED` for a compound's first part.
    static func flags(of token: AnalyzedToken) -> CInt {
        token.isColocated ? FTS5TokenFlags.colocated.rawValue : 0
    }

    /// Hands `token` to FTS5: its term, its byte offsets and `FTS5_TOKEN_COLOCATED` for a
    /// compound's first part; returns what FTS5 answers.
    static func pass(_ token: AnalyzedToken, context: UnsafeMutableRawPointer?, to callback: FTS5TokenCallback)
        -> CInt
    {
        var term = token.term
        return term.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                callback(
                    context,
                    flags(of: token),
                    chars.baseAddress,
                    CInt(chars.count),
                    CInt(token.byteRange.lowerBound),
                    CInt(token.byteRange.upperBound))
            }
        }
    }
}
