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
