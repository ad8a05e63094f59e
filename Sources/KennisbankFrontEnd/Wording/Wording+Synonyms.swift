import Foundation
import Kennisbank

extension Wording {
    /// The message of a problem with a change to the thesaurus.
    func message(_ problem: KennisbankError.SynonymProblem) -> String {
        switch problem {
        case .tooFewWords:
            return text("error.synonyms.tooFewWords")
        case .invalidWord(let word, let limit):
            return word.trimmingCharacters(in: .whitespaces).isEmpty
                ? text("error.synonyms.emptyWord")
                : text("error.synonyms.invalidWord", ["word": Self.clip(word), "limit": String(limit)])
        case .unsearchableWord(let word):
            return text("error.synonyms.unsearchableWord", ["word": Self.clip(word)])
        case .alreadySynonyms(let words):
            return text(
                "error.synonyms.already", ["words": words.map { quoted(Self.clip($0)) }.joined(separator: ", ")])
        case .noSynonyms(let word):
            return text("error.synonyms.none", ["word": Self.clip(word)])
        }
    }
}
