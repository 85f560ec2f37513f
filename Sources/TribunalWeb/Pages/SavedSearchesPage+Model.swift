import Foundation
import TribunalKernel
import JudgmentSearch

/// A staff member's saved searches, each with its feed, and the form to save another.
enum SavedSearchesPage {
    struct Model: PageModel {
        static let template = "staff-saved"

        struct Saved {
            let id: Int64
            let name: String
            let query: String
            let searchURL: String
            let feedURL: String
        }

        struct Form {
            let name: String
            let q: String
        }

        let title: String
        let crumbs: [Crumb]
        let searches: [Saved]
        let empty: Bool
        let form: Form
        let hasErrors: Bool
        let errors: [FieldProblem]

        init(saved: [SavedSearch], form: FormFields, errors: [InvalidValue], wording: Wording) {
            title = wording("savedSearches")
            crumbs = StaffArea.crumbs(title, wording)
            searches = saved.map { search in
                Saved(id: search.id, name: search.name, query: search.query,
                      searchURL: "/\(wording.language.rawValue)/search?q=" + (search.query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""),
                      feedURL: "/feeds/saved/\(search.feedToken).atom")
            }
            empty = saved.isEmpty
            self.form = Form(name: form["name"], q: form["q"])
            hasErrors = !errors.isEmpty
            self.errors = errors.map { FieldProblem($0, defaultField: "q", wording: wording, labelKey: { $0 == "name" ? "savedName" : "savedQuery" }) }
        }
    }
}
