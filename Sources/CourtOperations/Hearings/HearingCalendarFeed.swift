import Foundation
import TribunalKernel

/// Hearings as an iCalendar feed (RFC 5545) that calendar applications subscribe to: one event a
/// hearing, times in UTC, text escaped and lines folded at 75 octets.
public struct HearingCalendarFeed: Sendable {
    public let name: String
    public let hearings: [Hearing]
    public let courtrooms: [Int64: Courtroom]
    /// The host that makes each event's UID unique.
    public let host: String

    public init(name: String, hearings: [Hearing], courtrooms: [Int64: Courtroom], host: String = "tribunal.court") {
        self.name = name
        self.hearings = hearings
        self.courtrooms = courtrooms
        self.host = host
    }

    /// The feed's text, CRLF line ends.
    public func text(stampedAt now: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tribunal//Hearings//ZH", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + Self.escape(name), "X-WR-TIMEZONE:Asia/Shanghai"]
        for hearing in hearings {
            let room = hearing.courtroomId.flatMap { courtrooms[$0] }
            let place = hearing.mode == .online ? "在线庭审 Online" : [room?.nameZh, room?.location].compactMap { $0 }.joined(separator: ", ")
            lines += ["BEGIN:VEVENT",
                      "UID:hearing-\(hearing.id)@\(host)",
                      "DTSTAMP:" + Self.utc(now),
                      "DTSTART:" + Self.utc(hearing.startsAt),
                      "DTEND:" + Self.utc(hearing.endsAt),
                      "SUMMARY:" + Self.escape("开庭 \(hearing.caseNumber.canonical)"),
                      "LOCATION:" + Self.escape(place),
                      "DESCRIPTION:" + Self.escape("\(hearing.parties.joined(separator: "；"))\n\(hearing.mode.rawValue)"),
                      "STATUS:" + (hearing.status == .cancelled ? "CANCELLED" : hearing.status == .postponed ? "TENTATIVE" : "CONFIRMED"),
                      "SEQUENCE:\(hearing.version - 1)",
                      "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261203T013000Z`
    static func utc(_ instant: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: instant)
    }

    /// RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;").replacingOccurrences(of: ",", with: "\\,")
            .replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space, never
    /// inside a character.
    static func fold(_ line: String) -> String {
        var folded = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                folded += "\r\n "
                octets = 1
            }
            folded.append(character)
            octets += size
        }
        return folded
    }
}
