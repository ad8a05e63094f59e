extension EditDistance {
    /// The Damerau-Levenshtein distance between `a` and `b` in its "optimal string alignment"
    /// form (insertions, deletions, substitutions, and transpositions of two adjacent scalars,
    /// no substring edited twice), or `nil` when it exceeds `limit`.
    ///
    /// ``levenshtein(_:_:limit:)`` counts a swap of two letters as two edits; this counts it as
    /// one, as people make it: `participatei` is 1 from `participatie`, `vrijwilgers` 2 from
    /// `vrijwilligers`. The computation stops as soon as no alignment can stay within `limit`.
    package static func damerauLevenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            // A transposition reaches back two rows: stop only when neither this row nor (one
            // edit further) the row before it can lead back within the limit.
            if rowMinimum > limit, (previous.min() ?? 0) >= limit { return nil }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        let distance = previous[b.count]
        return distance <= limit ? distance : nil
    }

    /// The Damerau-Levenshtein distance of two strings, counted in Unicode scalars, or `nil`
    /// when it exceeds `limit` (the form above, on their scalars).
    package static func damerauLevenshtein(_ a: String, _ b: String, limit: Int) -> Int? {
        damerauLevenshtein(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
    }
}
