import Foundation

/// Turns the bytes of one JSON object (a JSON Lines line, an element of a JSON array) into
/// record fields, with errors that say where and what.
enum JSONRecordDecoder {
    /// The record of the JSON object in `bytes`: its fields, and the attachments an entry
    /// record names in `attachments` (an array of `{"name", "type", "size", "sha256"}`, with
    /// `"content"` in base64 when the export embedded the files).
    ///
    /// A record may be longer than ``ImportLimits/recordBytes`` (up to
    /// ``ImportLimits/attachmentRecordBytes``, which the reader enforces) only by the base64 of
    /// its embedded files: otherwise it is refused with the reason `tooLong` gives for the
    /// ordinary limit.
    static func record(
        _ bytes: [UInt8], at location: RecordLocation,
        tooLong: (Int) -> KennisbankError.ImportReason = { .jsonRecordTooLong(limit: $0) }
    ) throws -> ImportRecord {
        // Anything past the ordinary limit must be embedded files: a record without "content" is refused unread.
        if bytes.count > ImportLimits.recordBytes, !Self.mayEmbedFiles(bytes) {
            throw location.failure(tooLong(ImportLimits.recordBytes))
        }
        var attachments: Any?
        let fields = try fields(bytes, at: location, attachments: &attachments)
        var record = try ImportRecord(fields: fields, location: location)
        if let attachments {
            guard case .entry = record.content else {
                throw location.failure(.unknownField("attachments", allowed: ImportRecord.municipalityFields))
            }
            record.attachments = try Self.attachments(attachments, at: location)
        }
        if bytes.count > ImportLimits.recordBytes {
            let embedded = record.attachments.reduce(0) { $0 + ImportLimits.base64Size($1.contents?.count ?? 0) }
            guard bytes.count - embedded <= ImportLimits.recordBytes else {
                throw location.failure(tooLong(ImportLimits.recordBytes))
            }
        }
        return record
    }

    /// Whether `bytes` hold the key `"content"`, which embedded files need (a cheap test before
    /// a long record is parsed).
    static func mayEmbedFiles(_ bytes: [UInt8]) -> Bool {
        let key = Array(#""content""#.utf8)
        guard bytes.count >= key.count else { return false }
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: key[0]) {
            if bytes[found...].starts(with: key) { return true }
            index = found + 1
            if index >= bytes.endIndex { break }
        }
        return false
    }

    /// The attachments of a record's `attachments` value.
    static func attachments(_ value: Any, at location: RecordLocation) throws -> [ImportedAttachment] {
        if value is NSNull { return [] }
        guard let items = value as? [Any] else {
            throw location.failure(.invalid(.attachment(.malformed(name: nil))))
        }
        return try items.map { item in
            guard let object = item as? [String: Any], let name = object["name"] as? String else {
                throw location.failure(.invalid(.attachment(.malformed(name: nil))))
            }
            var attachment = ImportedAttachment(name: name)
            if let size = object["size"] {
                guard let number = size as? NSNumber, let exact = Int(exactly: number.doubleValue) else {
                    throw location.failure(.invalid(.attachment(.malformed(name: name))))
                }
                attachment.size = exact
            }
            if let sha256 = object["sha256"] {
                guard let text = sha256 as? String else {
                    throw location.failure(.invalid(.attachment(.malformed(name: name))))
                }
                attachment.sha256 = text.lowercased()
            }
            if let content = object["content"], !(content is NSNull) {
                guard let text = content as? String, let data = Data(base64Encoded: text) else {
                    throw location.failure(.invalid(.attachment(.malformed(name: name))))
                }
                attachment.contents = data
            }
            return attachment
        }
    }

    /// The fields of the JSON object in `bytes`.
    static func fields(_ bytes: [UInt8], at location: RecordLocation) throws -> [String: FieldValue] {
        var attachments: Any?
        return try fields(bytes, at: location, attachments: &attachments)
    }

    /// The fields of the JSON object in `bytes`, its `attachments` value taken out into `attachments`.
    private static func fields(_ bytes: [UInt8], at location: RecordLocation, attachments: inout Any?) throws
        -> [String: FieldValue]
    {
        guard ByteInput.isValidUTF8(bytes) else {
            throw location.failure(.notUTF8(.jsonl))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(
                with: Data(escapingByteOrderMarks(bytes)), options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw location.failure(.invalidJSON(detail: detail.map { $0.trimmingCharacters(in: ["."]) }))
        }
        guard let dictionary = object as? [String: Any] else {
            throw location.failure(.notAJSONObject(shape(of: object)))
        }
        var fields: [String: FieldValue] = [:]
        for (key, value) in dictionary {
            if key == "attachments" {
                attachments = value
                continue
            }
            let name = FieldValue.key(key)
            fields[name] = name == RecordField.contacts.rawValue ? contactsValue(value) : fieldValue(value)
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
                escaped.reversed().prefix(while: { $0 == UInt8(ascii: "\\") }).count % 2 == 0
            {
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
                guard let text = item as? String else { return .other(.listHolding(shape(of: item))) }
                texts.append(text)
            }
            return .list(texts)
        default: return .other(shape(of: value))
        }
    }

    /// The `contacts` of an entry's JSON output — objects with a `name` and a `municipality` —
    /// as references `Name (Municipality)`; texts (names, UUIDs) as they are.
    static func contactsValue(_ value: Any) -> FieldValue {
        guard let items = value as? [Any] else { return fieldValue(value) }
        var references: [String] = []
        for item in items {
            if let text = item as? String {
                references.append(text)
            } else if let object = item as? [String: Any], let name = object["name"] as? String,
                let municipality = object["municipality"] as? String
            {
                references.append("\(name) (\(municipality))")
            } else {
                return .other(.listHolding(shape(of: item)))
            }
        }
        return .list(references)
    }

    /// What a JSON value is, for errors.
    static func shape(of value: Any) -> KennisbankError.ValueShape {
        switch value {
        case is NSNull: .null
        case is String: .text
        case is [Any]: .list
        case is [String: Any]: .object
        case let number as NSNumber: String(describing: type(of: number)).contains("Bool") ? .boolean : .number
        default: .other
        }
    }
}
