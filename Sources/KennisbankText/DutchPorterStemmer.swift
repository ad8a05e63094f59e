/// Snowball's older, Porter-style Dutch stemmer (`dutch_porter`; called `dutch` before
/// Snowball 3.0).
///
/// A faithful Swift rendering of `algorithms/dutch_porter.sbl` in `snowballstem/snowball`: it
/// gives the same stem as Snowball's own implementations for every word of the official
/// vocabulary. It removes suffixes only (`-en`, `-s`, `-e`, `-heid`, `-ing`, `-lijk`, `-baar`, …),
/// undoubles `kk`/`dd`/`tt` and shortens a double vowel before a final consonant
/// (`gemeenten` → `gemeent`). It first replaces ä á ë é ï í ö ó ü ú by the plain vowel, so
/// `financiële` and `financiele` share a stem; other accents (è, ê, à, …) are kept.
package struct DutchPorterStemmer: Stemmer {
    /// Creates the stemmer. It holds no state and is safe to share between threads.
    package init() {}

    /// Returns the stem of a lower-cased word, e.g. `gemeenten` → `gemeent`, `subsidies` → `subsidies`.
    package func stem(_ word: String) -> String {
        SnowballWord.transform(word) { w in
            var run = DutchPorterRun(w: w)
            run.stem()
            w = run.w
        }
    }
}

/// The character sets (Snowball groupings) of `dutch_porter.sbl`.
private enum DP {
    /// `v`: a e i o u y è.
    static let v = SnowballGrouping(ascii: 0x0220_8222, latin1: 0x0000_0100)
    /// `v_j`: `v` plus j.
    static let vj = SnowballGrouping(ascii: 0x0220_8622, latin1: 0x0000_0100)

    /// The marker for an `i` between vowels, which counts as a consonant.
    static let upperI: UInt32 = 0x49
    /// The marker for a `y` after a vowel (or at the start), which counts as a consonant.
    static let upperY: UInt32 = 0x59
}

/// One run of the algorithm over one word. Offsets are character offsets from the start; the
/// routines of `dutch_porter.sbl`'s backward mode work at the end of the word and test the
/// characters *before* an offset.
private struct DutchPorterRun {
    var w: SnowballWord
    var p1 = 0
    var p2 = 0
    var eFound = false

    init(w: SnowballWord) {
        self.w = w
    }

    @inline(__always) func isV(_ c: UInt32) -> Bool { DP.v.contains(c) }

    /// `R1`: offset `c` lies in region 1.
    @inline(__always) func r1(_ c: Int) -> Bool { p1 <= c }

    /// `R2`: offset `c` lies in region 2.
    @inline(__always) func r2(_ c: Int) -> Bool { p2 <= c }

    /// Whether a non-vowel (in `v`) ends at `c`.
    @inline(__always) func nonV(_ c: Int) -> Bool { c >= 1 && !isV(w[c - 1]) }

    // MARK: prelude, regions, postlude

    /// `prelude`: drops ¨ and ´ from vowels; marks a leading `y`, a `y` after a vowel and an `i`
    /// between vowels as consonants (`Y`, `I`).
    mutating func prelude() {
        let n = w.count
        for i in 0..<n {
            let c = w[i]
            guard c >= 0xE1 else { continue }
            switch c {
            case 0xE4, 0xE1: w[i] = 0x61  // ä á → a
            case 0xEB, 0xE9: w[i] = 0x65  // ë é → e
            case 0xEF, 0xED: w[i] = 0x69  // ï í → i
            case 0xF6, 0xF3: w[i] = 0x6F  // ö ó → o
            case 0xFC, 0xFA: w[i] = 0x75  // ü ú → u
            default: break
            }
        }
        if n >= 1 && w[0] == 0x79 /* y */ { w[0] = DP.upperY }
        var i = 0
        while true {
            while i < n && !isV(w[i]) { i += 1 }  // gopast v
            if i == n { return }
            i += 1
            if i < n {
                if w[i] == 0x69 /* i */ {
                    if i + 1 < n && isV(w[i + 1]) { w[i] = DP.upperI }
                    i += 1
                } else if w[i] == 0x79 /* y */ {
                    w[i] = DP.upperY
                    i += 1
                }
            }
        }
    }

