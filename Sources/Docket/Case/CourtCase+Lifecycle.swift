import Foundation
import TribunalKernel
import Accounts

extension CourtCase {
    /// Applies `move` if the law and the case's state allow it, and returns the history entry
    /// that records it. On error the case is left unchanged.
    ///
    /// - Parameter staff: the staff list, to check a panel's members (roles and dates in post).
    public mutating func apply(_ move: CaseMove, staff: [Int64: StaffMember], actor: String, at instant: Date) throws -> CaseEvent {
        guard status != .closed else { throw CaseLifecycleError.closedCaseIsFinal(move: move.name) }
        var next = self
        let event: (CaseEvent.Kind, String)
        switch move {
        case let .changeParties(parties):
            try next.requireUndecided(move)
            try NewCase.validate(parties: parties, for: type)
            next.parties = parties
            event = (.partiesChanged, "Parties changed: " + parties.map { "\($0.name) (\($0.role.rawValue))" }.joined(separator: "; "))

        case let .assignPanel(panel):
            try next.requireUndecided(move)
            try panel.validate(staff: staff, on: CalendarDate(instant))
            next.panel = panel
            if next.status == .docketed { next.status = .assigned }
            let names = panel.allJudgeIds.map { staff[$0]?.nameZh ?? "#\($0)" }
            event = (.panelAssigned, "Panel assigned: presiding judge \(names[0]), judges \(names.dropFirst().joined(separator: ", "))")

        case let .scheduleHearing(date):
            guard next.panel != nil else { throw CaseLifecycleError.panelRequired(move: move.name) }
            guard [.assigned, .hearingScheduled].contains(next.status) else {
                throw CaseLifecycleError.moveNotAllowed(move: move.name, from: next.status)
            }
            try Self.require(date, notBefore: docketedOn, field: "hearingOn", what: "the hearing")
            next.hearingOn = date
            next.status = .hearingScheduled
            event = (.hearingScheduled, "Hearing scheduled for \(date)")

        case let .recordHearing(date):
            guard next.status == .hearingScheduled else { throw CaseLifecycleError.moveNotAllowed(move: move.name, from: next.status) }
            try Self.require(date, notBefore: docketedOn, field: "heardOn", what: "the hearing")
            next.hearingOn = date
            next.status = .heard
            event = (.heard, "Heard on \(date)")

        case let .decide(disposition, date):
            guard next.panel != nil else { throw CaseLifecycleError.panelRequired(move: move.name) }
            guard [.assigned, .hearingScheduled, .heard].contains(next.status) else {
                throw CaseLifecycleError.moveNotAllowed(move: move.name, from: next.status)
            }
            try Self.require(date, notBefore: docketedOn, field: "decidedOn", what: "the decision")
            // The history stays in order: no decision before an extension or request it records.
            let latestExtension = ([next.extensionRequest?.requestedOn] + next.extensions.map(\.approvedOn)).compactMap { $0 }.max()
            if let latestExtension { try Self.require(date, notBefore: latestExtension, field: "decidedOn", what: "the decision") }
            next.disposition = disposition
            next.decidedOn = date
            next.status = .decided
            // A request to extend a period that has now ended lapses.
            let lapsed = next.extensionRequest.map { "; the extension requested on \($0.requestedOn) lapses" } ?? ""
            next.extensionRequest = nil
            event = (.decided, "Decided on \(date): \(disposition.en) (\(disposition.zh))\(lapsed)")

        case let .close(date):
            guard next.status == .decided, let decidedOn = next.decidedOn else {
                throw CaseLifecycleError.undecidedCaseCannotClose(next.status)
            }
            try Self.require(date, notBefore: decidedOn, field: "closedOn", what: "closing")
            next.closedOn = date
            next.status = .closed
            event = (.closed, "Closed on \(date)")

        case let .recordExclusion(exclusion):
            try next.requireUndecided(move)
            try exclusion.validate()
            try Self.require(exclusion.from, notBefore: docketedOn, field: "from", what: "an excluded interval")
            if let running = next.exclusions.firstIndex(where: { $0.to == nil && $0.kind == exclusion.kind }) {
                throw InvalidValue(field: "kind", "a \(exclusion.kind.rawValue) interval is already running (index \(running)); end it first")
            }
            next.exclusions.append(exclusion)
            event = (.exclusionRecorded, "Excluded from the trial period (\(exclusion.kind.rawValue)) from \(exclusion.from)\(exclusion.to.map { " to \($0)" } ?? ""): \(exclusion.reason); approved by \(exclusion.approvedBy)")

        case let .endExclusion(index, date):
            guard next.exclusions.indices.contains(index), next.exclusions[index].to == nil else {
                throw CaseLifecycleError.noRunningExclusion(index: index)
            }
            try Self.require(date, notBefore: next.exclusions[index].from, field: "on", what: "the end of the interval")
            next.exclusions[index].to = date
            event = (.exclusionEnded, "Excluded interval \(index) (\(next.exclusions[index].kind.rawValue)) ended on \(date)")

        case var .approveExtension(extension_):
            try next.requireUndecided(move)
            if let filedBy = next.extensionRequest?.filedBy, filedBy == actor { throw TrialPeriodExtensionRefusal.decidedByRequester(account: actor) }
            // Approving the pending request: the day it was made is on record.
            if extension_.requestedOn == nil { extension_.requestedOn = next.extensionRequest?.requestedOn }
            try extension_.validate()
            if let requestedOn = extension_.requestedOn { try Self.require(requestedOn, notBefore: docketedOn, field: "requestedOn", what: "the request") }
            try Self.require(extension_.approvedOn, notBefore: docketedOn, field: "approvedOn", what: "the approval")
            guard trialPeriodLimit != nil else { throw TrialPeriodExtensionRefusal.noLimitApplies }
            // The period as it stood the day the extension was decided; one decided after it
            // expired cannot make the case timely again. The extension runs from its last day
            // before that day is moved off a rest day.
            let standing = trialPeriod(asOf: extension_.approvedOn)
            guard let expiry = standing.dueOn, let nominal = standing.nominalDueOn else { throw TrialPeriodExtensionRefusal.noLimitApplies }
            guard extension_.approvedOn <= expiry else {
                throw TrialPeriodExtensionRefusal.decidedAfterExpiry(expiredOn: expiry, decidedOn: extension_.approvedOn)
            }
            extension_.extendedPeriodEndedOn = expiry
            extension_.extendedFrom = nominal
            next.extensions.append(extension_)
            next.extensionRequest = nil
            event = (.extensionApproved, "Trial period extended by \(extension_.months) month(s) and \(extension_.days) day(s): \(extension_.reason); approved by \(extension_.approvedBy) on \(extension_.approvedOn)")

        case var .requestExtension(request):
            try next.requireUndecided(move)
            try request.validate()
            request.filedBy = actor
            guard trialPeriodLimit != nil else { throw TrialPeriodExtensionRefusal.noLimitApplies }
            if let pending = next.extensionRequest {
                throw InvalidValue(field: "requestedOn", "a request made on \(pending.requestedOn) is waiting for its decision; approve or refuse it first")
            }
            try Self.require(request.requestedOn, notBefore: docketedOn, field: "requestedOn", what: "the request")
            next.extensionRequest = request
            event = (.extensionRequested, "Extension of \(request.months) month(s) and \(request.days) day(s) requested on \(request.requestedOn) by \(request.requestedBy): \(request.reason)")

        case let .refuseExtension(date, approver, reason):
            guard let pending = next.extensionRequest else {
                throw InvalidValue(field: "extensionRequest", "no request to extend the trial period is waiting for a decision")
            }
            if pending.filedBy == actor { throw TrialPeriodExtensionRefusal.decidedByRequester(account: actor) }
            try Self.require(date, notBefore: pending.requestedOn, field: "on", what: "the refusal")
            try TextField.check(approver, field: "by", maxLength: 100)
            try TextField.check(reason, field: "reason", maxLength: 2000, multiline: true)
            if approver.isBlank { throw InvalidValue(field: "by", "a refusal names who refused") }
            next.extensionRequest = nil
            event = (.extensionRefused, "Extension requested on \(pending.requestedOn) refused on \(date) by \(approver)\(reason.isBlank ? "" : ": " + reason)")
        }
        next.version += 1
        self = next
        return CaseEvent(kind: event.0, actor: actor, at: instant, summary: event.1)
    }

    private func requireUndecided(_ move: CaseMove) throws(CaseLifecycleError) {
        if status == .decided { throw .decidedCaseCannotChange(move: move.name) }
    }

    private static func require(_ date: CalendarDate, notBefore earliest: CalendarDate, field: String, what: String) throws(InvalidValue) {
        guard date >= earliest else { throw InvalidValue(field: field, "\(what) (\(date)) cannot be before \(earliest)") }
        try date.require(in: CalendarDate.docketRange, field: field)
    }
}
