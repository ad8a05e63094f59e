#!/usr/bin/env python3
"""Times kb-bench's search queries as `kb search` processes for two builds of kb, each on its own
knowledge base, interleaved (before, after, before, …) so that both see the same load: the median
of N runs per query and build, and the ratio of the totals.

    Scripts/compare-search-processes.py OLD_KB OLD_DB NEW_KB NEW_DB [--runs 5]

Used for issue 15's "search within 1.3× of before" when kb-bench itself could not run (a build
of each commit with `swift build -c release --scratch-path …`, and each database made by its own
kb from the same corpus)."""

import argparse
import statistics
import subprocess
import time

# kb-bench's queries (Sources/KennisbankBenchmarks/BenchmarkQuery.swift): the text, then options.
QUERIES = [
    ["gemeente"], ["raad"], ["vrijwilligers"], ["woningcorporatie"], ["geloofsbrief"], ["schadeloosstelling"],
    ["Deventer"], ["financiele"], ["zwembad"], ["kinderboerderij"], ["buurthuis vrijwilligers"],
    ["college burgemeester wethouders"], ["wantrouwen bewoners gemeente"], ["toegelaten instelling jaarverslag"],
    ["wat werkt?"], ['"college van burgemeester en wethouders"'], ['"ruimte voor anders"'],
    ['"algemene maatregel van bestuur"'], ["vrijwillig*"], ["woon*"], ["gemeent*"], ["dorpshuis OF buurthuis"],
    ["raad -college"], ["co-creatie"], ["gemeente", "--kind", "tip"], ["proces", "--topic", "Transparantie"],
    ["subsidie", "--municipality", "Deventer"], ["vrijwilligers", "--kind", "example", "--municipality", "Amsterdam"],
]


def run(kb, db, query):
    started = time.monotonic()
    result = subprocess.run(
        [kb, "search", "--db", db, "--limit", "20", "--format", "json"] + query[1:] + ["--", query[0]],
        capture_output=True)
    elapsed = time.monotonic() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"{kb} search {query}: {result.stderr.decode()[:300]}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old_kb")
    parser.add_argument("old_db")
    parser.add_argument("new_kb")
    parser.add_argument("new_db")
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    old, new = (arguments.old_kb, arguments.old_db), (arguments.new_kb, arguments.new_db)
    for build in (old, new):
        run(*build, ["gemeente"])  # warm the page cache
    totals = [0.0, 0.0]
    for query in QUERIES:
        times = ([], [])
        for _ in range(arguments.runs):
            times[0].append(run(*old, query))
            times[1].append(run(*new, query))
        medians = [statistics.median(t) for t in times]
        totals = [totals[0] + medians[0], totals[1] + medians[1]]
        print(f"{' '.join(query):55} {medians[0] * 1000:8.1f} ms {medians[1] * 1000:8.1f} ms "
              f"{medians[1] / medians[0]:5.2f}×")
    print(f"{'total':55} {totals[0] * 1000:8.0f} ms {totals[1] * 1000:8.0f} ms {totals[1] / totals[0]:5.2f}×")


if __name__ == "__main__":
    main()
