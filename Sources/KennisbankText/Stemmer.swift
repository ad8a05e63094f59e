/// A word stemmer: maps an inflected word to its stem.
package protocol Stemmer: Sendable {
    /// Returns the stem of a lower-cased word.
    func stem(_ word: String) -> String
}
