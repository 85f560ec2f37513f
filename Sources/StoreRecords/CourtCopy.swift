import Crypto
import Foundation
import TribunalKernel

/// A store's tables read and written row by row in the engines' common terms, for copying a
/// whole court from one engine to another.
public protocol CourtTables: Sendable {
    /// Up to `limit` rows of the table in key order, after the row whose key is `key` (from the
    /// first row without one), each with the schema's columns in order. Paging by key reads each
    /// row once, where an offset would walk past every row before it again.
    func rows(of table: TableSchema, after key: [StoredValue]?, limit: Int) async throws -> [[StoredValue]]
    /// How many rows the table holds.
    func count(of table: TableSchema) async throws -> Int
    /// Inserts rows (the schema's columns in order) in one transaction.
    func insert(_ rows: [[StoredValue]], into table: TableSchema) async throws
    /// Makes a freshly migrated store ready to receive a court: refuses a store that holds data,
    /// and removes the rows a migration seeds (the search feed's head).
    func prepareToReceive() async throws
    /// After the copy: moves the generated-id counters past the copied ids.
    func finishReceiving() async throws
}

/// Copies every table of a court from one store to another, then compares row counts and a
/// checksum of each table's rows on both sides.
public struct CourtCopy: Sendable {
    public let from: any CourtTables
    public let to: any CourtTables
    public var batchSize = 2_000

    public init(from: any CourtTables, to: any CourtTables) {
        self.from = from
        self.to = to
    }

    /// What a table's copy came to.
    public struct TableResult: Sendable, Equatable {
        public let table: String
        public let rows: Int
        public let sourceChecksum: String
        public let destinationChecksum: String
        public var matches: Bool { sourceChecksum == destinationChecksum }
    }

    /// Copies the court; `progress` hears each batch (table, rows copied, rows in the table).
    public func run(progress: @Sendable (String, Int, Int) -> Void = { _, _, _ in }) async throws -> [TableResult] {
        try await to.prepareToReceive()
        for table in TableSchema.court {
            let total = try await from.count(of: table)
            var copied = 0
            var last: [StoredValue]?
            progress(table.name, 0, total)
            while copied < total {
                let rows = try await from.rows(of: table, after: last, limit: batchSize)
                guard let tail = rows.last else { break }
                try await to.insert(rows, into: table)
                copied += rows.count
                last = table.keyValues(of: tail)
                progress(table.name, copied, total)
            }
        }
        try await to.finishReceiving()
        var results: [TableResult] = []
        for table in TableSchema.court {
            let source = try await Self.checksum(of: table, in: from, batchSize: batchSize)
            let destination = try await Self.checksum(of: table, in: to, batchSize: batchSize)
            results.append(TableResult(table: table.name, rows: source.rows, sourceChecksum: source.digest,
                                       destinationChecksum: destination.rows == source.rows ? destination.digest : "rows: \(destination.rows)"))
        }
        return results
    }

    /// A SHA-256 of the table's rows in key order, in a form both engines give alike: instants
    /// to the millisecond (SQLite's precision), JSON with sorted keys.
    public static func checksum(of table: TableSchema, in store: any CourtTables, batchSize: Int = 2_000) async throws -> (rows: Int, digest: String) {
        var hasher = SHA256()
        var count = 0
        var last: [StoredValue]?
        while true {
            let rows = try await store.rows(of: table, after: last, limit: batchSize)
            for row in rows {
                for value in row { hasher.update(data: Data(canonical(value).utf8)); hasher.update(data: Data([0x1f])) }
                hasher.update(data: Data([0x1e]))
            }
            count += rows.count
            guard rows.count == batchSize, let tail = rows.last else { break }
            last = table.keyValues(of: tail)
        }
        return (count, hasher.finalize().hex)
    }

    static func canonical(_ value: StoredValue) -> String {
        switch value {
        case .null: return "∅"
        case .integer(let number): return "i\(number)"
        case .text(let text): return "t" + text
        case .bool(let flag): return flag ? "b1" : "b0"
        case .date(let date): return "d\(date)"
        case .instant(let instant): return "m\(Int64((instant.timeIntervalSince1970 * 1000).rounded()))"
        case .json(let text):
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]),
                  let sorted = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed]) else {
                return "j?" + text
            }
            return "j" + String(decoding: sorted, as: UTF8.self)
        case .bytes(let data): return "x" + data.base64EncodedString()
        }
    }
}

/// The destination of a copy already holds a court.
public struct DestinationNotEmpty: Error, CustomStringConvertible {
    public let table: String
    public let rows: Int
    public init(table: String, rows: Int) {
        self.table = table
        self.rows = rows
    }
    public var description: String { "the destination is not empty (\(table) holds \(rows) rows); copy into a new, empty database" }
}
