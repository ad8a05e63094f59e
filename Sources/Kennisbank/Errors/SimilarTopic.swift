/// A new topic label close to an existing topic, as ``KennisbankError/similarTopics(_:)`` reports it.
public struct SimilarTopic: Sendable, Hashable, Codable {
    /// The new label as it was given.
    public var label: String
    /// The label of the existing topic it resembles.
    public var existing: String
    /// Where an import read it; nil outside an import.
    public var location: RecordLocation?

    /// A new label `label` close to the existing topic `existing`, read at `location`.
    public init(label: String, existing: String, location: RecordLocation? = nil) {
        self.label = label
        self.existing = existing
        self.location = location
    }
}
