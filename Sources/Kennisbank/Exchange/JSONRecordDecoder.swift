import Foundation

/// Turns the bytes of one JSON object (a JSON Lines line, an element of a JSON array) into
/// record fields, with errors that say where and what.
enum JSONRecordDecoder {
    /// The fields of the JSON object in `bytes`.
    static func fields(_ bytes: [UInt8], at location: RecordLocation) throws -> [String: FieldValue] {
        guard ByteInput.isValidUTF8(bytes) else {
            throw location.failure("this is not UTF-8 text: save the file as UTF-8.")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(escapingByteOrderMarks(bytes)), options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw location.failure("this is not valid JSON\(detail.map { " (\($0.trimmingCharacters(in: ["."])))" } ?? ""): write one object {…} per record.")
        }
        guard let dictionary = object as? [String: Any] else {
            throw location.failure("this is \(describe(object)), not a JSON object {…}: write one object per record.")
        }
        var fields: [String: FieldValue] = [:]
        for (key, value) in dictionary {
            fields[FieldValue.key(key)] = fieldValue(value)
        }
        return fields
    }

    /// `bytes` with every U+FEFF written as the escape `\ufeff`: Foundation's JSONSerialization on
    /// Linux drops a raw U+FEFF at the start of a string or after an escape (`"a\n<U+FEFF>b"` reads
    /// as `"a\nb"`). It can only stand inside a string, where the escape means the same; one right
    /// after a backslash is left as it is, so that the invalid JSON stays invalid.
    static func escapingByteOrderMarks(_ bytes: [UInt8]) -> [UInt8] {
        guard var index = bytes.firstIndex(of: 0xEF) else { return bytes }
        var escaped = Array(bytes[..<index])
        escaped.reserveCapacity(bytes.count + 16)
        while index < bytes.endIndex {
            if bytes[index] == 0xEF, index + 2 < bytes.endIndex, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF,
               escaped.reversed().prefix(while: { $0 == UInt8(ascii: "\\") }).count % 2 == 0 {
                escaped.append(contentsOf: Array(#"\ufeff"#.utf8))
                index += 3
            } else {
                escaped.append(bytes[index])
                index += 1
            }
        }
        return escaped
    }

    /// A JSON value as a ``FieldValue``.
    static func fieldValue(_ value: Any) -> FieldValue {
        switch value {
        case is NSNull: return .null
        case let text as String: return .text(text)
        case let items as [Any]:
            var texts: [String] = []
            for item in items {
                guard let text = item as? String else { return .other("a list holding \(describe(item))") }
                texts.append(text)
            }
            return .list(texts)
        default: return .other(describe(value))
        }
    }

    /// `a number`, `an object`… for error messages.
    static func describe(_ value: Any) -> String {
        switch value {
        case is NSNull: "null"
        case is String: "text"
        case is [Any]: "a list"
        case is [String: Any]: "an object"
        case let number as NSNumber: String(describing: type(of: number)).contains("Bool") ? "true or false" : "a number"
        default: "something else"
        }
    }
}
