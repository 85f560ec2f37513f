import Foundation
import TribunalKernel

/// What a clerk enters when an application for action preservation arrives.
public struct NewPreservationMatter: Codable, Hashable, Sendable {
    public var stage: PreservationMatter.Stage
    /// The cases heard together that the application is made in (during litigation only).
    public var caseIds: [Int64]
    public var application: PreservationApplication

    public init(stage: PreservationMatter.Stage, caseIds: [Int64], application: PreservationApplication) {
        self.stage = stage
        self.caseIds = caseIds
        self.application = application
    }

    /// The most cases one application may name.
    public static let maximumCases = 20

    /// Checks the application on its own: parties, measures, security, the cases it names.
    /// Before litigation the applicant must offer security (CPL 2023 amendment, Art. 104 para. 1:
    /// without it the application is dismissed).
    public func validate(now: Date) throws(InvalidValue) {
        switch stage {
        case .beforeLitigation:
            guard caseIds.isEmpty else { throw InvalidValue(field: "caseIds", "an application before litigation belongs to no case yet") }
            guard application.securityAmount != nil else {
                throw InvalidValue(field: "application.securityAmount", "an application before litigation must offer security (CPL Art. 104)")
            }
        case .duringLitigation:
            guard !caseIds.isEmpty else { throw InvalidValue(field: "caseIds", "an application during litigation names the case it is made in") }
            guard caseIds.count <= Self.maximumCases, Set(caseIds).count == caseIds.count else {
                throw InvalidValue(field: "caseIds", "at most \(Self.maximumCases) different cases")
            }
        }
        let a = application
        for (field, text) in [("application.applicant", a.applicant), ("application.respondent", a.respondent)] {
            try TextField.check(text, field: field, maxLength: 200)
            guard !text.isBlank else { throw InvalidValue(field: field, "a name is required") }
        }
        guard a.applicant != a.respondent else { throw InvalidValue(field: "application.respondent", "the respondent is another party than the applicant") }
        try TextField.check(a.measures, field: "application.measures", maxLength: 4000, multiline: true)
        guard !a.measures.isBlank else { throw InvalidValue(field: "application.measures", "state the measures asked for") }
        try TextField.check(a.reasons, field: "application.reasons", maxLength: 8000, multiline: true)
        try TextField.check(a.securityForm, field: "application.securityForm", maxLength: 200)
        if let amount = a.securityAmount {
            try MoneyField.check(amount, field: "application.securityAmount", allowZero: stage == .duringLitigation)
        }
        if a.securityForm != nil, a.securityAmount == nil {
            throw InvalidValue(field: "application.securityAmount", "a form of security needs its amount")
        }
        guard a.receivedAt <= now.addingTimeInterval(60) else {
            throw InvalidValue(field: "application.receivedAt", "an application is received by now, not in the future")
        }
        guard CalendarDate(a.receivedAt) >= .tribunalOpened else {
            throw InvalidValue(field: "application.receivedAt", "the Tribunal was established on 2019-01-01")
        }
    }
}
