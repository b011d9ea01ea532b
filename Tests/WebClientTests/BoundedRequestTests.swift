// A request with a deadline: answers arrive, a server that never answers is a timeout, a cancelled task ends at once.

import Foundation
import Testing
import WebClient
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A loopback listener. `answer` nil: connections are taken by the kernel and never answered.
final class LoopbackServer: Sendable {
    let port: UInt16
    private let socket: Int32

    init(answer: String?) throws {
        let listener = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 8) == 0 else {
            close(listener)
            throw URLError(.cannotConnectToHost)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        socket = listener
        port = UInt16(bigEndian: address.sin_port)
        guard let answer else { return }
        Thread.detachNewThread {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            var request: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !request.suffix(4).elementsEqual("\r\n\r\n".utf8) {
                let count = read(client, &buffer, buffer.count)
                if count <= 0 { break }
                request += buffer[..<count]
            }
            let bytes = Array(answer.utf8)
            _ = bytes.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
            close(client)
        }
    }

    var url: URL { URL(string: "http://127.0.0.1:\(port)/")! }

    deinit { close(socket) }
}

/// A session whose own timeouts are far longer than any deadline below, so only the deadline can end a request.
func patientSession() -> URLSession {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = 120
    configuration.timeoutIntervalForResource = 240
    return URLSession(configuration: configuration)
}

@Test func anAnswerArrivesWhole() async throws {
    let server = try LoopbackServer(answer: "HTTP/1.1 201 Created\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")
    let (data, response) = try await patientSession().data(for: URLRequest(url: server.url), deadline: .seconds(30))
    #expect((response as? HTTPURLResponse)?.statusCode == 201)
    #expect(String(decoding: data, as: UTF8.self) == "hello")
}

@Test func aServerThatNeverAnswersIsATimeoutByTheDeadline() async throws {
    let server = try LoopbackServer(answer: nil)
    let start = ContinuousClock.now
    do {
        _ = try await patientSession().data(for: URLRequest(url: server.url), deadline: .milliseconds(300))
        Issue.record("a request to a silent server returned")
    } catch let error as URLError {
        #expect(error.code == .timedOut)
    }
    // The session alone would wait 120 s.
    #expect(ContinuousClock.now - start < .seconds(60))
}

@Test func aCancelledRequestEndsAtOnce() async throws {
    let server = try LoopbackServer(answer: nil)
    let session = patientSession()
    let request = Task { try await session.data(for: URLRequest(url: server.url), deadline: .seconds(120)) }
    try await Task.sleep(for: .milliseconds(100))
    request.cancel()
    await #expect(throws: CancellationError.self) { try await request.value }
}

@Test func aTaskCancelledBeforeItsRequestNeverSendsIt() async throws {
    let server = try LoopbackServer(answer: nil)
    let session = patientSession()
    let request = Task {
        withUnsafeCurrentTask { $0?.cancel() }
        return try await session.data(for: URLRequest(url: server.url), deadline: .seconds(120))
    }
    await #expect(throws: CancellationError.self) { try await request.value }
}
