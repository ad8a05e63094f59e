import Foundation
import NIOCore

/// The fields of a `multipart/form-data` body (RFC 7578), as the import form sends it: text
/// fields and one file.
///
/// Hummingbird reads no multipart bodies. This small reader does what the one form needs — the
/// body is already in memory, its size limited — rather than add `multipart-kit` and its
/// dependencies for two fields and a file.
struct MultipartForm {
    /// One field: its name, the file name a file field gives, and its bytes.
    struct Part {
        var name: String
        var fileName: String?
        var bytes: [UInt8]
    }

    let parts: [Part]

    /// The form in `body`; nil when `contentType` is not `multipart/form-data` with a boundary, or
    /// the body does not follow it.
    init?(contentType: String?, body: ByteBuffer) {
        guard let contentType, let boundary = Self.boundary(contentType) else { return nil }
        guard let parts = Self.parts(Array(body.readableBytesView), boundary: boundary) else { return nil }
        self.parts = parts
    }

    /// The text of field `name`, if it has one.
    func text(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// The file of field `name`, if one was chosen.
    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && !($0.fileName ?? "").isEmpty }
    }

    /// The boundary parameter of a `multipart/form-data` content type.
    static func boundary(_ contentType: String) -> String? {
        let parameters = Self.parameters(contentType)
        guard parameters.first?.value.lowercased() == "multipart/form-data",
            let boundary = parameters.first(where: { $0.key == "boundary" })?.value, !boundary.isEmpty,
            boundary.utf8.count <= 70
        else { return nil }
        return boundary
    }

    private static func parts(_ bytes: [UInt8], boundary: String) -> [Part]? {
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        let headerEnd = Array("\r\n\r\n".utf8)
        guard var position = bytes.firstRange(of: delimiter)?.upperBound else { return nil }
        var parts: [Part] = []
        while true {
            guard position + 2 <= bytes.count else { return nil }
            if bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == UInt8(ascii: "-") { return parts }
            guard bytes[position] == UInt8(ascii: "\r"), bytes[position + 1] == UInt8(ascii: "\n") else { return nil }
            let headerStart = position + 2
            guard let headers = bytes[headerStart...].firstRange(of: headerEnd),
                let next = bytes[headers.upperBound...].firstRange(of: separator)
            else { return nil }
            let headerText = String(decoding: bytes[headerStart..<headers.lowerBound], as: UTF8.self)
            if let part = Self.part(headers: headerText, bytes: Array(bytes[headers.upperBound..<next.lowerBound])) {
                parts.append(part)
            }
            position = next.upperBound
        }
    }

    /// The part its headers describe; nil for one without a `Content-Disposition` name.
    private static func part(headers: String, bytes: [UInt8]) -> Part? {
        for line in headers.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":"),
                line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition"
            else { continue }
            let parameters = Self.parameters(String(line[line.index(after: colon)...]))
            guard parameters.first?.value.lowercased() == "form-data",
                let name = parameters.first(where: { $0.key == "name" })?.value
            else { return nil }
            return Part(name: name, fileName: parameters.first { $0.key == "filename" }?.value, bytes: bytes)
        }
        return nil
    }

    /// A header value and its parameters, in order: the value itself first (key ""), then each
    /// `key=value` or `key="quoted value"`, keys lower-cased. A `;` inside quotes is kept.
    static func parameters(_ header: String) -> [(key: String, value: String)] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in header {
            if escaped {
                current.append(character)
                escaped = false
            } else if quoted, character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
                current.append(character)
            } else if character == ";", !quoted {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields.enumerated().map { index, field in
            let field = field.trimmingCharacters(in: .whitespaces)
            guard index > 0, let equals = field.firstIndex(of: "=") else { return ("", field) }
            var value = field[field.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            return (field[..<equals].trimmingCharacters(in: .whitespaces).lowercased(), value)
        }
    }
}
