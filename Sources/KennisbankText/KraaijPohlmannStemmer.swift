/// Snowball's current Dutch stemmer (`dutch`), based on the Kraaij-Pohlmann algorithm: the
/// default Dutch stemmer since Snowball 3.0.
///
/// A faithful Swift rendering of `algorithms/dutch.sbl` in `snowballstem/snowball`: it gives the
/// same stem as Snowball's own implementations for every word of the official vocabulary.
/// Besides suffixes (`-en`, `-s`, `-je`, `-heid`, `-ing`, `-ig`, …) it removes the past-participle
/// prefix and infix `ge` (`gebied` → `bied`, `opgebouwd` → `opbouw`) and lengthens vowels
/// (`maken` → `maak`). Accented vowels count as vowels but are kept, so `financiële` and
/// `financiele` stem differently (`financieel`, `financiel`); fold diacritics first if they
/// should not matter.
package struct KraaijPohlmannStemmer: Stemmer {
    /// Creates the stemmer. It holds no state and is safe to share between threads.
    package init() {}

    /// Returns the stem of a lower-cased word, e.g. `gemeenten` → `meen`, `bieden` → `bied`.
    package func stem(_ word: String) -> String {
        stem(word, keepingPrefixGe: false)
    }

    /// Returns the stem of a lower-cased word; with `keepingPrefixGe`, without removing a
    /// leading or inner `ge` (`Lose_prefix`, `Lose_infix`): for words whose `ge-` is not the
    /// participle's (`gezin`, `gebruik`, see ``GePrefix``).
    package func stem(_ word: String, keepingPrefixGe: Bool) -> String {
        SnowballWord.transform(word) { w in
            var run = KraaijPohlmannRun(w: w)
            run.keepsGe = keepingPrefixGe
            run.stem()
            w = run.w
        }
    }
}

/// The character sets (Snowball groupings) of `dutch.sbl`.
private enum KP {
    /// `v`: a, e, i, o, u with ¨ ´ ` ^, and y.
    static let v = SnowballGrouping(ascii: 0x0220_8222, latin1: 0x1E5C_FF17)
    /// `v_WX`: `v` plus w and x.
    static let vWX = SnowballGrouping(ascii: 0x03A0_8222, latin1: 0x1E5C_FF17)
    /// `AEIOU`: a, e, i, o, u with ¨ ´ ` ^.
    static let aeiou = SnowballGrouping(ascii: 0x0020_8222, latin1: 0x1E5C_FF17)
    /// `AIOU`: a, i, o, u with ¨ ´ ` ^.
    static let aiou = SnowballGrouping(ascii: 0x0020_8202, latin1: 0x1E5C_F017)
    /// `E`: e, ë, é, è, ê.
    static let e = SnowballGrouping(ascii: 0x0000_0020, latin1: 0x0000_0F00)
    /// The vowels `lengthen_V` doubles unconditionally on a closed syllable: a, o, u with ¨ ´ ` ^.
    static let aou = SnowballGrouping(ascii: 0x0020_8002, latin1: 0x1E5C_0017)
    /// The e's `lengthen_V` doubles under conditions: e, é, è, ê (not ë).
    static let eNoDiaeresis = SnowballGrouping(ascii: 0x0000_0020, latin1: 0x0000_0700)
    /// The consonants whose doubling `Step_6` undoes: b c d f g h j k l m n p q r s t v w x z.
    static let doubled = SnowballGrouping(ascii: 0x05DF_7DDC, latin1: 0)

    static let eDiaeresis: UInt32 = 0xEB  // ë
    static let eAcute: UInt32 = 0xE9  // é
    static let iDiaeresis: UInt32 = 0xEF  // ï
}

/// One run of the algorithm over one word. Offsets are character offsets from the start; the
/// routines of `dutch.sbl`'s backward mode work at the end of the word, where Snowball's cursor
/// starts, and test the characters *before* an offset.
private struct KraaijPohlmannRun {
    var w: SnowballWord
    var p1 = 0
    var p2 = 0
    var stemmed = false
    /// Skip `Lose_prefix` and `Lose_infix`.
    var keepsGe = false

