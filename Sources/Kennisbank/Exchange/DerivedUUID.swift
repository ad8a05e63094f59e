import Foundation
import KennisbankText

/// The UUID of an imported entry that has none: derived from its kind, municipality and title,
/// so that importing the same note again finds the entry instead of adding it twice.
///
/// Two 64-bit FNV-1a hashes of the folded identity make the 128 bits; the version nibble says
/// 8 (a custom UUID, RFC 9562) and the variant bits are RFC 4122's.
enum DerivedUUID {
    /// The UUID for an entry of `kind` in `municipality` (nil for the whole network) titled `title`.
    static func make(kind: EntryKind, municipality: Municipality?, title: String) -> UUID {
        let municipalityKey = municipality.map { $0.code ?? TextFolding.lookupKey($0.name) } ?? ""
        let identity = ["kennisbank-entry", kind.rawValue, municipalityKey, TextFolding.lookupKey(title)].joined(
            separator: "\u{1F}")
        let high = fnv1a(identity, basis: 0xCBF2_9CE4_8422_2325)
        let low = fnv1a(identity, basis: 0x6C62_272E_07BB_0142)
        var bytes = withUnsafeBytes(of: high.bigEndian, Array.init) + withUnsafeBytes(of: low.bigEndian, Array.init)
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }

    private static func fnv1a(_ text: String, basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
