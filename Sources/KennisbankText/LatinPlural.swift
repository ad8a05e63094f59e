/// Latin plurals in `-a` of Dutch words in `-um`: `centra` of `centrum`, `musea` of `museum`,
/// `criteria` of `criterium`, and the compounds that end in them (`wijkcentra`). The Snowball
/// stemmer keeps each plural apart from its singular; the analyzer stems the singular instead.
///
/// A word in `-a` is such a plural when its `-um` form is in the bundled word list, except for
/// the few words whose `-um` form is another word (``exceptions``). Over Snowball's Dutch
/// vocabulary of 45,670 words, 40 words in `-a` have an `-um` form in the list; 4 of them are the
/// exceptions, so the rule changes 36 (`LatinPluralTests`).
package enum LatinPlural {
    /// Words in `-a` whose `-um` form means something else: `sla` (lettuce) is no `slum`, `india`
    /// no `indium`, `ammonia` and `magnesia` are compounds, not `ammonium` and `magnesium`.
    package static let exceptions: Set<String> = ["ammonia", "india", "magnesia", "sla"]

    /// The `-um` singular of the folded word when it is a Latin plural, else nil.
    package static func singular(of word: String, words: WordList) -> String? {
        guard word.utf8.count >= 4, word.utf8.last == UInt8(ascii: "a"), !exceptions.contains(word) else {
            return nil
        }
        let singular = String(word.dropLast()) + "um"
        return words.contains(singular) ? singular : nil
    }
}
