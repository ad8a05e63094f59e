extension KennisbankError {
    /// What is wrong with a condition for success or an assessment (``KennisbankError/conditions(_:)``).
    public enum ConditionProblem: Equatable, Sendable, Codable {
        /// No condition has this number; `highest` is the highest there is.
        case unknownCondition(Int, highest: Int)
        /// A description longer than `limit` characters, or with control characters other than line breaks.
        case invalidDescription(limit: Int)
        /// A note that is not one line of at most `limit` characters.
        case invalidNote(limit: Int)
        /// A rewording that gives neither a new title nor a new description.
        case unchanged(Int)
    }
}
