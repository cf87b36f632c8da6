import Foundation

/// Writes an `Encodable` value as pretty, key-sorted JSON, byte for byte what
/// `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`,
/// at a fraction of its cost: the documents are mostly short strings in
/// nested objects, and JSONEncoder boxes and type-checks every one of them.
///
/// It knows the values a document holds: strings, integers, booleans, nulls,
/// objects and arrays. Anything else (floating point, dates, data, URLs,
/// decimals), which JSONEncoder writes in forms of its own, throws
/// ``Unsupported``, and the caller uses JSONEncoder instead.
enum PrettyJSONWriter {
    /// A value this writer does not write the way JSONEncoder would.
    struct Unsupported: Error {
        var type: String
    }

    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let node = try Node.of(value, codingPath: [])
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        try write(node, level: 0, into: &out)
        return Data(out)
    }

    // MARK: The tree of values

    /// A value once encoded: a string (escaped when written), a literal
    /// written as is (a number, `true`, `false`, `null`), or a container still being filled.
    fileprivate enum Node {
        case string(String)
        case literal(String)
        case array(ArrayBox)
        case object(ObjectBox)
        /// A `superEncoder`: whatever it was given, when it is written.
        case encoder(NodeEncoder)

        static var null: Node { .literal("null") }
        static func integer(_ value: some BinaryInteger) -> Node { .literal(String(value)) }
        static func boolean(_ value: Bool) -> Node { .literal(value ? "true" : "false") }

        /// The node of any value. Told by its type, which costs a comparison,
        /// where a cast to each type would cost a search of the runtime's tables.
        static func of<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> Node {
            if T.self == String.self, let value = value as? String { return .string(value) }
            if T.self == String?.self, let value = value as? String? { return value.map(Node.string) ?? null }
            if T.self == Int.self, let value = value as? Int { return integer(value) }
            if T.self == Bool.self, let value = value as? Bool { return boolean(value) }
            if T.self == [[DocumentJSON.CellJSON?]].self, let rows = value as? [[DocumentJSON.CellJSON?]] {
                return array(rows) { row in array(row) { cell in cell.map(Node.cell) ?? null } }
            }
            if T.self == [BudgetRecord].self, let records = value as? [BudgetRecord] { return array(records, Node.record) }
            if otherIntegers.contains(ObjectIdentifier(T.self)) { return .literal("\(value)") }
            if leftToJSONEncoder.contains(ObjectIdentifier(T.self)) { throw Unsupported(type: "\(T.self)") }
            let encoder = NodeEncoder(codingPath: codingPath)
            try value.encode(to: encoder)
            guard let node = encoder.node else { throw Unsupported(type: "\(T.self) (encodes nothing)") }
            return node
        }

        /// An array of nodes built one by one.
        static func array<Element>(_ elements: [Element], _ node: (Element) -> Node) -> Node {
            let box = ArrayBox()
            box.items = elements.map(node)
            return .array(box)
        }

        // The two values a document holds by the thousand, built without an
        // encoder and its containers for each: the fields their synthesized
        // `Encodable` gives JSONEncoder (optionals left out when nil), keys
        // from their own `CodingKeys`. A test compares the bytes with
        // JSONEncoder's for a value with every field set.

        /// A table's cell (``DocumentJSON/CellJSON``).
        static func cell(_ cell: DocumentJSON.CellJSON) -> Node {
            typealias Key = DocumentJSON.CellJSON.CodingKeys
            let box = ObjectBox()
            box.add(Key.text.stringValue, .string(cell.text))
            if let value = cell.value { box.add(Key.value.stringValue, .string(value)) }
            if let percent = cell.percent { box.add(Key.percent.stringValue, .string(percent)) }
            if let comparator = cell.comparator { box.add(Key.comparator.stringValue, .string(comparator)) }
            if let kind = cell.kind { box.add(Key.kind.stringValue, .string(kind)) }
            if let read = cell.read { box.add(Key.read.stringValue, array(read) { .string($0.rawValue) }) }
            return .object(box)
        }

        /// A record (``BudgetRecord``).
        static func record(_ record: BudgetRecord) -> Node {
            typealias Key = BudgetRecord.CodingKeys
            let box = ObjectBox()
            box.fields.reserveCapacity(15)
            func add(_ key: Key, _ value: String?) {
                if let value { box.add(key.stringValue, .string(value)) }
            }
            box.add(Key.table.stringValue, integer(record.table))
            box.add(Key.kind.stringValue, .string(record.kind.rawValue))
            box.add(Key.page.stringValue, integer(record.page))
            box.add(Key.row.stringValue, integer(record.row))
            box.add(Key.column.stringValue, integer(record.column))
            add(.code, record.code)
            add(.level, record.level)
            add(.parent, record.parent)
            add(.item, record.item)
            add(.side, record.side)
            add(.printed, record.printed)
            add(.unit, record.unit)
            add(.amount, record.amount)
            add(.yuan, record.yuan)
            add(.columnName, record.columnName)
            return .object(box)
        }

        /// The integer types but `Int`, written in decimal as JSONEncoder writes them.
        static let otherIntegers: Set<ObjectIdentifier> = [
            ObjectIdentifier(Int8.self), ObjectIdentifier(Int16.self), ObjectIdentifier(Int32.self), ObjectIdentifier(Int64.self),
            ObjectIdentifier(UInt.self), ObjectIdentifier(UInt8.self), ObjectIdentifier(UInt16.self),
            ObjectIdentifier(UInt32.self), ObjectIdentifier(UInt64.self),
        ]

        /// Types JSONEncoder writes in forms of its own (numbers it formats,
        /// dates, base64 data, URL strings, decimals).
        static let leftToJSONEncoder: Set<ObjectIdentifier> = [
            ObjectIdentifier(Double.self), ObjectIdentifier(Float.self), ObjectIdentifier(Date.self),
            ObjectIdentifier(Data.self), ObjectIdentifier(URL.self), ObjectIdentifier(Decimal.self),
        ]
    }

    fileprivate final class ArrayBox {
        var items: [Node] = []
    }

    fileprivate final class ObjectBox {
        /// In the order encoded; sorted by key when written.
        var fields: [(key: String, value: Node)] = []

        func add(_ key: String, _ value: Node) {
            fields.append((key, value))
        }
    }

    // MARK: Writing

    private static func indent(_ level: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    private static func write(_ node: Node, level: Int, into out: inout [UInt8]) throws {
        switch node {
        case .string(let string):
            quote(string, into: &out)
        case .literal(let literal):
            out.append(contentsOf: literal.utf8)
        case .array(let box):
            out.append(contentsOf: "[\n".utf8)
            for (index, item) in box.items.enumerated() {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                indent(level + 1, into: &out)
                try write(item, level: level + 1, into: &out)
            }
            out.append(UInt8(ascii: "\n"))
            indent(level, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let box):
            out.append(contentsOf: "{\n".utf8)
            // JSONEncoder's .sortedKeys orders keys as String's `<` does; a
            // key encoded twice keeps its last value, as there.
            var fields: [(key: String, value: Node)] = []
            for field in box.fields.enumerated().sorted(by: { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) })
                .map(\.element) {
                if fields.last?.key == field.key { fields.removeLast() }
                fields.append(field)
            }
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                indent(level + 1, into: &out)
                quote(field.key, into: &out)
                out.append(contentsOf: " : ".utf8)
                try write(field.value, level: level + 1, into: &out)
            }
            out.append(UInt8(ascii: "\n"))
            indent(level, into: &out)
            out.append(UInt8(ascii: "}"))
        case .encoder(let encoder):
            try write(encoder.node ?? .object(ObjectBox()), level: level, into: &out)
        }
    }

    /// A string in quotes, escaped as JSONEncoder escapes it: quote,
    /// backslash and control characters; slashes and non-ASCII text as they are.
    static func quote(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: their bytes go in at once.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: string.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in string.utf8 {
            let escaped: UInt8? = switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): byte
            case 0x0A: UInt8(ascii: "n")
            case 0x0D: UInt8(ascii: "r")
            case 0x09: UInt8(ascii: "t")
            case 0x08: UInt8(ascii: "b")
            case 0x0C: UInt8(ascii: "f")
            default: nil
            }
            if let escaped {
                out.append(UInt8(ascii: "\\"))
                out.append(escaped)
            } else if byte < 0x20 {
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            } else {
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

// MARK: The Encoder and its containers

/// Collects what one value encodes into a ``PrettyJSONWriter/Node``.
private final class NodeEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var node: PrettyJSONWriter.Node?

    init(codingPath: [any CodingKey]) {
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let box) = node { return KeyedEncodingContainer(ObjectContainer<Key>(box: box, codingPath: codingPath)) }
        let box = PrettyJSONWriter.ObjectBox()
        node = .object(box)
        return KeyedEncodingContainer(ObjectContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let box) = node { return ArrayContainer(box: box, codingPath: codingPath) }
        let box = PrettyJSONWriter.ArrayBox()
        node = .array(box)
        return ArrayContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        ValueContainer(encoder: self)
    }
}

