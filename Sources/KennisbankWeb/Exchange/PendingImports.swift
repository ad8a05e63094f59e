import Foundation
import Kennisbank
import NIOConcurrencyHelpers

/// The files whose preview a person is looking at, kept in memory until they are applied: the
/// "Toepassen" button applies exactly the bytes that were previewed, never a second upload.
///
/// Each is kept under a random id, for the session that sent it (its CSRF token) and the account,
/// for ``PendingImports/lifetime``; together they hold at most ``PendingImports/totalLimit``
/// bytes (the oldest go first).
final class PendingImports: Sendable {
    /// One previewed file.
    struct Pending: Sendable {
        let bytes: [UInt8]
        let name: String
        let format: ExchangeFormat
        let session: String
        let account: Account.ID
        let since: Date
    }

    /// The largest file the import form takes: a zip or note folder holding one attachment of the
    /// largest size (``Attachment/maximumSize``, 25 MiB) and 1 MiB for its notes (issue 16).
    static let fileLimit = Attachment.maximumSize + (1 << 20)
    /// How long a preview can be applied.
    static let lifetime: TimeInterval = 30 * 60
    /// The most all previews together keep.
    static let totalLimit = 100 << 20

    private let kept = NIOLockedValueBox<[String: Pending]>([:])
    private let now: @Sendable () -> Date

    init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// Keeps `pending` and returns its new id.
    func keep(_ bytes: [UInt8], name: String, format: ExchangeFormat, session: String, account: Account.ID) -> String {
        let id = RandomToken.hex(bytes: 16)
        let time = now()
        kept.withLockedValue { kept in
            kept = kept.filter { time.timeIntervalSince($0.value.since) < Self.lifetime }
            kept[id] = Pending(
                bytes: bytes, name: name, format: format, session: session, account: account, since: time)
            while kept.values.reduce(0, { $0 + $1.bytes.count }) > Self.totalLimit, kept.count > 1,
                let oldest = kept.min(by: { $0.value.since < $1.value.since })?.key
            {
                kept[oldest] = nil
            }
        }
        return id
    }

    /// The file kept under `id` for this session and account, if it has not expired.
    func pending(_ id: String, session: String, account: Account.ID) -> Pending? {
        let time = now()
        return kept.withLockedValue { kept in
            guard let pending = kept[id], RandomToken.equal(pending.session, session), pending.account == account,
                time.timeIntervalSince(pending.since) < Self.lifetime
            else { return nil }
            return pending
        }
    }

    /// Forgets the file kept under `id`.
    func forget(_ id: String) {
        _ = kept.withLockedValue { $0.removeValue(forKey: id) }
    }
}
