/// A Snowball grouping (a set of characters) of ASCII and Latin-1 letters, as two bit masks:
/// bit `c - 0x60` of `ascii` for `c` in U+0060...U+007F, bit `c - 0xE0` of `latin1` for `c` in
/// U+00E0...U+00FF. Any other character is outside the grouping.
struct SnowballGrouping {
    let ascii: UInt32
    let latin1: UInt32

    init(ascii: UInt32, latin1: UInt32) {
        self.ascii = ascii
        self.latin1 = latin1
    }

    /// Whether the character `c` is in the grouping.
    @inline(__always)
    func contains(_ c: UInt32) -> Bool {
        let a = c &- 0x60
        if a < 32 { return ascii >> a & 1 != 0 }
        let l = c &- 0xE0
        if l < 32 { return latin1 >> l & 1 != 0 }
        return false
    }
}
