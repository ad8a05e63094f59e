import Foundation

/// How the server treats sign-ins: how many failures it allows, for how long it then refuses,
/// how long a session lasts, and the clock it reads (tests give their own).
public struct AccountSettings: Sendable {
    /// Failed sign-ins allowed per client address and per account name within ``window``.
    public var maximumFailures: Int
    /// The time over which failures are counted, and after which one no longer counts.
    public var window: TimeInterval
    /// How long a session lasts without sign-in.
    public var sessionDuration: Duration
    /// The current time.
    public var now: @Sendable () -> Date

    /// Settings; by default 5 failures in 15 minutes, sessions of 12 hours, the system clock.
    public init(
        maximumFailures: Int = 5, window: TimeInterval = 15 * 60, sessionDuration: Duration = .seconds(12 * 3600),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.maximumFailures = maximumFailures
        self.window = window
        self.sessionDuration = sessionDuration
        self.now = now
    }
}
