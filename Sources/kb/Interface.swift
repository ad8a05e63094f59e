import Foundation
import KennisbankFrontEnd

/// The language `kb` speaks in this run.
enum Interface {
    /// The catalog every text comes from: `KENNISBANK_LANG` (`nl`, `en`), else English.
    static let catalog = Catalog(
        ProcessInfo.processInfo.environment["KENNISBANK_LANG"].flatMap(Language.init(code:)) ?? .english)
}
