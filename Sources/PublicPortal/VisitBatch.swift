import TribunalKernel

/// Page views and visitors counted in memory since the last write: the portal counts every page
/// view, and writing each one would put a write transaction in front of every public page.
public struct VisitBatch: Hashable, Sendable {
    /// A day and a portal language.
    public struct Key: Hashable, Sendable {
        public var day: CalendarDate
        public var language: String

        public init(day: CalendarDate, language: String) {
            self.day = day
            self.language = language
        }
    }

    /// Page views by day and language.
    public private(set) var pageViews: [Key: Int] = [:]
    /// The anonymous visitors (daily-salted digests) seen, by day and language, as sketches of
    /// fixed size however many there are.
    public private(set) var visitors: [Key: VisitorSketch] = [:]

    public init() {}

    public var isEmpty: Bool { pageViews.isEmpty }

    /// Counts one page view in `language` on `day` by the visitor with `visitorDigest`.
    public mutating func add(language: String, day: CalendarDate, visitorDigest: String) {
        let key = Key(day: day, language: language)
        pageViews[key, default: 0] += 1
        visitors[key, default: VisitorSketch()].insert(visitorDigest)
    }

    /// Adds the counts of `other`: a batch that could not be written goes back to be written with the next.
    public mutating func merge(_ other: VisitBatch) {
        for (key, views) in other.pageViews { pageViews[key, default: 0] += views }
        for (key, sketch) in other.visitors { visitors[key, default: VisitorSketch()].merge(sketch) }
    }
}
