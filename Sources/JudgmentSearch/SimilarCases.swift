import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import SearchEngine

/// What a storage engine provides for similar-case retrieval.
public protocol SimilarCaseRepository: Sendable {
    /// How many published judgments (latest versions, all languages) there are, and in how many
    /// of them each token occurs: the statistics that weigh rare terms above common ones.
    func documentFrequencies(of tokens: [String]) async throws -> (documents: Int, frequencies: [String: Int])

    /// Published judgments most like the weighted terms of each part (`SearchIndex.rankSimilar`:
    /// a similarity in [0, 1]), at most `limit`, together with every judgment that holds one of
    /// `anyOf` (the pending matter's patents), leaving out the case `excludingCaseKey`; each with
    /// which of `features` its text contains.
    func similarCandidates(_ parts: [[WeightedTerm]], anyOf: [String], features: [String],
                           excludingCaseKey: String?, limit: Int) async throws -> [SimilarCandidate]
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
    /// The court of first instance.
    public var courtCode: String?
    /// The text similarity in [0, 1] (`SearchIndex.rankSimilar`); 0 for a judgment found only by a patent.
    public var textScore: Double

    public init(judgmentId: Int64, caseNumber: CaseNumber, title: String, cause: CauseOfAction, decidedOn: CalendarDate,
                designation: Designation.Kind?, holding: String, matchedTokens: Set<String>, parties: String,
                courtCode: String? = nil, textScore: Double) {
        self.judgmentId = judgmentId
        self.caseNumber = caseNumber
        self.title = title
        self.cause = cause
        self.decidedOn = decidedOn
        self.designation = designation
        self.holding = holding
        self.matchedTokens = matchedTokens
        self.parties = parties
        self.courtCode = courtCode
        self.textScore = textScore
    }
}

extension SimilarCandidate {
    /// A candidate from its search document, its ranking and the features it holds.
    public init(_ document: SearchDocument, ranked: RankedJudgment, features: Set<String>) {
        self.init(judgmentId: ranked.judgmentId, caseNumber: document.caseNumber, title: document.title, cause: document.cause,
                  decidedOn: document.decidedOn, designation: document.designation, holding: document.holding,
                  matchedTokens: features, parties: document.parties, courtCode: document.courtCode, textScore: Double(ranked.score))
    }
}

/// The pending matter to find similar cases for: a case's published text, or text a judge pastes.
public struct SimilarCaseQuery: Hashable, Sendable {
    public var text: String
    /// The text in parts compared each on its own, then averaged (a published case's facts and
    /// reasoning); empty: `text` is compared whole.
    public var parts: [String] = []
    public var cause: CauseOfAction?
    public var partyNames: [String]
    /// The pending case's own number, left out of the results.
    public var caseNumber: CaseNumber?
    /// The court of first instance of the pending case.
    public var originCourtCode: String?
    /// The disputed issues (争议焦点) as the judge states them, for the report.
    public var issues: String?

