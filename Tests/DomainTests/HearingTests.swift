import Foundation
import Testing
@testable import TribunalKernel
@testable import Docket
@testable import CourtOperations

@Suite("Hearings: rules, conflicts, calendar feed")
struct HearingTests {
    /// An instant in Beijing time.
    static func at(_ iso: String, _ hour: Int, _ minute: Int = 0) -> Date {
        CalendarDate(iso: iso)!.startInBeijing.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    static let room = Courtroom(id: 1, nameZh: "第一法庭", nameEn: "Courtroom 1", location: "北京市东城区")

    static func hearing(_ id: Int64, _ start: Date, _ end: Date, judges: [Int64] = [1, 2, 3], room: Int64? = 1,
                        counsel: [String] = ["张律师"], mode: Hearing.Mode = .inPerson) -> Hearing {
        Hearing(id: id, caseId: id, caseNumber: CaseNumber(year: 2026, type: .civilAppeal, sequence: Int(id)), mode: mode, courtroomId: room,
                startsAt: start, endsAt: end, judgeIds: judges, clerkId: 5, counsel: counsel, parties: ["甲公司", "乙公司"], isPublic: true,
                scheduledBy: "clerk", scheduledAt: at("2026-12-01", 9))
    }

    static func assignedCase() -> CourtCase {
        var courtCase = Fixtures.docketed(Fixtures.appeal(docketedOn: "2026-11-02"))
        courtCase.panel = Fixtures.panel
        courtCase.status = .assigned
        return courtCase
    }

    @Test("a judge, the courtroom or counsel booked twice at overlapping times is a conflict; back to back is not")
    func conflicts() {
        let existing = [Self.hearing(1, Self.at("2026-12-10", 9), Self.at("2026-12-10", 12))]
        let sameJudge = Self.hearing(2, Self.at("2026-12-10", 11), Self.at("2026-12-10", 13), judges: [3, 4, 6], room: 2, counsel: ["李律师"])
        #expect(HearingRules.conflicts(of: sameJudge, among: existing).map(\.kind) == [.judge])
        let sameRoom = Self.hearing(3, Self.at("2026-12-10", 10), Self.at("2026-12-10", 11), judges: [7, 8, 9], room: 1, counsel: ["李律师"])
        #expect(HearingRules.conflicts(of: sameRoom, among: existing).map(\.kind) == [.courtroom])
        let sameCounsel = Self.hearing(4, Self.at("2026-12-10", 8), Self.at("2026-12-10", 9, 30), judges: [7, 8, 9], room: nil, counsel: ["张律师"], mode: .online)
        #expect(HearingRules.conflicts(of: sameCounsel, among: existing).map(\.kind) == [.counsel])
        let backToBack = Self.hearing(5, Self.at("2026-12-10", 12), Self.at("2026-12-10", 14))
        #expect(HearingRules.conflicts(of: backToBack, among: existing).isEmpty)
        var cancelled = existing[0]
        cancelled.status = .cancelled
        #expect(HearingRules.conflicts(of: sameJudge, among: [cancelled]).isEmpty, "a cancelled hearing books no one")
        let refusal = HearingConflictRefusal(conflicts: HearingRules.conflicts(of: sameJudge, among: existing))
        #expect(refusal.field == "judgeIds")
        #expect(refusal.reason.contains("（2026）最高法知民终1号"))
    }

    @Test("three days' notice, one day, a courtroom in person and none online, a panel first")
    func rules() throws {
        let courtCase = Self.assignedCase()
        let rooms = [Int64(1): Self.room]
        let now = Self.at("2026-12-03", 10)
        func refusal(_ hearing: Hearing, _ courtCase: CourtCase = HearingTests.assignedCase()) -> String? {
            do { try HearingRules.check(hearing, of: courtCase, courtrooms: rooms, now: now); return nil } catch { return error.field }
        }
        #expect(refusal(Self.hearing(1, Self.at("2026-12-06", 9), Self.at("2026-12-06", 12))) == nil, "notified on the 3rd, heard on the 6th")
        #expect(refusal(Self.hearing(1, Self.at("2026-12-05", 9), Self.at("2026-12-05", 12))) == "startsAt")
        #expect(refusal(Self.hearing(1, Self.at("2026-12-08", 12), Self.at("2026-12-08", 9))) == "endsAt")
        #expect(refusal(Self.hearing(1, Self.at("2026-12-08", 20), Self.at("2026-12-09", 2))) == "endsAt")
        #expect(refusal(Self.hearing(1, Self.at("2026-12-08", 9), Self.at("2026-12-08", 12), room: nil)) == "courtroomId")
        #expect(refusal(Self.hearing(1, Self.at("2026-12-08", 9), Self.at("2026-12-08", 12), room: 9)) == "courtroomId")
        #expect(refusal(Self.hearing(1, Self.at("2026-12-08", 9), Self.at("2026-12-08", 12), room: 1, mode: .online)) == "courtroomId")
        #expect(refusal(Self.hearing(1, Self.at("2026-12-08", 9), Self.at("2026-12-08", 12), room: nil, mode: .online)) == nil)
        var unassigned = courtCase
        unassigned.panel = nil
        #expect(refusal(Self.hearing(1, Self.at("2026-12-08", 9), Self.at("2026-12-08", 12)), unassigned) == "caseId")
    }

    @Test("the calendar feed: UTC times, escaped text, folded lines, one event a hearing")
    func feed() {
        var online = Self.hearing(2, Self.at("2026-12-11", 14), Self.at("2026-12-11", 16), room: nil, mode: .online)
        online.parties = ["Example Networks, Inc.", "某科技股份有限公司"]
        let text = HearingCalendarFeed(name: "罗东川的庭审", hearings: [Self.hearing(1, Self.at("2026-12-10", 9, 30), Self.at("2026-12-10", 12)), online],
                                       courtrooms: [1: Self.room]).text(stampedAt: Self.at("2026-12-03", 10))
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count == 3)
        #expect(text.contains("DTSTART:20261210T013000Z"), "09:30 in Beijing is 01:30 UTC")
        #expect(text.contains("DTEND:20261211T080000Z"))
        #expect(text.contains("Example Networks\\, Inc."))
        #expect(text.contains("LOCATION:第一法庭\\, 北京市东城区"))
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        #expect(!text.contains("\n\n"))
    }
}
