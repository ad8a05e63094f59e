import Kennisbank

extension Wording {
    /// The refusal or failure of an export.
    func message(_ problem: KennisbankError.ExportProblem) -> String {
        switch problem {
        case let .ownDatabase(path, database):
            text("error.export.ownDatabase", ["path": path, "database": database ?? ":memory:"])
        case let .outputIsOwnDatabase(database):
            text("error.export.outputIsOwnDatabase", ["output": text("error.words.standardOutput"), "database": database ?? ":memory:"])
        case let .sqliteDatabase(path):
            text("error.export.sqliteDatabase", ["path": path])
        case let .sqliteCompanion(path, database, suffix):
            text("error.export.sqliteCompanion", ["path": path, "database": database, "suffix": suffix])
        case .markdownNeedsFolder:
            text("error.export.markdownNeedsFolder")
        case let .folderOnlyForMarkdown(format):
            text("error.export.folderOnlyForMarkdown", ["format": format.rawValue])
        case let .targetIsFolder(path, format):
            text("error.export.targetIsFolder", ["path": path, "format": format.rawValue])
        case let .cannotCreateFile(path):
            text("error.export.cannotCreateFile", ["path": path])
        case let .cannotReplace(path):
            text("error.export.cannotReplace", ["path": path])
        case let .markdownTargetIsFile(folder):
            text("error.export.markdownTargetIsFile", ["folder": folder])
        case let .folderNotEmpty(folder):
            text("error.export.folderNotEmpty", ["folder": folder])
        case let .cannotCreateFolder(folder, reason):
            text("error.export.cannotCreateFolder", ["folder": folder, "reason": self.reason(reason)])
        case let .cannotWriteFolder(folder, reason):
            text("error.export.cannotWriteFolder", ["folder": folder, "reason": self.reason(reason)])
        case let .folderCreatedMeanwhile(folder):
            text("error.export.folderCreatedMeanwhile", ["folder": folder])
        case let .cannotMoveFolder(folder, reason):
            text("error.export.cannotMoveFolder", ["folder": folder, "reason": self.reason(reason)])
        case let .noteWrittenMeanwhile(folder, note):
            text("error.export.noteWrittenMeanwhile", ["folder": folder, "note": note])
        case let .cannotMoveNote(folder, note, reason):
            text("error.export.cannotMoveNote", ["folder": folder, "note": note, "reason": self.reason(reason)])
        case let .cannotWriteNote(folder, note, reason):
            text("error.export.cannotWriteNote", ["folder": folder, "note": note, "reason": self.reason(reason)])
        case let .cannotWrite(path, reason):
            text("error.export.cannotWrite", ["path": path ?? text("error.words.standardOutput"), "reason": self.reason(reason)])
        }
    }
}
