/// Decodes one Unicode scalar at a time from UTF-8 bytes that may be invalid (FTS5 hands the
/// tokenizer whatever bytes a column holds).
///
/// An invalid or truncated sequence, an overlong form, a surrogate or a value beyond U+10FFFF
/// gives ``invalidScalar`` and a length of 1, so that the caller moves on by one byte.
enum UTF8ScalarDecoder {
    /// A scalar value that marks an invalid UTF-8 byte.
    static let invalidScalar: UInt32 = 0xFFFF_FFFF

    /// Decodes the scalar at `index` (`index < bytes.count`); an invalid sequence gives
    /// ``invalidScalar`` and length 1.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let count = bytes.count
        let b0 = bytes[index]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        @inline(__always) func continuation(_ offset: Int, _ lower: UInt8 = 0x80, _ upper: UInt8 = 0xBF) -> UInt32? {
            guard index + offset < count else { return nil }
            let byte = bytes[index + offset]
            return byte >= lower && byte <= upper ? UInt32(byte & 0x3F) : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            guard let c1 = continuation(1) else { return (invalidScalar, 1) }
            return (UInt32(b0 & 0x1F) << 6 | c1, 2)
        case 0xE0...0xEF:
            let lower: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
            let upper: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            guard let c1 = continuation(1, lower, upper), let c2 = continuation(2) else { return (invalidScalar, 1) }
            return (UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2, 3)
        case 0xF0...0xF4:
            let lower: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
            let upper: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            guard let c1 = continuation(1, lower, upper), let c2 = continuation(2), let c3 = continuation(3) else {
                return (invalidScalar, 1)
            }
            return (UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4)
        default:
            return (invalidScalar, 1)
        }
    }
}
