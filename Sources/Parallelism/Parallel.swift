// Runs per-page work on every core with a task group, keeping results in input order.

import Foundation

/// Data-parallel helpers for per-page and per-file work.
public enum Parallel {
    /// `items.map(transform)` spread over all cores in contiguous chunks; the result order is the input order.
    /// Sixteen chunks per core: items differ in cost (a topic page is not an article page), and with
    /// fewer, larger chunks one core was left finishing the last one alone.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) async -> [R] {
        let chunkCount = min(items.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 16))
        guard chunkCount > 1 else { return items.map(transform) }
        let chunkSize = (items.count + chunkCount - 1) / chunkCount
        return await withTaskGroup(of: (Int, [R]).self) { group in
            for start in stride(from: 0, to: items.count, by: chunkSize) {
                let chunk = Array(items[start..<min(start + chunkSize, items.count)])
                group.addTask { (start, chunk.map(transform)) }
            }
            var parts: [(Int, [R])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}
