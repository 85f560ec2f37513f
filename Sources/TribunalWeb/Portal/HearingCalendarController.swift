import Crypto
import Foundation
import Hummingbird
import TribunalKernel
import Accounts
import Docket
import CourtOperations

/// Hearings as people follow them: a week's calendar per judge or courtroom in the workspace, an
/// iCalendar feed per case (signed in) and per judge at a secret address a calendar application
/// can subscribe to, and the public announcements (开庭公告) of the portal in both languages.
struct HearingCalendarController {
    let services: TribunalServices
    let responder: StaffResponder

    var clock: @Sendable () -> Date { responder.clock }

    func addRoutes(to router: some RouterMethods<TribunalRequestContext>) {
        let staff = router.group().add(middleware: responder.authenticator)
        staff.get("{lang}/staff/calendar", use: week)
        staff.get("{lang}/staff/cases/{id}/hearings.ics", use: caseFeed)
        router.get("calendars/judges/{token}", use: judgeFeed)
        router.get("{lang}/hearings", use: announcements)
    }

    /// The secret address of a judge's feed: an HMAC of the judge's id under a key every process shares.
    private func token(judge id: Int64) async throws -> String {
        let key = SymmetricKey(data: try await services.portal.sharedSecret(named: "hearing-feed-key", at: clock()))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("judge:\(id)".utf8), using: key)
        return "\(id)-" + Data(mac).prefix(20).base64URLEncodedString()
    }

    private func feed(_ name: String, _ hearings: [Hearing], filename: String) async throws -> Response {
        let rooms = Dictionary(uniqueKeysWithValues: try await services.hearings.hearings.courtrooms().map { ($0.id, $0) })
        let text = HearingCalendarFeed(name: name, hearings: hearings, courtrooms: rooms).text(stampedAt: clock())
        return Response(status: .ok, headers: [.contentType: "text/calendar; charset=utf-8", .contentDisposition: "inline; filename=\"\(filename)\""],
                        body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    @Sendable func caseFeed(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context) { _, _, _ in
            let id = try WorkspaceController.caseId(context)
            let courtCase = try await services.docket.courtCase(id: id)
            return try await feed(courtCase.number.canonical, try await services.hearings.hearings.hearings(caseId: id), filename: "case-\(id).ics")
        }
    }

    /// A judge's hearings from a month ago to a year ahead, at the address only the judge is shown.
    @Sendable func judgeFeed(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let given = context.parameters.get("token") ?? ""
        guard given.hasSuffix(".ics"), let id = given.split(separator: "-").first.flatMap({ Identifier.parse(String($0)) }),
              (try await token(judge: id) + ".ics").equalsInConstantTime(given) else { throw HTTPError(.notFound) }
        let today = CalendarDate(clock())
        let hearings = try await services.hearings.calendar(from: today.adding(days: -30), through: today.adding(days: 330), judgeId: id)
        let name = try await services.staff.allStaff().first { $0.id == id }?.nameZh ?? "#\(id)"
        return try await feed("\(name) 庭审", hearings, filename: "judge-\(id).ics")
    }

    @Sendable func week(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        try await responder.asStaff(request, context) { account, language, _ in
            let fields = try request.queryFields().nonEmpty
            let today = CalendarDate(clock())
            let start = (try fields.date("week") ?? today)
            let monday = start.adding(days: -(start.isoWeekday - 1))
            let courtroom = try fields.parsed("courtroom", expected: "a courtroom's id", Identifier.parse)
            let judge = try fields.parsed("judge", expected: "a staff id", Identifier.parse) ?? (courtroom == nil ? account.staffId : nil)
            let hearings = try await services.hearings.calendar(from: monday, through: monday.adding(days: 6), judgeId: judge, courtroomId: courtroom)
            let feedURL = judge != nil && judge == account.staffId ? "/calendars/judges/\(try await token(judge: judge!)).ics" : nil
            let model = HearingWeekPage.Model(monday: monday, hearings: hearings, judgeId: judge, courtroomId: courtroom,
                                              staff: try await services.staff.allStaff(), courtrooms: try await services.hearings.hearings.courtrooms(),
                                              feedURL: feedURL, wording: responder.wording(language))
            return responder.page(model, language, request, account: account)
        }
    }

    @Sendable func announcements(_ request: Request, context: TribunalRequestContext) async throws -> Response {
        let language = try context.portalLanguage()
        let today = CalendarDate(clock())
        let hearings = try await services.hearings.announcements(from: today, days: 30)
        let courtCases = try await withThrowingTaskGroup(of: (Int64, CourtCase?).self) { group in
            for id in Set(hearings.map(\.caseId)) { group.addTask { (id, try await services.docket.cases.find(id: id)) } }
            return try await group.reduce(into: [Int64: CourtCase]()) { $0[$1.0] = $1.1 }
        }
        let model = HearingAnnouncementsPage.Model(hearings: hearings, cases: courtCases, courtrooms: try await services.hearings.hearings.courtrooms(),
                                                   wording: responder.wording(language))
        return responder.renderer.render(model, language: language, request: request)
    }
}
