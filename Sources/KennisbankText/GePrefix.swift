/// Whether a word's leading `ge` is the past participle's prefix, which the Kraaij-Pohlmann
/// stemmer removes (`gebouwd` → `bouw`, like `bouwen`), or part of a word of its own that must
/// keep it (`gezin`, `gevel`, `gezag`, `gewoon`, `gebouw`, `gesprek`, `geluk`, `gebruik`): without
/// this the stemmer joins `gezin` with `zin` and `gesprek` with `spreken`.
///
/// The rule, for a folded word `ge…`, decided on the word's form and the bundled word list:
///
/// 1. A word of a curated family (``keptFamilies``: `gebruik…`, `gerecht…`) keeps its `ge`,
///    unless it is an `-eerd` participle (rule 3) or begins like a participle the family would
///    catch (``participlesBeforeFamilies``: `gerechtvaardigd`, `gewenst`).
/// 2. A plural, `-s` form or inflected `-e` form whose base is a known word (`gezinnen` → `gezin`,
///    `gevels` → `gevel`, `gewone` → `gewoon`) is decided like the base. (An `-en` form's base
///    is not lengthened: `gelopen` is not the plural of `geloop`.)
/// 3. A word ending in `-t` or `-d` (or `-te`, `-de`) is a participle when the verb it would
///    come from is a known word: `gebouwd` (`bouwen`), `gemaakt` (`maken`), `gezet` (`zetten`),
///    or when it ends in `-eerd`/`-eert` (`gecreeerd`, of an `-eren` verb);
///    `gezicht` and `gewicht` (no `zichen`, `wichen`) keep their `ge`.
/// 4. A word ending in `-en` without a known base (`gesproken`, `gegeven`) is a strong participle.
/// 5. Any other word (`gezin`, `gevel`, `gezag`, `gewoon`, `gesprek`, `geluk`, `gevoel`) is not a
///    participle and keeps its `ge`.
package enum GePrefix {
    /// Folded beginnings of word families whose `ge` is part of the word although their forms
    /// look like participles (rule 1). Checked by hand against the Snowball vocabulary.
    package static let keptFamilies: [String] = [
        // Verbs with an unstressed ge- of their own (their participles take no second ge-).
        "gebeur", "gebruik", "geloof", "gelov", "geniet", "genoot", "genot", "gedraag", "gedrag", "gewenn", "gewend",
        "gehoorza", "genees", "genez", "getuig", "gebied", "gebod",
        // Nouns ending in -t/-d whose verb reading is another word: a dish/court is not a right,
        // a prayer not a bed, a poem not "closed".
        "gerecht", "gebed", "gedicht", "gezond", "geld", "gevaar", "gemeent", "geheim", "geduld",
        "gelijk", "gebit", "gewest", "gezant", "gemak", "gezicht",
    ]

    /// Folded beginnings of participles that a kept family's beginning would catch:
    /// `gerechtvaardigd` (of `rechtvaardigen`, not a `gerecht`) and `gewenst` (of `wensen`).
    /// Participles of `-eren` verbs (`genoteerd`, not a `genot`) need no entry: rule 3's `-eerd`
    /// comes first.
    package static let participlesBeforeFamilies: [String] = ["gerechtvaardig", "gewenst"]

    /// Whether the `ge` of the folded word `word` (which starts with `ge`) is a participle's.
    package static func isParticiple(_ word: String, words: WordList) -> Bool {
        isParticiple(Array(word.utf8), words: words, depth: 0)
    }

    private static func isParticiple(_ word: [UInt8], words: WordList, depth: Int) -> Bool {
        guard word.count > 4 else { return false }
        let text = String(decoding: word, as: UTF8.self)
        if participlesBeforeFamilies.contains(where: text.hasPrefix) { return true }
        if isEerParticiple(word) { return true }
        if keptFamilies.contains(where: text.hasPrefix) { return false }
        // Rule 2: a form whose base is a known word goes with its base.
        if depth < 2 {
            for base in bases(of: word) where base.count > 4 && contains(base, words) {
                return isParticiple(base, words: words, depth: depth + 1)
            }
        }
        let rest = Array(word.dropFirst(2))
        switch rest.last {
        case UInt8(ascii: "t"), UInt8(ascii: "d"):
            // Rule 3: the verb is the rest without its -t/-d, or the rest itself (`gedicht`).
            let stem = Array(rest.dropLast())
            return infinitives(of: stem).contains { contains($0, words) }
                || infinitives(of: rest).contains { contains($0, words) }
        case UInt8(ascii: "e"):
            if rest.count >= 3, rest[rest.count - 2] == UInt8(ascii: "t") || rest[rest.count - 2] == UInt8(ascii: "d") {
                return isParticiple(Array(word.dropLast()), words: words, depth: depth + 1)
            }
            return false
        case UInt8(ascii: "n"):
            // Rule 4: -en without a known base is a strong participle.
            return rest.count >= 4 && rest[rest.count - 2] == UInt8(ascii: "e")
        default:
            return false
        }
    }

    /// Whether the word ends in `-eerd`/`-eert`, or `-eerde`/`-eerden`/`-eerder`: always a
    /// participle of an `-eren` verb (`gecreeerd`, `geexperimenteerd`, `genoteerde`), before any
    /// family (rule 3).
    private static func isEerParticiple(_ word: [UInt8]) -> Bool {
        var rest = word.dropFirst(2)
        for ending in ["en", "er", "e"]
        where rest.count > ending.utf8.count + 4 && rest.suffix(ending.utf8.count).elementsEqual(ending.utf8) {
            rest = rest.dropLast(ending.utf8.count)
            break
        }
        guard rest.count > 4, let last = rest.last, last == UInt8(ascii: "d") || last == UInt8(ascii: "t") else {
            return false
        }
        return rest.dropLast().suffix(3).elementsEqual("eer".utf8)
    }

    /// The possible bases of an inflected form: without `-en` (with a double consonant made
    /// single), `-s`, `-e` (with the vowel before a single consonant made long again).
    private static func bases(of word: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        if word.count > 2, word.suffix(2).elementsEqual("en".utf8) {
            let base = Array(word.dropLast(2))
            result.append(base)
            if base.count >= 2, base[base.count - 1] == base[base.count - 2] { result.append(Array(base.dropLast())) }
            // Not lengthened: `gelopen` is `lopen`'s participle, not the plural of `geloop`.
        } else if word.last == UInt8(ascii: "s") {
            result.append(Array(word.dropLast()))
        } else if word.last == UInt8(ascii: "e") {
            let base = Array(word.dropLast())
            result.append(base)
            result.append(contentsOf: lengthened(base))
        }
        return result
    }

    /// `base` with the vowel before its last consonant doubled (`gewon` → `gewoon`), when that
    /// vowel is single.
    private static func lengthened(_ base: [UInt8]) -> [[UInt8]] {
        guard base.count >= 3 else { return [] }
        let vowel = base[base.count - 2]
        guard "aeou".utf8.contains(vowel), !"aeiou".utf8.contains(base[base.count - 1]),
            !"aeiou".utf8.contains(base[base.count - 3])
        else { return [] }
        var long = base
        long.insert(vowel, at: base.count - 2)
        return [long]
    }

    /// The infinitives a verb stem may have: `stem` + `en`, with a long vowel made short
    /// (`maak` → `maken`), a final consonant doubled (`zet` → `zetten`), f/s voiced (`leef` →
    /// `leven`, `reis` → `reizen`).
    private static func infinitives(of stem: [UInt8]) -> [[UInt8]] {
        guard stem.count >= 2, let last = stem.last else { return [] }
        let en = Array("en".utf8)
        var result = [stem + en, stem + [last] + en]
        if stem.count >= 3, stem[stem.count - 2] == stem[stem.count - 3], "aeou".utf8.contains(stem[stem.count - 2]) {
            var short = stem
            short.remove(at: stem.count - 2)
            result.append(short + en)
            if last == UInt8(ascii: "f") { result.append(Array(short.dropLast()) + Array("ven".utf8)) }
            if last == UInt8(ascii: "s") { result.append(Array(short.dropLast()) + Array("zen".utf8)) }
        }
        if last == UInt8(ascii: "f") { result.append(Array(stem.dropLast()) + Array("ven".utf8)) }
        if last == UInt8(ascii: "s") { result.append(Array(stem.dropLast()) + Array("zen".utf8)) }
        return result
    }

    private static func contains(_ word: [UInt8], _ words: WordList) -> Bool {
        word.withUnsafeBufferPointer { words.contains($0) }
    }
}
