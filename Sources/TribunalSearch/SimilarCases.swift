import Foundation
import TribunalCore

/// What a storage engine provides for similar-case retrieval.
public protocol SimilarCaseRepository: Sendable {
    /// How many published judgments (latest versions, all languages) there are, and in how many
    /// of them each token occurs: the statistics that weigh rare terms above common ones.
    func documentFrequencies(of tokens: [String]) async throws -> (documents: Int, frequencies: [String: Int])

    /// Published judgments matching any of `tokens`, best text match first, at most `limit`; each
    /// with the tokens its text contains.
    func similarCandidates(anyOf tokens: [String], excludingCaseKey: String?, limit: Int) async throws -> [SimilarCandidate]
}

/// A published judgment considered for similarity, with its public text.
public struct SimilarCandidate: Hashable, Sendable {
    public var judgmentId: Int64
    public var caseNumber: CaseNumber
    public var title: String
    public var cause: CauseOfAction
    public var decidedOn: CalendarDate
    public var designation: Designation.Kind?
    public var holding: String
    /// Which of the tokens asked for stand in its text (in the language that matched best): the
    /// features it shares with the pending matter.
    public var matchedTokens: Set<String>
    public var parties: String
    /// BM25 of the text match; higher is better.
    public var textScore: Double

    public init(judgmentId: Int64, caseNumber: CaseNumber, title: String, cause: CauseOfAction, decidedOn: CalendarDate,
                designation: Designation.Kind?, holding: String, matchedTokens: Set<String>, parties: String, textScore: Double) {
        self.judgmentId = judgmentId
        self.caseNumber = caseNumber
        self.title = title
        self.cause = cause
        self.decidedOn = decidedOn
        self.designation = designation
        self.holding = holding
        self.matchedTokens = matchedTokens
        self.parties = parties
        self.textScore = textScore
    }
}

/// The pending matter to find similar cases for: a case's published text, or text a judge pastes.
public struct SimilarCaseQuery: Hashable, Sendable {
    public var text: String
    public var cause: CauseOfAction?
    public var partyNames: [String]
    /// The pending case's own number, left out of the results.
    public var caseNumber: CaseNumber?
    /// The disputed issues (争议焦点) as the judge states them, for the report.
    public var issues: String?

    public init(text: String, cause: CauseOfAction? = nil, partyNames: [String] = [], caseNumber: CaseNumber? = nil, issues: String? = nil) {
        self.text = text
        self.cause = cause
        self.partyNames = partyNames
        self.caseNumber = caseNumber
        self.issues = issues
    }
}

/// One similar case, with why it is similar.
public struct SimilarCase: Codable, Hashable, Sendable {
    public var judgmentId: Int64
    public var caseNumber: String
    public var title: String
    public var cause: CauseOfAction
    public var decidedOn: CalendarDate
    public var designation: Designation.Kind?
    /// The holding, as the report's key point (裁判要点).
    public var holding: String
    public var score: Double
    public var sharedPatents: [String]
    public var sharedStatutes: [String]
    public var sharedParties: [String]
    public var sameCause: Bool
    public var sharedTerms: [String]
}

/// The retrieval groups, in the order of the SPC's guidance on similar-case retrieval (2020), Art. 4.
public enum SimilarCaseGroup: String, CaseIterable, Codable, Sendable {
    /// 指导性案例
    case guidingCases
    /// 最高人民法院发布的典型案例及裁判生效的案件 — every Tribunal judgment is the SPC's.
    case supremeCourtTypicalCasesAndJudgments
    /// Other cases.
    case otherCases

    public var zh: String {
        switch self {
        case .guidingCases: return "指导性案例"
        case .supremeCourtTypicalCasesAndJudgments: return "最高人民法院发布的典型案例及裁判生效的案件"
        case .otherCases: return "其他案件"
        }
    }
}

/// The result of a retrieval: the features searched for, and the cases by group.
public struct SimilarCaseResult: Codable, Hashable, Sendable {
    public var patents: [String]
    public var statutes: [String]
    public var terms: [String]
    public var cause: CauseOfAction?
    public var groups: [Group]

    public struct Group: Codable, Hashable, Sendable {
        public var group: SimilarCaseGroup
        public var cases: [SimilarCase]
    }
}

