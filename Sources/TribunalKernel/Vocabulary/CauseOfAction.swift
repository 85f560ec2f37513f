/// The controlled vocabulary of causes of action (案由) that reach the Tribunal, in zh and en.
public enum CauseOfAction: String, CaseIterable, Codable, Sendable {
    case inventionPatentInfringement
    case utilityModelPatentInfringement
    case designPatentInfringement
    case confirmationOfPatentNonInfringement
    case patentOwnership
    case patentLicenceContract
    case patentInvalidation
    case patentApplicationRejection
    case technicalSecret
    case computerSoftwareCopyright
    case softwareDevelopmentContract
    case newPlantVariety
    case integratedCircuitLayoutDesign
    case monopoly
    case technologyContract
    case maliciousIPLitigation

    public var zh: String {
        switch self {
        case .inventionPatentInfringement: return "侵害发明专利权纠纷"
        case .utilityModelPatentInfringement: return "侵害实用新型专利权纠纷"
        case .designPatentInfringement: return "侵害外观设计专利权纠纷"
        case .confirmationOfPatentNonInfringement: return "确认不侵害专利权纠纷"
        case .patentOwnership: return "专利权权属纠纷"
        case .patentLicenceContract: return "专利实施许可合同纠纷"
        case .patentInvalidation: return "发明专利权无效行政纠纷"
        case .patentApplicationRejection: return "专利申请驳回复审行政纠纷"
        case .technicalSecret: return "侵害技术秘密纠纷"
        case .computerSoftwareCopyright: return "侵害计算机软件著作权纠纷"
        case .softwareDevelopmentContract: return "计算机软件开发合同纠纷"
        case .newPlantVariety: return "侵害植物新品种权纠纷"
        case .integratedCircuitLayoutDesign: return "侵害集成电路布图设计专有权纠纷"
        case .monopoly: return "垄断纠纷"
        case .technologyContract: return "技术合同纠纷"
        case .maliciousIPLitigation: return "因恶意提起知识产权诉讼损害责任纠纷"
        }
    }

    public var en: String {
        switch self {
        case .inventionPatentInfringement: return "Invention patent infringement"
        case .utilityModelPatentInfringement: return "Utility model patent infringement"
        case .designPatentInfringement: return "Design patent infringement"
        case .confirmationOfPatentNonInfringement: return "Confirmation of non-infringement of a patent"
        case .patentOwnership: return "Patent ownership"
        case .patentLicenceContract: return "Patent licence contract"
        case .patentInvalidation: return "Patent invalidation (administrative)"
        case .patentApplicationRejection: return "Rejection of a patent application (administrative)"
        case .technicalSecret: return "Technical secret infringement"
        case .computerSoftwareCopyright: return "Computer software copyright infringement"
        case .softwareDevelopmentContract: return "Software development contract"
        case .newPlantVariety: return "New plant variety infringement"
        case .integratedCircuitLayoutDesign: return "Integrated circuit layout design infringement"
        case .monopoly: return "Monopoly"
        case .technologyContract: return "Technology contract"
        case .maliciousIPLitigation: return "Damage from malicious IP litigation"
        }
    }

    /// Causes tried as administrative cases (知行终, 知行申, 知行再); the rest are civil.
    public var isAdministrative: Bool {
        self == .patentInvalidation || self == .patentApplicationRejection
    }
}

extension TribunalCaseType {
    /// Whether the type is an administrative docket (知行…).
    public var isAdministrative: Bool {
        self == .administrativeAppeal || self == .administrativeRetrialReview || self == .administrativeRetrial
    }

    /// Whether the case reviews a final decision (retrial review and retrial), which may be any
    /// court's, the SPC's own included, rather than appealing a first-instance one.
    public var reviewsFinalDecision: Bool {
        switch self {
        case .civilRetrialReview, .administrativeRetrialReview, .civilRetrial, .administrativeRetrial: return true
        case .civilAppeal, .administrativeAppeal, .jurisdictionAppeal: return false
        }
    }
}
