import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// An error as a person reads it, and as RFC 9457 problem details for the API: a status, a
/// stable machine `type`, a title and a detail from the catalog.
struct WebProblem: Error, Sendable {
    var status: HTTPResponse.Status
    /// The stable, English machine name of the problem (`not-found`, `bad-request`, …).
    var type: String
    var title: String
    var detail: String
    /// The field of a request body the problem is about, when it is about one (a 422).
    var field: String?
    /// Seconds after which the request may well succeed (`Retry-After`), for a busy database.
    var retryAfter: Int?

    init(status: HTTPResponse.Status, type: String, title: String, detail: String, retryAfter: Int? = nil) {
        self.status = status
        self.type = type
        self.title = title
        self.detail = detail
        self.retryAfter = retryAfter
    }

    /// The problem an error stands for, worded from `catalog`.
    init(_ error: any Error, catalog: Catalog) {
        switch error {
        case let problem as WebProblem:
            self = problem
        case let error as KennisbankError:
            self.init(error, catalog: catalog)
        case let error as any HTTPResponseError where error.status == .notFound:
            self.init(
                status: .notFound, type: "not-found", title: catalog.text("web.error.notFound.title"),
                detail: catalog.text("web.error.notFound.detail"))
        case let error as any HTTPResponseError where error.status.code < 500:
            self.init(
                status: error.status, type: "bad-request", title: catalog.text("web.error.request"),
                detail: catalog.text("web.error.badRequest"))
        default:
            self.init(
                status: .internalServerError, type: "internal", title: catalog.text("web.error.internal.title"),
                detail: catalog.text("web.error.internal.detail"))
        }
    }

    /// The problem as `application/problem+json`.
    func response(instance: String) -> Response {
        struct Body: Encodable {
            let type: String
            let title: String
            let status: Int
            let detail: String
            let instance: String
            let field: String?
        }
        let body = Body(
            type: "https://kennisbank.invalid/problems/" + type, title: title, status: status.code, detail: detail,
            instance: instance, field: field)
        let data = (try? KennisbankJSON.encoder().encode(body)) ?? Data()
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if status == .unauthorized {
            // RFC 9110: a 401 names the scheme that would be accepted (the API writes with tokens).
            headers[.wwwAuthenticate] = "Bearer realm=\"kennisbank\""
        }
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
