import Foundation

/// A court: the Tribunal itself, or a court whose first-instance judgments the Tribunal hears on
/// appeal.
public struct Court: Codable, Hashable, Sendable {
    /// The kinds of court in the Tribunal's appellate jurisdiction.
    public enum Kind: String, Codable, Sendable {
        /// The Intellectual Property Tribunal of the Supreme People's Court.
        case tribunal
        /// A specialised IP court (Beijing, Shanghai, Guangzhou, Hainan Free Trade Port).
        case ipCourt
        /// An intermediate people's court with jurisdiction over technical IP cases.
        case intermediate
    }

    /// The code used in case numbers: 最高法, 京73, 苏01.
    public let code: String
    public let zh: String
    public let en: String
    public let kind: Kind
    public let regionZh: String
    public let regionEn: String
    /// Beijing IP Court alone hears patent-validity administrative cases at first instance.
    public let hearsPatentValidityCases: Bool
}

/// The courts shipped with Tribunal (`Resources/courts.json`), looked up by case-number code.
public struct CourtDirectory: Sendable {
    public let courts: [Court]
    private let byCode: [String: Court]

    public init(courts: [Court]) {
        self.courts = courts
        self.byCode = Dictionary(courts.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public static let official: CourtDirectory = {
        struct File: Decodable { let courts: [Court] }
        do {
            return CourtDirectory(courts: try JSONDecoder().decode(File.self, from: BundledResource.data(named: "courts")).courts)
        } catch {
            fatalError("courts.json is unreadable: \(error)")
        }
    }()

    public func court(code: String) -> Court? { byCode[code] }

    /// The Tribunal itself.
    public var tribunal: Court { courts.first { $0.kind == .tribunal }! }

    /// The courts whose judgments can be appealed to the Tribunal.
    public var originCourts: [Court] { courts.filter { $0.kind != .tribunal } }
}
