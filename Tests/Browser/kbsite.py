"""The site under test: kb-server on a temporary `kb init --sample` knowledge base, on 127.0.0.1
and a port the system chooses, and the catalog's texts to assert by key."""

import json
import os
import re
import shutil
import subprocess
import tempfile
import threading

import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LISTENING = re.compile(r"http://127\.0\.0\.1:(\d+)/")


class Site:
    """kb-server started from `bin_dir` on a fresh sample knowledge base; `stop()` ends it and
    removes the folder."""

    def __init__(self, bin_dir, public_read=True, start_timeout=60):
        self.folder = tempfile.mkdtemp(prefix="kb-browser-")
        self.db = os.path.join(self.folder, "netwerk.sqlite")
        self.process = None
        try:
            self._start(bin_dir, public_read, start_timeout)
        except BaseException:
            self.stop()
            raise

    def _start(self, bin_dir, public_read, start_timeout):
        environment = dict(os.environ, KENNISBANK_LANG="en")
        kb = os.path.join(bin_dir, "kb")
        self.kb = kb
        server = os.path.join(bin_dir, "kb-server")
        for program in (kb, server):
            if not os.access(program, os.X_OK):
                raise RuntimeError(f"{program} is missing: build first (swift build).")
        subprocess.run(
            [kb, "init", "--sample", "--db", self.db],
            env=environment, check=True, capture_output=True, timeout=120)
        arguments = [server, "--db", self.db, "--host", "127.0.0.1", "--port", "0"]
        if public_read:
            arguments.append("--public-read")
        self.process = subprocess.Popen(
            arguments, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.output, self.errors = [], []
        self.first_line = threading.Event()
        for stream, lines in ((self.process.stdout, self.output), (self.process.stderr, self.errors)):
            threading.Thread(target=self._drain, args=(stream, lines), daemon=True).start()
        self.first_line.wait(start_timeout)
        match = LISTENING.search(self.output[0] if self.output else "")
        if not match:
            self.stop()
            raise RuntimeError(
                f"kb-server did not say where it listens within {start_timeout} s: {self.output} {self.errors}")
        self.base_url = f"http://127.0.0.1:{match.group(1)}"

    def _drain(self, stream, lines):
        """Keeps reading kb-server's output (so that it never blocks on a full pipe)."""
        for line in stream:
            lines.append(line)
            if lines is self.output:
                self.first_line.set()
        if lines is self.output:
            self.first_line.set()

    def add_user(self, name, role, password, municipality=None):
        """Adds an account with `kb users add … --password-stdin`, as a coordinator would, while
        the server runs on the same file."""
        arguments = [self.kb, "users", "add", name, "--role", role, "--password-stdin", "--db", self.db]
        if municipality:
            arguments += ["--municipality", municipality]
        environment = dict(os.environ, KENNISBANK_LANG="en", KENNISBANK_PASSWORD_COST="4")
        subprocess.run(arguments, input=password + "\n", env=environment, check=True, capture_output=True,
                       text=True, timeout=60)

    def url(self, path):
        return self.base_url + path

    def stop(self):
        """Ends kb-server (SIGTERM, then SIGKILL after 10 s) and removes the knowledge base."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


class Catalog:
    """The texts of one language (Catalog/<code>/*.yaml merged), by dotted key: `text("web.search.label")`."""

    def __init__(self, code):
        self.texts = {}
        folder = os.path.join(ROOT, "Catalog", code)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".yaml"):
                with open(os.path.join(folder, name), encoding="utf-8") as file:
                    self._merge(yaml.safe_load(file) or {}, "")

    def _merge(self, tree, prefix):
        for key, value in tree.items():
            path = f"{prefix}{key}"
            if isinstance(value, dict):
                self._merge(value, path + ".")
            else:
                self.texts[path] = str(value)

    def text(self, key, **values):
        text = self.texts[key]
        for name, value in values.items():
            text = text.replace("{" + name + "}", str(value))
        return text


def sample_municipalities():
    """The sample network's municipalities, most entries first (Data/sample.jsonl)."""
    counts = {}
    with open(os.path.join(ROOT, "Data", "sample.jsonl"), encoding="utf-8") as file:
        for line in file:
            record = json.loads(line)
            name = record.get("municipality")
            if record.get("kind") != "municipality" and name:
                counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda name: -counts[name])


def chromium_missing():
    """The Debian packages the browser tests lack, by name; empty when all are there."""
    missing = []
    if not (shutil.which("chromium") or os.path.exists("/usr/bin/chromium")):
        missing.append("chromium")
    if not (shutil.which("chromedriver") or os.path.exists("/usr/bin/chromedriver")):
        missing.append("chromium-driver")
    return missing
