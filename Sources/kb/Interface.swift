import Foundation
import KennisbankFrontEnd

/// The language `kb` speaks in this run.
enum Interface {
    /// The language chosen for this run (``LanguageChoice``): set once by `KB.main` before the
    /// arguments are parsed, and only read afterwards.
    nonisolated(unsafe) static var language: Language = .dutch

    /// The catalog every text comes from.
    static var catalog: Catalog { Catalog(language) }
}
