import Foundation
import Kennisbank
import KennisbankFrontEnd

/// Opens a person's text editor on a temporary Markdown note, as git does for a commit message:
/// `$VISUAL`, else `$EDITOR`, else `vi`, run by `/bin/sh` so that the command may hold arguments
/// (`code --wait`). The note is removed afterwards.
enum NoteEditor {
    /// What came back from the editor.
    enum Outcome: Equatable {
        /// The note as the person saved it.
        case edited(String)
        /// The person emptied the note.
        case empty
        /// The person saved the note as it was.
        case unchanged
    }

    /// The editor command in `environment`: `VISUAL`, else `EDITOR`, else `vi` (empty values skipped).
    static func command(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty { return value }
        }
        return "vi"
    }

    /// Writes `note` to a temporary file, lets the person edit it, and says what came back.
    /// A failing editor ends `kb` with one line; nothing is written to the knowledge base.
    static func edit(_ note: String) -> Outcome {
        let catalog = Interface.catalog
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "kb-note-\(UUID().uuidString.prefix(8).lowercased()).md")
        guard FileManager.default.createFile(atPath: path, contents: Data(note.utf8)) else {
            Terminal.fail(catalog.text("editor.cannotWrite", ["path": path]))
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let command = command()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$1\"", "sh", path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            Terminal.fail(catalog.text("editor.failed", ["command": command]))
        }
        guard process.terminationStatus == 0, process.terminationReason == .exit else {
            Terminal.fail(catalog.text("editor.failed", ["command": command]))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Terminal.fail(catalog.text("editor.cannotRead", ["path": path]))
        }
        let text = String(decoding: data, as: UTF8.self)
        if text.allSatisfy(\.isWhitespace) { return .empty }
        if text == note { return .unchanged }
        return .edited(text)
    }

    /// The explanation at the top of a note, as YAML comment lines.
    static func comment(adding: Bool) -> [String] {
        let catalog = Interface.catalog
        return [
            catalog.text(adding ? "editor.comment.add" : "editor.comment.edit"), catalog.text("editor.comment.abort"),
        ]
    }
}
