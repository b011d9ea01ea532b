// A hash map for one document's tables, hashed on the key's bytes: the recognizer asks these
// tables about every candidate name, and String's SipHash was the largest single cost of those questions.

/// A key a `HashIndex` hashes on its bytes.
protocol IndexKey: Equatable {
    /// FNV-1a over the key's bytes, from `basis`.
    func indexHash(from basis: UInt64) -> UInt64
}

extension String: IndexKey {
    @inline(__always) func indexHash(from basis: UInt64) -> UInt64 {
        var name = self
        return name.withUTF8 { bytes in
            var h = basis
            for c in bytes { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
            return h
        }
    }
}

/// Names to values: the back-reference tables of one document.
typealias NameIndex<Value> = HashIndex<String, Value>

/// Keys to values, for the tables the recognizer fills while it reads one document. The entries
/// are kept densely in the order they came, with an open-addressing table of their positions beside
/// them (linear probing): making and freeing an index touches only the keys it holds. The hash is
/// FNV-1a from a per-process random basis, so a text cannot be written to make its names collide.
/// A removed key keeps its entry, empty, until it is set again (entities are seldom merged away).
struct HashIndex<Key: IndexKey, Value> {
    /// Each slot's entry, -1 when the slot is empty.
    private var slots: [Int32]
    private var mask: Int
    private var hashes: [UInt64] = []
    private var keys: [Key] = []
    private var values: [Value?] = []
    /// Keys with a value.
    private(set) var count = 0
    /// The process's basis, read once per index rather than through the global's lazy
    /// initialisation at every hash.
    private let basis = hashIndexBasis

    /// An empty index with room for `minimumCapacity` keys before it grows.
    init(minimumCapacity: Int = 8) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var isEmpty: Bool { count == 0 }

    /// The values, in the order their keys came.
    var allValues: [Value] { values.compactMap { $0 } }

    /// The value for `key`; setting one adds the key or replaces its value, setting nil removes it.
    subscript(key: Key) -> Value? {
        get {
            let slot = find(key, hash(key))
            return slot.entry.flatMap { values[$0] }
        }
        set {
            let hash = hash(key)
            let slot = find(key, hash)
            if let entry = slot.entry {
                count += (newValue == nil ? 0 : 1) - (values[entry] == nil ? 0 : 1)
                values[entry] = newValue
            } else if let newValue {
                add(key, hash, newValue, at: slot.index)
            }
        }
    }

    /// Sets `value` for `key` unless it has one; true when it was added.
    @discardableResult
    mutating func insertIfMissing(_ key: Key, _ value: Value) -> Bool {
        let hash = hash(key)
        let slot = find(key, hash)
        if let entry = slot.entry {
            guard values[entry] == nil else { return false }
            values[entry] = value
            count += 1
            return true
        }
        add(key, hash, value, at: slot.index)
        return true
    }

    /// Changes the value for `key` in place, starting from `initial` when the key has none; what
    /// `change` returns.
    @discardableResult
    mutating func update<Result>(_ key: Key, default initial: @autoclosure () -> Value, _ change: (inout Value) -> Result) -> Result {
        let hash = hash(key)
        let slot = find(key, hash)
        if let entry = slot.entry {
            if values[entry] == nil {
                values[entry] = initial()
                count += 1
            }
            return change(&values[entry]!)
        }
        var value = initial()
        let result = change(&value)
        add(key, hash, value, at: slot.index)
        return result
    }

    /// Changes the value for `key` in place when it has one; what `change` returns, nil when it has none.
    mutating func updateIfPresent<Result>(_ key: Key, _ change: (inout Value) -> Result) -> Result? {
        guard let entry = find(key, hash(key)).entry, values[entry] != nil else { return nil }
        return change(&values[entry]!)
    }

    /// Gives every key whose value `matches` the value `replacement`.
    mutating func replaceValues(where matches: (Value) -> Bool, with replacement: Value) {
        for i in values.indices where values[i].map(matches) == true { values[i] = replacement }
    }

    /// The slot where `key` is or would go, and its entry when it is there (with or without a value).
    private func find(_ key: Key, _ hash: UInt64) -> (index: Int, entry: Int?) {
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i] >= 0 {
            let entry = Int(slots[i])
            if hashes[entry] == hash && keys[entry] == key { return (i, entry) }
            i = (i + 1) & mask
        }
        return (i, nil)
    }

    private mutating func add(_ key: Key, _ hash: UInt64, _ value: Value, at index: Int) {
        // The entries get their room with the first of them: growing from empty reallocated each
        // array four or five times per document, and many indexes of a document stay empty.
        if keys.isEmpty {
            hashes.reserveCapacity(slots.count / 2)
            keys.reserveCapacity(slots.count / 2)
            values.reserveCapacity(slots.count / 2)
        }
        slots[index] = Int32(keys.count)
        hashes.append(hash)
        keys.append(key)
        values.append(value)
        count += 1
        if keys.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let size = slots.count * 2
        hashes.reserveCapacity(size / 2)
        keys.reserveCapacity(size / 2)
        values.reserveCapacity(size / 2)
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (entry, hash) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: hash) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(entry)
        }
    }

    /// The key's hash from the process's basis, its high bits folded into the low ones the table
    /// indexes by.
    @inline(__always) private func hash(_ key: Key) -> UInt64 {
        let h = key.indexHash(from: basis)
        return h ^ (h >> 32) ^ (h >> 17)
    }
}

/// The FNV basis of every `HashIndex` in this process, drawn once at random.
private let hashIndexBasis = UInt64.random(in: 1...UInt64.max)
