import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch

/// The staff side of the public mailbox: reading what the portal's form received.
struct MailboxController {
    let portal: any PortalRepository

    func addRoutes(to group: some RouterMethods<TribunalRequestContext>) {
        group.get("mailbox", use: list)
    }

    struct MessageList: ResponseEncodable { let messages: [StoredMailboxMessage] }

    @Sendable func list(_ request: Request, context: TribunalRequestContext) async throws -> MessageList {
        _ = try context.require(.readMailbox)
        let offset = try request.queryNumber("cursor", in: 0...Paging.deepestOffset, expected: "a cursor returned by this API") ?? 0
        return MessageList(messages: try await portal.mailbox(limit: 50, offset: offset))
    }
}
