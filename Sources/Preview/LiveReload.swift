// Live reload: the browsers connected over WebSocket, and the messages sent to them after a rebuild.

import FlyingFox
import Foundation
import Synchronization

/// The connected preview tabs. A rebuild broadcasts one message to all of them.
public final class LiveReloadHub: Sendable {
    private let clients = Mutex<[UUID: AsyncStream<WSMessage>.Continuation]>([:])
    /// The errors of the latest build, shown as an overlay in every page until a build succeeds.
    private let currentErrors = Mutex<[String]>([])

    public init() {}

    var errors: [String] { currentErrors.withLock { $0 } }

    var clientCount: Int { clients.withLock { $0.count } }

    func add(_ continuation: AsyncStream<WSMessage>.Continuation) -> UUID {
        let id = UUID()
        clients.withLock { $0[id] = continuation }
        return id
    }

    func remove(_ id: UUID) {
        _ = clients.withLock { $0.removeValue(forKey: id) }
    }

    /// Tells the pages what changed: a stylesheet swap, a reload of the listed paths, or errors to show.
    public func announce(changedPaths: [String], stylesheetsOnly: Bool, errors: [String]) {
        currentErrors.withLock { $0 = errors }
        let message: String
        if !errors.isEmpty {
            message = LiveMessage.json(type: "error", items: errors)
        } else if stylesheetsOnly {
            message = LiveMessage.json(type: "css", items: changedPaths)
        } else {
            message = LiveMessage.json(type: "reload", items: changedPaths)
        }
        broadcast(message)
    }

    func broadcast(_ text: String) {
        let targets = clients.withLock { Array($0.values) }
        for client in targets { client.yield(.text(text)) }
    }
}

/// The WebSocket endpoint: each connection gets the hub's messages until it closes.
struct LiveReloadSocket: WSMessageHandler {
    let hub: LiveReloadHub

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = hub.add(continuation)
        continuation.yield(.text(hub.errors.isEmpty ? LiveMessage.json(type: "ok", items: []) : LiveMessage.json(type: "error", items: hub.errors)))
        Task {
            for await _ in client {}
            hub.remove(id)
            continuation.finish()
        }
        return stream
    }
}

/// `{"type":"reload","items":["/a/"]}`, escaped by hand so it stays small and dependency-free.
enum LiveMessage {
    static func json(type: String, items: [String]) -> String {
        "{\"type\":\"\(type)\",\"items\":[" + items.map(quoted).joined(separator: ",") + "]}"
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            default:
                if scalar.value < 0x20 { result += String(format: "\\u%04x", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}
