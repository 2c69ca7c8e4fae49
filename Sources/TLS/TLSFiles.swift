public import NIOSSL

/// One host's TLS identity in the fleet: the fleet's CA (to check peers) and, where this side must
/// prove who it is, a certificate and its key.
///
/// Every TCP link of the fleet (clients and workers to the API, the API and workers to Redis) is
/// checked both ways with the same CA: servers present a certificate for their host name or address,
/// clients present one when the server asks (`verify-clients`). Values only: contexts are made
/// when a listener or connection needs one.
public struct TLSFiles: Sendable, Equatable {
    /// PEM certificates of the CA that signs the fleet's certificates.
    public var caFile: String
    /// This side's PEM certificate chain, or nil for a client that proves itself otherwise (a token).
    public var certificateFile: String?
    /// The key of `certificateFile`.
    public var keyFile: String?

    public init(caFile: String, certificateFile: String? = nil, keyFile: String? = nil) {
        self.caFile = caFile
        self.certificateFile = certificateFile
        self.keyFile = keyFile
    }

    /// A context for a TCP listener: presents this host's certificate; with `verifyClients`, a client
    /// without a certificate signed by the CA is refused during the handshake.
    public func serverContext(verifyClients: Bool) throws -> NIOSSLContext {
        guard let certificateFile, let keyFile else {
            throw TLSError("a TLS listener needs tls-cert-file and tls-key-file")
        }
        let chain = try load(certificateFile) { try NIOSSLCertificate.fromPEMFile($0) }.map { NIOSSLCertificateSource.certificate($0) }
        let key = try load(keyFile) { try NIOSSLPrivateKey(file: $0, format: .pem) }
        var configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key))
        configuration.minimumTLSVersion = .tlsv12
        if verifyClients {
            configuration.certificateVerification = .noHostnameVerification
            configuration.trustRoots = .certificates(try load(caFile) { try NIOSSLCertificate.fromPEMFile($0) })
        }
        return try NIOSSLContext(configuration: configuration)
    }

    /// A context for connecting: the server's certificate must be signed by the CA and name the host
    /// dialled; this side's certificate is presented when it has one.
    public func clientContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        configuration.certificateVerification = .fullVerification
        configuration.trustRoots = .certificates(try load(caFile) { try NIOSSLCertificate.fromPEMFile($0) })
        if let certificateFile, let keyFile {
            configuration.certificateChain = try load(certificateFile) { try NIOSSLCertificate.fromPEMFile($0) }
                .map { .certificate($0) }
            configuration.privateKey = .privateKey(try load(keyFile) { try NIOSSLPrivateKey(file: $0, format: .pem) })
        }
        return try NIOSSLContext(configuration: configuration)
    }

    /// The name to send in SNI and check the certificate against; nil for an address literal, which
    /// NIOSSL then checks against the certificate's IP addresses.
    public static func serverHostname(_ host: String) -> String? {
        host.allSatisfy { $0.isNumber || $0 == "." } || host.contains(":") ? nil : host
    }

    private func load<T>(_ path: String, _ body: (String) throws -> T) throws -> T {
        do { return try body(path) } catch { throw TLSError("cannot load \(path): \(error)") }
    }
}

/// TLS files that cannot be used.
public struct TLSError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension TLSFiles {
    /// The files a daemon's settings name, or nil when it names none: a certificate needs its key,
    /// and either needs the CA.
    public static func configured(ca: String?, certificate: String?, key: String?) throws -> TLSFiles? {
        if ca == nil, certificate == nil, key == nil { return nil }
        guard let ca else { throw TLSError("tls-cert-file and tls-key-file need tls-ca-file, the fleet's CA") }
        guard (certificate == nil) == (key == nil) else { throw TLSError("tls-cert-file and tls-key-file go together") }
        return TLSFiles(caFile: ca, certificateFile: certificate, keyFile: key)
    }
}
