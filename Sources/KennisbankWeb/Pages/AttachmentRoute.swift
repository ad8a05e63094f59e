import Foundation
import HTTPTypes
import Hummingbird
import Kennisbank

/// An entry's attachment as a download: `/kennis/{uuid}/bijlagen/{name}` (issue 16).
///
/// The bytes come with the stored media type, `Content-Disposition: attachment` (never shown in
/// the page) with the name made safe — an ASCII `filename` and the UTF-8 `filename*` — and the
/// site's own headers (`nosniff`, a strict Content-Security-Policy).
struct AttachmentRoute {
    let knowledgeBase: KnowledgeBase

    func register(on router: Router<WebContext>) {
        router.get("/kennis/:uuid/bijlagen/:name") { _, context -> Response in
            let id = try context.entryID(in: knowledgeBase)
            let name = context.pathParameter("name")
            let (attachment, contents) = try await offLoop { [knowledgeBase] in
                try knowledgeBase.attachment(name, of: id)
            }
            var headers = HTTPFields()
            headers[.contentType] = attachment.mediaType
            headers[.contentDisposition] = Self.disposition(attachment.name)
            headers[.contentLength] = String(contents.count)
            headers[.cacheControl] = "private, no-cache"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(data: contents)))
        }
    }

    /// `attachment; filename="…"; filename*=UTF-8''…`: the name made safe
    /// (``AttachmentName/clean(_:)``), in ASCII with `_` for the rest, and percent-encoded UTF-8.
    static func disposition(_ name: String) -> String {
        let safe = AttachmentName.clean(name) ?? "attachment"
        let ascii = String(
            safe.unicodeScalars.map { scalar -> Character in
                scalar.isASCII && scalar.value >= 0x20 && scalar != "\"" && scalar != "\\" && scalar != "%"
                    ? Character(scalar) : "_"
            })
        var allowed = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "!#$&+-.^_`|~")
        let encoded = safe.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }

    /// The path of an attachment's download.
    static func path(_ uuid: UUID, name: String) -> String {
        PagePaths.entry(uuid) + "/bijlagen/" + PagePaths.segment(name)
    }
}
