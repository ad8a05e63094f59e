import Foundation
import Kennisbank

/// Times as a Dutch reader expects them in text for people: `30-11-2026 14:05`, in
/// Europe/Amsterdam (JSON keeps UTC).
public enum HumanTime {
    /// The time zone of human output.
    public static let zone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600)!

    /// `date` as `dd-MM-yyyy HH:mm` in ``zone``.
    public static func text(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : "\(value)"
        }
        return "\(two(parts.day))-\(two(parts.month))-\(parts.year ?? 0) \(two(parts.hour)):\(two(parts.minute))"
    }

    /// A day as `30-11-2026`.
    public static func text(_ day: Day) -> String {
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(pad(day.day))-\(pad(day.month))-\(day.year)"
    }

    /// `date`'s day in ``zone`` as `2026-11-30`.
    public static func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let pad = { (value: Int?) in (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        return "\(parts.year ?? 0)-\(pad(parts.month))-\(pad(parts.day))"
    }
}
