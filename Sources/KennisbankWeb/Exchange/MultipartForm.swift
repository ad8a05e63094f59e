import Foundation
import NIOCore

/// The fields of a `multipart/form-data` body (RFC 7578), as the import and attachment forms
/// send it: text fields and one file.
///
/// Hummingbird reads no multipart bodies. The body is read here as RFC 2046 describes it: the
/// parts lie between delimiters (CRLF, `--` and the boundary), which the sender chose so that no
/// part holds one; so a file may hold line breaks and dashes that only look like a boundary. Each
/// delimiter is found with Foundation's `Data.range(of:in:)`, so that a 25 MiB file is read in a
/// moment even in a debug build (multipart-kit's byte-by-byte `MultipartParser` took 14 seconds
/// for one there). A form counts only when its closing delimiter (`--boundary--`) is there: a body
/// cut short is no form. ``parameters(_:)`` reads a `Content-Disposition` header's quoted
/// parameters (`filename` included).
struct MultipartForm {
    /// One field: its name, the file name a file field gives, and its bytes.
    struct Part {
        var name: String
        var fileName: String?
        var bytes: [UInt8]
    }

    let parts: [Part]

    /// The form in `body`; nil when `contentType` is not `multipart/form-data` with a boundary, or
    /// the body does not follow it: a part or the closing delimiter is missing, or it has no part.
    init?(contentType: String?, body: ByteBuffer) {
        guard let contentType, let boundary = Self.boundary(contentType) else { return nil }
        let data = body.withUnsafeReadableBytes { Data($0) }
        guard let parts = Self.parts(of: data, boundary: boundary), !parts.isEmpty else { return nil }
        self.parts = parts
    }

    private static let crlf = Data("\r\n".utf8)
    private static let dashes = Data("--".utf8)

    /// The parts of `data` with their `Content-Disposition` name, in order; nil when it does not
    /// follow `boundary` to its closing delimiter. A preamble before the first boundary and an
    /// epilogue after the closing one are ignored, as is transport padding after a boundary.
    private static func parts(of data: Data, boundary: String) -> [Part]? {
        let dashBoundary = dashes + Data(boundary.utf8)
        let delimiter = crlf + dashBoundary
        var position: Data.Index
        if data.starts(with: dashBoundary) {
            position = data.startIndex + dashBoundary.count
        } else if let first = data.range(of: delimiter) {
            position = first.upperBound
        } else {
            return nil
        }
        var parts: [Part] = []
        while true {
            // After a boundary: `--` closes the body; otherwise padding and a CRLF open a part.
            if data[position...].starts(with: dashes) { return parts }
            while position < data.endIndex, data[position] == UInt8(ascii: " ") || data[position] == UInt8(ascii: "\t")
            {
                position += 1
            }
            guard data[position...].starts(with: crlf) else { return nil }
            position += crlf.count
            var headers: [(name: String, value: String)] = []
            while !data[position...].starts(with: crlf) {
                guard let end = data.range(of: crlf, in: position..<data.endIndex),
                    let header = header(data[position..<end.lowerBound])
                else { return nil }
                headers.append(header)
                position = end.upperBound
            }
            position += crlf.count
            guard let end = data.range(of: delimiter, in: position..<data.endIndex) else { return nil }
            if let part = part(headers: headers, bytes: [UInt8](data[position..<end.lowerBound])) {
                parts.append(part)
            }
            position = end.upperBound
        }
    }

    /// A header line, `Name: value`; nil when its name is empty or holds what no header name may.
    private static func header(_ line: Data) -> (name: String, value: String)? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else { return nil }
        let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
        guard name.unicodeScalars.allSatisfy(Self.tokenCharacters.contains) else { return nil }
        let value = String(decoding: line[line.index(after: colon)...], as: UTF8.self)
        return (name, value.trimmingCharacters(in: .whitespaces))
    }

    /// RFC 9110's `tchar`, the characters of a header name.
    private static let tokenCharacters = CharacterSet(
        charactersIn: "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    /// The text of field `name`, if it has one.
    func text(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// The file of field `name`, if one was chosen.
    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && !($0.fileName ?? "").isEmpty }
    }

    /// The boundary parameter of a `multipart/form-data` content type: 1 to 70 characters of
    /// those RFC 2046 allows (which holds no NUL, CR or LF).
    static func boundary(_ contentType: String) -> String? {
        let parameters = Self.parameters(contentType)
        guard parameters.first?.value.lowercased() == "multipart/form-data",
            let boundary = parameters.first(where: { $0.key == "boundary" })?.value, !boundary.isEmpty,
            boundary.utf8.count <= 70, boundary.unicodeScalars.allSatisfy(Self.boundaryCharacters.contains)
        else { return nil }
        return boundary
    }

    /// RFC 2046's `bchars`.
    private static let boundaryCharacters = CharacterSet(
        charactersIn: "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=? ")

    /// The part its headers describe; nil for one without a `Content-Disposition` name.
    private static func part(headers: [(name: String, value: String)], bytes: [UInt8]) -> Part? {
        guard let disposition = headers.first(where: { $0.name.lowercased() == "content-disposition" }) else {
            return nil
        }
        let parameters = Self.parameters(disposition.value)
        guard parameters.first?.value.lowercased() == "form-data",
            let name = parameters.first(where: { $0.key == "name" })?.value
        else { return nil }
        return Part(name: name, fileName: parameters.first { $0.key == "filename" }?.value, bytes: bytes)
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