private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: PrettyJSONWriter.ObjectBox
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        box.add(key.stringValue, .null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.add(key.stringValue, try .of(value, codingPath: codingPath + [key]))
    }

    mutating func encode(_ value: String, forKey key: Key) throws { box.add(key.stringValue, .string(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { box.add(key.stringValue, .integer(value)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box.add(key.stringValue, .boolean(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = PrettyJSONWriter.ObjectBox()
        box.add(key.stringValue, .object(nested))
        return KeyedEncodingContainer(ObjectContainer<NestedKey>(box: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = PrettyJSONWriter.ArrayBox()
        box.add(key.stringValue, .array(nested))
        return ArrayContainer(box: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(forKey: "super")
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(forKey: key.stringValue)
    }

    private func superEncoder(forKey key: String) -> any Encoder {
        let encoder = NodeEncoder(codingPath: codingPath)
        box.add(key, .encoder(encoder))
        return encoder
    }
}

private struct ArrayContainer: UnkeyedEncodingContainer {
    let box: PrettyJSONWriter.ArrayBox
    let codingPath: [any CodingKey]
    var count: Int { box.items.count }

    mutating func encodeNil() throws {
        box.items.append(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        box.items.append(try .of(value, codingPath: codingPath))
    }

    mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
    mutating func encode(_ value: Int) throws { box.items.append(.integer(value)) }
    mutating func encode(_ value: Bool) throws { box.items.append(.boolean(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = PrettyJSONWriter.ObjectBox()
        box.items.append(.object(nested))
        return KeyedEncodingContainer(ObjectContainer<NestedKey>(box: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = PrettyJSONWriter.ArrayBox()
        box.items.append(.array(nested))
        return ArrayContainer(box: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = NodeEncoder(codingPath: codingPath)
        box.items.append(.encoder(encoder))
        return encoder
    }
}

private struct ValueContainer: SingleValueEncodingContainer {
    let encoder: NodeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws {
        encoder.node = .null
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.node = try .of(value, codingPath: codingPath)
    }

    mutating func encode(_ value: String) throws { encoder.node = .string(value) }
    mutating func encode(_ value: Int) throws { encoder.node = .integer(value) }
    mutating func encode(_ value: Bool) throws { encoder.node = .boolean(value) }
}
