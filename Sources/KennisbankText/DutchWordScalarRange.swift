/// The Unicode range of a word's scalars, which picks how it is folded.
enum DutchWordScalarRange {
    /// U+0000–U+007F: lower-casing is folding.
    case ascii
    /// U+0000–U+00FF: folded scalar by scalar from a table.
    case latin1
    /// Anything else: ``TextFolding/fold(_:)``.
    case other

    /// The range of a word made of words in `self` and `other`.
    func union(_ other: DutchWordScalarRange) -> DutchWordScalarRange {
        switch (self, other) {
        case (.ascii, .ascii): return .ascii
        case (.other, _), (_, .other): return .other
        default: return .latin1
        }
    }
}
