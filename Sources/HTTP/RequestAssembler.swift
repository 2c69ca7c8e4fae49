public import NIOHTTP1

/// Gathers the parts of one request after another on a connection: its head, its body up to a
/// limit, and its end. A body over the limit is dropped and the request marked too large.
///
/// Not thread-safe: one per connection.
package struct RequestAssembler {
    let maxBody: Int
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var tooLarge = false

    package init(maxBody: Int) { self.maxBody = maxBody }

    /// Takes the next part; at a request's end, returns the whole request.
    package mutating func take(_ part: HTTPServerRequestPart) -> (head: HTTPRequestHead, body: [UInt8], tooLarge: Bool)? {
        switch part {
        case .head(let h):
            head = h
            body = []
            tooLarge = false
        case .body(var buffer):
            if tooLarge || body.count + buffer.readableBytes > maxBody {
                tooLarge = true
                body = []
            } else {
                body += buffer.readBytes(length: buffer.readableBytes) ?? []
            }
        case .end:
            guard let h = head else { return nil }
            head = nil
            return (h, body, tooLarge)
        }
        return nil
    }
}