    init(w: SnowballWord) {
        self.w = w
    }

    // MARK: Conditions

    @inline(__always) func isV(_ c: UInt32) -> Bool { KP.v.contains(c) }

    /// `R1`: offset `c` lies in region 1.
    @inline(__always) func r1(_ c: Int) -> Bool { p1 <= c }

    /// `R2`: offset `c` lies in region 2.
    @inline(__always) func r2(_ c: Int) -> Bool { p2 <= c }

    /// `V`: a vowel or `ij` ends at `c`.
    @inline(__always) func vowel(_ c: Int) -> Bool {
        (c >= 1 && isV(w[c - 1])) || w.ends("ij", at: c)
    }

    /// `VX`: one character before `c`, a vowel or `ij` ends.
    @inline(__always) func vowelX(_ c: Int) -> Bool {
        c >= 1 && vowel(c - 1)
    }

    /// `C`: a non-vowel that is not the `j` of `ij` ends at `c`.
    @inline(__always) func consonant(_ c: Int) -> Bool {
        c >= 1 && !isV(w[c - 1]) && !w.ends("ij", at: c)
    }

    // MARK: Regions

    /// `measure`: sets `p1` and `p2`, each after the first non-vowel that follows a vowel
    /// (`ij` counts as one vowel).
    mutating func measure() {
        p1 = w.count
        p2 = w.count
        guard let a = syllableEnd(from: 0) else { return }
        p1 = a
        guard let b = syllableEnd(from: a) else { return }
        p2 = b
    }

    /// `repeat non-v atleast 1 ('ij' or v) non-v`, from `start`: the offset after it, if it matches.
    func syllableEnd(from start: Int) -> Int? {
        let n = w.count
        var i = start
        while i < n && !isV(w[i]) { i += 1 }
        var vowels = 0
        while i < n {
            if w[i] == 0x69 /* i */ && i + 1 < n && w[i + 1] == 0x6A /* j */ {
                i += 2
            } else if isV(w[i]) {
                i += 1
            } else {
                break
            }
            vowels += 1
        }
        guard vowels > 0, i < n else { return nil }
        return i + 1  // w[i] is a non-vowel: the loop stopped on it
    }

    // MARK: lengthen_V

    /// `lengthen_V`: after a suffix is removed, doubles the vowel of a final closed syllable
    /// (`mak` → `maak`), under the conditions of `dutch.sbl`.
    mutating func lengthenV() {
        var c = w.count
        guard c >= 1, !KP.vWX.contains(w[c - 1]) else { return }
        c -= 1
        guard c >= 1 else { return }
        let x = w[c - 1]
        let d = c - 1  // before the vowel
        if x == KP.eDiaeresis {
            guard d >= 1 else { return }
            if w[d - 1] == 0x65 /* e */ {
                w.insert(0x65, at: c)  // 'eë' → 'eëe'
            } else if w[d - 1] == 0x69 /* i */ {
                w[d] = 0x65
                w.insert(0x65, at: c)  // 'ië' → 'iee'
            }
        } else if KP.aou.contains(x) {
            if d == 0 || !KP.aeiou.contains(w[d - 1]) {
                w.insert(x, at: d)
            }
        } else if KP.eNoDiaeresis.contains(x) {
            // test (non-AEIOU or atlimit ...
            let e: Int
            if d >= 1 && !KP.aeiou.contains(w[d - 1]) {
                e = d - 1
            } else if d == 0 {
                e = 0
            } else {
                return
            }
            // ... not (AIOU or (E atlimit)) ...
            if e >= 1 && (KP.aiou.contains(w[e - 1]) || (e == 1 && KP.e.contains(w[0]))) { return }
            // ... not (next AIOU non-AEIOU))
            if e >= 3 && KP.aiou.contains(w[e - 2]) && !KP.aeiou.contains(w[e - 3]) { return }
            w.insert(x, at: d)
        }
    }

