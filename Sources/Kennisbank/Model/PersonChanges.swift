/// Changes to a person. A nil field is left as it is; a blank role, e-mail address or phone
/// number removes it.
public struct PersonChanges: Sendable, Hashable {
    /// A new name.
    public var name: String?
    /// A new role; blank removes it.
    public var role: String?
    /// A new e-mail address; blank removes it.
    public var email: String?
    /// A new phone number; blank removes it.
    public var phone: String?

    /// Creates a set of changes; by default nothing changes.
    public init(name: String? = nil, role: String? = nil, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
    }

    /// True when nothing would change.
    public var isEmpty: Bool {
        self == PersonChanges()
    }
}
