import Foundation

/// Counts failed sign-ins per client address and per account name, and says until when a
/// client or a name is refused: after ``AccountSettings/maximumFailures`` failures within
/// ``AccountSettings/window``, until the oldest of them is older than the window.
actor LoginRateLimiter {
    let settings: AccountSettings
    /// The times of recent failures, by key (`address:…`, `name:…`).
    private var failures: [String: [Date]] = [:]

    init(settings: AccountSettings) {
        self.settings = settings
    }

    /// The keys a sign-in counts under.
    static func keys(address: String, name: String) -> [String] {
        ["address:" + address, "name:" + name.trimmingCharacters(in: .whitespaces).lowercased()]
    }

    /// Until when a sign-in from `address` for `name` is refused; nil when it may go ahead.
    func refusedUntil(address: String, name: String) -> Date? {
        let now = settings.now()
        return Self.keys(address: address, name: name).compactMap { key -> Date? in
            let recent = prune(key, now: now)
            guard recent.count >= settings.maximumFailures else { return nil }
            return recent[recent.count - settings.maximumFailures].addingTimeInterval(settings.window)
        }.max()
    }

    /// Records a failed sign-in.
    func recordFailure(address: String, name: String) {
        let now = settings.now()
        for key in Self.keys(address: address, name: name) {
            failures[key] = prune(key, now: now) + [now]
        }
    }

    /// Records a successful sign-in: the name's failures no longer count (the address's do).
    func recordSuccess(name: String) {
        failures[Self.keys(address: "", name: name)[1]] = nil
    }

    /// The failures of `key` within the window, the older ones forgotten.
    private func prune(_ key: String, now: Date) -> [Date] {
        let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < settings.window }
        failures[key] = recent.isEmpty ? nil : recent
        return recent
    }
}