    public init(text: String, cause: CauseOfAction? = nil, partyNames: [String] = [], caseNumber: CaseNumber? = nil,
                originCourtCode: String? = nil, issues: String? = nil) {
        self.text = text
        self.cause = cause
        self.partyNames = partyNames
        self.caseNumber = caseNumber
        self.originCourtCode = originCourtCode
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
    /// The text similarity plus the boosts of `SimilarCaseFinder.Boost`.
    public var score: Double
    /// The text similarity alone, in [0, 1].
    public var textSimilarity: Double
    public var sharedPatents: [String]
    public var sharedStatutes: [String]
    public var sharedParties: [String]
    public var sameCause: Bool
    public var sameOriginCourt: Bool
    /// Key terms both texts hold, as whole words of the pending matter's text (锂离子电池, not 离子).
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

/// The figures of similar-case scoring, documented in `SimilarCaseFinder` and measured in
/// BENCHMARKS.md (`tribunal-bench similar`).
public enum SimilarCaseScoring {
    public static let minimumDocumentFrequency = 2
    public static let boilerplateShare = 0.5
    public static let boilerplateCorpusSize = 20
    public static let maximumQueryTerms = 64
    /// The least text similarity shown, for a judgment that shares no patent.
    public static let threshold = 0.08

    /// What each structured signal adds to the text similarity.
    public enum Boost {
        /// The same patent: the strongest sign of a like case (the same invention litigated again).
        public static let sharedPatent = 0.5
        /// The same party (an organisation): its other disputes over like technology.
        public static let sharedParty = 0.15
        /// The same cause of action.
        public static let sameCause = 0.1
        /// Each shared statute article, at most three.
        public static let sharedStatute = 0.04
        /// The same court of first instance.
        public static let sameOriginCourt = 0.03
    }
}

/// What ends a clause of a judgment's text: punctuation, brackets, symbols and spaces.
private let clauseBreaks = CharacterSet.punctuationCharacters.union(.whitespacesAndNewlines).union(.symbols)

/// How many published documents there are and in how many each term stands: what tells a rare,
/// telling term from a name's fragment or the formulas every judgment repeats.
struct CorpusStatistics {
    let documents: Int
    let frequencies: [String: Int]

    init(_ statistics: (documents: Int, frequencies: [String: Int])) {
        documents = statistics.documents
        frequencies = statistics.frequencies
    }

    /// A corpus too small for frequencies to mean anything (a new court, a test) keeps every term it holds.
    var isLarge: Bool { documents >= SimilarCaseScoring.boilerplateCorpusSize }

    /// In more than `boilerplateShare` of a large corpus's documents.
    func isBoilerplate(_ term: String) -> Bool {
        isLarge && Double(frequencies[term] ?? 0) > SimilarCaseScoring.boilerplateShare * Double(documents)
    }

    /// The terms of `counts` weighed by tf·idf, without rare terms and boilerplate; the best
    /// `maximumQueryTerms` first.
    func weighted(_ counts: [String: Int]) -> [WeightedTerm] {
        let floor = isLarge ? SimilarCaseScoring.minimumDocumentFrequency : 1
        let n = Double(max(documents, 1))
        let weighted = counts.compactMap { term, count -> WeightedTerm? in
            let df = frequencies[term] ?? 0
            guard df >= floor, !isBoilerplate(term) else { return nil }
            let idf = log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5))
            return WeightedTerm(term: term, weight: Float((1 + log(Double(count))) * idf))
        }.sorted { ($0.weight, $1.term) > ($1.weight, $0.term) }
        return Array(weighted.prefix(SimilarCaseScoring.maximumQueryTerms))
    }
}

/// Finds published cases similar to a pending matter and groups them as the SPC's 2020 guidance
/// on similar-case retrieval asks (guiding cases first, then SPC typical cases and judgments, then
/// others; within each, except guiding cases, the last three years first; inside that, by score).
///
/// The text is compared as a more-like-this query: the pending matter's whole text is analysed,
/// its parties' names removed first; its terms are weighed by tf·idf, leaving out numbers, terms
/// in fewer than `SimilarCaseScoring.minimumDocumentFrequency` judgments (a name's fragments,
/// typing errors) and terms in more than `boilerplateShare` of them (the formulas every judgment
/// repeats), both only in a corpus of `boilerplateCorpusSize` judgments or more; the best `maximumQueryTerms`
/// are kept. Candidates are scored by `SearchIndex.rankSimilar`, a BM25 similarity normalised to
/// [0, 1]. Structured signals add the documented boosts of `SimilarCaseScoring.Boost`. A judgment
/// whose similarity is below `threshold` and that shares no patent is not shown.
public struct SimilarCaseFinder: Sendable {
    public let store: any SimilarCaseRepository
    private let analyzer = Analyzer(mode: .query)

    public init(store: any SimilarCaseRepository) {
        self.store = store
    }

