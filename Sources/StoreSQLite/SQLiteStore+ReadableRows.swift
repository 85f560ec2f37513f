import GRDB
import Logging

extension SQLiteStore {
    /// Where rows that cannot be read are reported.
    static let logger = Logger(label: "tribunal.store")

    /// The rows of a list read through `decode`. A row that cannot be read is one item missing
    /// from the list and an error in the log, never a failed page for every user of the list.
    static func readable<Item>(_ rows: [Row], _ kind: String, _ decode: (Row) throws -> Item) -> [Item] {
        rows.compactMap { row in
            do {
                return try decode(row)
            } catch {
                logger.error("\(kind) row \(row["id"] as Int64? ?? 0) cannot be read and is left out of the list: \(error)")
                return nil
            }
        }
    }

    /// `readable` for the store's own lists.
    func readable<Item>(_ rows: [Row], _ kind: String, _ decode: (Row) throws -> Item) -> [Item] {
        Self.readable(rows, kind, decode)
    }

    /// The rows of `sql`, read through `decode` inside GRDB's asynchronous read. Rows are not
    /// `Sendable`: a read that returned them would resolve to GRDB's blocking `read`, which holds
    /// a thread of the cooperative pool while it waits for a reader; under concurrent requests
    /// that pool (one thread per core) stopped the server.
    static func readList<Item: Sendable>(_ reader: any DatabaseReader, _ kind: String, sql: String, arguments: StatementArguments = [],
                                         _ decode: @escaping @Sendable (Row) throws -> Item) async throws -> [Item] {
        try await reader.read { db in readable(try Row.fetchAll(db, sql: sql, arguments: arguments), kind, decode) }
    }
}
