import Foundation

/// A field of an imported record as its format delivers it, before it is interpreted:
/// JSON values, CSV cells and YAML scalars all become one of these.
enum FieldValue: Sendable, Equatable {
    /// Absent on purpose: JSON `null`, YAML `~`, an empty CSV cell.
    case null
    /// A text value (numbers in CSV and YAML arrive as text too).
    case text(String)
    /// A list of texts.
    case list([String])
    /// Anything else (a number, an object), by its shape.
    case other(KennisbankError.ValueShape)

    /// The value as optional text: `null` and blank text are nil; anything but text is an error.
    func text(field: RecordField, at location: RecordLocation) throws -> String? {
        switch self {
        case .null: return nil
        case .text(let text): return text.allSatisfy(\.isWhitespace) ? nil : text
        case .list: throw location.failure(.notOneText, field: field)
        case .other(let shape): throw location.failure(.notText(shape), field: field)
        }
    }

    /// The value as a list of texts: one text is a list of one; `null` is an empty list.
    func list(field: RecordField, at location: RecordLocation) throws -> [String] {
        switch self {
        case .null: return []
        case .text(let text): return text.allSatisfy(\.isWhitespace) ? [] : [text]
        case .list(let items): return items
        case .other(let shape): throw location.failure(.notTextList(shape), field: field)
        }
    }

    /// The normal form of a field name: lower case, `-` and spaces as `_`.
    static func key(_ name: String) -> String {
        if name.utf8.allSatisfy({ (0x61...0x7A).contains($0) || $0 == 0x5F }) { return name }
        return String(name.trimmingCharacters(in: .whitespaces).lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
    }
}
