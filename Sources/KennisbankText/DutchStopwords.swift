/// Snowball's Dutch stopword list, folded.
///
/// The 101 words of <https://snowballstem.org/algorithms/dutch/stop.txt>, in that list's order.
/// The analyzer still emits stopwords (so that phrases keep their positions) but flags them,
/// and the query parser drops them outside phrases.
package enum DutchStopwords {
    /// The stopwords, folded with ``TextFolding/fold(_:)`` (they are plain ASCII already).
    package static let words: Set<String> = [
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij",
        "het", "niet", "zijn", "is", "was", "op", "aan", "met", "als", "voor",
        "had", "er", "maar", "om", "hem", "dan", "zou", "of", "wat", "mijn",
        "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot",
        "je", "mij", "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft",
        "hebben", "deze", "u", "want", "nog", "zal", "me", "zij", "nu", "ge",
        "geen", "omdat", "iets", "worden", "toch", "al", "waren", "veel", "meer", "doen",
        "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles", "onder", "ja",
        "eens", "hier", "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen", "ons",
        "zelf", "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest",
        "andere",
    ]

    /// Whether the folded word `word` is a stopword.
    package static func contains(_ word: String) -> Bool {
        words.contains(word)
    }
}
