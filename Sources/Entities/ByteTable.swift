// A read-only hash table keyed by UTF-8 bytes, asked without making a String: the word lists and
// gazetteers are asked millions of times per site, and String hashing was a sixth of extraction.

/// An immutable table from byte strings to values, built once. Lookups hash the bytes in place with
/// FNV-1a (the keys are fixed word lists, not attacker-chosen, so a seeded hash buys nothing) and can
/// fold ASCII capitals on the fly, so "Minister" finds the key "minister" with no lower-cased copy.
struct ByteTable<Value: Sendable>: Sendable {
    /// One slot: the key's hash, where its bytes are, and its value. Sixteen bytes for a small value
    /// (the gazetteers' half a million slots are 8 MB, not 12).
    private struct Slot: Sendable {
        var hash: UInt32
        var length: UInt32
        var start: UInt32
        var value: Value?
    }

    private var keyBytes: [UInt8] = []
    /// A power of two at least twice the keys; a slot whose value is nil is empty.
    private var slots: [Slot] = [Slot(hash: 0, length: 0, start: 0, value: nil)]
    /// Sixteen bits of each slot's hash, 0 for an empty slot, probed before the slots: the
    /// gazetteers' slots do not stay in the cache, their tags (1 MB) mostly do, and most names asked
    /// are not in the gazetteers, so most lookups end at the tags.
    private var tags: [UInt16] = [0]
    private var mask = 0
    private(set) var count = 0
    /// For big tables only: two bits per key in one 64-bit word. The gazetteers' filter (256 KB)
    /// stays in the core's cache where their tags (1 MB) did not; most names asked are not in the
    /// gazetteers, and the filter answers nearly all of those with no trip to memory.
    private var filter: [UInt64] = []
    private var filterMask = 0

    init() {}

    /// The table of `pairs`. With `foldingCase` lookups, keys must be written without ASCII capitals.
    init(_ pairs: [String: Value]) {
        self.init(capacity: pairs.count)
        // Sorted so that the layout, and so every probe sequence, is the same on every run.
        for (key, value) in pairs.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            var key = key
            key.withUTF8 { insert($0, value) { old, _ in old } }
        }
    }

    /// An empty table with room for `capacity` keys, to be filled with `insert`: the gazetteers are
    /// read as bytes straight into it, with no String made per name.
    init(capacity: Int) {
        var size = 1
        while size < capacity * 2 { size *= 2 }
        slots = [Slot](repeating: Slot(hash: 0, length: 0, start: 0, value: nil), count: size)
        tags = [UInt16](repeating: 0, count: size)
        mask = size - 1
        if capacity >= Self.filteredCapacity {
            // Eight bits per key: about one name in twenty that is not there passes the filter.
            var words = 1
            while words * 8 < capacity { words *= 2 }
            filter = [UInt64](repeating: 0, count: words)
            filterMask = words - 1
        }
    }

    /// Tables this big get a filter; smaller ones stay in the cache as they are.
    static var filteredCapacity: Int { 16_384 }

    /// The filter's word for `hash` and its two bits there (from hash bits the slot and tag do not use).
    @inline(__always) private func filterBits(_ hash: UInt64) -> (word: Int, bits: UInt64) {
        let word = Int(truncatingIfNeeded: hash >> 20) & filterMask
        return (word, 1 << (hash >> 35 & 63) | 1 << (hash >> 41 & 63))
    }

    /// Files `value` under `key`, or, when the key is there already, what `combine` makes of the two.
    /// At most the capacity the table was made with.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Value, combine: (Value, Value) -> Value) {
        precondition(count * 2 < slots.count, "ByteTable is full")
        precondition(keyBytes.count + key.count <= Int(UInt32.max), "ByteTable keys exceed 4 GB")
        let hash = Self.hash(key, folding: false)
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while let old = slots[slot].value {
            if slots[slot].hash == tag && slots[slot].length == key.count
                && keyBytes[Int(slots[slot].start)..<Int(slots[slot].start) + key.count].elementsEqual(key) {
                slots[slot].value = combine(old, value)
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(hash: tag, length: UInt32(key.count), start: UInt32(keyBytes.count), value: value)
        tags[slot] = Self.shortTag(hash)
        if !filter.isEmpty {
            let (word, bits) = filterBits(hash)
            filter[word] |= bits
        }
        keyBytes.append(contentsOf: key)
        count += 1
    }

    var isEmpty: Bool { count == 0 }

    /// The value for `key`; with `foldingCase`, ASCII capitals in `key` match the lower-case keys.
    func value(_ key: UnsafeBufferPointer<UInt8>, foldingCase: Bool = false) -> Value? {
        guard count > 0 else { return nil }
        let hash = Self.hash(key, folding: foldingCase)
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = Int(truncatingIfNeeded: hash) & mask
        let short = Self.shortTag(hash)
        if !filter.isEmpty {
            let (word, bits) = filterBits(hash)
            if filter[word] & bits != bits { return nil }
        }
        return tags.withUnsafeBufferPointer { tags -> Value? in
            slots.withUnsafeBufferPointer { slots -> Value? in
                keyBytes.withUnsafeBufferPointer { stored -> Value? in
                    while tags[slot] != 0 {
                        if tags[slot] == short && slots[slot].hash == tag && slots[slot].length == key.count {
                            let start = Int(slots[slot].start)
                            var k = 0
                            while k < key.count && Self.fold(key[k], foldingCase) == stored[start + k] { k += 1 }
                            if k == key.count { return slots[slot].value }
                        }
                        slot = (slot + 1) & mask
                    }
                    return nil
                }
            }
        }
    }

    func value(_ key: String, foldingCase: Bool = false) -> Value? {
        var key = key
        return key.withUTF8 { value($0, foldingCase: foldingCase) }
    }

    /// The slot's tag: sixteen bits of the hash other than those that pick the slot, never 0.
    @inline(__always) private static func shortTag(_ hash: UInt64) -> UInt16 {
        UInt16(truncatingIfNeeded: hash >> 48) | 1
    }

    @inline(__always) private static func fold(_ c: UInt8, _ folding: Bool) -> UInt8 {
        folding && c >= 65 && c <= 90 ? c + 32 : c
    }

    @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in bytes { h = (h ^ UInt64(fold(c, folding))) &* 0x100_0000_01b3 }
        // FNV's low bits mix poorly for short keys; fold the high half in before masking.
        return h ^ (h >> 29)
    }
}
