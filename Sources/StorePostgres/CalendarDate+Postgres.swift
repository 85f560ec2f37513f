import NIOCore
import PostgresNIO
import TribunalKernel

/// Calendar dates are PostgreSQL `date`s, in its binary form: days since 2000-01-01.
extension CalendarDate: PostgresEncodable, PostgresNonThrowingEncodable, PostgresDecodable {
    /// 2000-01-01, PostgreSQL's day 0, as days since 1970-01-01.
    private static let postgresEpoch = 10_957

    public static var psqlType: PostgresDataType { .date }
    public static var psqlFormat: PostgresFormat { .binary }

    public func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        byteBuffer.writeInteger(Int32(daysSinceEpoch - Self.postgresEpoch))
    }

    public init<JSONDecoder: PostgresJSONDecoder>(from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
                                                  context: PostgresDecodingContext<JSONDecoder>) throws {
        guard type == .date, format == .binary, buffer.readableBytes == 4, let days = buffer.readInteger(as: Int32.self) else {
            throw PostgresDecodingError.Code.typeMismatch
        }
        self.init(daysSinceEpoch: Int(days) + Self.postgresEpoch)
    }
}
