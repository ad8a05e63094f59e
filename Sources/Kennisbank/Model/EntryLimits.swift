/// The limits every entry is held to, whichever way it comes in (`kb add`, `kb edit`, import).
public enum EntryLimits {
    /// The longest title, in characters.
    public static let titleCharacters = 500
    /// The longest body, in characters.
    public static let bodyCharacters = 1_000_000
    /// The most UTF-8 bytes a body may take (four per character): a reader can stop after this
    /// many plus one, since a longer text is refused without looking further.
    public static let bodyBytes = 4 * bodyCharacters
    /// The most topics one entry carries (labels that fold alike count once).
    public static let topicsPerEntry = 50
}
