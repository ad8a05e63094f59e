import Hummingbird
import HummingbirdCore

extension URI {
    /// The query's parameters as a browser's GET form sends them
    /// (`application/x-www-form-urlencoded`, where `+` stands for a space and a typed `+` arrives
    /// as `%2B`), percent-decoded by Hummingbird's own ``queryParameters``, which keeps `+` as is.
    var formParameters: FlatDictionary<Substring, Substring> {
        guard let query, query.contains("+") else { return queryParameters }
        return URI("?" + query.replacing("+", with: "%20")).queryParameters
    }
}
