import Foundation
import MultipartKit
import NIOCore

/// The fields of a `multipart/form-data` body (RFC 7578), as the import and attachment forms
/// send it: text fields and one file.
///
/// Hummingbird reads no multipart bodies; multipart-kit's `MultipartParser` finds the parts, their
/// headers and their bytes (a file may hold line breaks and dashes that only look like a
/// boundary). Two things it leaves to its caller are done here. It reports no truncated body: a
/// form counts only when the parser ends after the closing delimiter (see ``isClosed(_:)``).
/// And its `MultipartPart.name` splits a `Content-Disposition` header at every `;` and reads no
/// `filename`, so ``parameters(_:)`` reads that one header's quoted parameters.
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
        let parser = MultipartParser(boundary: boundary)
        var headers: [(name: String, value: String)] = []
        var bytes: [UInt8] = []
        var parts: [Part] = []
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { buffer in bytes += buffer.readableBytesView }
        parser.onPartComplete = {
            if let part = Self.part(headers: headers, bytes: bytes) { parts.append(part) }
            headers = []
            bytes = []
        }
        do {
            try parser.execute(body)
        } catch {
            return nil
        }
        guard !parts.isEmpty, Self.isClosed(parser) else { return nil }
        self.parts = parts
    }

    /// Whether `parser` has read the closing delimiter (`--boundary--`), so that it ignores
    /// whatever follows. `MultipartParser` keeps its state to itself; this feeds it three more
    /// bytes, a NUL and CRLF, which in any other state it reports (as body bytes, a header or a
    /// finished part) or refuses as a syntax error. Its callbacks are replaced first.
    private static func isClosed(_ parser: MultipartParser) -> Bool {
        var reported = false
        parser.onHeader = { _, _ in reported = true }
        parser.onBody = { _ in reported = true }
        parser.onPartComplete = { reported = true }
        let probe: [UInt8] = [0, UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        do {
            try parser.execute(probe)
        } catch {
            return false
        }
        return !reported
    }

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
