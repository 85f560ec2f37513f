import Hummingbird

/// Hummingbird's form decoder, which reads every portal form and query string, on any bytes:
/// it decodes or refuses, never traps or hangs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzForm(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    _ = try? URLEncodedFormDecoder().decode([String: String].self, from: text)
    return 0
}