    // MARK: Steps

    /// `Step_1`: plural and other inflectional endings: `'s`, `s`, `ies`, `es`, `és`, `aus`,
    /// `en`, `nde`.
    mutating func step1() -> Bool {
        let n = w.count
        guard n >= 1 else { return false }
        switch w[n - 1] {
        case 0x73:  // s
            if w.ends("ies", at: n) {
                guard r1(n - 3) else { return false }
                w.truncate(n - 1)  // ← 'ie'
                return true
            }
            if w.ends("aus", at: n) {
                guard r1(n - 3) && vowel(n - 3) else { return false }
                w.truncate(n - 1)  // ← 'au'
                return true
            }
            if w.before(n - 1, is: "'") {
                w.truncate(n - 2)
                return true
            }
            if w.before(n - 1, is: "e") {
                let c = n - 2
                if w.ends("ar", at: c) && r1(c - 2) && consonant(c - 2) {
                    w.truncate(c)
                    lengthenV()
                    return true
                }
                if w.ends("er", at: c) && r1(c - 2) && consonant(c - 2) {
                    w.truncate(c)
                    return true
                }
                if r1(c) && consonant(c) {
                    w.truncate(c + 1)  // ← 'e'
                    return true
                }
                return false
            }
            if n >= 2 && w[n - 2] == KP.eAcute {
                guard r1(n - 2) else { return false }
                w.truncate(n - 1)  // ← 'é'
                return true
            }
            let c = n - 1
            guard r1(c) && !(w.before(c, is: "t") && r1(c - 1)) && consonant(c) else { return false }
            w.truncate(c)
            return true
        case 0x6E:  // n
            guard w.before(n - 1, is: "e") else { return false }
            let c = n - 2
            if w.ends("hed", at: c) && r1(c - 3) {
                w.replace(c - 3, n, with: "heid")
                return true
            }
            if w.ends("nd", at: c) {
                w.truncate(c)
                return true
            }
            if w.before(c, is: "d") && r1(c - 1) && consonant(c - 1) {
                w.truncate(c - 1)
                return true
            }
            if (w.before(c, is: "i") || w.before(c, is: "j")) && vowel(c - 1) {
                w.truncate(c)
                return true
            }
            if r1(c) && consonant(c) {
                w.truncate(c)
                lengthenV()
                return true
            }
            return false
        case 0x65:  // e
            guard w.ends("nde", at: n) else { return false }
            w.truncate(n - 1)  // ← 'nd'
            return true
        default:
            return false
        }
    }

