extension KennisbankError {
    /// What is wrong with an account, a name or a password (``KennisbankError/account(_:)``).
    public enum AccountProblem: Equatable, Sendable, Codable {
        /// No account has this name.
        case unknownAccount(String)
        /// An account with this name (compared without regard to case) exists.
        case accountExists(String)
        /// An account name that is empty, holds control characters or is longer than `limit`.
        case invalidName(String, limit: Int)
        /// A password shorter than `minimum` characters (an empty one included).
        case passwordTooShort(minimum: Int)
        /// A password longer than `maximum` bytes: bcrypt would ignore the rest.
        case passwordTooLong(maximum: Int)
    }
}
