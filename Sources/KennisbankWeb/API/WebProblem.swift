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
    /// Seconds after which to try again (`Retry-After`), for a server that is busy.
    var retryAfter: Int?

    init(status: HTTPResponse.Status, type: String, title: String, detail: String, retryAfter: Int? = nil) {
        self.status = status
        self.type = type
        self.title = title
        self.detail = detail
        self.retryAfter = retryAfter
    }

    /// How long a client is asked to wait when a write could not get in (`Retry-After`).
    static let busyRetrySeconds = 30

    /// The problem an error stands for, worded from `catalog`.
    init(_ error: any Error, catalog: Catalog) {
        switch error {
        case let problem as WebProblem:
            self = problem
        case KennisbankError.cannotOpen(_, problem: .busy):
            // A write waited its time for another kb (a long import) and did not get in.
            self.init(
                status: .serviceUnavailable, type: "busy", title: catalog.text("web.busy.title"),
                detail: catalog.text("web.busy.detail"), retryAfter: Self.busyRetrySeconds)
        case let error as KennisbankError:
            self.init(
                status: Self.status(of: error), type: Self.type(of: error), title: catalog.text("web.error.request"),
                detail: error.message(catalog))
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

    /// The HTTP status of a library error: what cannot be found is 404, a conflict 409, the
    /// rest a request the server cannot carry out.
    static func status(of error: KennisbankError) -> HTTPResponse.Status {
        switch error {
        case .unknownEntry, .unknownMunicipality, .unknownTopic: .notFound
        default: .unprocessableContent
        }
    }

    static func type(of error: KennisbankError) -> String {
        switch status(of: error) {
        case .notFound: "not-found"
        default: "invalid-request"
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
        }
        let body = Body(
            type: "https://kennisbank.invalid/problems/" + type, title: title, status: status.code, detail: detail,
            instance: instance)
        let data = (try? KennisbankJSON.encoder().encode(body)) ?? Data()
        var headers: HTTPFields = [.contentType: "application/problem+json"]
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
