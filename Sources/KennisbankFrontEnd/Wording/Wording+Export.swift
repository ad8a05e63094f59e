import Kennisbank

extension Wording {
    /// The refusal or failure of an export.
    func message(_ problem: KennisbankError.ExportProblem) -> String {
        switch problem {
        case .ownDatabase(let path, let database):
            text("error.export.ownDatabase", ["path": path, "database": database ?? ":memory:"])
        case .outputIsOwnDatabase(let database):
            text(
                "error.export.outputIsOwnDatabase",
                ["output": text("error.words.standardOutput"), "database": database ?? ":memory:"])
        case .sqliteDatabase(let path):
            text("error.export.sqliteDatabase", ["path": path])
        case .sqliteCompanion(let path, let database, let suffix):
            text("error.export.sqliteCompanion", ["path": path, "database": database, "suffix": suffix])
        case .markdownNeedsFolder:
            text("error.export.markdownNeedsFolder")
        case .folderOnlyForMarkdown(let format):
            text("error.export.folderOnlyForMarkdown", ["format": format.rawValue])
        case .targetIsFolder(let path, let format):
            text("error.export.targetIsFolder", ["path": path, "format": format.rawValue])
        case .cannotCreateFile(let path):
            text("error.export.cannotCreateFile", ["path": path])
        case .cannotReplace(let path):
            text("error.export.cannotReplace", ["path": path])
        case .markdownTargetIsFile(let folder):
            text("error.export.markdownTargetIsFile", ["folder": folder])
        case .folderNotEmpty(let folder):
            text("error.export.folderNotEmpty", ["folder": folder])
        case .cannotCreateFolder(let folder, let reason):
            text("error.export.cannotCreateFolder", ["folder": folder, "reason": self.reason(reason)])
        case .cannotWriteFolder(let folder, let reason):
            text("error.export.cannotWriteFolder", ["folder": folder, "reason": self.reason(reason)])
        case .folderCreatedMeanwhile(let folder):
            text("error.export.folderCreatedMeanwhile", ["folder": folder])
        case .cannotMoveFolder(let folder, let reason):
            text("error.export.cannotMoveFolder", ["folder": folder, "reason": self.reason(reason)])
        case .noteWrittenMeanwhile(let folder, let note):
            text("error.export.noteWrittenMeanwhile", ["folder": folder, "note": note])
        case .cannotMoveNote(let folder, let note, let reason):
            text("error.export.cannotMoveNote", ["folder": folder, "note": note, "reason": self.reason(reason)])
        case .cannotWriteNote(let folder, let note, let reason):
            text("error.export.cannotWriteNote", ["folder": folder, "note": note, "reason": self.reason(reason)])
        case .cannotWrite(let path, let reason):
            text(
                "error.export.cannotWrite",
                ["path": path ?? text("error.words.standardOutput"), "reason": self.reason(reason)])
        case .tooManyNotesForZip(let count, let limit):
            text("error.export.tooManyNotesForZip", ["count": String(count), "limit": String(limit)])
        case .tooManyFilesForZip(let notes, let attachments, let limit):
            text(
                "error.export.tooManyFilesForZip",
                ["notes": String(notes), "attachments": String(attachments), "limit": String(limit)])
        case .attachmentsTooLargeForZip(let bytes, let limit):
            text(
                "error.export.attachmentsTooLargeForZip",
                ["megabytes": String((bytes + (1 << 20) - 1) >> 20), "limit": size(limit)])
        case .tooLargeToDownload(let bytes, let limit):
            text(
                "error.export.tooLargeToDownload",
                ["megabytes": String((bytes + (1 << 20) - 1) >> 20), "limit": size(limit)])
        }
    }
}
