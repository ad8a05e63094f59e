import Foundation

/// The file names of one Markdown export's notes, the same in a folder and in a zip.
///
/// Names cannot collide: an entry's starts with its id, zero-padded to the width of the largest
/// id (at least four digits), so that the names sort — and import back — in id order; a
/// municipality's is `municipality-<slug>.md`, or `municipality-<slug>--<id>.md` when another
/// municipality of the export already has that slug or the slug is empty (a slug never holds `--`).
struct MarkdownNoteNames {
    private let idWidth: Int
    private var names: Set<String> = []

    /// Names for an export whose largest entry id is `largestID`.
    init(largestID: Int64) {
        idWidth = max(4, String(largestID).count)
    }

    /// The name of `municipality`'s note.
    mutating func name(for municipality: Municipality) -> String {
        let slug = MarkdownEntryFile.slug(municipality.name)
        var name = MarkdownEntryFile.fileName(for: municipality, slug: slug, withID: false)
        if slug.isEmpty || names.contains(name) {
            name = MarkdownEntryFile.fileName(for: municipality, slug: slug, withID: true)
        }
        return taken(name)
    }

    /// The name of `entry`'s note.
    mutating func name(for entry: Entry) -> String {
        taken(MarkdownEntryFile.fileName(for: entry, width: idWidth))
    }

    private mutating func taken(_ name: String) -> String {
        guard names.insert(name).inserted else {
            preconditionFailure("two notes of one export are both named \(name)")
        }
        return name
    }

    /// The folder beside the note `noteName` that holds its entry's attachments:
    /// `0007-dorpshuis.md` → `0007-dorpshuis.attachments`.
    static func attachmentFolder(of noteName: String) -> String {
        (noteName as NSString).deletingPathExtension + attachmentFolderSuffix
    }

    /// The ending of an attachment folder's name.
    static let attachmentFolderSuffix = ".attachments"
}
