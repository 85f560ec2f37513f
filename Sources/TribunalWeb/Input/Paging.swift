/// How deep a list may be paged, in the portal and the API, so that every page number and cursor a
/// visitor sends is a small, safe offset (a page of Int.max once stopped the server).
enum Paging {
    /// The portal's numbered pages (judgments, the staff mailbox) go no deeper than this.
    static let lastPage = 500
    /// The deepest offset an API cursor into a stored list may reach.
    static let deepestOffset = 1_000_000
}
