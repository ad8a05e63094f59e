/// Where an imported record was read: a file as the user named it and, for line-based
/// formats, the line the record starts on. It is the first thing every import error says.
struct RecordLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file (or `standard input`).
    var source: String
    /// The line the record starts on, counted from 1; nil for a whole file (Markdown).
    var line: Int?

    /// `notes.jsonl, line 12`, or just the file.
    var description: String {
        line.map { "\(source), line \($0)" } ?? source
    }

    /// The error that stops an import: where, which field, what is wrong and what to do.
    func failure(_ message: String, field: String? = nil) -> KennisbankError {
        let place = field.map { "\(description), field “\($0)”" } ?? description
        return .invalidInput("\(place): \(message) Nothing was imported.")
    }

    /// `error` (a message from validation) placed at this record and field.
    func failure(_ error: any Error, field: String?) -> KennisbankError {
        if case let .invalidInput(message)? = error as? KennisbankError, message.hasSuffix("Nothing was imported.") {
            return .invalidInput(message)
        }
        let message = (error as? KennisbankError)?.description ?? String(describing: error)
        return failure(message, field: field)
    }
}