    /// `Step_2`: diminutives and adjective inflection: `je` (`-tje`, `-etje`, `-pje`, …),
    /// `ge`, `lijke`, `ische`, `de`, `te`, `se`, `re`, `le`, `ene`, `ieve`.
    mutating func step2() -> Bool {
        let n = w.count
        guard n >= 2, w[n - 1] == 0x65 /* e */ else { return false }
        let c = n - 2
        switch w[n - 2] {
        case 0x6A:  // je
            if w.ends("'t", at: c) {
                w.truncate(c - 2)
                return true
            }
            if w.ends("et", at: c) && r1(c - 2) && consonant(c - 2) {
                w.truncate(c - 2)
                return true
            }
            if w.ends("rnt", at: c) {
                w.truncate(c - 1)  // ← 'rn'
                return true
            }
            if w.before(c, is: "t") && r1(c - 1) && vowelX(c - 1) {
                w.truncate(c - 1)
                return true
            }
            if w.ends("ink", at: c) {
                w[c - 1] = 0x67  // ← 'ing'
                w.truncate(c)
                return true
            }
            if w.ends("mp", at: c) {
                w.truncate(c - 1)  // ← 'm'
                return true
            }
            if w.before(c, is: "'") && r1(c - 1) {
                w.truncate(c - 1)
                return true
            }
            guard r1(c) && consonant(c) else { return false }
            w.truncate(c)
            return true
        case 0x67, 0x74, 0x73, 0x72:  // ge te se re: ← 'g' 't' 's' 'r'
            guard r1(c) else { return false }
            w.truncate(n - 1)
            return true
        case 0x6B:  // lijke ← 'lijk'
            guard w.ends("lijke", at: n) && r1(n - 5) else { return false }
            w.truncate(n - 1)
            return true
        case 0x68:  // ische ← 'isch'
            guard w.ends("ische", at: n) && r1(n - 5) else { return false }
            w.truncate(n - 1)
            return true
        case 0x64:  // de
            guard r1(c) && consonant(c) else { return false }
            w.truncate(c)
            return true
        case 0x6C:  // le: delete, attach 'l', lengthen_V
            guard r1(c) else { return false }
            w.truncate(n - 1)
            lengthenV()
            return true
        case 0x6E:  // ene: delete, attach 'en', lengthen_V
            guard w.ends("ene", at: n) && r1(n - 3) && consonant(n - 3) else { return false }
            w.truncate(n - 1)
            lengthenV()
            return true
        case 0x76:  // ieve ← 'ief'
            guard w.ends("ieve", at: n) && r1(n - 4) && consonant(n - 4) else { return false }
            w[n - 2] = 0x66  // f
            w.truncate(n - 1)
            return true
        default:
            return false
        }
    }

    /// `ing`, `isme`, `erij`: `er` after `ild` (keeps `schilderij` from `schild`), otherwise
    /// removed in R1 with `lengthen_V`.
    mutating func step3Ing(_ c: Int) -> Bool {
        if w.ends("ild", at: c) {
            w.replace(c, w.count, with: "er")
            return true
        }
        guard r1(c) else { return false }
        w.truncate(c)
        lengthenV()
        return true
    }

    /// `Step_3`: derivational suffixes: `atie`, `iteit`, `heid`, `sel`, `ster`, `rder`, `ing`,
    /// `isme`, `erij`, `arij`, `fie`, `gie`, `tst`, `dst`.
    mutating func step3() -> Bool {
        let n = w.count
        guard n >= 3 else { return false }
        switch w[n - 1] {
        case 0x74:  // t
            if w.ends("iteit", at: n) {
                guard r1(n - 5) else { return false }
                w.truncate(n - 5)
                lengthenV()
                return true
            }
            if w.ends("tst", at: n) || w.ends("dst", at: n) {
                guard r1(n - 3) && consonant(n - 3) else { return false }
                w.truncate(n - 2)  // ← 't' / 'd'
                return true
            }
            return false
        case 0x65:  // e
            if w.ends("atie", at: n) {
                guard r1(n - 4) else { return false }
                w.replace(n - 4, n, with: "eer")
                return true
            }
            if w.ends("isme", at: n) {
                return step3Ing(n - 4)
            }
            if w.ends("fie", at: n) || w.ends("gie", at: n) {
                guard r2(n - 3) else { return false }
                w.truncate(n - 2)  // delete, attach 'f' / 'g'
                lengthenV()
                return true
            }
            return false
        case 0x64:  // heid
            guard w.ends("heid", at: n) && r1(n - 4) else { return false }
            w.truncate(n - 4)
            return true
        case 0x6C:  // sel
            guard w.ends("sel", at: n) && r1(n - 3) else { return false }
            w.truncate(n - 3)
            return true
        case 0x72:  // ster, rder
            if w.ends("ster", at: n) {
                guard r1(n - 4) else { return false }
                w.truncate(n - 4)
                return true
            }
            if w.ends("rder", at: n) {
                w.truncate(n - 3)  // ← 'r'
                return true
            }
            return false
        case 0x67:  // ing
            guard w.ends("ing", at: n) else { return false }
            return step3Ing(n - 3)
        case 0x6A:  // erij, arij
            if w.ends("erij", at: n) {
                return step3Ing(n - 4)
            }
            if w.ends("arij", at: n) {
                guard r1(n - 4) && consonant(n - 4) else { return false }
                w.replace(n - 4, n, with: "aar")
                return true
            }
            return false
        default:
            return false
        }
    }

