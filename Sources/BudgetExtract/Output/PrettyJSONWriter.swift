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
        /// An `Int`, its decimal digits written straight to bytes (no string made for it).
        case integer(Int)
        case array(ArrayBox)
        case object(ObjectBox)
        /// A `superEncoder`: whatever it was given, when it is written.
        case encoder(NodeEncoder)
        /// Values written straight to bytes, field by field (`objects`, `object`), at the level given.
        case written((_ level: Int, _ out: inout [UInt8]) throws -> Void)

        static var null: Node { .literal("null") }
        static func boolean(_ value: Bool) -> Node { .literal(value ? "true" : "false") }

        /// The node of any value. Told by its type, which costs a comparison,
        /// where a cast to each type would cost a search of the runtime's tables.
        static func of<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> Node {
            if T.self == String.self, let value = value as? String { return .string(value) }
            if T.self == String?.self, let value = value as? String? { return value.map(Node.string) ?? null }
            if T.self == Int.self, let value = value as? Int { return integer(value) }
            if T.self == Bool.self, let value = value as? Bool { return boolean(value) }
            if T.self == [[DocumentJSON.CellJSON?]].self, let rows = value as? [[DocumentJSON.CellJSON?]] { return cellRows(rows) }
            if T.self == [BudgetRecord].self, let records = value as? [BudgetRecord] { return objects(records, recordFields) }
            if T.self == [ArithmeticCheck].self, let checks = value as? [ArithmeticCheck] { return objects(checks, checkFields) }
            if T.self == [AuditFinding].self, let findings = value as? [AuditFinding] { return objects(findings, findingFields) }
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

        /// Values written as an array of objects, each field by field in key order.
        static func objects<Value>(_ values: [Value], _ fields: [Field<Value>]) -> Node {
            .written { level, out in
                try writeArray(values, level: level, into: &out) { value, level, out in try writeFields(of: value, fields, level: level, into: &out) }
            }
        }

        /// One value written as an object, field by field in key order.
        static func object<Value>(_ value: Value, _ fields: [Field<Value>]) -> Node {
            .written { level, out in try writeFields(of: value, fields, level: level, into: &out) }
        }

        /// A table's rows of cells (a cell printed blank is `null`).
        static func cellRows(_ rows: [[DocumentJSON.CellJSON?]]) -> Node {
            .written { level, out in
                try writeArray(rows, level: level, into: &out) { row, level, out in
                    try writeArray(row, level: level, into: &out) { cell, level, out in
                        guard let cell else { return append("null", into: &out) }
                        try writeFields(of: cell, cellFields, level: level, into: &out)
                    }
                }
            }
        }

        // The values a document holds by the thousand, written straight to
        // bytes, without an encoder, a container or a node of their own: the
        // fields their synthesized `Encodable` gives JSONEncoder (optionals
        // left out when nil), keys from their own `CodingKeys` (the checks'
        // and findings' are synthesized, so private: their keys are spelled
        // here), sorted once. A test compares the bytes with JSONEncoder's
        // for values with every field set and with every optional one missing.

        /// A table's cell (``DocumentJSON/CellJSON``), field by field in key order.
        static let cellFields: [Field<DocumentJSON.CellJSON>] = Field.sorted(by: DocumentJSON.CellJSON.CodingKeys.self, [
            (.text, { .string($0.text) }),
            (.value, { $0.value.map(Node.string) }),
            (.percent, { $0.percent.map(Node.string) }),
            (.comparator, { $0.comparator.map(Node.string) }),
            (.kind, { $0.kind.map(Node.string) }),
            (.read, { $0.read.map { read in array(read) { .string($0.rawValue) } } }),
        ])

        /// A record (``BudgetRecord``), field by field in key order.
        static let recordFields: [Field<BudgetRecord>] = Field.sorted(by: BudgetRecord.CodingKeys.self, [
            (.table, { integer($0.table) }),
            (.kind, { .string($0.kind.rawValue) }),
            (.page, { integer($0.page) }),
            (.row, { integer($0.row) }),
            (.column, { integer($0.column) }),
            (.code, { $0.code.map(Node.string) }),
            (.level, { $0.level.map(Node.string) }),
            (.parent, { $0.parent.map(Node.string) }),
            (.item, { $0.item.map(Node.string) }),
            (.side, { $0.side.map(Node.string) }),
            (.printed, { .string($0.printed) }),
            (.unit, { $0.unit.map(Node.string) }),
            (.amount, { .string($0.amount) }),
            (.yuan, { $0.yuan.map(Node.string) }),
            (.currency, { $0.currency.map(Node.string) }),
            (.columnName, { $0.columnName.map(Node.string) }),
            (.functionCode, { $0.functionCode.map(Node.string) }),
            (.functionLevel, { $0.functionLevel.map(Node.string) }),
            (.functionParent, { $0.functionParent.map(Node.string) }),
            (.governmentEconomicCode, { $0.governmentEconomicCode.map(Node.string) }),
            (.departmentEconomicCode, { $0.departmentEconomicCode.map(Node.string) }),
        ])

        /// A check (``ArithmeticCheck``), field by field in key order.
        static let checkFields: [Field<ArithmeticCheck>] = Field.sorted([
            ("rule", { .string($0.rule.rawValue) }),
            ("description", { .string($0.description) }),
            ("total", { object($0.total, referenceFields) }),
            ("parts", { objects($0.parts, referenceFields) }),
            ("expected", { .string($0.expected) }),
            ("printed", { .string($0.printed) }),
            ("difference", { .string($0.difference) }),
            ("outcome", { .string($0.outcome.rawValue) }),
            ("repair", { $0.repair.map { object($0, repairFields) } }),
        ])

        /// The cell a check or repair refers to (``CellReference``).
        static let referenceFields: [Field<CellReference>] = Field.sorted([
            ("table", { integer($0.table) }),
            ("page", { integer($0.page) }),
            ("row", { integer($0.row) }),
            ("column", { integer($0.column) }),
            ("text", { .string($0.text) }),
        ])

        /// A check's proposed reading of a cell (``Repair``).
        static let repairFields: [Field<Repair>] = Field.sorted([
            ("cell", { object($0.cell, referenceFields) }),
            ("proposed", { .string($0.proposed) }),
            ("reason", { .string($0.reason) }),
            ("rest", { $0.rest.map(Node.string) }),
        ])

        /// A finding of the audit (``AuditFinding``).
        static let findingFields: [Field<AuditFinding>] = Field.sorted([
            ("rule", { .string($0.rule) }),
            ("severity", { .string($0.severity.rawValue) }),
            ("pages", { array($0.pages) { integer($0) } }),
            ("message", { .string($0.message) }),
            ("evidence", { objects($0.evidence, evidenceFields) }),
            ("expected", { $0.expected.map(Node.string) }),
        ])

        /// The printed text one side of a finding rests on (``AuditFinding/Evidence``).
        static let evidenceFields: [Field<AuditFinding.Evidence>] = Field.sorted([
            ("source", { .string($0.source) }),
            ("page", { $0.page.map(integer) }),
            ("text", { .string($0.text) }),
            ("table", { $0.table.map(integer) }),
            ("row", { $0.row.map(integer) }),
            ("column", { $0.column.map(integer) }),
        ])

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

    /// One field of a value written straight to bytes: its key and its node, nil when left out.
    fileprivate struct Field<Value>: Sendable {
        var key: String
        var node: @Sendable (Value) -> Node?
        /// The key quoted and followed by ` : `, as written before every value, made once.
        let keyWritten: [UInt8]

        init(key: String, node: @escaping @Sendable (Value) -> Node?) {
            self.key = key
            self.node = node
            var written: [UInt8] = []
            quote(key, into: &written)
            append(" : ", into: &written)
            keyWritten = written
        }

        /// The fields in the order `.sortedKeys` writes them, from each key's `CodingKeys` case.
        static func sorted<Key: CodingKey>(by _: Key.Type, _ fields: [(Key, @Sendable (Value) -> Node?)]) -> [Field] {
            sorted(fields.map { ($0.0.stringValue, $0.1) })
        }

        /// The fields in the order `.sortedKeys` writes them, from keys spelled as the synthesized `CodingKeys` spell them.
        static func sorted(_ fields: [(String, @Sendable (Value) -> Node?)]) -> [Field] {
            fields.map { Field(key: $0.0, node: $0.1) }.sorted { $0.key < $1.key }
        }
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

    /// Spaces enough for the indent of any level a document reaches, copied from here in one go.
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private static func indent(_ level: Int, into out: inout [UInt8]) {
        let count = 2 * level
        if count <= spaces.count {
            spaces.withUnsafeBufferPointer { spaces in out.append(contentsOf: UnsafeBufferPointer(rebasing: spaces[..<count])) }
        } else {
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        }
    }

    /// Bytes spelled in the source (brackets, separators), copied in one go: appending a
    /// `String`'s `utf8` goes through the generic sequence path, several times the cost.
    fileprivate static func append(_ literal: StaticString, into out: inout [UInt8]) {
        literal.withUTF8Buffer { bytes in out.append(contentsOf: bytes) }
    }

    private static func write(_ node: Node, level: Int, into out: inout [UInt8]) throws {
        switch node {
        case .string(let string):
            quote(string, into: &out)
        case .literal(var literal):
            literal.withUTF8 { bytes in out.append(contentsOf: bytes) }
        case .integer(let value):
            decimal(value, into: &out)
        case .array(let box):
            try writeArray(box.items, level: level, into: &out) { item, level, out in try write(item, level: level, into: &out) }
        case .object(let box):
            // JSONEncoder's .sortedKeys orders keys as String's `<` does; a
            // key encoded twice keeps its last value, as there. Fields
            // encoded in that order already are written as they are.
            if zip(box.fields, box.fields.dropFirst()).allSatisfy({ $0.key < $1.key }) {
                try writeObject(box.fields, level: level, into: &out)
                return
            }
            var fields: [(key: String, value: Node)] = []
            for field in box.fields.enumerated().sorted(by: { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) })
                .map(\.element) {
                if fields.last?.key == field.key { fields.removeLast() }
                fields.append(field)
            }
            try writeObject(fields, level: level, into: &out)
        case .encoder(let encoder):
            try write(encoder.node ?? .object(ObjectBox()), level: level, into: &out)
        case .written(let write):
            try write(level, &out)
        }
    }

    /// A value as an object of the fields it has (a field whose node is nil is left out), each key written as made once.
    private static func writeFields<Value>(of value: Value, _ fields: [Field<Value>], level: Int, into out: inout [UInt8]) throws {
        let present = fields.lazy.compactMap { field in field.node(value).map { (field: field, node: $0) } }
        try writeContainer("{\n", present, UInt8(ascii: "}"), level: level, into: &out) { member, level, out in
            out.append(contentsOf: member.field.keyWritten)
            try write(member.node, level: level, into: &out)
        }
    }

    /// An array, each element written by `element` at the level inside it.
    private static func writeArray<Element>(_ elements: [Element], level: Int, into out: inout [UInt8],
                                            element: (Element, Int, inout [UInt8]) throws -> Void) throws {
        try writeContainer("[\n", elements, UInt8(ascii: "]"), level: level, into: &out, element: element)
    }

    /// An object of fields already in the order written.
    private static func writeObject(_ fields: [(key: String, value: Node)], level: Int, into out: inout [UInt8]) throws {
        try writeContainer("{\n", fields, UInt8(ascii: "}"), level: level, into: &out) { field, level, out in
            quote(field.key, into: &out)
            append(" : ", into: &out)
            try write(field.value, level: level, into: &out)
        }
    }

    /// An array or object: its opening bracket, each element on a line of its own
    /// written by `element` at the level inside it, and its closing bracket.
    private static func writeContainer<Elements: Sequence>(_ open: StaticString, _ elements: Elements, _ close: UInt8,
                                                           level: Int, into out: inout [UInt8],
                                                           element: (Elements.Element, Int, inout [UInt8]) throws -> Void) throws {
        append(open, into: &out)
        var first = true
        for item in elements {
            if !first { append(",\n", into: &out) }
            first = false
            indent(level + 1, into: &out)
            try element(item, level + 1, &out)
        }
        out.append(UInt8(ascii: "\n"))
        indent(level, into: &out)
        out.append(close)
    }

    /// An integer in decimal, as `String(value)` spells it: its digits counted, then filled in from the last.
    static func decimal(_ value: Int, into out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var length = 1
        var rest = magnitude / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: length))
        var index = out.count - 1
        rest = magnitude
        while rest > 0 {
            out[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
            index -= 1
        }
    }

    /// A string in quotes, escaped as JSONEncoder escapes it: quote,
    /// backslash and control characters; slashes and non-ASCII text as they are.
    static func quote(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: their bytes go in at once, read in place where the string holds them so.
        let needsEscape = { (byte: UInt8) in byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") }
        let copied = string.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: needsEscape) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied ?? false {
            out.append(UInt8(ascii: "\""))
            return
        }
        if copied == nil, !string.utf8.contains(where: needsEscape) {
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
                append("\\u00", into: &out)
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
