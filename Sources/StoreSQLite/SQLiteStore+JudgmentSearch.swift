import Foundation
import JudgmentSearch

extension SQLiteStore: SearchesThroughIndex {
    /// Loads the search index now if no search has yet, so that the first visitor to search
    /// does not wait for it.
    public func loadSearchIndex() async throws {
        _ = try await searchIndex.loaded
    }
}
