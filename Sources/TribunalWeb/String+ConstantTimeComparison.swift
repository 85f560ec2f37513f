extension String {
    /// Equality whose time does not depend on where the strings differ, for comparing a presented
    /// token or signature with the expected one: a timing must not tell how much of a guess was right.
    func equalsInConstantTime(_ other: String) -> Bool {
        let mine = Array(utf8), theirs = Array(other.utf8)
        return mine.count == theirs.count && zip(mine, theirs).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
