#if canImport(Glibc)
import Glibc
#endif

/// Process-wide settings of the C allocator, for the executables that hold a search index: a
/// library never changes them behind its host's back.
public enum Allocator {
    /// The largest block that glibc's allocator serves from its heap once `keepFreedPages()`
    /// has run: above every per-query array (a million matches take 4 MB per array), below the
    /// index's own arrays, which are allocated once.
    private static let heapBlockLimit: Int32 = 256 << 20
    /// Free memory at the top of the heap beyond this goes back to the system (after a rebuild,
    /// say); below it, it stays for the next search.
    private static let heapTrimLimit: Int32 = 1 << 30

    /// Asks the C allocator to keep the pages of freed memory for reuse, for a process that
    /// searches a large index; a server calls it once, at start. Returns whether it could.
    ///
    /// A search over a common term fills arrays of a few megabytes and frees them. By default
    /// glibc maps fresh pages for each such block and returns them when it is freed, so every
    /// search paid for hundreds of page faults and for zeroing the pages again: at one million
    /// judgments, 4-character phrases took 31–38 ms at the median with it and 22–26 ms without.
    /// The cost is that the process keeps the freed pages (tens of megabytes, beside an index of
    /// gigabytes). Does nothing where the C library is not glibc.
    @discardableResult
    public static func keepFreedPages() -> Bool {
        #if canImport(Glibc)
        // mallopt is in <malloc.h>, which Swift's Glibc module does not bring in; the option
        // numbers are glibc's ABI (M_TRIM_THRESHOLD -1, M_MMAP_THRESHOLD -3).
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3
        return mallopt(mmapThreshold, heapBlockLimit) == 1 && mallopt(trimThreshold, heapTrimLimit) == 1
        #else
        return false
        #endif
    }
}
