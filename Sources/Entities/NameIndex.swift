// A hash map from names to values for one document's tables, hashed on the name's bytes: the
// recognizer asks these tables about every candidate name, and String's SipHash was the largest
// single cost of those questions.

/// Names to values, for the tables the recognizer fills while it reads one document. The entries
/// are kept densely in the order they came, with an open-addressing table of their positions beside
/// them (linear probing): making and freeing an index touches only the names it holds. The hash is
/// FNV-1a from a per-process random basis, so a text cannot be written to make its names collide.
/// Nothing is ever removed.
struct NameIndex<Value> {
    /// Each slot's entry, -1 when the slot is empty.
    private var slots: [Int32]
    private var mask: Int
    private var hashes: [UInt64] = []
    private var names: [String] = []
    private var values: [Value] = []

    /// An empty index with room for `minimumCapacity` names before it grows.
    init(minimumCapacity: Int = 8) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { names.count }
    var isEmpty: Bool { names.isEmpty }

    /// The value for `name`; setting one adds the name or replaces its value (nil is not allowed).
    subscript(name: String) -> Value? {
        get {
            let slot = find(name, Self.hash(name))
            return slot.entry.map { values[$0] }
        }
        set {
            guard let newValue else { preconditionFailure("a NameIndex never removes a name") }
            let hash = Self.hash(name)
            let slot = find(name, hash)
            if let entry = slot.entry { values[entry] = newValue } else { add(name, hash, newValue, at: slot.index) }
        }
    }

    /// Sets `value` for `name` unless it has one; true when it was added.
    @discardableResult
    mutating func insertIfMissing(_ name: String, _ value: Value) -> Bool {
        let hash = Self.hash(name)
        let slot = find(name, hash)
        if slot.entry != nil { return false }
        add(name, hash, value, at: slot.index)
        return true
    }

    /// Changes the value for `name` in place, starting from `initial` when the name is new.
    mutating func update(_ name: String, default initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        let hash = Self.hash(name)
        let slot = find(name, hash)
        if let entry = slot.entry {
            change(&values[entry])
        } else {
            var value = initial()
            change(&value)
            add(name, hash, value, at: slot.index)
        }
    }

    /// Gives every name whose value `matches` the value `replacement`.
    mutating func replaceValues(where matches: (Value) -> Bool, with replacement: Value) {
        for i in values.indices where matches(values[i]) { values[i] = replacement }
    }

    /// The slot where `name` is or would go, and its entry when it is there.
    private func find(_ name: String, _ hash: UInt64) -> (index: Int, entry: Int?) {
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i] >= 0 {
            let entry = Int(slots[i])
            if hashes[entry] == hash && names[entry] == name { return (i, entry) }
            i = (i + 1) & mask
        }
        return (i, nil)
    }

    private mutating func add(_ name: String, _ hash: UInt64, _ value: Value, at index: Int) {
        // The entries get their room with the first of them: growing from empty reallocated each
        // array four or five times per document, and many indexes of a document stay empty.
        if names.isEmpty {
            hashes.reserveCapacity(slots.count / 2)
            names.reserveCapacity(slots.count / 2)
            values.reserveCapacity(slots.count / 2)
        }
        slots[index] = Int32(names.count)
        hashes.append(hash)
        names.append(name)
        values.append(value)
        if names.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let size = slots.count * 2
        hashes.reserveCapacity(size / 2)
        names.reserveCapacity(size / 2)
        values.reserveCapacity(size / 2)
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (entry, hash) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: hash) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(entry)
        }
    }

    /// FNV-1a over the name's UTF-8 bytes from the process's basis, its high bits folded into the low
    /// ones the table indexes by.
    @inline(__always) static func hash(_ name: String) -> UInt64 {
        var name = name
        return name.withUTF8 { bytes in
            var h = nameIndexBasis
            for c in bytes { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
            return h ^ (h >> 32) ^ (h >> 17)
        }
    }
}

/// The FNV basis of every `NameIndex` in this process, drawn once at random.
private let nameIndexBasis = UInt64.random(in: 1...UInt64.max)
