import TribunalKernel

/// The case-number parser on any bytes: it refuses or parses, and what it parses reads back the
/// same from its canonical form.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCaseNumber(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    guard let number = try? CaseNumber(parsing: text) else { return 0 }
    guard let again = try? CaseNumber(parsing: number.canonical), again == number else {
        fatalError("\(number.canonical) does not read back as itself")
    }
    return 0
}
