import GRDB
import KennisbankText

/// The tokenizer of the snippets' table in memory (``SnippetScratch``): the `dutch` tokenizer, which
/// keeps the tokens of each text it analyses and hands them out again when the same text comes back.
///
/// A snippet analyses each of its texts two or three times: inserting a hit's windows into the table
/// tokenizes them as documents, then `snippet()` tokenizes every column that holds a match to choose
/// the best fragment, and the chosen column once more to mark it. The tokens depend only on the text
/// and the analyzer, so the kept ones are exactly those the analyzer would give again: the snippets
/// are the same, with one analysis of each text instead of two or three.
///
/// What is kept belongs to one search: the first text tokenized as a document after `snippet()` has
/// read (the next search's first insert) starts over, and so does a search that keeps more than
/// ``capacity`` texts. Query text (the `MATCH` expression) goes to the `dutch` tokenizer as it is.
final class SnippetTokenizer: FTS5CustomTokenizer {
    /// The tokenizer's name in `tokenize='dutch_snippet …'` (the arguments are `dutch`'s).
    static let name = "dutch_snippet"
    /// The most texts kept before starting over: far more than the four columns of a page of hits.
    static let capacity = 1024

    /// The tokenizer it stands in for.
    private let dutch: DutchTokenizer
    /// The tokens of the texts analysed since the last start, by text.
    private var kept: [Text: Tokens] = [:]
    /// True once `snippet()` has read since the last start.
    private var hasRead = false

    init(db: Database, arguments: [String]) throws {
        dutch = try DutchTokenizer(db: db, arguments: arguments)
    }

    /// How many texts' tokens are kept now (for tests).
    var keptTexts: Int { kept.count }
    /// How many texts were analysed rather than replayed (for tests).
    private(set) var analysedTexts = 0

    /// Tokenizes text as `dutch` does, handing out the kept tokens of a text analysed before.
    func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard !tokenization.contains(.query), let pText, nText > 0 else {
            return dutch.tokenize(
                context: context, tokenization: tokenization, pText: pText, nText: nText, tokenCallback: tokenCallback)
        }
        if tokenization.contains(.document), hasRead || kept.count >= Self.capacity {
            kept.removeAll(keepingCapacity: true)
            hasRead = false
        }
        if tokenization.contains(.aux) { hasRead = true }
        let bytes = UnsafeBufferPointer(
            start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        let text = Text(bytes: Array(bytes))
        if let tokens = kept[text] {
            return tokens.replay(context: context, to: tokenCallback)
        }
        let ok = ResultCode.SQLITE_OK.rawValue
        var code = ok
        var tokens = Tokens()
        analysedTexts += 1
        dutch.analyzer.analyze(utf8: bytes) { token in
            tokens.append(token)
            code = DutchTokenizer.pass(token, context: context, to: tokenCallback)
            return code == ok
        }
        // A text that FTS5 stopped reading midway is not kept: its tokens are not all there.
        if code == ok { kept[text] = tokens }
        return code
    }

    /// A text's bytes as a key, hashed in one pass.
    struct Text: Hashable {
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// The tokens of one text, as FTS5 received them.
    struct Tokens {
        /// The tokens' terms, one after the other.
        private var terms: [CChar] = []
        /// Per token: where its term ends in ``terms``, its flags and its byte offsets in the text.
        private var tokens: [(termEnd: Int32, flags: CInt, start: CInt, end: CInt)] = []

        mutating func append(_ token: AnalyzedToken) {
            var term = token.term
            term.withUTF8 { utf8 in
                utf8.withMemoryRebound(to: CChar.self) { terms.append(contentsOf: $0) }
            }
            tokens.append(
                (
                    Int32(terms.count), DutchTokenizer.flags(of: token),
                    CInt(token.byteRange.lowerBound), CInt(token.byteRange.upperBound)
                ))
        }

        /// Hands every token to FTS5 again, in order, until it answers other than `SQLITE_OK`.
        func replay(context: UnsafeMutableRawPointer?, to callback: FTS5TokenCallback) -> CInt {
            let ok = ResultCode.SQLITE_OK.rawValue
            return terms.withUnsafeBufferPointer { terms in
                var termStart = 0
                for token in tokens {
                    let termEnd = Int(token.termEnd)
                    let code = callback(
                        context, token.flags, terms.baseAddress.map { $0 + termStart }, CInt(termEnd - termStart),
                        token.start, token.end)
                    guard code == ok else { return code }
                    termStart = termEnd
                }
                return ok
            }
        }
    }
}
