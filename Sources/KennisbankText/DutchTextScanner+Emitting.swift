extension DutchTextScanner {
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
                    emitApostropheS(first, body), emitCompoundParts(first, body)
                else { return false }
                for token in tokens.dropFirst() {
                    guard emit(token.word, token.byteRange, colocated: false, body), emitApostropheS(token, body),
                        emitCompoundParts(token, body)
                    else {
                        return false
                    }
                }
                return true
            }
        }
        for token in tokens {
            if token.part.isMarkedPart {
                guard
                    body(
                        AnalyzedToken(
                            term: DutchAnalyzer.compoundPartMarker + token.word.term, byteRange: token.byteRange,
                            isCompoundPart: true))
                else { return false }
                continue
            }
            guard emit(token.word, token.byteRange, colocated: false, body), emitApostropheS(token, body),
                emitCompoundParts(token, body)
            else {
                return false
            }
        }
        return true
    }

    /// For a document word that the decompounder splits, the marked term of each part, colocated
    /// with the word (each term once, none equal to the word's own).
    func emitCompoundParts(
        _ token: (word: DutchAnalyzedWord, byteRange: Range<Int>, part: Part), _ body: (AnalyzedToken) -> Bool
    ) -> Bool {
        guard !forQuery, !token.part.hasDigit, let decompounder = analyzer.decompounder else { return true }
        let terms = analyzer.cache.partTerms(of: token.word.folded) { folded in
            decompounder.parts(of: folded).map { part in
                analyzer.term(raw: Array(part.utf8)[...], range: .ascii, hasDigit: false, forPrefix: false).term
            }
        }
        var emitted: [String] = []
        for term in terms {
            guard !term.isEmpty, term != token.word.term, !emitted.contains(term) else { continue }
            emitted.append(term)
            guard
                body(
                    AnalyzedToken(
                        term: DutchAnalyzer.compoundPartMarker + term, byteRange: token.byteRange,
                        isColocated: true, isCompoundPart: true))
            else { return false }
        }
        return true
    }

    /// For a document word written with `'s` (`risico's`, `foto’s`), also the word with the `s`
    /// joined on (`risicos`), colocated: so a query typed without the apostrophe finds it.
    func emitApostropheS(
        _ token: (word: DutchAnalyzedWord, byteRange: Range<Int>, part: Part), _ body: (AnalyzedToken) -> Bool
    ) -> Bool {
        guard token.part.apostropheS, !forQuery else { return true }
        var joined = Array(raw[token.part.rawRange])
        joined.append(0x73)
        let word = analyzer.term(
            raw: joined[...], range: token.part.range, hasDigit: token.part.hasDigit, forPrefix: false)
        guard !word.term.isEmpty, word.term != token.word.term else { return true }
        return body(AnalyzedToken(term: word.term, byteRange: token.byteRange, isColocated: true, isStopword: false))
    }

    /// Emits a word's term and, where the index needs it, its surface form colocated with it:
    /// in documents when the term differs from the folded word, and always for a prefix.
    func emit(_ word: DutchAnalyzedWord, _ byteRange: Range<Int>, colocated: Bool, _ body: (AnalyzedToken) -> Bool)
        -> Bool
    {
        guard
            body(
                AnalyzedToken(
                    term: word.term, byteRange: byteRange, isColocated: colocated, isStopword: word.isStopword))
        else { return false }
        if forPrefix || (!forQuery && word.folded != word.term) {
            return body(
                AnalyzedToken(
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
                if scalars == Self.rawScalarLimit {
                    end = offset
                    break
                }
                scalars += 1
            }
        }
        return analyzer.term(raw: raw[0..<end], range: range, hasDigit: hasDigit, forPrefix: forPrefix)
    }
}
