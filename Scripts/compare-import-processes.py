#!/usr/bin/env python3
"""Times `kb import` of one corpus for two builds of kb, interleaved (before, after, before, …) so
that both see the same load, each into a new knowledge base: the median CPU time (user + system,
which a busy machine disturbs less than wall time) and the median wall time of each.

Usage: Scripts/compare-import-processes.py [--check-duplicates] OLD_KB NEW_KB CORPUS.jsonl [RUNS]
(kb-bench caches its corpora in benchmark-work/, e.g. corpus-10000-seed20150521-v1.jsonl).
The imports run with --allow-duplicate, as kb-bench's do, unless --check-duplicates is given:
then with the duplicate check on, as `kb import` runs by default."""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    arguments = sys.argv[1:]
    check_duplicates = "--check-duplicates" in arguments
    arguments = [argument for argument in arguments if argument != "--check-duplicates"]
    if len(arguments) not in (3, 4):
        sys.exit(__doc__)
    tools = {"before": arguments[0], "after": arguments[1]}
    corpus = arguments[2]
    runs = int(arguments[3]) if len(arguments) == 4 else 3
    flags = [] if check_duplicates else ["--allow-duplicate"]
    results = {name: [] for name in tools}
    work = tempfile.mkdtemp(prefix="kb-import-compare-")
    try:
        for _ in range(runs):
            for name, kb in tools.items():
                folder = os.path.join(work, name)
                shutil.rmtree(folder, ignore_errors=True)
                os.makedirs(folder)
                database = os.path.join(folder, "kennisbank.sqlite")
                subprocess.run([kb, "init", "--db", database], capture_output=True, check=True)
                started = time.monotonic()
                child = subprocess.Popen(
                    [kb, "import", corpus, "--db", database] + flags,
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                _, status, usage = os.wait4(child.pid, 0)
                wall = time.monotonic() - started
                if status != 0:
                    sys.exit(f"{kb} import failed (status {status})")
                results[name].append((usage.ru_utime + usage.ru_stime, wall))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name, figures in results.items():
        cpu = statistics.median(c for c, _ in figures)
        wall = statistics.median(w for _, w in figures)
        print(f"{name}: CPU {cpu:.2f} s, wall {wall:.2f} s (median of {runs}; CPU per run: "
              + ", ".join(f"{c:.2f}" for c, _ in figures) + ")")


if __name__ == "__main__":
    main()