    /// `mark_regions`: `p1` after the first non-vowel that follows a vowel, but at least 3;
    /// `p2` likewise after `p1`'s unadjusted position.
    mutating func markRegions() {
        let n = w.count
        p1 = n
        p2 = n
        guard n >= 3 else { return }
        guard let a = syllableEnd(from: 0) else { return }
        p1 = max(a, 3)
        guard let b = syllableEnd(from: a) else { return }
        p2 = b
    }

    /// `gopast v gopast non-v` from `start`: the offset after it, if it matches.
    func syllableEnd(from start: Int) -> Int? {
        let n = w.count
        var i = start
        while i < n && !isV(w[i]) { i += 1 }
        guard i < n else { return nil }
        i += 1
        while i < n && isV(w[i]) { i += 1 }
        guard i < n else { return nil }
        return i + 1
    }

    /// `postlude`: turns the markers `Y` and `I` back into `y` and `i`.
    mutating func postlude() {
        for i in 0..<w.count {
            if w[i] == DP.upperY {
                w[i] = 0x79
            } else if w[i] == DP.upperI {
                w[i] = 0x69
            }
        }
    }

    // MARK: Suffixes

    /// `undouble`: `kk`, `dd`, `tt` at the end lose one letter.
    mutating func undouble() {
        let n = w.count
        if w.ends("kk", at: n) || w.ends("dd", at: n) || w.ends("tt", at: n) {
            w.truncate(n - 1)
        }
    }

    /// `e_ending`: a final `e` in R1 after a non-vowel goes, then `undouble`.
    mutating func eEnding() {
        eFound = false
        let n = w.count
        guard w.before(n, is: "e"), r1(n - 1), nonV(n - 1) else { return }
        w.truncate(n - 1)
        eFound = true
        undouble()
    }

    /// `en_ending`: the ending at `c..<count` goes if `c` is in R1 after a non-vowel and not
    /// after `gem`; then `undouble`.
    mutating func enEnding(_ c: Int) {
        guard r1(c), nonV(c), !w.ends("gem", at: c) else { return }
        w.truncate(c)
        undouble()
    }

    /// `standard_suffix`: all suffix steps, each applied where it matches.
    mutating func standardSuffix() {
        // heden, en, ene, s, se
        var n = w.count
        if w.ends("heden", at: n) {
            if r1(n - 5) { w.replace(n - 5, n, with: "heid") }
        } else if w.ends("ene", at: n) {
            enEnding(n - 3)
        } else if w.ends("en", at: n) {
            enEnding(n - 2)
        } else if w.ends("se", at: n) || w.before(n, is: "s") {
            let c = w.before(n, is: "s") ? n - 1 : n - 2
            if r1(c) && c >= 1 && !DP.vj.contains(w[c - 1]) { w.truncate(c) }
        }

        eEnding()

        // heid, then en
        n = w.count
        if w.ends("heid", at: n) && r2(n - 4) && !w.before(n - 4, is: "c") {
            w.truncate(n - 4)
            if w.ends("en", at: n - 4) { enEnding(n - 6) }
        }

        // end, ing, ig, lijk, baar, bar
        n = w.count
        if w.ends("end", at: n) || w.ends("ing", at: n) {
            if r2(n - 3) {
                w.truncate(n - 3)
                let m = n - 3
                if w.ends("ig", at: m) && r2(m - 2) && !w.before(m - 2, is: "e") {
                    w.truncate(m - 2)
                } else {
                    undouble()
                }
            }
        } else if w.ends("ig", at: n) {
            if r2(n - 2) && !w.before(n - 2, is: "e") { w.truncate(n - 2) }
        } else if w.ends("lijk", at: n) {
            if r2(n - 4) {
                w.truncate(n - 4)
                eEnding()
            }
        } else if w.ends("baar", at: n) {
            if r2(n - 4) { w.truncate(n - 4) }
        } else if w.ends("bar", at: n) {
            if r2(n - 3) && eFound { w.truncate(n - 3) }
        }

        // aa ee oo uu before a final consonant, after a non-vowel: one vowel goes
        n = w.count
        if n >= 4 {
            let last = w[n - 1]
            let vowel = w[n - 2]
            if last != DP.upperI && !isV(last) && w[n - 3] == vowel
                && (vowel == 0x61 || vowel == 0x65 || vowel == 0x6F || vowel == 0x75)  // a e o u
                && !isV(w[n - 4])
            {
                w.delete(n - 2, n - 1)
            }
        }
    }

    mutating func stem() {
        prelude()
        markRegions()
        standardSuffix()
        postlude()
    }
}