    /// The first `among` of `Step_4`: `ioneel`, `atief`, `baar`, `naar`, `laar`, `raar`, `tant`,
    /// `lijker`, `lijkst`, `achtig(er|st)`, `erig(er|st)`, `end`.
    mutating func step4Main() -> Bool {
        let n = w.count
        if w.ends("achtiger", at: n) || w.ends("achtigst", at: n) {
            guard r1(n - 8) else { return false }
            w.truncate(n - 8)
            return true
        }
        if w.ends("ioneel", at: n) {
            guard r1(n - 6) else { return false }
            w.replace(n - 6, n, with: "ie")
            return true
        }
        if w.ends("lijker", at: n) || w.ends("lijkst", at: n) {
            guard r1(n - 6) else { return false }
            w.truncate(n - 2)  // ← 'lijk'
            return true
        }
        if w.ends("achtig", at: n) {
            guard r1(n - 6) else { return false }
            w.truncate(n - 6)
            return true
        }
        let erig: Int
        if w.ends("eriger", at: n) || w.ends("erigst", at: n) {
            erig = n - 6
        } else if w.ends("atief", at: n) {
            guard r1(n - 5) else { return false }
            w.replace(n - 5, n, with: "eer")
            return true
        } else if w.ends("erig", at: n) {
            erig = n - 4
        } else if w.ends("end", at: n) {
            erig = n - 3
        } else if w.ends("aar", at: n) && n >= 4 {
            let c = n - 4
            switch w[c] {
            case 0x62:  // baar
                guard r1(c) else { return false }
                w.truncate(c)
                return true
            case 0x6E, 0x6C, 0x72:  // naar laar raar ← 'n' 'l' 'r'
                guard r1(c) && vowel(c) else { return false }
                w.truncate(c + 1)
                return true
            default:
                return false
            }
        } else if w.ends("tant", at: n) {
            guard r1(n - 4) else { return false }
            w.replace(n - 4, n, with: "teer")
            return true
        } else {
            return false
        }
        guard r1(erig) && consonant(erig) else { return false }
        w.truncate(erig)
        lengthenV()
        return true
    }

    /// The second `among` of `Step_4`: `iger`, `igst`, `ig` (but not `innig`).
    mutating func step4Ig() -> Bool {
        let n = w.count
        let c: Int
        if w.ends("iger", at: n) || w.ends("igst", at: n) {
            c = n - 4
        } else if w.ends("ig", at: n) {
            c = n - 2
        } else {
            return false
        }
        guard r1(c) && !(c == 3 && w.ends("inn", at: c)) && consonant(c) else { return false }
        w.truncate(c)
        lengthenV()
        return true
    }

    /// `Step_4`: adjective and adverb suffixes.
    mutating func step4() -> Bool {
        step4Main() || step4Ig()
    }

    /// `Step_7`: `kt`, `ft`, `pt` lose the `t`.
    mutating func step7() -> Bool {
        let n = w.count
        guard n >= 2, w[n - 1] == 0x74 /* t */ else { return false }
        switch w[n - 2] {
        case 0x6B, 0x66, 0x70:  // k f p
            w.truncate(n - 1)
            return true
        default:
            return false
        }
    }

    /// `Step_6`: undoubles a final consonant (not in `inn`), and ends in `f`/`s` for `v`/`z`.
    mutating func step6() {
        let n = w.count
        guard n >= 1 else { return }
        let x = w[n - 1]
        if n >= 2 && w[n - 2] == x && KP.doubled.contains(x) {
            if x == 0x6E /* n */ && n == 3 && w[0] == 0x69 /* i */ { return }
            w.truncate(n - 1)
        } else if x == 0x76 {  // v
            w[n - 1] = 0x66  // f
        } else if x == 0x7A {  // z
            w[n - 1] = 0x73  // s
        }
    }

