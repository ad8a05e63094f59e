import KennisbankText

extension SearchQuery {
    /// The words the query searches for, as typed, in order, once each: for the messages about a
    /// search ("no entry holds all of …"), which must show what a person typed, never the index's
    /// stems (`wantrouwen`, not `wantrouw`).
    ///
    /// A word is a run of letters and digits, with the hyphens and apostrophes inside it
    /// (`co-creatie`, `risico's` stay whole); a phrase keeps its quotes, a prefix its `*`. Exclusions are left
    /// out, and so are stopwords, unless the query has nothing else.
    package func searchedWords(using analyzer: DutchAnalyzer) -> [String] {
        var content: [String] = []
        var stopwords: [String] = []
        func add(_ word: String, isStopword: Bool) {
            guard !content.contains(word), !stopwords.contains(word) else { return }
            if isStopword { stopwords.append(word) } else { content.append(word) }
        }
        for clause in clauses {
            for item in clause.positiveItems {
                switch item {
                case .phrase(let text):
                    let tokens = analyzer.tokens(in: text, forQuery: true)
                    if !tokens.isEmpty { add("\"\(text)\"", isStopword: tokens.allSatisfy(\.isStopword)) }
                case .prefix(let text):
                    if !analyzer.tokens(in: text, forPrefix: true).isEmpty { add(text + "*", isStopword: false) }
                case .words(let text):
                    for piece in text.split(whereSeparator: Self.separatesWords)
                    where !SearchQueryCompiler.operatorWords.contains(String(piece)) {
                        let word = Self.trimmed(piece)
                        let tokens = analyzer.tokens(in: word, forQuery: true).filter { !$0.isSurfaceForm }
                        if !tokens.isEmpty { add(word, isStopword: tokens.allSatisfy(\.isStopword)) }
                    }
                }
            }
        }
        return content.isEmpty ? stopwords : content
    }

    /// True for a character between words: anything but a letter, a digit, or a hyphen or
    /// apostrophe (which join the parts of `co-creatie` and `risico's`).
    private static func separatesWords(_ character: Character) -> Bool {
        !(character.isLetter || character.isNumber || "-‐‑'’‘ʼ´`".contains(character))
    }

    /// `piece` without the punctuation before its first and after its last letter or digit.
    private static func trimmed(_ piece: Substring) -> String {
        let isWordCharacter = { (character: Character) in character.isLetter || character.isNumber }
        guard let first = piece.firstIndex(where: isWordCharacter), let last = piece.lastIndex(where: isWordCharacter)
        else { return "" }
        return String(piece[first...last])
    }
}
