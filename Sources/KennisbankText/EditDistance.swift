/// The typo distance between two words, for the "did you mean" of municipality names and topics.
package enum EditDistance {
    /// The Levenshtein distance between `a` and `b`, counted in Unicode scalars, or `nil` when it
    /// exceeds `limit` (the computation stops as soon as no alignment can stay within it).
    ///
    /// `levenshtein("zwole", "zwolle", limit: 2)` is 1; `levenshtein("a", "zwolle", limit: 2)` is `nil`.
    package static func levenshtein(_ a: String, _ b: String, limit: Int) -> Int? {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return nil }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        let distance = a.isEmpty ? b.count : previous[b.count]
        return distance <= limit ? distance : nil
    }
}
