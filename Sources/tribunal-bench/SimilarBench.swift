import ArgumentParser
import Foundation
import TribunalKernel
import Accounts
import Docket
import Judgments
import PublicPortal
import SearchEngine
import JudgmentSearch
import TribunalDemo
import ProcessTuning

/// Similar-case retrieval: how often it ranks the judgment that is alike above one that is not,
/// beside a plain character-bigram TF-IDF cosine, and how long a search takes.
///
/// Which judgments are alike is known without reading them: `JudgmentGenerator` draws each
/// judgment's matter (device, disputed issues, statute, patent) before writing its text. For a
/// query judgment A, B is one of the same device, the same two issues and the same statute; C one
/// of the same cause with another device, other issues and another statute. A triple counts when
/// B is ranked above C; a judgment not returned ranks below every returned one.
struct SimilarBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar", abstract: "Similar-case retrieval on generated judgments: triples judged by their drawn matter, and latency.")

    @Option(help: "How many judgments to generate and index.") var judgments: Int = 3_000
    @Option(help: "How many (A, B, C) triples to judge (0: none).") var triples: Int = 500
    @Option(help: "How many searches to time.") var timed: Int = 200

    func run() async throws {
        Allocator.keepFreedPages()
        let corpus = GeneratedCorpus(judgments: judgments)
        let generator = JudgmentGenerator(seed: 562, translatedPercent: 30)
        var index = SearchIndex()
        var published: [Int64: (courtCase: CourtCase, publication: PublishedJudgment)] = [:]
        var documents: [Int64: SearchDocument] = [:]
        let buildStarted = DispatchTime.now().uptimeNanoseconds
        await corpus.forEachBatch(size: 10_000) { _, batch in
            let batchDocuments = batch.flatMap { SearchDocument.documents(of: $0.1) }
            index.replace(analyzing: batchDocuments)
            for (courtCase, publication) in batch { published[publication.judgmentId] = (courtCase, publication) }
            for document in batchDocuments where document.language == "zh" { documents[document.judgmentId] = document }
        }
        index.indexFrequentPhrases()
        let buildSeconds = Double(DispatchTime.now().uptimeNanoseconds - buildStarted) / 1e9
        let store = InMemorySimilarCases(index: index, documents: documents)
        let finder = SimilarCaseFinder(store: store)
        let today = CalendarDate(year: 2026, month: 11, day: 26)!

        var report: [String: Any] = ["judgments": judgments, "buildSeconds": (buildSeconds * 10).rounded() / 10]
        if triples > 0 {
            let matters = Dictionary(uniqueKeysWithValues: published.map { ($0.key, generator.matter(of: $0.value.courtCase)) })
            let baseline = BigramCosine(texts: Dictionary(uniqueKeysWithValues: published.map { ($0.key, Self.queryText($0.value.publication)) }))
            var kinds: [String: Any] = [:]
            var shown = 0, searches = 0
            for kind in TripleKind.allCases {
                let chosen = Self.triples(kind, published: published, matters: matters, count: triples)
                var byScore = 0, asListed = 0, neither = 0, baselineWins = 0, bShown = 0, cShown = 0
                var bSimilarity: [Double] = [], cSimilarity: [Double] = []
                for (a, b, c) in chosen {
                    // Ranked by score among up to 200, and as a judge sees them: the finder's own
                    // limit per group, in the guidance's order.
                    let wide = try await finder.find(Self.query(published[a]!), today: today, limit: 200)
                    let listed = try await finder.find(Self.query(published[a]!), today: today).groups.flatMap(\.cases)
                    shown += listed.count
                    searches += 1
                    let ranking = wide.groups.flatMap(\.cases).sorted { $0.score > $1.score }.map(\.judgmentId)
                    if Self.ranksAbove(b, c, in: ranking) { byScore += 1 }
                    if Self.ranksAbove(b, c, in: listed.map(\.judgmentId)) { asListed += 1 }
                    if !ranking.contains(b), !ranking.contains(c) { neither += 1 }
                    if listed.contains(where: { $0.judgmentId == b }) { bShown += 1 }
                    if listed.contains(where: { $0.judgmentId == c }) { cShown += 1 }
                    bSimilarity.append(wide.groups.flatMap(\.cases).first { $0.judgmentId == b }?.textSimilarity ?? 0)
                    cSimilarity.append(wide.groups.flatMap(\.cases).first { $0.judgmentId == c }?.textSimilarity ?? 0)
                    if baseline.cosine(a, b) > baseline.cosine(a, c) { baselineWins += 1 }
                }
                let n = Double(chosen.count)
                kinds[kind.rawValue] = [
                    "triples": chosen.count, "finderBAboveCByScore": Self.percent(byScore, n), "finderBAboveCAsListed": Self.percent(asListed, n),
                    "finderNeitherIn200": Self.percent(neither, n), "baselineBigramCosine": Self.percent(baselineWins, n),
                    "bShownIn30": Self.percent(bShown, n), "cShownIn30": Self.percent(cShown, n),
                    "bSimilarityMedian": Self.median(bSimilarity), "cSimilarityMedian": Self.median(cSimilarity),
                ] as [String: Any]
            }
            report["triples"] = kinds
            report["meanCasesShown"] = (Double(shown) / Double(max(searches, 1)) * 10).rounded() / 10
        }
        if timed > 0 {
            let ids = Array(published.keys).sorted()
            var latencies: [Double] = []
            for query in 0..<timed {
                let id = ids[(query * 7919) % ids.count]
                let started = DispatchTime.now().uptimeNanoseconds
                _ = try await finder.find(Self.query(published[id]!), today: today)
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
            }
            latencies.sort()
            func at(_ p: Double) -> Double { (latencies[min(latencies.count - 1, Int(p * Double(latencies.count)))] * 10).rounded() / 10 }
            report["searchMilliseconds"] = ["p50": at(0.5), "p90": at(0.9), "p99": at(0.99), "max": (latencies.last! * 10).rounded() / 10]
        }
        let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    /// The query for a published judgment, as the API makes it from a case number.
    static func query(_ entry: (courtCase: CourtCase, publication: PublishedJudgment)) -> SimilarCaseQuery {
        var query = SimilarCaseQuery(text: queryText(entry.publication), cause: entry.courtCase.cause,
                                     partyNames: entry.courtCase.parties.filter { $0.kind == .organisation }.map(\.name),
                                     caseNumber: entry.courtCase.number, originCourtCode: entry.courtCase.origin?.courtCode)
        query.parts = entry.publication.zh.substanceParts
        return query
    }

    static func queryText(_ publication: PublishedJudgment) -> String {
        publication.zh.substance
    }

    /// How B and C differ from each other, relative to A.
    enum TripleKind: String, CaseIterable {
        /// B: the same device, issues and statute; C: the same cause, nothing else in common.
        case distinct
        /// B: the same device and issues; C: the same device, other issues. Both share the
        /// technology; B also the legal questions.
        case sameTechnology
        /// B: the same issues and statute; C: the same cause and statute, other issues and
        /// another device.
        case sameLaw
    }

    /// Up to `count` triples of `kind`, drawn in a fixed order: A, then a B and a C that qualify.
    static func triples(_ kind: TripleKind, published: [Int64: (courtCase: CourtCase, publication: PublishedJudgment)],
                        matters: [Int64: JudgmentGenerator.Matter], count: Int) -> [(Int64, Int64, Int64)] {
        let ids = published.keys.sorted()
        var chosen: [(Int64, Int64, Int64)] = []
        var random = SeededGenerator(seed: 2020)
        for a in ids.shuffled(using: &random) where chosen.count < count {
            let ma = matters[a]!, cause = published[a]!.courtCase.cause
            func others(_ test: (JudgmentGenerator.Matter, CauseOfAction) -> Bool) -> [Int64] {
                ids.filter { $0 != a && test(matters[$0]!, published[$0]!.courtCase.cause) }
            }
            let sameIssues = { (m: JudgmentGenerator.Matter) in Set(m.issues) == Set(ma.issues) }
            let otherIssues = { (m: JudgmentGenerator.Matter) in Set(m.issues).isDisjoint(with: ma.issues) }
            let alike: [Int64], unlike: [Int64]
            switch kind {
            case .distinct:
                alike = others { m, _ in m.deviceIndex == ma.deviceIndex && m.statuteIndex == ma.statuteIndex && sameIssues(m) }
                unlike = others { m, c in c == cause && m.deviceIndex != ma.deviceIndex && m.statuteIndex != ma.statuteIndex && otherIssues(m) }
            case .sameTechnology:
                alike = others { m, _ in m.deviceIndex == ma.deviceIndex && sameIssues(m) }
                unlike = others { m, _ in m.deviceIndex == ma.deviceIndex && otherIssues(m) }
            case .sameLaw:
                alike = others { m, _ in m.statuteIndex == ma.statuteIndex && sameIssues(m) && m.deviceIndex != ma.deviceIndex }
                unlike = others { m, c in c == cause && m.statuteIndex == ma.statuteIndex && otherIssues(m) && m.deviceIndex != ma.deviceIndex }
            }
            guard let b = alike.randomElement(using: &random), let c = unlike.randomElement(using: &random) else { continue }
            chosen.append((a, b, c))
        }
        return chosen
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        return (values.sorted()[values.count / 2] * 1000).rounded() / 1000
    }

    /// Whether `b` comes before `c` in `ranking`; one not in it comes after every one that is.
    static func ranksAbove(_ b: Int64, _ c: Int64, in ranking: [Int64]) -> Bool {
        let rb = ranking.firstIndex(of: b) ?? Int.max, rc = ranking.firstIndex(of: c) ?? Int.max
        return rb < rc
    }

    static func percent(_ count: Int, _ of: Double) -> Double { (Double(count) / of * 1000).rounded() / 10 }
}

