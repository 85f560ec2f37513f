import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// The staff list and accounts, kept by admins.
struct StaffController {
    let staff: StaffService
    let accounts: AccountService

    func addRoutes(to group: some RouterMethods<TribunalRequestContext>) {
        group.get("staff", use: list)
        group.post("staff", use: add)
        group.post("accounts", use: addAccount)
        group.post("accounts/{username}/unlock", use: unlock)
    }

    struct StaffList: ResponseEncodable { let staff: [StaffMember] }
    struct NewAccount: Decodable { let username: String; let password: String; let role: Role; let staffId: Int64? }
    struct AccountCreated: ResponseEncodable { let id: Int64; let username: String; let role: Role; let staffId: Int64? }

    @Sendable func list(_ request: Request, context: TribunalRequestContext) async throws -> StaffList {
        _ = try context.require(.readDocket)
        return StaffList(staff: try await staff.allStaff())
    }

    @Sendable func add(_ request: Request, context: TribunalRequestContext) async throws -> EditedResponse<StaffMember> {
        _ = try context.require(.administer)
        let member = try await staff.add(try await request.decodeJSON(NewStaffMember.self, context: context))
        return EditedResponse(status: .created, response: member)
    }

    @Sendable func addAccount(_ request: Request, context: TribunalRequestContext) async throws -> EditedResponse<AccountCreated> {
        _ = try context.require(.administer)
        let body = try await request.decodeJSON(NewAccount.self, context: context)
        let account = try await accounts.createAccount(username: body.username, password: body.password, role: body.role, staffId: body.staffId)
        return EditedResponse(status: .created, response: AccountCreated(id: account.id, username: account.username, role: account.role,
                                                                       staffId: account.staffId))
    }

    @Sendable func unlock(_ request: Request, context: TribunalRequestContext) async throws -> HTTPResponse.Status {
        _ = try context.require(.administer)
        try await accounts.unlock(username: context.parameters.get("username") ?? "")
        return .noContent
    }
}
