import Foundation
import KennisbankText

/// A person's fields, checked and normalised: the name (one line of at most 200 characters)
/// with its folded identity, and the optional role, e-mail address and phone number.
struct ValidPerson: Sendable, Equatable {
    /// The longest name or role accepted, in characters.
    static let textLimit = 200
    /// The longest e-mail address accepted (RFC 5321's path limit).
    static let emailLimit = 254
    /// The longest phone number accepted, in characters.
    static let phoneLimit = 40

    var name: String
    /// The folded name: the identity a lookup matches.
    var key: String
    var role: String?
    var email: String?
    var phone: String?

    init(name: String, role: String?, email: String?, phone: String?) throws {
        self.name = try Self.name(name)
        key = TextFolding.lookupKey(self.name)
        self.role = try Self.role(role)
        self.email = try Self.email(email)
        self.phone = try Self.phone(phone)
    }

    /// A name: one line with letters or digits.
    static func name(_ value: String) throws -> String {
        let name = try text(value, field: .name, limit: textLimit)
        guard !TextFolding.lookupKey(name).isEmpty else { throw KennisbankError.people(.emptyField(.name)) }
        return name
    }

    /// A role; blank is none.
    static func role(_ value: String?) throws -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return try text(value, field: .role, limit: textLimit)
    }

    /// An e-mail address, checked lightly: one `@` with text before it, a domain with a dot
    /// after it, no spaces; blank is none.
    static func email(_ value: String?) throws -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        let email = try text(value, field: .email, limit: emailLimit)
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !email.contains(where: \.isWhitespace),
            let dot = parts[1].firstIndex(of: "."), dot != parts[1].startIndex, parts[1].last != ".",
            !parts[1].contains("..")
        else { throw KennisbankError.people(.invalidEmail(email)) }
        return email
    }

    /// A phone number, checked lightly: digits with spaces, `+`, `-`, `.`, `/` and parentheses,
    /// 6 to 15 digits; blank is none.
    static func phone(_ value: String?) throws -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        let phone = try text(value, field: .phone, limit: phoneLimit)
        let digits = phone.filter { $0.isASCII && $0.isNumber }.count
        guard (6...15).contains(digits), phone.allSatisfy({ ($0.isASCII && $0.isNumber) || " +-./()".contains($0) })
        else { throw KennisbankError.people(.invalidPhone(phone)) }
        return phone
    }

    /// One line of text as ``EntryValidation/text(_:field:limit:)`` checks it, with the person's field in its errors.
    private static func text(_ value: String, field: KennisbankError.PersonField, limit: Int) throws -> String {
        do {
            return try EntryValidation.text(value, field: .title, limit: limit)
        } catch KennisbankError.emptyField {
            throw KennisbankError.people(.emptyField(field))
        } catch {
            throw KennisbankError.people(.invalidField(field, limit: limit))
        }
    }
}
