// The preview HTTP server (FlyingFox): the site, the live-reload socket, a clean start and stop.

import FlyingFox
import FlyingSocks
import Foundation
import Site

/// Serves a `PreviewSite` on a local address and pushes reloads to open pages.
public actor PreviewServer {
    public let hub = LiveReloadHub()
    private let site: PreviewSite
    private let host: String
    private let requestedPort: UInt16
    private var server: HTTPServer?
    private var task: Task<Void, Error>?

    public enum StartError: Error, CustomStringConvertible {
        case portInUse(String, UInt16)
        case badHost(String)
        case failed(String)

        public var description: String {
            switch self {
            case .portInUse(let host, let port): return "port \(port) on \(host) is in use; choose another with --port, or --port 0 for any free port"
            case .badHost(let host): return "cannot listen on '\(host)': give an IPv4 address such as 127.0.0.1 or 0.0.0.0"
            case .failed(let reason): return "the preview server could not start: \(reason)"
            }
        }
    }

    /// - Parameters:
    ///   - host: 127.0.0.1 unless the user asks otherwise: the preview is for this machine only.
    ///   - port: 0 picks a free port; `start()` returns the one chosen.
    public init(site: PreviewSite, host: String = "127.0.0.1", port: UInt16 = 8000) {
        self.site = site
        self.host = host == "localhost" ? "127.0.0.1" : host
        self.requestedPort = port
    }

    /// Starts listening and returns the port.
    public func start() async throws -> UInt16 {
        let address: sockaddr_in
        do {
            address = try .inet(ip4: host, port: requestedPort)
        } catch {
            throw StartError.badHost(host)
        }
        if requestedPort != 0, Self.isInUse(address) { throw StartError.portInUse(host, requestedPort) }
        let root = await site.root
        let handler = RoutedHTTPHandler()
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: handler)
        await server.appendRoute("GET /__sitegen/live", to: WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: LiveReloadSocket(hub: hub))))
        let folders = await site.watchedFolders.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } + [URL(fileURLWithPath: root).resolvingSymlinksInPath().path]
        await server.appendRoute("*", to: SiteHandler(site: site, hub: hub, allowedRoots: folders))
        self.server = server
        task = Task { try await server.run() }
        do {
            // Generous: on a busy machine (a test run, a build on every core) the listening task may
            // wait its turn for seconds; five was once too few in a test run on two cores.
            try await server.waitUntilListening(timeout: 30)
        } catch {
            task?.cancel()
            throw StartError.failed("\(error)")
        }
        guard case .ip4(_, let port)? = await server.listeningAddress else { return requestedPort }
        Self.disableNagle(onListenerAt: port)
        return port
    }

    /// FlyingFox writes a response's header and body separately; with Nagle's algorithm on, the
    /// client's delayed ACK then stalls every response by 40 ms. FlyingFox does not expose its
    /// sockets, so find the listening one by its port: on Linux accepted sockets inherit TCP_NODELAY.
    static func disableNagle(onListenerAt port: UInt16) {
        for fd in Int32(3)..<Int32(4096) {
            var address = sockaddr_in()
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let found = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            guard found == 0, address.sin_family == sa_family_t(AF_INET), UInt16(bigEndian: address.sin_port) == port else { continue }
            var listening: Int32 = 0
            var size = socklen_t(MemoryLayout<Int32>.size)
            guard getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) == 0, listening == 1 else { continue }
            var on: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
            return
        }
    }

    public func stop() async {
        await server?.stop(timeout: 1)
        task?.cancel()
    }

    /// Tells open pages about a rebuild.
    public func publish(_ update: PreviewSite.Update) {
        let errors = update.report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
        hub.announce(changedPaths: update.changedPaths, stylesheetsOnly: update.stylesheetsOnly, errors: errors)
    }

    /// Binds the address briefly to find out whether another program holds it.
    static func isInUse(_ address: sockaddr_in) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = address
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return result != 0 && errno == EADDRINUSE
    }
}
