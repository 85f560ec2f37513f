import SearchEngine

/// The analyzer on any bytes, in both modes: tokens come out, nothing traps or hangs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyzer(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    _ = Analyzer(mode: .index).tokens(text)
    _ = Analyzer(mode: .query).tokens(text)
    return 0
}
