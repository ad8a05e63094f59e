import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd
import NIOCore

/// The attachment forms of an entry's page, for an account that may change the entry (issue 16):
/// `POST /kennis/{uuid}/bijlagen` attaches the one file of a `multipart/form-data` form,
/// `POST /kennis/{uuid}/bijlagen/ontkoppelen` detaches the file `name` (kept until the trash is
/// emptied) and `POST /kennis/{uuid}/bijlagen/terugzetten` attaches the most recently detached
/// file `name` again. Each carries the CSRF token; each answers with a redirect (303) to the entry
/// page, or that page with the library's one-line reason above the form and nothing stored.
struct AttachmentPages {
    let knowledgeBase: KnowledgeBase
    let entryPages: EntryPages

    /// The most an upload form's body may hold: one file of ``Attachment/maximumSize`` and what
    /// the form adds around it (the boundaries, the part headers with the file name, the CSRF
    /// token), which is far less than 8 KiB.
    static let uploadLimit = Attachment.maximumSize + (8 << 10)

    /// Whether `path` is an upload form's (`/kennis/{uuid}/bijlagen`), whose body may be
    /// ``uploadLimit`` long.
    static func isUpload(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0].isEmpty && parts[1] == "kennis" && parts[3] == "bijlagen"
            && UUID(uuidString: String(parts[2])) != nil
    }

    func register(on router: Router<WebContext>) {
        router.post("/kennis/:uuid/bijlagen") { request, context -> Response in
            let (account, entry) = try mayChange(context)
            var request = request
            let body = try await Self.collect(&request, context: context)
            guard
                let form = context.multipartForm
                    ?? MultipartForm(contentType: request.headers[.contentType], body: body),
                let file = form.file("file")
            else {
                return try refused(
                    entry, context.catalog.text("web.attachments.error.noFile"), status: .unprocessableContent,
                    context: context)
            }
            do {
                try await offLoop { [knowledgeBase] in
                    try knowledgeBase.attach(
                        [AttachmentFile(name: file.fileName ?? "", contents: Data(file.bytes))], to: entry.id,
                        by: account.author)
                }
            } catch let error as KennisbankError where WebProblem(error, catalog: context.catalog).status.code < 500 {
                return try refused(entry, error, context: context)
            }
            return EntryFormPages.redirect(to: PagePaths.entry(entry.uuid) + "#bijlagen")
        }
        router.post("/kennis/:uuid/bijlagen/ontkoppelen") { request, context -> Response in
            let (account, entry) = try mayChange(context)
            var request = request
            let name = FormFields(try await request.collectBody(upTo: context.maxUploadSize))["name"] ?? ""
            do {
                try await offLoop { [knowledgeBase] in
                    try knowledgeBase.detach([name], from: entry.id, by: account.author)
                }
            } catch let error as KennisbankError where WebProblem(error, catalog: context.catalog).status.code < 500 {
                return try refused(entry, error, context: context)
            }
            return EntryFormPages.redirect(to: PagePaths.entry(entry.uuid) + "#bijlagen")
        }
        router.post("/kennis/:uuid/bijlagen/terugzetten") { request, context -> Response in
            let (account, entry) = try mayChange(context)
            var request = request
            let name = FormFields(try await request.collectBody(upTo: context.maxUploadSize))["name"] ?? ""
            do {
                try await offLoop { [knowledgeBase] in
                    try knowledgeBase.reattach(name, to: entry.id, by: account.author)
                }
            } catch let error as KennisbankError where WebProblem(error, catalog: context.catalog).status.code < 500 {
                return try refused(entry, error, context: context)
            }
            return EntryFormPages.redirect(to: PagePaths.entry(entry.uuid) + "#bijlagen")
        }
    }

    /// The signed-in account and the entry of the path, which it must be allowed to change.
    func mayChange(_ context: WebContext) throws -> (Account, Entry) {
        let account = try EntryFormPages.signedIn(context)
        let entry = try knowledgeBase.entry(try context.entryID(in: knowledgeBase))
        guard account.may(.change, entry: entry) else { throw EntryFormPages.forbidden(account, context.catalog) }
        return (account, entry)
    }

    /// The body of an upload form, at most ``uploadLimit`` bytes; a longer one is refused (413)
    /// with the reason in one line, before it is read to its end.
    static func collect(_ request: inout Request, context: WebContext) async throws -> ByteBuffer {
        do {
            return try await request.collectBody(upTo: uploadLimit)
        } catch is NIOTooManyBytesError {
            throw WebProblem(
                status: .contentTooLarge, type: "content-too-large",
                title: context.catalog.text("web.attachments.error.title"),
                detail: tooLargeMessage(context.catalog))
        }
    }

    /// Why a body over ``uploadLimit`` is refused: the file is over the library's limit.
    static func tooLargeMessage(_ catalog: Catalog) -> String {
        catalog.text("web.attachments.error.bodyTooLarge")
    }

    /// The entry page with the library's reason for `error` above the attachment form.
    func refused(_ entry: Entry, _ error: KennisbankError, context: WebContext) throws -> Response {
        try refused(
            entry, error.message(context.catalog), status: WebProblem(error, catalog: context.catalog).status,
            context: context)
    }

    /// The entry page with `message` (its first line) above the attachment form, with `status`.
    func refused(_ entry: Entry, _ message: String, status: HTTPResponse.Status, context: WebContext) throws
        -> Response
    {
        let line = message.split(separator: "\n").first.map(String.init) ?? message
        return try entryPages.page(entry, context: context, extra: ["attachmentError": line], status: status)
    }
}
