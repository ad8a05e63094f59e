import Foundation
import Kennisbank

/// The Dutch URLs of the reading pages, built in one place: every name that goes into a path is
/// percent-encoded as one segment (a `/`, `?` or `#` in a topic stays inside it).
enum PagePaths {
    /// `/kennis/{uuid}`.
    static func entry(_ uuid: UUID) -> String { "/kennis/" + uuid.uuidString.lowercased() }

    /// `/kennis/{uuid}/geschiedenis`.
    static func history(_ uuid: UUID) -> String { entry(uuid) + "/geschiedenis" }

    /// `/gemeenten/{code}`, or the name for a municipality without a CBS code.
    static func municipality(name: String, code: String?) -> String {
        "/gemeenten/" + segment(code ?? name)
    }

    /// `/onderwerpen/{topic}`.
    static func topic(_ label: String) -> String { "/onderwerpen/" + segment(label) }

    /// `text` as one path segment.
    static func segment(_ text: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#;%")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// A path parameter as the person typed it (Hummingbird leaves it percent-encoded); nil when
    /// its encoding is broken.
    static func decoded(_ parameter: String) -> String? {
        parameter.removingPercentEncoding
    }
}

extension PagePaths {
    /// `text` as a query string value.
    static func query(_ text: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+#?;/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// A query string of `parameters` in order (`?a=1&b=2`), empty values left out.
    static func queryString(_ parameters: [(String, String)]) -> String {
        let parts = parameters.filter { !$0.1.isEmpty }.map { query($0.0) + "=" + query($0.1) }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }
}
