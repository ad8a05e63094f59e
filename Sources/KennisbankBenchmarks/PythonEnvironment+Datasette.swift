import Foundation

extension PythonEnvironment {
    /// Datasette, the web baseline, pinned: the figures came from 0.65 (its last stable
    /// line), and a new release must not change the baseline between runs.
    static let datasetteRequirement = "datasette==0.65.1"

    /// The `datasette` executable.
    var datasette: String { "\(folder)/bin/datasette" }

    /// Installs Datasette into the environment (once); nil, after saying why through `log`,
    /// when PyPI is out of reach.
    func prepareDatasette(log: (String) -> Void) -> String? {
        if FileManager.default.isExecutableFile(atPath: datasette) { return datasette }
        log("installing \(Self.datasetteRequirement) from PyPI into \(folder)")
        do {
            _ = try ChildProcess.runChecked(
                python,
                [
                    "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--timeout", "30", "--retries",
                    "2", Self.datasetteRequirement,
                ],
                what: "pip install datasette")
        } catch {
            log(
                """
                The Datasette baseline is left out: \(error). Is PyPI out of reach? With network access, run the \
                benchmark again, or install it by hand: \(folder)/bin/pip install \(Self.datasetteRequirement).
                """)
            return nil
        }
        return FileManager.default.isExecutableFile(atPath: datasette) ? datasette : nil
    }
}
