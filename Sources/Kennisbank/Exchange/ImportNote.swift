/// Something an import noticed and did that the person should know, though nothing is wrong.
public enum ImportNote: Sendable, Equatable, Codable {
    /// The CSV file `source` was not UTF-8 but Windows-1252 (as Excel saves it): it was converted.
    case convertedFromWindows1252(source: String)
    /// `count` notes had `aliases` in their front matter, which an entry has no field for: they
    /// were left out.
    case aliasesIgnored(count: Int)
    /// `count` `[[wikilinks]]` between notes became links from a tip or example to the obstacle it
    /// addresses; the others stay as text in the body.
    case wikilinksLinked(count: Int)
    /// `count` attachments came with the entries (files beside Markdown notes, or embedded in JSON).
    case attachmentsImported(count: Int)
    /// The records named `count` attachments without their files (a JSON export made without
    /// `--with-attachments`): the entries were imported, the files were not included.
    case attachmentsNotIncluded(count: Int)
}
