/// What emptying the trash deletes (``KnowledgeBase/trashToEmpty(olderThanDays:)``) or deleted
/// (``KnowledgeBase/emptyTrashCounting(olderThanDays:)``).
public struct TrashEmptying: Sendable, Equatable {
    /// Entries in the trash, deleted with their history and attachments.
    public var entries: Int
    /// Other attachments: detached ones (`kb detach`) and those of no entry at all.
    public var attachments: Int

    /// Creates the value.
    public init(entries: Int, attachments: Int) {
        self.entries = entries
        self.attachments = attachments
    }

    /// True when emptying deletes nothing.
    public var isEmpty: Bool { entries == 0 && attachments == 0 }
}