/// Finds published cases similar to a pending matter, ranked by shared patents, cause, parties,
/// statutes and text, and grouped as the SPC's 2020 guidance on similar-case retrieval asks
/// (guiding cases first, then SPC typical cases and judgments, then others; within each, except
/// guiding cases, the last three years first).
public struct SimilarCaseFinder<Store: SimilarCaseRepository>: Sendable {
    public let store: Store
    private let analyzer = Analyzer(mode: .query)

    public init(store: Store) {
        self.store = store
    }

    public func find(_ query: SimilarCaseQuery, today: CalendarDate, limit: Int = 30) async throws -> SimilarCaseResult {
        guard !query.text.isBlank else { throw InvalidValue(field: "text", "give the text of the pending matter, or a published case's number") }
        let tokens = analyzer.tokens(query.text)
        let patents = Array(Set(tokens.filter { $0.kind == .patentNumber }.map(\.text))).sorted()
        let statutes = Array(Set(tokens.filter { $0.kind == .statute }.map(\.text))).sorted()
        // Weigh the words by how rare they are across published judgments (tf·idf) and keep the best.
        var termCounts: [String: Int] = [:]
        for token in tokens where token.kind == .hanBigram || (token.kind == .word && token.text.count > 3) {
            termCounts[token.text, default: 0] += 1
        }
        let (documents, frequencies) = try await store.documentFrequencies(of: Array(termCounts.keys))
        let weighted = termCounts.map { term, count -> (String, Double) in
            let df = Double(frequencies[term] ?? 0)
            return (term, Double(count) * log((Double(documents) + 1) / (df + 1)))
        }.filter { $0.1 > 0 }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        let terms = Array(weighted.prefix(16).map(\.0))
        let candidates = try await store.similarCandidates(anyOf: patents + statutes + terms,
                                                           excludingCaseKey: query.caseNumber?.withoutSuffix.canonical, limit: 200)
        let bestText = candidates.map(\.textScore).max() ?? 0
        let scored = candidates.map { candidate -> SimilarCase in
            let sharedPatents = patents.filter(candidate.matchedTokens.contains)
            let sharedStatutes = statutes.filter(candidate.matchedTokens.contains)
            let sharedParties = query.partyNames.filter { $0.count >= 2 && candidate.parties.contains($0) }
            let sharedTerms = terms.filter(candidate.matchedTokens.contains)
            let sameCause = query.cause == candidate.cause
            // A shared patent is the strongest sign of a like case, then the cause and the parties;
            // the text match (BM25, normalised to the best) and statutes refine the order.
            let text = bestText > 0 ? candidate.textScore / bestText : 0
            let score = 4.0 * Double(sharedPatents.count) + (sameCause ? 2.0 : 0) + 1.5 * Double(sharedParties.count)
                + 0.75 * Double(sharedStatutes.count) + 2.0 * text
            return SimilarCase(judgmentId: candidate.judgmentId, caseNumber: candidate.caseNumber.canonical, title: candidate.title,
                               cause: candidate.cause, decidedOn: candidate.decidedOn, designation: candidate.designation,
                               holding: candidate.holding, score: (score * 1000).rounded() / 1000, sharedPatents: sharedPatents,
                               sharedStatutes: sharedStatutes, sharedParties: sharedParties, sameCause: sameCause, sharedTerms: sharedTerms)
        }
        let recentSince = today.adding(months: -36)
        var groups: [SimilarCaseResult.Group] = []
        for group in SimilarCaseGroup.allCases {
            let members = scored.filter { Self.group(of: $0) == group }.sorted { a, b in
                // Art. 4: apart from guiding cases, cases of the last three years come first.
                if group != .guidingCases {
                    let aRecent = a.decidedOn >= recentSince, bRecent = b.decidedOn >= recentSince
                    if aRecent != bRecent { return aRecent }
                }
                return (a.score, b.caseNumber) > (b.score, a.caseNumber)
            }
            if !members.isEmpty { groups.append(.init(group: group, cases: Array(members.prefix(limit)))) }
        }
        return SimilarCaseResult(patents: patents, statutes: statutes, terms: terms, cause: query.cause, groups: groups)
    }

    static func group(of similar: SimilarCase) -> SimilarCaseGroup {
        switch similar.designation {
        case .guiding: return .guidingCases
        case .typical, .benchmark: return .supremeCourtTypicalCasesAndJudgments
        case nil: return CaseNumber.supremeCourtCode == (try? CaseNumber(parsing: similar.caseNumber))?.courtCode
            ? .supremeCourtTypicalCasesAndJudgments : .otherCases
        }
    }
}
