#!/usr/bin/env bash
# Screenshots of the site's pages (/, /zoeken, /kennis/…, /vergelijken, /voorwaarden, /bezoeken/voorstel,
# /bijeenkomsten/1, /bijeenkomsten/opkomst, /mensen, and signed in /kennis/nieuw) at phone (390×844) and
# desktop (1280×900) width, from kb-server on a temporary sample knowledge base, as PNGs in the
# folder given (default screenshots/, git-ignored): Scripts/screenshots.sh [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-screenshots}
Scripts/browser-setup.sh
swift build
browser-work/venv/bin/python Tests/Browser/run.py --bin "$(swift build --show-bin-path)" --screenshots "$folder"
