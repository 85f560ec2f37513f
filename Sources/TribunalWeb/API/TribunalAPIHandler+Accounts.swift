import Foundation
import Hummingbird
import OpenAPIRuntime
import TribunalAPI
import TribunalKernel
import Accounts
import Docket

/// Sign-in (credentials in, a bearer token out), the staff list and accounts, kept by admins.
extension TribunalAPIHandler {
    private struct Credentials: Decodable { let username: String; let password: String }
    private struct IssuedToken: Encodable { let token: String; let expiresAt: Date; let tokenType = "Bearer" }
    private struct SignedIn: Encodable { let username: String; let role: Role }
    private struct NewAccount: Decodable { let username: String; let password: String; let role: Role; let staffId: Int64? }
    private struct CreatedAccount: Encodable { let id: Int64; let username: String; let role: Role; let staffId: Int64? }
    private struct StaffList: Encodable { let staff: [StaffMember] }

    func issueToken(_ input: Operations.IssueToken.Input) async throws -> Operations.IssueToken.Output {
        let json = switch input.body { case let .json(body): body }
        let credentials: Credentials = try SpecBridge.domain(json)
        guard let issued = try await accounts.issueToken(username: credentials.username, password: credentials.password,
                                                        clientAddress: try APIRequestScope.current.remoteIP, now: clock()) else {
            throw HTTPError(.unauthorized, message: "unknown username or wrong password")
        }
        return .ok(.init(body: .json(try SpecBridge.spec(IssuedToken(token: issued.token, expiresAt: issued.expiresAt)))))
    }

    func me(_ input: Operations.Me.Input) async throws -> Operations.Me.Output {
        let account = try APIRequestScope.requireIdentity()
        return .ok(.init(body: .json(try SpecBridge.spec(SignedIn(username: account.username, role: account.role)))))
    }

    func listStaff(_ input: Operations.ListStaff.Input) async throws -> Operations.ListStaff.Output {
        _ = try APIRequestScope.require(.readDocket)
        return .ok(.init(body: .json(try SpecBridge.spec(StaffList(staff: try await services.staff.allStaff())))))
    }

    func addStaff(_ input: Operations.AddStaff.Input) async throws -> Operations.AddStaff.Output {
        _ = try APIRequestScope.require(.administer)
        let json = switch input.body { case let .json(body): body }
        let member = try await services.staff.add(try SpecBridge.domain(json, as: NewStaffMember.self))
        return .created(.init(body: .json(try SpecBridge.spec(member))))
    }

    func addAccount(_ input: Operations.AddAccount.Input) async throws -> Operations.AddAccount.Output {
        _ = try APIRequestScope.require(.administer)
        let json = switch input.body { case let .json(body): body }
        let body: NewAccount = try SpecBridge.domain(json)
        let account = try await accounts.createAccount(username: body.username, password: body.password, role: body.role, staffId: body.staffId)
        let created = CreatedAccount(id: account.id, username: account.username, role: account.role, staffId: account.staffId)
        return .created(.init(body: .json(try SpecBridge.spec(created))))
    }

    func unlockAccount(_ input: Operations.UnlockAccount.Input) async throws -> Operations.UnlockAccount.Output {
        _ = try APIRequestScope.require(.administer)
        try await accounts.unlock(username: input.path.username)
        return .noContent(.init())
    }
}
