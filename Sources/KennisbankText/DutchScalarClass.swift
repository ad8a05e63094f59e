/// How the analyzer treats one Unicode scalar.
enum DutchScalarClass {
    case separator, word, apostrophe, hyphen, ignorable

    /// The class of the scalar `value`; ``UTF8ScalarDecoder/invalidScalar`` is a separator.
    @inline(__always)
    init(_ value: UInt32) {
        self = Self.classify(value)
    }

    @inline(__always)
    private static func classify(_ value: UInt32) -> DutchScalarClass {
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
            case 0x27, 0x60: return .apostrophe
            case 0x2D: return .hyphen
            default: return .separator
            }
        }
        switch value {
        case 0xAD: return .ignorable
        case 0xB4, 0x2BC, 0x2018, 0x2019: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0xD7, 0xF7: return .separator
        case 0xC0...0x24F: return .word  // Latin-1 letters and Latin Extended-A/B
        case UTF8ScalarDecoder.invalidScalar: return .separator
        default:
            guard let scalar = Unicode.Scalar(value) else { return .separator }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .nonspacingMark, .spacingMark, .enclosingMark,
                .decimalNumber, .letterNumber, .otherNumber:
                return .word
            default:
                return .separator
            }
        }
    }
}
