import Foundation
import TribunalKernel
import Accounts
import Docket

/// What a removal from a judgment's public text protects, with the rule that requires it:
/// 最高人民法院关于人民法院在互联网公布裁判文书的规定 (法释〔2016〕19号).
public enum RedactionKind: String, CaseIterable, Codable, Sendable {
    /// Art. 8–9: a natural person's name keeps its surname (刘某).
    case personName
    /// Art. 10(1): a natural person's home address. Organisations' addresses stay.
    case homeAddress
    /// Art. 10(1): an identity document's number.
    case idNumber
    /// Art. 10(1): a means of communication.
    case phone
    /// Art. 10(1): a means of communication.
    case email
    /// Art. 10(1)–(2): a bank account, a natural person's or an organisation's.
    case bankAccount
    /// Art. 10(1)–(2): a vehicle's plate.
    case vehiclePlate
    /// Art. 10(1)–(2): the number of a certificate of title to property.
    case propertyCertificate
    /// Art. 8(3): information that identifies a minor.
    case minorInformation
    /// Art. 10(3): a trade secret (a confidential technical passage).
    case confidentialPassage

    /// The rule, as a reviewer reads it.
    public var reason: String {
        switch self {
        case .personName: return "法释〔2016〕19号 第八条、第九条：自然人隐名，保留姓氏"
        case .homeAddress: return "法释〔2016〕19号 第十条第一项：自然人的家庭住址"
        case .idNumber: return "法释〔2016〕19号 第十条第一项：身份证件号码"
        case .phone, .email: return "法释〔2016〕19号 第十条第一项：通讯方式"
        case .bankAccount: return "法释〔2016〕19号 第十条第一项、第二项：银行账号"
        case .vehiclePlate: return "法释〔2016〕19号 第十条第一项、第二项：车牌号码"
        case .propertyCertificate: return "法释〔2016〕19号 第十条第一项、第二项：动产或不动产权属证书编号"
        case .minorInformation: return "法释〔2016〕19号 第八条第三项：未成年人的信息"
        case .confidentialPassage: return "法释〔2016〕19号 第十条第三项：商业秘密"
        }
    }

    /// What stands in the public text where the removed text was.
    public func marker(_ language: Redactor.Language) -> String {
        switch (self, language) {
        case (.homeAddress, .zh): return "〔住址已隐去〕"
        case (.homeAddress, .en): return "[address withheld]"
        case (.idNumber, .zh): return "〔身份证号码已隐去〕"
        case (.idNumber, .en): return "[ID number withheld]"
        case (.phone, .zh): return "〔电话号码已隐去〕"
        case (.phone, .en): return "[phone number withheld]"
        case (.email, .zh): return "〔电子邮箱已隐去〕"
        case (.email, .en): return "[e-mail address withheld]"
        case (.bankAccount, .zh): return "〔银行账号已隐去〕"
        case (.bankAccount, .en): return "[bank account withheld]"
        case (.vehiclePlate, .zh): return "〔车牌号码已隐去〕"
        case (.vehiclePlate, .en): return "[plate number withheld]"
        case (.propertyCertificate, .zh): return "〔权属证书编号已隐去〕"
        case (.propertyCertificate, .en): return "[certificate number withheld]"
        case (.minorInformation, .zh): return "〔未成年人信息已隐去〕"
        case (.minorInformation, .en): return "[information on a minor withheld]"
        case (.confidentialPassage, _): return Redactor.confidentialMarker(language)
        case (.personName, .zh): return "〔姓名已隐去〕"
        case (.personName, .en): return "[name withheld]"
        }
    }
}

/// One removal the redactor proposes in a text: what it is, why, where (UTF-16 offsets of the
/// original text, as NSRange counts them) and what replaces it. A reviewer accepts or rejects each.
public struct ProposedRedaction: Codable, Hashable, Sendable {
    public var kind: RedactionKind
    public var location: Int
    public var length: Int
    public var original: String
    public var replacement: String

    public init(kind: RedactionKind, location: Int, length: Int, original: String, replacement: String) {
        self.kind = kind
        self.location = location
        self.length = length
        self.original = original
        self.replacement = replacement
    }

    public var reason: String { kind.reason }
    var range: NSRange { NSRange(location: location, length: length) }
}
