import Foundation
import KennisbankTestSupport

/// Generated search arguments as raw bytes, the way a shell hands them to `kb`: the syntax soup,
/// control characters and invalid UTF-8 of ``HostileQuery``, without NUL (an argument of `exec`
/// is a C string; NUL bytes are fuzzed in-process).
struct QueryBytes {
    private var generator: HostileQuery

    init(salt: UInt64) { generator = HostileQuery(random: SeededRandom(salt: salt), allowsNUL: false) }

    /// One generated argument: 1 to `maxLength` bytes (most are short; some are long runs). Never
    /// empty: `--until=` with nothing after it is an option without its value, which the
    /// argument parser answers with its usage text.
    mutating func argument(maxLength: Int = 4_096) -> [UInt8] {
        let bytes = generator.bytes(maxLength: maxLength)
        return bytes.isEmpty ? [UInt8(ascii: " ")] : bytes
    }

    /// One to four arguments, or one long text cut into arguments below the kernel's 128 KiB
    /// limit for one argument (`size` bytes in all).
    mutating func arguments(size: Int? = nil) -> [[UInt8]] {
        guard let size else {
            return (0..<generator.random.within(1...4)).map { _ in argument() }
        }
        var all: [UInt8] = []
        while all.count < size { all += argument(maxLength: 65_536) }
        return stride(from: 0, to: size, by: 100_000).map { Array(all[$0..<min($0 + 100_000, size)]) }
    }

    /// A random element, for choosing commands and filters.
    mutating func pick<T>(_ items: [T]) -> T { generator.random.pick(items) }
}
