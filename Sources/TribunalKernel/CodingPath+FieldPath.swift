extension Array where Element == any CodingKey {
    /// The coding path in the API's field notation: `parties[0].name`.
    public var fieldPath: String {
        var path = ""
        for key in self {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return path
    }
}
