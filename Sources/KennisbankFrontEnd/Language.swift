/// The languages every front end speaks: Dutch first, English on request.
public enum Language: String, CaseIterable, Sendable, Codable {
    /// Dutch, the default.
    case dutch = "nl"
    /// English.
    case english = "en"

    /// The language a code names (`nl`, `en`, `nl-NL`, `en_GB.UTF-8`, `Nederlands`, `English`),
    /// or nil.
    public init?(code: String) {
        let lowered = code.lowercased()
        let primary =
            lowered.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).first.map(String.init) ?? lowered
        switch primary {
        case "nl", "nld", "dut", "nederlands", "dutch": self = .dutch
        case "en", "eng", "english", "engels": self = .english
        default: return nil
        }
    }
}
