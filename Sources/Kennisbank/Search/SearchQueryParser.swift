/// Turns typed text into ``SearchQuery/Clause``s; see ``SearchQuery`` for the syntax.
enum SearchQueryParser {
    /// A piece of input between whitespace, or a quoted phrase.
    enum Chunk: Equatable {
        case text(String)
        case phrase(String, negated: Bool)
    }

    /// A chunk read as an operator (keeping its text, for when it cannot apply) or an item.
    enum Token: Equatable {
        case or(String)
        case not(String)
        case and(String)
        case item(SearchQuery.Item, negated: Bool)
    }

    /// A clause under construction: one item, or the items of an OR group.
    struct Draft {
        var items: [SearchQuery.Item]
        var isExcluded: Bool

        var clause: SearchQuery.Clause {
            isExcluded ? .excluded(items[0]) : items.count == 1 ? .required(items[0]) : .anyOf(items)
        }
    }

    /// The clauses of `text`, keeping at most `limit` items.
    static func clauses(in text: String, limit: Int) -> [SearchQuery.Clause] {
        let tokens = chunks(in: text).map(token(for:))
        var drafts: [Draft] = []
        var itemCount = 0
        var index = 0
        // Whether the last draft is positive and directly before the current token.
        var canJoinOr = false

        func nextPositiveItem() -> SearchQuery.Item? {
            guard index + 1 < tokens.count, case .item(let item, negated: false) = tokens[index + 1] else { return nil }
            return item
        }
        func add(_ item: SearchQuery.Item, excluded: Bool) {
            drafts.append(Draft(items: [item], isExcluded: excluded))
            itemCount += 1
        }

        while index < tokens.count && itemCount < limit {
            switch tokens[index] {
            case .item(let item, let negated):
                add(item, excluded: negated)
                canJoinOr = !negated
            case .not(let text):
                if let item = nextPositiveItem() {
                    add(item, excluded: true)
                    index += 1
                } else {
                    add(.words(text), excluded: false)
                }
                canJoinOr = false
            case .or(let text):
                if canJoinOr, let item = nextPositiveItem() {
                    drafts[drafts.count - 1].items.append(item)
                    itemCount += 1
                    index += 1
                } else {
                    add(.words(text), excluded: false)
                    canJoinOr = false
                }
            case .and(let text):
                if drafts.isEmpty || index + 1 >= tokens.count {
                    add(.words(text), excluded: false)
                }
                canJoinOr = false
            }
            index += 1
        }
        return drafts.map(\.clause)
    }

    // MARK: Chunks

    static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{FF02}": return true
        default: return false
        }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }

    /// Splits on whitespace and control characters; a quote with a closing quote after it makes
    /// a phrase (negated when a lone `-` stands right before it); an unclosed quote is a space.
    static func chunks(in text: String) -> [Chunk] {
        let scalars = Array(text.unicodeScalars)
        var chunks: [Chunk] = []
        var current = String.UnicodeScalarView()

        func flush() {
            if !current.isEmpty {
                chunks.append(.text(String(current)))
                current = String.UnicodeScalarView()
            }
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isQuote(scalar) {
                var close = index + 1
                while close < scalars.count && !isQuote(scalars[close]) { close += 1 }
                if close < scalars.count {
                    let negated = current.count == 1 && current.first == "-"
                    if negated { current = String.UnicodeScalarView() } else { flush() }
                    var phrase = String.UnicodeScalarView()
                    phrase.append(contentsOf: scalars[(index + 1)..<close])
                    chunks.append(.phrase(String(phrase), negated: negated))
                    index = close + 1
                } else {
                    flush()
                    index += 1
                }
            } else if isSpace(scalar) {
                flush()
                index += 1
            } else {
                current.append(scalar)
                index += 1
            }
        }
        flush()
        return chunks
    }

    // MARK: Tokens

    static func token(for chunk: Chunk) -> Token {
        switch chunk {
        case .phrase(let text, let negated):
            return .item(.phrase(text), negated: negated)
        case .text(let text):
            switch text {
            case "OF", "OR": return .or(text)
            case "NIET", "NOT": return .not(text)
            case "AND": return .and(text)
            default: break
            }
            var body = Substring(text)
            var negated = false
            if body.unicodeScalars.count > 1, body.unicodeScalars.first == "-",
                body.unicodeScalars.dropFirst().first != "-"
            {
                negated = true
                body = body.dropFirst()
            }
            if let prefix = prefix(of: body) {
                return .item(.prefix(prefix), negated: negated)
            }
            return .item(.words(String(body)), negated: negated)
        }
    }

    /// The text before a single trailing `*`, if it is a word of at least 2 characters.
    static func prefix(of text: Substring) -> String? {
        let scalars = text.unicodeScalars
        guard scalars.last == "*" else { return nil }
        let body = scalars.dropLast()
        guard let last = body.last, body.count >= 2, isWordScalar(last) else { return nil }
        return String(String.UnicodeScalarView(body))
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
