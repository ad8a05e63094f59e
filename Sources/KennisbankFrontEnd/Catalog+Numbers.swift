extension Catalog {
    /// `value` rounded to `places` decimals (at most 6) with the language's decimal separator
    /// (`number.decimalSeparator`): `0,73` in Dutch, `0.73` in English. Machine output (JSON, CSV)
    /// keeps the point (``decimal(_:places:separator:)`` with `"."`).
    public func decimal(_ value: Double, places: Int = 2) -> String {
        Self.decimal(value, places: places, separator: text("number.decimalSeparator"))
    }

    /// `value` rounded to `places` decimals (at most 6), `separator` between the whole and the
    /// decimals.
    public static func decimal(_ value: Double, places: Int = 2, separator: String) -> String {
        let places = min(max(places, 0), 6)
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled > 0 ? "-" : ""
        guard places > 0 else { return sign + String(scaled) }
        let fraction = String(scaled % scale)
        return sign + String(scaled / scale) + separator + String(repeating: "0", count: places - fraction.count)
            + fraction
    }
}
