#!/usr/bin/env bash
# The floor under `kb --version` (issue 17's start-up target, at most 2× `sqlite3 -version`):
# what a statically linked Swift program takes to start on this machine before it does anything
# of kb's. Three programs that print one line, built as the documented install builds kb
# (-static-stdlib), timed with `sqlite3 -version` and `KB --version` in the same minutes:
#
#   plain        Swift's print alone
#   foundation   + Foundation (reads ProcessInfo.environment, as kb's start does)
#   xml          + FoundationXML's XMLParser (kb's .xlsx reader): loads libxml2 and ICU
#
#     Benchmarks/startup_floor.sh .build/release/kb [COMMAND ...]
#
# Any further COMMAND (a whole command line, quoted) is timed with them; RUNS=N sets the runs of
# each (300).
# Needs hyperfine (Debian: hyperfine). Figures in BENCHMARKS.md ("What the start-up targets
# would take").
set -euo pipefail
kb=${1:?usage: Benchmarks/startup_floor.sh PATH-TO-KB [COMMAND ...]}
shift
runs=${RUNS:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/plain.swift" <<'EOF'
print("0.1.0")
EOF
cat >"$work/foundation.swift" <<'EOF'
import Foundation
print("0.1.0", ProcessInfo.processInfo.environment.isEmpty ? "-" : "")
EOF
cat >"$work/xml.swift" <<'EOF'
import Foundation
import FoundationXML
if CommandLine.arguments.count > 5 { _ = XMLParser(data: Data()).parse() }
print("0.1.0", ProcessInfo.processInfo.environment.isEmpty ? "-" : "")
EOF
for program in plain foundation xml; do
    swiftc -O -static-stdlib "$work/$program.swift" -o "$work/$program" 2>"$work/swiftc.log" \
        || { cat "$work/swiftc.log" >&2; exit 1; }
done

hyperfine -N --warmup 20 --runs "$runs" --export-json "$work/times.json" \
    "sqlite3 -version" "$work/plain" "$work/foundation" "$work/xml" "$kb --version" "$@" >/dev/null 2>"$work/hyperfine.log" \
    || { cat "$work/hyperfine.log" >&2; exit 1; }
python3 - "$work/times.json" "$work/" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
print(f"{'program':<28} {'median ms':>9} {'CPU ms':>7} {'× sqlite3':>9}")
for r in results:
    name = r["command"].replace(sys.argv[2], "")
    cpu = (r["user"] + r["system"]) * 1000
    print(f"{name:<28} {r['median'] * 1000:9.2f} {cpu:7.2f} {r['median'] / base:8.2f}×")
EOF
