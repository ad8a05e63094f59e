extension KennisbankError {
    /// What is wrong with a visit or a reference to one (``KennisbankError/visits(_:)``).
    public enum VisitProblem: Equatable, Sendable, Codable {
        /// No visit answers to the reference (its number or UUID).
        case unknownVisit(String)
        /// A visit from a municipality to itself.
        case sameMunicipality(String)
        /// Notes that are empty once trimmed.
        case emptyNotes
        /// Notes longer than `limit` characters.
        case notesTooLong(limit: Int)
    }
}
