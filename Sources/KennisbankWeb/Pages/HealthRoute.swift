import Hummingbird
import Kennisbank

/// `GET /healthz`: 200 when the knowledge base's file can be read, 503 when not.
struct HealthRoute {
    let knowledgeBase: KnowledgeBase

    func register(on router: Router<WebContext>) {
        router.get("/healthz") { _, _ -> Response in
            let readable = (try? knowledgeBase.count()) != nil
            return Response(
                status: readable ? .ok : .serviceUnavailable,
                headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: readable ? "ok\n" : "unavailable\n"))
            )
        }
    }
}