    public func find(_ query: SimilarCaseQuery, today: CalendarDate, limit: Int = 30) async throws -> SimilarCaseResult {
        guard !query.text.isBlank else { throw InvalidValue(field: "text", "give the text of the pending matter, or a published case's number") }
        let allTokens = analyzer.tokens(query.text)
        let patents = Array(Set(allTokens.filter { $0.kind == .patentNumber }.map(\.text))).sorted()
        let statutes = Array(Set(allTokens.filter { $0.kind == .statute }.map(\.text))).sorted()
        let analysed = (query.parts.isEmpty ? [query.text] : query.parts).filter { !$0.isBlank }.map { part -> (text: String, tokens: [Token]) in
            let text = Self.withoutNames(part, parties: query.partyNames)
            return (text, analyzer.tokens(text))
        }
        let counted = analysed.map { Self.termCounts($0.tokens) }
        // One look-up of the corpus statistics for every part's terms and the statutes.
        let statistics = CorpusStatistics(try await store.documentFrequencies(of: Array(Set(counted.flatMap(\.keys) + statutes))))
        let parts = zip(analysed, counted).map { part, counts in (text: part.text, tokens: part.tokens, terms: statistics.weighted(counts)) }
        let allTerms = Array(Set(parts.flatMap { $0.terms.map(\.term) }))
        // A statute nearly every judgment cites (the CPL's article on the disposition of an
        // appeal) says nothing of likeness: it is neither boosted nor given as a reason.
        let telling = statutes.filter { !statistics.isBoilerplate($0) }
        let candidates = try await store.similarCandidates(parts.map(\.terms), anyOf: patents, features: patents + statutes + allTerms,
                                                           excludingCaseKey: query.caseNumber?.withoutSuffix.canonical, limit: 200)
        let words = parts.flatMap { part in
            Self.words(of: part.tokens, in: part.text, weights: Dictionary(part.terms.map { ($0.term, $0.weight) }, uniquingKeysWith: max))
        }
        let scored = candidates.compactMap { candidate -> SimilarCase? in
            let sharedPatents = patents.filter(candidate.matchedTokens.contains)
            guard candidate.textScore >= SimilarCaseScoring.threshold || !sharedPatents.isEmpty else { return nil }
            let sharedStatutes = telling.filter(candidate.matchedTokens.contains)
            let sharedParties = query.partyNames.filter { $0.count >= 2 && candidate.parties.contains($0) }
            let sameCause = query.cause == candidate.cause
            let sameCourt = query.originCourtCode != nil && query.originCourtCode == candidate.courtCode
            let sharedTerms = words.filter { $0.terms.allSatisfy(candidate.matchedTokens.contains) }.prefix(8).map(\.word)
            let score = candidate.textScore + (sharedPatents.isEmpty ? 0 : SimilarCaseScoring.Boost.sharedPatent) + (sharedParties.isEmpty ? 0 : SimilarCaseScoring.Boost.sharedParty)
                + (sameCause ? SimilarCaseScoring.Boost.sameCause : 0) + SimilarCaseScoring.Boost.sharedStatute * Double(min(sharedStatutes.count, 3)) + (sameCourt ? SimilarCaseScoring.Boost.sameOriginCourt : 0)
            return SimilarCase(judgmentId: candidate.judgmentId, caseNumber: candidate.caseNumber.canonical, title: candidate.title,
                               cause: candidate.cause, decidedOn: candidate.decidedOn, designation: candidate.designation,
                               holding: candidate.holding, score: (score * 1000).rounded() / 1000,
                               textSimilarity: (candidate.textScore * 1000).rounded() / 1000, sharedPatents: sharedPatents,
                               sharedStatutes: sharedStatutes, sharedParties: sharedParties, sameCause: sameCause,
                               sameOriginCourt: sameCourt, sharedTerms: Array(sharedTerms))
        }
        let recentSince = today.adding(months: -36)
        var groups: [SimilarCaseResult.Group] = []
        for group in SimilarCaseGroup.allCases {
            // The most similar `limit` are chosen first; only then does Art. 4 order them, apart
            // from guiding cases, with those of the last three years first. Ordering first would
            // let a recent, barely similar case push out an older one that is alike.
            let members = scored.filter { Self.group(of: $0) == group }
                .sorted { ($0.score, $1.caseNumber) > ($1.score, $0.caseNumber) }
                .prefix(limit)
                .sorted { a, b in
                    if group != .guidingCases {
                        let aRecent = a.decidedOn >= recentSince, bRecent = b.decidedOn >= recentSince
                        if aRecent != bRecent { return aRecent }
                    }
                    return (a.score, b.caseNumber) > (b.score, a.caseNumber)
                }
            if !members.isEmpty { groups.append(.init(group: group, cases: members)) }
        }
        return SimilarCaseResult(patents: patents, statutes: statutes, terms: words.prefix(16).map(\.word), cause: query.cause, groups: groups)
    }

