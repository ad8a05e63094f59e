import Foundation
import GRDB

extension ImportSession {
    /// Stores the attachments of the entry record just applied (the last one ``apply(_:)`` noted),
    /// unless the record was held or the entry kept as it was.
    ///
    /// A file with bytes is checked (a clean name, at most ``Attachment/maximumSize``, the size
    /// and SHA-256 the record names) and attached; when the entry has a file of that name already,
    /// the same bytes leave it as it is, and other bytes detach it (kept, with a way back) and
    /// attach the new one. A file the record only names (a JSON export without
    /// `--with-attachments`) is counted in ``attachmentsNotIncluded`` unless the entry holds it.
    func applyAttachments(of record: ImportRecord) throws {
        guard !record.attachments.isEmpty,
            let row = try Row.fetchOne(
                db, sql: "SELECT entry_id, outcome FROM temp.kb_import_entry ORDER BY rowid DESC LIMIT 1"),
            let outcome = Outcome(rawValue: row["outcome"]), outcome != .held, outcome != .kept
        else { return }
        let entryID: Entry.ID = try row.decoded("entry_id", table: "kb_import_entry")
        let location = record.location
        var attached = Dictionary(
            try AttachmentStore.list(entryID, in: db).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for file in record.attachments {
            guard let name = AttachmentName.clean(file.name) else {
                throw location.failure(.invalid(.attachment(.invalidName(file.name))))
            }
            guard let contents = file.contents else {
                if attached[name].map({ $0.sha256 != file.sha256 }) ?? true { attachmentsNotIncluded += 1 }
                continue
            }
            guard contents.count <= Attachment.maximumSize else {
                throw location.failure(
                    .invalid(.attachment(.tooLarge(name: name, size: contents.count, limit: Attachment.maximumSize))))
            }
            let sha256 = AttachmentHash.hex(contents)
            if file.size.map({ $0 != contents.count }) ?? false || file.sha256.map({ $0 != sha256 }) ?? false {
                throw location.failure(.invalid(.attachment(.checksumMismatch(name: name))))
            }
            if let existing = attached[name] {
                if existing.sha256 == sha256 { continue }
                _ = try AttachmentStore.detach(existing, author: options.author, now: now, in: db)
            }
            attached[name] = try AttachmentStore.insert(
                AttachmentFile(name: name, contents: contents), name: name, for: entryID, author: options.author,
                now: now, in: db)
            attachmentsImported += 1
        }
    }
}
