import Foundation
import NIOHTTP1

/// The page's session cookie, `cc_session`: the API's session token, kept where the page's scripts
/// cannot read it (HttpOnly), sent only with this site's own requests (SameSite=Strict), and over
/// TLS only (Secure) when the page is served over TLS.
///
/// The token is never put in a URL or in a JSON answer: the cookie is its only way to the browser.
struct SessionCookie: Sendable {
    static let name = "cc_session"

    /// The session token the request carries, or nil.
    static func token(in headers: HTTPHeaders) -> String? {
        for header in headers["Cookie"] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name else { continue }
                let value = parts[1].trimmingCharacters(in: .whitespaces)
                if !value.isEmpty { return value }
            }
        }
        return nil
    }

    /// The `Set-Cookie` value that keeps `token` until `expiresAtMs` (Unix milliseconds; 0 = until
    /// the browser closes), as seen at `nowMs`; nil for a token a cookie cannot carry.
    static func set(_ token: String, expiresAtMs: Int64, secure: Bool,
                    nowMs: Int64 = Int64(Date().timeIntervalSince1970 * 1000)) -> String? {
        guard !token.isEmpty, token.utf8.allSatisfy(Self.isCookieOctet) else { return nil }
        var attributes = ["\(name)=\(token)", "Path=/", "HttpOnly", "SameSite=Strict"]
        if expiresAtMs > 0 { attributes.append("Max-Age=\(max(0, (expiresAtMs - nowMs) / 1000))") }
        if secure { attributes.append("Secure") }
        return attributes.joined(separator: "; ")
    }

    /// The `Set-Cookie` value that removes the cookie.
    static func clear(secure: Bool) -> String {
        "\(name)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + (secure ? "; Secure" : "")
    }

    /// RFC 6265's cookie-octet: printable ASCII but for space, `"`, `,`, `;` and `\`.
    static func isCookieOctet(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7f && byte != 0x22 && byte != 0x2c && byte != 0x3b && byte != 0x5c
    }
}
