import Foundation

extension KnowledgeBase {
    /// Writes `text` (a report, a page) to the file at `path`: beside it first, then moved into
    /// place, so that the file is whole or not there at all.
    ///
    /// Like an export, it never writes over the knowledge base's own database (however its path is
    /// written), the files SQLite keeps beside it, or any other SQLite database.
    public func writeDocument(_ text: String, to path: String) throws {
        try ExportTarget(database: self.path).check(path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw KennisbankError.cannotExport(.cannotCreateFile(path: path))
        }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = ((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(".\((path as NSString).lastPathComponent).\(UUID().uuidString.prefix(8)).partial")
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw KennisbankError.cannotExport(.cannotCreateFile(path: path))
        }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw KennisbankError.cannotExport(.cannotReplace(path: path))
        }
    }

    /// Throws when standard output is the knowledge base's own database file or one of its
    /// companions (`kb report > kennisbank.sqlite`).
    public func checkStandardOutput() throws {
        try ExportTarget(database: path).check(FileHandle.standardOutput)
    }
}
