import KennisbankFrontEnd

/// The language `kb` speaks in this run.
enum Interface {
    /// The catalog every text comes from.
    static let catalog = Catalog(.english)
}
