internal import Foundation

/// Folding of Dutch text for comparison: case, diacritics and separators.
///
/// `fold` is what search and topic identity build on: `Financiële` and `financiele` fold alike.
/// `lookupKey` also drops everything that is not a letter or digit, so that
/// `Súdwest-Fryslân`, `sudwest fryslan` and `SUDWESTFRYSLAN` share one key.
package enum TextFolding {
    /// Lower-cases `text` and removes diacritics (`Één` → `een`, `Fryslân` → `fryslan`).
    ///
    /// Letters that carry no combining mark but are commonly typed without their stroke or
    /// ligature are spelled out as well (`ß` → `ss`, `ø` → `o`, `æ` → `ae`, `ĳ` → `ij`).
    package static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.lowercased()
        }
        let decomposed = text.precomposedStringWithCompatibilityMapping.decomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        for scalar in decomposed.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar {
            case "ß": scalars.append(contentsOf: "ss".unicodeScalars)
            case "ø": scalars.append("o")
            case "æ": scalars.append(contentsOf: "ae".unicodeScalars)
            case "œ": scalars.append(contentsOf: "oe".unicodeScalars)
            case "ł": scalars.append("l")
            case "đ": scalars.append("d")
            case "ı": scalars.append("i")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Folds `text` and keeps only letters and digits: the identity used for names and topics.
    ///
    /// `'s-Hertogenbosch` → `shertogenbosch`, `Co-creatie` → `cocreatie`, `Bergen (NH.)` → `bergennh`.
    package static func lookupKey(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in fold(text).unicodeScalars
        where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
