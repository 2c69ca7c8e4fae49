import Foundation
public import TLS

/// A certificate authority of a test's own, made with openssl, and certificates it signs: the
/// fleet's CA and hosts' identities as an operator would make them (docs/OPERATIONS.md).
public struct TestPKI: Sendable {
    public let dir: String
    public let name: String

    /// Makes the CA `name` in `dir`.
    public init(dir: String, name: String = "ca") async throws {
        self.dir = dir
        self.name = name
        try await Self.openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                                "-keyout", "\(dir)/\(name).key", "-out", "\(dir)/\(name).pem", "-days", "2",
                                "-subj", "/CN=clonecode test \(name)"])
    }

    public var caFile: String { "\(dir)/\(name).pem" }

    /// Signs a certificate for `host`, valid for the given addresses and names, for servers and clients.
    public func issue(_ host: String, addresses: [String] = ["127.0.0.1"], names: [String] = ["localhost"]) async throws -> TLSFiles {
        let key = "\(dir)/\(host).key", csr = "\(dir)/\(host).csr", pem = "\(dir)/\(host).pem", ext = "\(dir)/\(host).ext"
        let alternatives = (addresses.map { "IP:\($0)" } + names.map { "DNS:\($0)" }).joined(separator: ",")
        try "subjectAltName=\(alternatives)\nextendedKeyUsage=serverAuth,clientAuth\nbasicConstraints=CA:FALSE\n"
            .write(toFile: ext, atomically: true, encoding: .utf8)
        try await Self.openssl(["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key,
                                "-out", csr, "-subj", "/CN=\(host)"])
        try await Self.openssl(["x509", "-req", "-in", csr, "-CA", caFile, "-CAkey", "\(dir)/\(name).key", "-CAcreateserial",
                                "-out", pem, "-days", "2", "-extfile", ext])
        chmod(key, 0o600)
        return TLSFiles(caFile: caFile, certificateFile: pem, keyFile: key)
    }

    /// Writes a secret file readable by its owner only; returns its path.
    public static func secret(_ value: String, at path: String) throws -> String {
        try "\(value)\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o600)
        return path
    }

    private static func openssl(_ arguments: [String]) async throws {
        let result = try await Subprocess.run("/usr/bin/openssl", arguments)
        guard result.status == 0 else { throw TestFailure("openssl \(arguments.first ?? ""): \(result.errorText)") }
    }
}
