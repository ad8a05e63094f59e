import Foundation
import Hummingbird

extension WebContext {
    /// The path parameter `name` as a person wrote it: Hummingbird hands it over still
    /// percent-encoded (`Sociale%20basis`, `S%C3%BAdwest-Frysl%C3%A2n`); text that is not valid
    /// percent-encoding stays as it is.
    func pathParameter(_ name: String) -> String {
        let text = parameters.get(name) ?? ""
        return text.removingPercentEncoding ?? text
    }
}
