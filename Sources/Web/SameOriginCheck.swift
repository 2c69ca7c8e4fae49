import NIOHTTP1

/// The gateway's guard against cross-site requests: a POST is taken only when it is JSON (which a
/// plain HTML form cannot send) and, when the browser says where it comes from, from the page's own
/// origin. The session cookie is SameSite=Strict as well; this check does not rely on it.
struct SameOriginCheck: Sendable {
    /// True when the page is served over TLS whatever the request says (clonecode-web's
    /// `cookie-secure`); otherwise a TLS proxy's `X-Forwarded-Proto: https` says so.
    var tls: Bool

    /// The page's scheme for `headers`: https behind a TLS proxy, else http.
    func scheme(_ headers: HTTPHeaders) -> String {
        tls || headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https" ? "https" : "http"
    }

    /// Why a POST with `headers` is refused, or nil when it is taken.
    func refusal(_ headers: HTTPHeaders) -> String? {
        let type = headers.first(name: "Content-Type")?.split(separator: ";").first?
            .trimmingCharacters(in: .whitespaces).lowercased()
        guard type == "application/json" else { return "the body must be application/json" }
        if let origin = headers.first(name: "Origin") {
            guard let host = headers.first(name: "Host"), origin.lowercased() == "\(scheme(headers))://\(host)".lowercased() else {
                return "the request comes from another origin"
            }
        }
        if let site = headers.first(name: "Sec-Fetch-Site"), !["same-origin", "none"].contains(site.lowercased()) {
            return "the request comes from another site"
        }
        return nil
    }
}
