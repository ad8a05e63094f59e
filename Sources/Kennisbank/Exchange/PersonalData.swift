/// Whether an export carries personal data: an entry's contact persons (names, municipalities,
/// roles; never an e-mail address or a phone number). `kb export --without-personal-data` leaves
/// them out.
struct PersonalData: Sendable {
    /// Whether contact persons are exported.
    var included: Bool

    /// `entry` as the export writes it: without its contacts unless they are included.
    func applied(to entry: Entry) -> Entry {
        guard !included, !entry.contacts.isEmpty else { return entry }
        var entry = entry
        entry.contacts = []
        return entry
    }
}
