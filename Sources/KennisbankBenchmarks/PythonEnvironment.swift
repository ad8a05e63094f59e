import Foundation

/// The Python virtual environment with the baselines from PyPI (`sqlite-utils`, `PyStemmer`),
/// created by the benchmark itself so that a fresh machine needs nothing but `python3`.
struct PythonEnvironment {
    /// The packages installed, as pip is given them.
    static let packages = ["sqlite-utils", "PyStemmer"]

    /// The environment's folder.
    let folder: String

    var python: String { "\(folder)/bin/python" }
    var sqliteUtils: String { "\(folder)/bin/sqlite-utils" }

    /// Creates the environment in `folder` (once) and installs the packages; nil, after saying
    /// why through `log`, when that cannot be done (no python3, PyPI out of reach).
    static func prepare(in folder: String, log: (String) -> Void) -> PythonEnvironment? {
        let environment = PythonEnvironment(folder: folder)
        if environment.isReady { return environment }
        guard let python3 = ChildProcess.which("python3") else {
            log(
                "python3 is not installed: the sqlite-utils and PyStemmer baselines are left out (apt-get install python3 python3-venv)."
            )
            return nil
        }
        do {
            if !FileManager.default.isExecutableFile(atPath: environment.python) {
                log("creating the Python environment \(folder)")
                _ = try ChildProcess.runChecked(python3, ["-m", "venv", folder], what: "python3 -m venv")
            }
            log("installing \(packages.joined(separator: " and ")) from PyPI into it")
            _ = try ChildProcess.runChecked(
                environment.python,
                ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--timeout", "30", "--retries", "2"]
                    + packages,
                what: "pip install")
        } catch {
            log(
                """
                The sqlite-utils and PyStemmer baselines are left out: \(error). Is PyPI out of reach? \
                With network access, run the benchmark again, or install them by hand: \
                python3 -m venv \(folder) && \(folder)/bin/pip install \(packages.joined(separator: " ")).
                """)
            return nil
        }
        return environment.isReady ? environment : nil
    }

    /// True when both baselines run.
    var isReady: Bool {
        FileManager.default.isExecutableFile(atPath: sqliteUtils)
            && (try? ChildProcess.run(python, ["-c", "import Stemmer, sqlite_utils"]))?.succeeded == true
    }

    /// The installed version of a package, e.g. "4.2.1".
    func version(of package: String) -> String {
        ChildProcess.firstLine(python, ["-c", "import importlib.metadata as m; print(m.version('\(package)'))"])
            ?? "unknown"
    }
}
