import Hummingbird

/// The site's style sheet and its few static files from `Web/static/`, embedded at build time:
/// `/static/site.css`.
struct StaticFiles {
    func register(on router: Router<WebContext>) {
        router.get("/static/:name") { _, context -> Response in
            let name = try context.parameters.require("name")
            guard let text = EmbeddedFiles.contents["Web/static/" + name] else { throw HTTPError(.notFound) }
            let type = name.hasSuffix(".css") ? "text/css; charset=utf-8" : "application/octet-stream"
            return Response(
                status: .ok,
                headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: text))
            )
        }
    }
}
