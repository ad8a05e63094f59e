/// One analysed word: its index term and the folded form it came from.
struct DutchAnalyzedWord {
    /// The index term: the override, the stem, or the folded word.
    var term: String
    /// The word folded and truncated, before stemming.
    var folded: String
    /// Whether `folded` is a stopword (see ``DutchStopwords``).
    var isStopword: Bool
}

extension DutchAnalyzer {
    /// Folds, truncates and stems one word given as valid UTF-8 bytes.
    ///
    /// An override wins; otherwise a word with an ASCII digit is folded only, and any other word
    /// is stemmed. With `forPrefix`, every word is folded only.
    func term(
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
        if forPrefix || folded.isEmpty || hasDigit {
            let isStopword = DutchStopwords.words.contains(folded)
            let override = forPrefix || folded.isEmpty ? nil : overrides[folded]
            return DutchAnalyzedWord(term: override ?? folded, folded: folded, isStopword: isStopword)
        }
        // The rest depends on the folded word alone: one lookup in the cache.
        let word = cache.word(folded) { folded in
            let isStopword = DutchStopwords.words.contains(folded)
            if let override = overrides[folded] { return TermCache.Word(term: override, isStopword: isStopword) }
            let stem = stem(folded)
            return TermCache.Word(term: stem.isEmpty ? folded : stem, isStopword: isStopword)
        }
        return DutchAnalyzedWord(term: word.term, folded: folded, isStopword: word.isStopword)
    }
}

extension DutchAnalyzer {
    /// The stem of a folded word: adjectives in `-iele(n)` as their `-ieel` form (`financiele` →
    /// `financieel`, which the stemmer would keep apart), Latin plurals as their singular
    /// (`wijkcentra` → `wijkcentrum`, see ``LatinPlural``), and, with ``guardsGePrefix``, a word whose
    /// `ge` is not a participle's (see ``GePrefix``) stemmed with its `ge`.
    func stem(_ folded: String) -> String {
        var word = folded
        if word.hasSuffix("iele") {
            word = String(word.dropLast(4)) + "ieel"
        } else if word.hasSuffix("ielen") {
            word = String(word.dropLast(5)) + "ieel"
        } else if let singular = LatinPlural.singular(of: word, words: .bundled) {
            word = singular
        }
        if guardsGePrefix, word.hasPrefix("ge"), let stemmer = stemmer as? KraaijPohlmannStemmer,
            !GePrefix.isParticiple(word, words: .bundled)
        {
            let stem = stemmer.stem(word, keepingPrefixGe: true)
            // A verb form in -t/-d of a ge- verb (`gebeurd`, of `gebeuren`) meets its other forms.
            if let last = word.last, last == "d" || last == "t", stem.last == last,
                WordList.bundled.contains(String(word.dropLast()) + "en")
            {
                return String(stem.dropLast())
            }
            return stem
        }
        return stemmer.stem(word)
    }
}
