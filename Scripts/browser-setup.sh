#!/usr/bin/env bash
# Installs what the browser tests (Tests/Browser) need, only what is missing: Debian's chromium
# and chromium-driver, and Selenium from PyPI in a virtual environment under the project
# (browser-work/venv, git-ignored). Run by .ci/run; run it by hand once on a new machine.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
python3 -c "import venv, ensurepip" >/dev/null 2>&1 || missing+=(python3-venv)
# kb-server (which the browser tests start) links cmark, the CommonMark library.
dpkg -s libcmark-dev >/dev/null 2>&1 || missing+=(libcmark-dev)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} (apt) for the browser tests."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

venv=browser-work/venv
if ! "$venv/bin/python" -c "import selenium, yaml" >/dev/null 2>&1; then
    echo "Installing Selenium from PyPI into $venv for the browser tests."
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --timeout 30 --retries 2 \
        -r Tests/Browser/requirements.txt
fi