/// The similar-case repository over an index in memory, as the SQLite store provides it.
struct InMemorySimilarCases: SimilarCaseRepository {
    let index: SearchIndex
    let documents: [Int64: SearchDocument]

    func documentFrequencies(of tokens: [String]) async throws -> (documents: Int, frequencies: [String: Int]) {
        var frequencies: [String: Int] = [:]
        for token in tokens {
            let frequency = index.documentFrequency(of: token)
            if frequency > 0 { frequencies[token] = frequency }
        }
        return (index.documentCount, frequencies)
    }

    func similarCandidates(_ parts: [[WeightedTerm]], anyOf: [String], features: [String],
                           excludingCaseKey: String?, limit: Int) async throws -> [SimilarCandidate] {
        index.similarCandidates(parts, anyOf: anyOf, features: features, excludingCaseKey: excludingCaseKey, limit: limit).compactMap { candidate in
            documents[candidate.judgment.judgmentId].map { SimilarCandidate($0, ranked: candidate.judgment, features: candidate.features) }
        }
    }
}

/// The baseline: every Han character bigram of the texts, weighed by tf·idf, compared by cosine.
struct BigramCosine {
    private var vectors: [Int64: [String: Double]] = [:]

    init(texts: [Int64: String]) {
        var counts: [Int64: [String: Int]] = [:]
        var documentFrequency: [String: Int] = [:]
        for (id, text) in texts {
            let characters = Array(text.filter { $0.unicodeScalars.first?.properties.isIdeographic == true || $0 == "\n" })
            var bigrams: [String: Int] = [:]
            for i in characters.indices.dropLast() where characters[i] != "\n" && characters[i + 1] != "\n" {
                bigrams[String(characters[i ... i + 1]), default: 0] += 1
            }
            counts[id] = bigrams
            for bigram in bigrams.keys { documentFrequency[bigram, default: 0] += 1 }
        }
        let n = Double(texts.count)
        for (id, bigrams) in counts {
            var vector = bigrams.mapValues { Double($0) }
            for (bigram, tf) in vector { vector[bigram] = tf * log(n / Double(documentFrequency[bigram]!)) }
            let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            vectors[id] = norm > 0 ? vector.mapValues { $0 / norm } : vector
        }
    }

    func cosine(_ a: Int64, _ b: Int64) -> Double {
        guard let x = vectors[a], let y = vectors[b] else { return 0 }
        let (small, large) = x.count < y.count ? (x, y) : (y, x)
        return small.reduce(0) { $0 + $1.value * (large[$1.key] ?? 0) }
    }
}
