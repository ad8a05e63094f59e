#!/usr/bin/env bash
# Checks the library's documentation with the toolchain's `docc` (no package plugin needed): the
# DocC catalog Sources/Kennisbank/Kennisbank.docc with the public symbols, and every symbol link in
# the doc comments of Kennisbank and KennisbankText, also of internal and private symbols. Any
# link docc cannot resolve is an error. Needs a `swift build` first; writes only into .build.
#
#   Scripts/check-docs.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docc >/dev/null; then
    echo "No docc on PATH: it comes with the Swift toolchain (usr/bin/docc)." >&2
    exit 2
fi
graphs="$(swift build --show-bin-path)/../symbolgraph"
work=.build/check-docs
rm -rf "$work"
for level in public private; do
    mkdir -p "$work"
    swift package dump-symbol-graph --minimum-access-level "$level" >"$work/dump-$level.log" 2>&1 \
        || { cat "$work/dump-$level.log" >&2; exit 1; }
    for module in Kennisbank KennisbankText; do
        mkdir -p "$work/$level/$module/graphs" "$work/$module-empty.docc"
        cp "$graphs/$module".symbols.json "$work/$level/$module/graphs/"
        cp "$graphs/$module"@*.symbols.json "$work/$level/$module/graphs/" 2>/dev/null || true
        catalog="$work/$module-empty.docc"
        [[ $module == Kennisbank ]] && catalog=Sources/Kennisbank/Kennisbank.docc
        echo "docc: $module, $level symbols"
        docc convert "$catalog" --additional-symbol-graph-dir "$work/$level/$module/graphs" \
            --output-path "$work/$level/$module/output" --fallback-display-name "$module" \
            --fallback-bundle-identifier "$module" --warnings-as-errors >"$work/$level/$module/log" 2>&1 \
            || { cat "$work/$level/$module/log" >&2; exit 1; }
    done
done
echo "All documentation links resolve."
