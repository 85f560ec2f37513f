import Foundation
import PostgresNIO
import StoreRecords
import TribunalKernel

extension PostgresStore: CourtTables {
    public func rows(of table: TableSchema, after key: [StoredValue]?, limit: Int) async throws -> [[StoredValue]] {
        let columns = table.columns.map { $0.kind == .json ? "\($0.name)::text AS \($0.name)" : $0.name }.joined(separator: ", ")
        // Byte order, as SQLite sorts: a database whose collation is a locale's (en_US, zh_CN)
        // would order text keys otherwise, and the checksums of a lossless copy would differ.
        let order = table.keyColumns.map { column in column.kind == .text ? "\(column.name) COLLATE \"C\"" : column.name }
            .joined(separator: ", ")
        var binds = PostgresBindings()
        var after = ""
        if let key {
            for value in key { Self.bind(value, into: &binds) }
            after = "WHERE (\(order)) > (" + (1...key.count).map { "$\($0)" }.joined(separator: ", ") + ")"
        }
        let sql = "SELECT \(columns) FROM \(table.name) \(after) ORDER BY \(order) LIMIT \(limit)"
        return try await rows(PostgresQuery(unsafeSQL: sql, binds: binds)).map { row in
            let r = StoredRow(row)
            return try table.columns.map { column in try Self.stored(r, column) }
        }
    }

    public func count(of table: TableSchema) async throws -> Int {
        try await rows(PostgresQuery(unsafeSQL: "SELECT COUNT(*) AS n FROM \(table.name)")).first.map { try StoredRow($0)("n", Int.self) } ?? 0
    }

    public func insert(_ rows: [[StoredValue]], into table: TableSchema) async throws {
        guard !rows.isEmpty else { return }
        let names = table.columns.map(\.name).joined(separator: ", ")
        // Many rows per statement, within PostgreSQL's 65,535 parameters.
        let rowsPerStatement = max(1, 30_000 / table.columns.count)
        try await transaction { connection in
            for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
                var binds = PostgresBindings()
                var tuples: [String] = []
                for row in rows[start..<min(start + rowsPerStatement, rows.count)] {
                    var placeholders: [String] = []
                    for (value, column) in zip(row, table.columns) {
                        Self.bind(value, into: &binds)
                        placeholders.append(column.kind == .json ? "$\(binds.count)::jsonb" : "$\(binds.count)")
                    }
                    tuples.append("(" + placeholders.joined(separator: ", ") + ")")
                }
                let sql = "INSERT INTO \(table.name) (\(names)) VALUES \(tuples.joined(separator: ", "))"
                try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
            }
        }
    }

    public func prepareToReceive() async throws {
        for table in TableSchema.court where table.name != "searchFeedHead" {
            let rows = try await count(of: table)
            if rows > 0 { throw DestinationNotEmpty(table: table.name, rows: rows) }
        }
        try await client.query("DELETE FROM searchFeedHead", logger: logger)
    }

    public func finishReceiving() async throws {
        for table in TableSchema.court where table.generatesId {
            try await client.query(PostgresQuery(unsafeSQL: """
                SELECT setval(pg_get_serial_sequence('\(table.name)', 'id'), COALESCE((SELECT MAX(id) FROM \(table.name)), 0) + 1, false)
                """), logger: logger)
        }
    }

    static func stored(_ r: StoredRow, _ column: TableSchema.Column) throws -> StoredValue {
        switch column.kind {
        case .integer: return try r(column.name, Int64?.self).map(StoredValue.integer) ?? .null
        case .text: return try r(column.name, String?.self).map(StoredValue.text) ?? .null
        case .json: return try r(column.name, String?.self).map(StoredValue.json) ?? .null
        case .bool: return try r(column.name, Bool?.self).map(StoredValue.bool) ?? .null
        case .date: return try r(column.name, CalendarDate?.self).map(StoredValue.date) ?? .null
        case .instant: return try r(column.name, Date?.self).map(StoredValue.instant) ?? .null
        case .bytes: return try r(column.name, Data?.self).map(StoredValue.bytes) ?? .null
        }
    }

    static func bind(_ value: StoredValue, into binds: inout PostgresBindings) {
        switch value {
        case .null: binds.appendNull()
        case .integer(let number): binds.append(number)
        case .text(let text), .json(let text): binds.append(text)
        case .bool(let flag): binds.append(flag)
        case .date(let date): binds.append(date)
        case .instant(let instant): binds.append(instant)
        case .bytes(let data): binds.append(ByteBuffer(data: data))
        }
    }
}
