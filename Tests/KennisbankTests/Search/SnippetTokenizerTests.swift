import GRDB
import XCTest

@testable import Kennisbank

/// The snippets' tokenizer analyses a text once and hands its tokens out again when `snippet()`
/// reads the same text: the tokens it replays must be exactly those `dutch` gives (terms, flags
/// and byte offsets), and what it keeps must belong to one search.
/// (`SearchSnippetTests.testShortColumnsGiveTheSnippetOfTheIndex` checks the snippets themselves
/// against `snippet()` on the index, which tokenizes with `dutch`.)
final class SnippetTokenizerTests: XCTestCase {
    /// One token as FTS5 receives it.
    struct Received: Equatable {
        var term: String
        var flags: CInt
        var start: CInt
        var end: CInt
    }

    /// Collects what a tokenizer hands to FTS5, answering `answer` from the `stopAfter`-th token on.
    final class Collector {
        var received: [Received] = []
        var stopAfter = Int.max
    }

    static let collect: FTS5TokenCallback = { context, flags, term, length, start, end in
        let collector = Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue()
        let bytes = UnsafeRawBufferPointer(start: term, count: Int(length))
        collector.received.append(
            Received(term: String(decoding: bytes, as: UTF8.self), flags: flags, start: start, end: end))
        return collector.received.count >= collector.stopAfter
            ? ResultCode.SQLITE_DONE.rawValue : ResultCode.SQLITE_OK.rawValue
    }

    func tokens(
        _ tokenizer: some FTS5CustomTokenizer, _ text: String, _ tokenization: FTS5Tokenization,
        stopAfter: Int = .max
    ) -> (received: [Received], code: CInt) {
        let collector = Collector()
        collector.stopAfter = stopAfter
        var text = text
        let code = text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                tokenizer.tokenize(
                    context: Unmanaged.passUnretained(collector).toOpaque(), tokenization: tokenization,
                    pText: chars.baseAddress, nText: CInt(chars.count), tokenCallback: Self.collect)
            }
        }
        return (collector.received, code)
    }

    let texts = [
        "De gemeentelijke zwembadbezoeken en het buurthuis: co-creatie met bewoners, géén wantrouwen.",
        "Jeugdzorg · Wonen · Participatie",
        "Ondanks de subsidieregeling kwamen de vrijwilligers(organisaties) niet — 'het vertrouwen ontbrak'.",
    ]

    func testReplayedTokensAreThoseOfTheDutchTokenizer() throws {
        try DatabaseQueue().inDatabase { db in
            let dutch = try DutchTokenizer(db: db, arguments: [])
            let snippets = try SnippetTokenizer(db: db, arguments: [])
            for text in texts {
                let expected = tokens(dutch, text, .document)
                XCTAssertGreaterThan(expected.received.count, 5, text)
                XCTAssertTrue(
                    expected.received.contains { $0.flags == FTS5TokenFlags.colocated.rawValue },
                    "the texts hold compounds, whose first part is colocated")
                XCTAssertEqual(tokens(snippets, text, .document).received, expected.received, "analysed: \(text)")
            }
            XCTAssertEqual(snippets.keptTexts, texts.count)
            for text in texts {
                // snippet() reads each text as auxiliary: handed out from what was kept.
                XCTAssertEqual(
                    tokens(snippets, text, .aux).received, tokens(dutch, text, .aux).received, "replayed: \(text)")
            }
            XCTAssertEqual(snippets.keptTexts, texts.count)
            XCTAssertEqual(snippets.analysedTexts, texts.count, "the texts read again were replayed, not analysed")
        }
    }

    func testQueryTextIsTokenizedAsDutchDoesAndNotKept() throws {
        try DatabaseQueue().inDatabase { db in
            let dutch = try DutchTokenizer(db: db, arguments: [])
            let snippets = try SnippetTokenizer(db: db, arguments: [])
            for tokenization: FTS5Tokenization in [.query, [.query, .prefix]] {
                XCTAssertEqual(
                    tokens(snippets, "zwembadbezoeken", tokenization).received,
                    tokens(dutch, "zwembadbezoeken", tokenization).received)
            }
            XCTAssertEqual(snippets.keptTexts, 0)
        }
    }

    func testTheNextSearchStartsOver() throws {
        try DatabaseQueue().inDatabase { db in
            let snippets = try SnippetTokenizer(db: db, arguments: [])
            _ = tokens(snippets, texts[0], .document)
            _ = tokens(snippets, texts[1], .document)
            _ = tokens(snippets, texts[0], .aux)
            XCTAssertEqual(snippets.keptTexts, 2)
            XCTAssertEqual(snippets.analysedTexts, 2)
            // The next search's first insert: what the one before kept is dropped.
            let again = tokens(snippets, texts[2], .document)
            XCTAssertEqual(snippets.keptTexts, 1)
            _ = tokens(snippets, texts[0], .aux)
            XCTAssertEqual(snippets.analysedTexts, 4, "a text of the search before is analysed anew")
            XCTAssertEqual(
                again.received, tokens(try DutchTokenizer(db: db, arguments: []), texts[2], .document).received)
        }
    }

    func testATextFTS5StoppedReadingIsNotKept() throws {
        try DatabaseQueue().inDatabase { db in
            let snippets = try SnippetTokenizer(db: db, arguments: [])
            let stopped = tokens(snippets, texts[0], .aux, stopAfter: 3)
            XCTAssertEqual(stopped.code, ResultCode.SQLITE_DONE.rawValue, "FTS5's answer is passed on")
            XCTAssertEqual(stopped.received.count, 3)
            XCTAssertEqual(snippets.keptTexts, 0, "three tokens are not the text's tokens")
            let whole = tokens(snippets, texts[0], .aux)
            XCTAssertEqual(whole.code, ResultCode.SQLITE_OK.rawValue)
            XCTAssertGreaterThan(whole.received.count, 3)
            XCTAssertEqual(snippets.keptTexts, 1)
            // A replay stops where FTS5 says so too.
            let replayStopped = tokens(snippets, texts[0], .aux, stopAfter: 2)
            XCTAssertEqual(replayStopped.code, ResultCode.SQLITE_DONE.rawValue)
            XCTAssertEqual(replayStopped.received, Array(whole.received.prefix(2)))
        }
    }
}
