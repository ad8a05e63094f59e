import Kennisbank

extension Wording {
    /// Why a database cannot be opened, to follow `Cannot open PATH:`.
    func reason(_ problem: KennisbankError.OpenProblem) -> String {
        switch problem {
        case .notARegularFile(let type): text("error.open.notARegularFile", ["type": fileType(type)])
        case .linkLoop: text("error.open.linkLoop")
        case .danglingLink: text("error.open.danglingLink")
        case .unreadable: text("error.open.unreadable")
        case .folderCannotBeCreated(let folder): text("error.open.folderCannotBeCreated", ["folder": folder])
        case .busy: text("error.open.busy")
        case .locked: text("error.open.locked")
        case .diskFull: text("error.open.diskFull")
        case .sqliteCannotOpen: text("error.open.sqliteCannotOpen")
        case .sqliteError(let code): text("error.open.sqliteError", ["code": String(code)])
        case .walNeedsWritableFolder: text("error.open.walNeedsWritableFolder")
        case .backupFailed(let backup): text("error.open.backupFailed", ["backup": backup])
        case .unexpected(let detail): text("error.open.unexpected", ["detail": PrintableText.escaped(detail)])
        }
    }

    /// What a special file is: `a named pipe`.
    func fileType(_ type: KennisbankError.FileType) -> String {
        let key: String =
            switch type {
            case .characterDevice: "characterDevice"
            case .blockDevice: "blockDevice"
            case .namedPipe: "namedPipe"
            case .socket: "socket"
            case .special: "special"
            }
        return text("error.fileType." + key)
    }

    /// What showed the damage.
    func damage(_ damage: KennisbankError.Damage) -> String {
        let key: String =
            switch damage {
            case .quickCheckFailed: "quickCheckFailed"
            case .malformed: "malformed"
            case .truncated: "truncated"
            }
        return text("error.damage." + key)
    }
}