    /// How often each term stands in the text: Han bigrams and Latin words, without numbers.
    static func termCounts(_ tokens: [Token]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for token in tokens where token.kind == .hanBigram || (token.kind == .word && token.text.count > 2) {
            guard !token.text.contains(where: \.isNumber) else { continue }
            counts[token.text, default: 0] += 1
        }
        return counts
    }

    /// The bytes of the clause (between punctuation, brackets or spaces) that holds `run`, or nil
    /// when it is longer than `limit` bytes. Only the bytes around the run are read.
    static func clause(around run: Range<Int>, in bytes: [UInt8], limit: Int) -> Range<Int>? {
        func isBreak(_ range: Range<Int>) -> Bool {
            String(decoding: bytes[range], as: UTF8.self).unicodeScalars.first.map(clauseBreaks.contains) ?? true
        }
        var start = run.lowerBound, end = run.upperBound
        while start > 0 {
            var previous = start - 1
            while previous > 0, bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
            if isBreak(previous..<start) { break }
            start = previous
            if end - start > limit { return nil }
        }
        while end < bytes.count {
            var next = end + 1
            while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
            if isBreak(end..<next) { break }
            end = next
            if end - start > limit { return nil }
        }
        return start..<end
    }

    /// `text` with the parties' names (and anonymised ones, 张某, 李某某) replaced by a break, so
    /// that no fragment of a name becomes a term.
    static func withoutNames(_ text: String, parties: [String]) -> String {
        var result = text
        for name in parties where name.count >= 2 { result = result.replacingOccurrences(of: name, with: "。") }
        return result.replacingOccurrences(of: #"\p{Han}某某?"#, with: "。", options: .regularExpression)
    }

    /// Whole words of the text made of the selected terms: runs of adjacent selected bigrams,
    /// shown as the short clause they stand in (涉案合同是否应当解除, not 案合同是), or joined when
    /// the clause is long (锂离 离子 子电 电池 → 锂离子电池); and selected Latin words; heaviest first.
    static func words(of tokens: [Token], in text: String, weights: [String: Float]) -> [(word: String, terms: [String])] {
        let bytes = Array(text.utf8)
        let selected = tokens.filter { !$0.colocated && $0.kind == .hanBigram && weights[$0.text] != nil }
        var runs: [(word: String, terms: [String], weight: Float)] = []
        var current: [Token] = []
        func close() {
            defer { current = [] }
            guard let first = current.first, let last = current.last else { return }
            let run = first.utf8Range.lowerBound..<last.utf8Range.upperBound
            guard let clause = Self.clause(around: run, in: bytes, limit: 16 * 3) else {
                runs.append((String(decoding: bytes[run], as: UTF8.self), current.map(\.text), current.reduce(0) { $0 + (weights[$1.text] ?? 0) }))
                return
            }
            // Shown whole, a clause is shared only if the candidate holds every selected term in it.
            let inClause = selected.filter { clause.contains($0.utf8Range.lowerBound) && $0.utf8Range.upperBound <= clause.upperBound }
            runs.append((String(decoding: bytes[clause], as: UTF8.self), inClause.map(\.text),
                         current.reduce(0) { $0 + (weights[$1.text] ?? 0) }))
        }
        for token in tokens where !token.colocated {
            if token.kind == .word, let weight = weights[token.text] {
                close()
                runs.append((String(decoding: bytes[token.utf8Range], as: UTF8.self), [token.text], weight))
                continue
            }
            guard token.kind == .hanBigram, weights[token.text] != nil else { close(); continue }
            // Adjacent bigrams overlap by one character.
            if let last = current.last, token.utf8Range.lowerBound >= last.utf8Range.upperBound { close() }
            current.append(token)
        }
        close()
        var seen = Set<String>()
        return runs.sorted { ($0.weight, $1.word) > ($1.weight, $0.word) }.filter { seen.insert($0.word).inserted }.map { ($0.word, $0.terms) }
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
