import Judgments
import SearchEngine
import TribunalKernel

extension SearchDocument {
    /// One document per published language of the version: the Chinese original first.
    /// The holding field gathers the holding, the key points and a designated case's holding.
    public static func documents(of publication: PublishedJudgment) -> [SearchDocument] {
        let texts: [(String, JudgmentText)] = [("zh", publication.zh)] + (publication.en.map { [("en", $0)] } ?? [])
        return texts.map { language, text in
            let designated = language == "zh" ? publication.designation?.holdingZh : publication.designation?.holdingEn
            let holding = [text.text(of: .holding), text.text(of: .keyPoints), designated]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
            return SearchDocument(
                judgmentId: publication.judgmentId, version: publication.version, language: language,
                caseNumber: publication.caseNumber, type: publication.type, cause: publication.cause,
                courtCode: publication.originCourtCode, disposition: publication.disposition,
                designation: publication.designation?.kind, decidedOn: publication.decidedOn,
                title: text.title, holding: holding, body: text.body, parties: text.text(of: .parties),
                judges: publication.judges.joined(separator: " "))
        }
    }
}
