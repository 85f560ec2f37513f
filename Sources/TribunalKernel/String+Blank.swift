extension String {
    /// Empty or only white space: what a required name, reason or approver must not be.
    public var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
