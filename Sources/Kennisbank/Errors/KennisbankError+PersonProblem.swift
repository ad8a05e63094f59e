extension KennisbankError {
    /// A field of a person whose value breaks a rule (``PersonProblem``).
    public enum PersonField: String, CaseIterable, Codable, Sendable {
        /// The person's name.
        case name
        /// The person's role.
        case role
        /// The e-mail address.
        case email
        /// The phone number.
        case phone
    }

    /// What is wrong with a person or a reference to one (``KennisbankError/people(_:)``).
    public enum PersonProblem: Equatable, Sendable, Codable {
        /// No person answers to the reference; `suggestions` are the closest, as `Name (Municipality)`.
        case unknownPerson(String, suggestions: [String])
        /// Several people answer to the name; `candidates` tell them apart as `Name (Municipality)`.
        case ambiguousPerson(String, candidates: [String])
        /// A person of that name is already known in that municipality.
        case personExists(name: String, municipality: String)
        /// A field that must hold text is empty or blank.
        case emptyField(PersonField)
        /// A field holds control characters or is longer than `limit` characters.
        case invalidField(PersonField, limit: Int)
        /// Not an e-mail address (`naam@gemeente.nl`).
        case invalidEmail(String)
        /// Not a phone number (digits, spaces, `+`, `-`, parentheses).
        case invalidPhone(String)
        /// The person is not a contact of the entry.
        case notAContact(String)
        /// No removed person answers to the reference (nothing to bring back).
        case notRemoved(String)
        /// A removed person cannot come back: someone of the same name and municipality is known again.
        case cannotRestore(String)

        /// The stable machine name of each case.
        public enum Code: String, CaseIterable, Codable, Sendable {
            /// The code of ``KennisbankError/PersonProblem/unknownPerson(_:suggestions:)``.
            case unknownPerson = "unknown_person"
            /// The code of ``KennisbankError/PersonProblem/ambiguousPerson(_:candidates:)``.
            case ambiguousPerson = "ambiguous_person"
            /// The code of ``KennisbankError/PersonProblem/personExists(name:municipality:)``.
            case personExists = "person_exists"
            /// The code of ``KennisbankError/PersonProblem/emptyField(_:)``.
            case emptyField = "empty_field"
            /// The code of ``KennisbankError/PersonProblem/invalidField(_:limit:)``.
            case invalidField = "invalid_field"
            /// The code of ``KennisbankError/PersonProblem/invalidEmail(_:)``.
            case invalidEmail = "invalid_email"
            /// The code of ``KennisbankError/PersonProblem/invalidPhone(_:)``.
            case invalidPhone = "invalid_phone"
            /// The code of ``KennisbankError/PersonProblem/notAContact(_:)``.
            case notAContact = "not_a_contact"
            /// The code of ``KennisbankError/PersonProblem/notRemoved(_:)``.
            case notRemoved = "not_removed"
            /// The code of ``KennisbankError/PersonProblem/cannotRestore(_:)``.
            case cannotRestore = "cannot_restore"
        }

        /// The stable machine name of this case.
        public var code: Code {
            switch self {
            case .unknownPerson: .unknownPerson
            case .ambiguousPerson: .ambiguousPerson
            case .personExists: .personExists
            case .emptyField: .emptyField
            case .invalidField: .invalidField
            case .invalidEmail: .invalidEmail
            case .invalidPhone: .invalidPhone
            case .notAContact: .notAContact
            case .notRemoved: .notRemoved
            case .cannotRestore: .cannotRestore
            }
        }
    }
}
