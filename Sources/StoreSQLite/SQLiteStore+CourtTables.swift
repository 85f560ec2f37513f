import Foundation
import GRDB
import StoreRecords
import TribunalKernel

extension SQLiteStore: CourtTables {
    public func rows(of table: TableSchema, after key: [StoredValue]?, limit: Int) async throws -> [[StoredValue]] {
        let keyList = table.key.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: table.key.count).joined(separator: ", ")
        let after = key == nil ? "" : "WHERE (\(keyList)) > (\(placeholders))"
        let sql = "SELECT \(Self.columnList(table)) FROM \(table.name) \(after) ORDER BY \(keyList) LIMIT ?"
        let arguments = StatementArguments((key ?? []).map(Self.databaseValue) + [limit.databaseValue])
        return try await writer.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                try table.columns.enumerated().map { index, column in try Self.stored(row[index] as DatabaseValue, column) }
            }
        }
    }

    public func count(of table: TableSchema) async throws -> Int {
        try await writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.name)") ?? 0 }
    }

    public func insert(_ rows: [[StoredValue]], into table: TableSchema) async throws {
        let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let sql = "INSERT INTO \(table.name) (\(Self.columnList(table))) VALUES (\(placeholders))"
        try await writer.write { db in
            let statement = try db.cachedStatement(sql: sql)
            for row in rows {
                try statement.execute(arguments: StatementArguments(row.map(Self.databaseValue)))
            }
        }
    }

    public func prepareToReceive() async throws {
        try await writer.write { db in
            for table in TableSchema.court where table.name != "searchFeedHead" {
                let rows = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.name)") ?? 0
                if rows > 0 { throw DestinationNotEmpty(table: table.name, rows: rows) }
            }
            try db.execute(sql: "DELETE FROM searchFeedHead")
        }
    }

    /// SQLite's AUTOINCREMENT counters follow the largest inserted id by themselves.
    public func finishReceiving() async throws {}

    private static func columnList(_ table: TableSchema) -> String {
        table.columns.map(\.name).joined(separator: ", ")
    }

    static func stored(_ value: DatabaseValue, _ column: TableSchema.Column) throws -> StoredValue {
        if value.isNull { return .null }
        func failed() -> StoredRowError { StoredRowError(column: column.name, value: "\(value)") }
        switch column.kind {
        case .integer: guard let number = Int64.fromDatabaseValue(value) else { throw failed() }; return .integer(number)
        case .text: guard let text = String.fromDatabaseValue(value) else { throw failed() }; return .text(text)
        case .json: guard let text = String.fromDatabaseValue(value) else { throw failed() }; return .json(text)
        case .bool: guard let flag = Bool.fromDatabaseValue(value) else { throw failed() }; return .bool(flag)
        case .date: guard let date = CalendarDate.fromDatabaseValue(value) else { throw failed() }; return .date(date)
        case .instant: guard let instant = Date.fromDatabaseValue(value) else { throw failed() }; return .instant(instant)
        case .bytes: guard let data = Data.fromDatabaseValue(value) else { throw failed() }; return .bytes(data)
        }
    }

    static func databaseValue(_ value: StoredValue) -> DatabaseValue {
        switch value {
        case .null: return .null
        case .integer(let number): return number.databaseValue
        case .text(let text), .json(let text): return text.databaseValue
        case .bool(let flag): return flag.databaseValue
        case .date(let date): return date.databaseValue
        case .instant(let instant): return instant.databaseValue
        case .bytes(let data): return data.databaseValue
        }
    }
}
