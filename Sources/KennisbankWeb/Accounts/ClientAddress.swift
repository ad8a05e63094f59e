import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import KennisbankFrontEnd

/// Where a request came from, for counting failed sign-ins: the proxy's `X-Forwarded-For`
/// (its first address) when the server is told it sits behind one, else the connection's peer.
enum ClientAddress {
    static func of(_ request: Request, context: WebContext, behindProxy: Bool) -> String {
        if behindProxy,
            let forwarded = request.headers[.xForwardedFor]?.split(separator: ",").first?
                .trimmingCharacters(in: .whitespaces), !forwarded.isEmpty
        {
            return forwarded
        }
        return context.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Whether the request came over TLS: directly (an `https` scheme), or, behind a proxy,
    /// as its `X-Forwarded-Proto: https` says.
    static func isSecure(_ request: Request, behindProxy: Bool) -> Bool {
        if request.head.scheme?.lowercased() == "https" { return true }
        guard behindProxy, let proto = request.headers[.xForwardedProto] else { return false }
        return proto.split(separator: ",").first?.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }
}

extension HTTPField.Name {
    static var xForwardedFor: Self { .init("X-Forwarded-For")! }
    static var xForwardedProto: Self { .init("X-Forwarded-Proto")! }
}
