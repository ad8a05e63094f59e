import Crypto
import Foundation

/// SHA-256 in lower-case hex (swift-crypto, already a dependency of the library for token hashes).
enum AttachmentHash {
    /// The SHA-256 of `data`, 64 lower-case hex digits.
    static func hex(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
