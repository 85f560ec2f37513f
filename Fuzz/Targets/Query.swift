import TribunalKernel
import SearchEngine

/// The search language's parser on any bytes: it refuses or parses, never traps or hangs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    _ = try? SearchQuery(parsing: text)
    return 0
}
