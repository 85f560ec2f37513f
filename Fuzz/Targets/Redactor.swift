import Foundation
import Judgments

/// The redactor on any bytes: its proposals lie inside the text, do not overlap, and applying
/// them removes what they name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRedactor(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let redactor = Redactor(personNamesZh: ["欧阳明华", "张伟"], personNamesEn: ["Liu Deming"])
    let length = (text as NSString).length
    var end = 0
    for proposal in redactor.proposals(in: text, language: .zh) {
        guard proposal.location >= end, proposal.length > 0, proposal.location + proposal.length <= length else {
            fatalError("proposal \(proposal) overlaps or leaves the text of \(length) units")
        }
        end = proposal.location + proposal.length
    }
    _ = redactor.redact(text, language: .en)
    return 0
}
