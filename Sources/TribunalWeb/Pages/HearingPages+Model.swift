import Foundation
import TribunalKernel
import Accounts
import Docket
import CourtOperations

/// A week of hearings, Monday to Sunday, of one judge or one courtroom, with the way to other
/// weeks and the judge's own feed to subscribe to.
enum HearingWeekPage {
    struct Model: PageModel {
        static let template = "staff-calendar"

        struct Entry { let time: String; let url: String; let number: String; let mode: String; let place: String }
        struct Day { let label: String; let entries: [Entry]; let empty: Bool; let today: Bool }

        let title: String
        let crumbs: [Crumb]
        let heading: String
        let days: [Day]
        let previousURL: String
        let nextURL: String
        let feedURL: String?
        let judges: [Choice]
        let rooms: [Choice]

        init(monday: CalendarDate, hearings: [Hearing], judgeId: Int64?, courtroomId: Int64?, staff: [StaffMember], courtrooms: [Courtroom],
             feedURL: String?, wording: Wording, today: CalendarDate? = nil) {
            let language = wording.language
            let lang = language.rawValue
            title = wording("hearingCalendar")
            crumbs = StaffArea.crumbs(title, wording)
            let rooms = Dictionary(uniqueKeysWithValues: courtrooms.map { ($0.id, $0) })
            let name = { (member: StaffMember) in language == .zh ? member.nameZh : "\(member.nameEn) (\(member.nameZh))" }
            let whose = judgeId.flatMap { id in staff.first { $0.id == id }.map(name) }
                ?? courtroomId.flatMap { rooms[$0] }.map { language == .zh ? $0.nameZh : $0.nameEn } ?? wording("allHearings")
            heading = "\(whose) · \(monday) – \(monday.adding(days: 6))"
            let formatter = InstantFormatter()
            let weekdays = language == .zh ? ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
                : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            days = (0..<7).map { offset in
                let day = monday.adding(days: offset)
                let entries = hearings.filter { $0.day == day }.map { hearing in
                    Entry(time: "\(formatter.text(hearing.startsAt).suffix(5))–\(formatter.text(hearing.endsAt).suffix(5))",
                          url: "/\(lang)/staff/cases/\(hearing.caseId)#hearings", number: hearing.caseNumber.canonical,
                          mode: wording("mode_\(hearing.mode.rawValue)"),
                          place: hearing.courtroomId.flatMap { rooms[$0] }.map { language == .zh ? $0.nameZh : $0.nameEn } ?? "—")
                }
                return Day(label: "\(weekdays[offset]) \(day)", entries: entries, empty: entries.isEmpty, today: day == today)
            }
            let filter = judgeId.map { "&judge=\($0)" } ?? courtroomId.map { "&courtroom=\($0)" } ?? ""
            previousURL = "/\(lang)/staff/calendar?week=\(monday.adding(days: -7))\(filter)"
            nextURL = "/\(lang)/staff/calendar?week=\(monday.adding(days: 7))\(filter)"
            self.feedURL = feedURL
            judges = [Choice(value: "", label: wording("any"), selected: judgeId == nil)]
                + staff.filter { $0.role.isJudge }.map { Choice(value: String($0.id), label: name($0), selected: $0.id == judgeId) }
            self.rooms = [Choice(value: "", label: wording("any"), selected: courtroomId == nil)]
                + courtrooms.map { Choice(value: String($0.id), label: language == .zh ? $0.nameZh : $0.nameEn, selected: $0.id == courtroomId) }
        }
    }
}

/// The portal's hearing announcements (开庭公告, CPL Art. 139): for each public hearing of the
/// next thirty days, the parties' names, the cause, and the time and place.
enum HearingAnnouncementsPage {
    struct Model: PageModel {
        static let template = "hearings"

        struct Announcement { let when: String; let number: String; let cause: String; let parties: String; let place: String }

        let title: String
        var crumbs: [Crumb] { [Crumb(title: title, url: nil)] }
        let announcements: [Announcement]
        let empty: Bool

        init(hearings: [Hearing], cases: [Int64: CourtCase], courtrooms: [Courtroom], wording: Wording) {
            let language = wording.language
            title = wording("hearingAnnouncements")
            let rooms = Dictionary(uniqueKeysWithValues: courtrooms.map { ($0.id, $0) })
            let formatter = InstantFormatter()
            announcements = hearings.map { hearing in
                let courtCase = cases[hearing.caseId]
                let room = hearing.courtroomId.flatMap { rooms[$0] }
                let place = hearing.mode == .online ? wording("mode_online")
                    : [room.map { language == .zh ? $0.nameZh : $0.nameEn }, room?.location].compactMap { $0 }.joined(separator: ", ")
                let parties = courtCase?.parties.map { party in
                    "\(wording("party_\(party.role.rawValue)")): \(language == .en ? (party.nameEn ?? party.name) : party.name)"
                }.joined(separator: "；") ?? hearing.parties.joined(separator: "；")
                return Announcement(when: formatter.text(hearing.startsAt), number: hearing.caseNumber.canonical,
                                    cause: courtCase.map { language.label($0.cause) } ?? "", parties: parties, place: place)
            }
            empty = announcements.isEmpty
        }
    }
}