    /// `Step_1c`: after `ge` was removed, a final `d` or `t` of a participle goes (`gebied` → `bied`).
    mutating func step1c() {
        let n = w.count
        guard n >= 1 else { return }
        let x = w[n - 1]
        let c = n - 1
        guard x == 0x64 || x == 0x74, r1(c) && consonant(c) else { return }
        if x == 0x64 {  // d
            if w.before(c, is: "n") && r1(c - 1) { return }
            if c == 2 && w.ends("in", at: c) {
                w[c] = 0x6E  // geïnd → inn
                return
            }
            w.truncate(c)
        } else {  // t
            if w.before(c, is: "h") && r1(c - 1) { return }
            if c == 2 && w.ends("en", at: c) { return }
            w.truncate(c)
        }
    }

    // MARK: ge- prefix and infix

    /// `test hop 3 test (gopast ('ij' or v) repeat ('ij' or v) not atlimit)` from `c`: at least
    /// three characters follow, and something follows the first run of vowels.
    func enoughAfterGe(_ c: Int) -> Bool {
        let n = w.count
        guard c + 3 <= n else { return false }
        var i = c
        while i < n && !isV(w[i]) { i += 1 }
        guard i < n else { return false }
        while i < n {
            if w[i] == 0x69 /* i */ && i + 1 < n && w[i + 1] == 0x6A /* j */ {
                i += 2
            } else if isV(w[i]) {
                i += 1
            } else {
                break
            }
        }
        return i < n
    }

    /// Removes `ge` at `at..<at+2` and turns a following `ë`/`ï` (at `mark`, before removal)
    /// into `e`/`i`.
    mutating func removeGe(at: Int, mark: Int) {
        w.delete(at, at + 2)
        let c = mark - 2
        if c < w.count {
            if w[c] == KP.eDiaeresis {
                w[c] = 0x65  // e
            } else if w[c] == KP.iDiaeresis {
                w[c] = 0x69  // i
            }
        }
    }

    /// `Lose_prefix`: removes a leading `ge` (`gebied` → `bied`), except in `geeft`, `geval…`
    /// (but `gevali…`), `gevaa…`, `gevare…`.
    mutating func losePrefix() -> Bool {
        guard w.count >= 2, w[0] == 0x67 /* g */, w[1] == 0x65 /* e */, enoughAfterGe(2) else { return false }
        var c = 2
        if w.starts("vali", at: 2) {
            c = 6
        } else if w.starts("vare", at: 2) || w.starts("eft", at: 2) || w.starts("val", at: 2)
            || w.starts("vaa", at: 2)
        {
            return false
        }
        removeGe(at: 0, mark: c)
        return true
    }

    /// `Lose_infix`: removes the first `ge` after the first character (`opgebouwd` → `opbouwd`).
    mutating func loseInfix() -> Bool {
        let n = w.count
        var i = 1
        while i + 1 < n && !(w[i] == 0x67 /* g */ && w[i + 1] == 0x65 /* e */) { i += 1 }
        guard i + 1 < n, enoughAfterGe(i + 2) else { return false }
        removeGe(at: i, mark: i + 2)
        return true
    }

    // MARK: stem

    mutating func stem() {
        measure()
        if step1() { stemmed = true }
        if step2() { stemmed = true }
        if step3() { stemmed = true }
        if step4() { stemmed = true }
        if !keepsGe && losePrefix() {
            measure()
            stemmed = true
            step1c()
        }
        if !keepsGe && loseInfix() {
            measure()
            stemmed = true
            step1c()
        }
        if step7() { stemmed = true }
        if stemmed { step6() }
    }
}
