import Foundation
import Kennisbank

extension Wording {
    /// The message of a problem with an attachment.
    func message(_ problem: KennisbankError.AttachmentProblem) -> String {
        switch problem {
        case .tooLarge(let name, let size, let limit):
            return text(
                "error.attachments.tooLarge",
                [
                    "name": Self.clip(name), "size": String(size), "limit": String(limit),
                    "megabytes": String(limit >> 20),
                ])
        case .invalidName(let name):
            return text("error.attachments.invalidName", ["name": Self.clip(name)])
        case .nameTaken(let name):
            return text("error.attachments.nameTaken", ["name": Self.clip(name)])
        case .unknownAttachment(let name, let names):
            return names.isEmpty
                ? text("error.attachments.unknownNone", ["name": Self.clip(name)])
                : text(
                    "error.attachments.unknown",
                    ["name": Self.clip(name), "names": joined(names.prefix(8).map { quoted(Self.clip($0)) })])
        case .notDetached(let name):
            return text("error.attachments.notDetached", ["name": Self.clip(name)])
        case .notAFile(let path):
            return text("error.attachments.notAFile", ["path": PrintableText.escaped(path)])
        case .unreadable(let path):
            return text("error.attachments.unreadable", ["path": PrintableText.escaped(path)])
        case .fileExists(let path):
            return text("error.attachments.fileExists", ["path": PrintableText.escaped(path)])
        case .notAFolder(let path):
            return text("error.attachments.notAFolder", ["path": PrintableText.escaped(path)])
        case .cannotWrite(let path):
            return text("error.attachments.cannotWrite", ["path": PrintableText.escaped(path)])
        case .malformed(let name):
            return name.map { text("error.attachments.malformedNamed", ["name": Self.clip($0)]) }
                ?? text("error.attachments.malformed")
        case .checksumMismatch(let name):
            return text("error.attachments.checksumMismatch", ["name": Self.clip(name)])
        }
    }
}
