// Test helpers: a real HTTP client (URLSession) and a minimal WebSocket client over a plain socket.

import Foundation
import TestSupport
import WebClient
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

struct HTTPResult {
    var status: Int
    var headers: [String: String]
    var body: String
}

/// One request with URLSession; redirects are not followed so that 301s can be checked.
func fetch(_ url: String, method: String = "GET", headers: [String: String] = [:]) async throws -> HTTPResult {
    var request = URLRequest(url: URL(string: url)!)
    request.httpMethod = method
    for (key, value) in headers { request.setValue(value, forHTTPHeaderField: key) }
    let session = URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
    defer { session.finishTasksAndInvalidate() }
    let (data, response) = try await session.data(for: request, deadline: .seconds(60))
    let http = response as! HTTPURLResponse
    var fields: [String: String] = [:]
    for (key, value) in http.allHeaderFields { fields[String(describing: key).lowercased()] = String(describing: value) }
    return HTTPResult(status: http.statusCode, headers: fields, body: String(decoding: data, as: UTF8.self))
}

final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}

/// A TCP connection to 127.0.0.1:port.
func connectLoopback(port: UInt16) throws -> Int32 {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    guard connected == 0 else {
        close(fd)
        throw URLError(.cannotConnectToHost)
    }
    return fd
}

/// A raw request line (for paths URLSession would normalise, like `/../`), returning the status code.
/// The blocking socket calls run off the cooperative pool, which the server under test needs.
func rawStatus(port: UInt16, path: String) async throws -> Int {
    try await offPool { try rawStatusBlocking(port: port, path: path) }
}

private func rawStatusBlocking(port: UInt16, path: String) throws -> Int {
    let fd = try connectLoopback(port: port)
    defer { close(fd) }
    let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    _ = request.withCString { send(fd, $0, strlen($0), 0) }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = recv(fd, &buffer, buffer.count, 0)
    let text = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
    return Int(text.split(separator: " ").dropFirst().first ?? "0") ?? 0
}

/// A WebSocket client good enough to read the server's text messages.
final class SocketClient: @unchecked Sendable {
    private let fd: Int32
    private var pending: [UInt8] = []

    /// Connects and completes the handshake, off the cooperative pool (see `offPool`).
    static func open(port: UInt16, path: String) async throws -> SocketClient {
        try await offPool { try SocketClient(port: port, path: path) }
    }

    private init(port: UInt16, path: String) throws {
        fd = try connectLoopback(port: port)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let handshake = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        _ = handshake.withCString { send(fd, $0, strlen($0), 0) }
        while !pending.containsSubsequence(Array("\r\n\r\n".utf8)) { try fill() }
        let end = pending.firstRange(of: Array("\r\n\r\n".utf8))!.upperBound
        pending.removeFirst(end)
    }

    deinit { close(fd) }

    private func fill() throws {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(fd, &buffer, buffer.count, 0)
        guard count > 0 else { throw URLError(.timedOut) }
        pending += buffer.prefix(count)
    }

    /// The next text frame from the server, waited for off the cooperative pool.
    func nextText() async throws -> String {
        try await offPool { try self.nextTextBlocking() }
    }

    /// The next text frame from the server (servers do not mask).
    private func nextTextBlocking() throws -> String {
        while true {
            while pending.count < 2 { try fill() }
            var length = Int(pending[1] & 0x7F)
            var offset = 2
            if length == 126 {
                while pending.count < 4 { try fill() }
                length = Int(pending[2]) << 8 | Int(pending[3])
                offset = 4
            }
            while pending.count < offset + length { try fill() }
            let opcode = pending[0] & 0x0F
            let payload = Array(pending[offset..<(offset + length)])
            pending.removeFirst(offset + length)
            if opcode == 1 { return String(decoding: payload, as: UTF8.self) }
        }
    }
}

extension Array where Element == UInt8 {
    func containsSubsequence(_ needle: [UInt8]) -> Bool { firstRange(of: needle) != nil }
}
