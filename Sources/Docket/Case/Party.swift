import TribunalKernel
import Accounts

/// A party to a case, in the role it plays before the Tribunal.
public struct Party: Codable, Hashable, Sendable {
    /// The procedural role (诉讼地位).
    public enum Role: String, CaseIterable, Codable, Sendable {
        /// 上诉人
        case appellant
        /// 被上诉人
        case appellee
        /// 原审第三人
        case originalThirdParty
        /// 再审申请人
        case retrialApplicant
        /// 被申请人
        case respondent
    }

    /// A natural person or an organisation (company, institute, administrative organ).
    public enum Kind: String, Codable, Sendable {
        case person
        case organisation
    }

    public var role: Role
    public var kind: Kind
    public var name: String
    public var nameEn: String?
    /// False for a party without domicile in China, whose appeal period is 30 days (CPL Art. 286).
    public var domiciledInChina: Bool
    public var counsel: [Counsel]

    public init(role: Role, kind: Kind, name: String, nameEn: String? = nil,
                domiciledInChina: Bool = true, counsel: [Counsel] = []) {
        self.role = role
        self.kind = kind
        self.name = name
        self.nameEn = nameEn
        self.domiciledInChina = domiciledInChina
        self.counsel = counsel
    }

    private enum CodingKeys: String, CodingKey { case role, kind, name, nameEn, domiciledInChina, counsel }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = try container.decode(Role.self, forKey: .role)
        kind = try container.decode(Kind.self, forKey: .kind)
        name = try container.decode(String.self, forKey: .name)
        nameEn = try container.decodeIfPresent(String.self, forKey: .nameEn)
        domiciledInChina = try container.decodeIfPresent(Bool.self, forKey: .domiciledInChina) ?? true
        counsel = try container.decodeIfPresent([Counsel].self, forKey: .counsel) ?? []
    }
}

extension Party {
    /// Names are single lines of bounded length; a party has at most 20 counsel.
    func validate(field: String) throws(InvalidValue) {
        try TextField.check(name, field: field + ".name", maxLength: 200)
        try TextField.check(nameEn, field: field + ".nameEn", maxLength: 200)
        guard counsel.count <= 20 else { throw InvalidValue(field: field + ".counsel", "a party has at most 20 counsel") }
        for (index, counsel) in counsel.enumerated() {
            try TextField.check(counsel.name, field: "\(field).counsel[\(index)].name", maxLength: 200)
            try TextField.check(counsel.firm, field: "\(field).counsel[\(index)].firm", maxLength: 200)
        }
    }
}

/// A party's representative: a lawyer and firm, or a patent agent.
public struct Counsel: Codable, Hashable, Sendable {
    public var name: String
    public var firm: String?

    public init(name: String, firm: String? = nil) {
        self.name = name
        self.firm = firm
    }
}
