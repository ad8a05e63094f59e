"""Runs the browser flows (flows.py) against kb-server on a temporary sample knowledge base, or,
with --screenshots DIR, writes PNGs of the site's pages at phone and desktop width.

    browser-work/venv/bin/python Tests/Browser/run.py --bin .build/debug
    browser-work/venv/bin/python Tests/Browser/run.py --bin .build/debug --screenshots screenshots

Scripts/browser-setup.sh installs what it needs. The whole run stops after --timeout seconds
(default 240): the server and Chromium are ended whatever happens.
"""

import argparse
import os
import signal
import sys
import unittest
from urllib.parse import quote, urlparse

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from kbsite import Catalog, Site, chromium_missing, sample_municipalities  # noqa: E402


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("the browser tests took longer than their time limit")


def run_flows(site, browser):
    """Runs the flows of `flows.py` and of every `flows_*.py` beside it (one file per part of the site)."""
    import importlib
    import flows

    flows.FlowTest.site = site
    flows.FlowTest.browser = browser
    here = os.path.dirname(os.path.abspath(__file__))
    names = ["flows"] + sorted(name[:-3] for name in os.listdir(here) if name.startswith("flows_") and name.endswith(".py"))
    suite = unittest.TestSuite(unittest.defaultTestLoader.loadTestsFromModule(importlib.import_module(name)) for name in names)
    result = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(suite)
    # The last lines are what a CI log keeps: each flow that failed, with its exception's line.
    for test, trace in result.errors + result.failures:
        lines = trace.strip().splitlines()
        frames = [index for index, line in enumerate(lines) if line.startswith("  File ")]
        after = lines[frames[-1] + 1:] if frames else lines
        reason = next((line for line in after if line and not line.startswith("    ")), lines[-1])
        print(f"FAILED FLOW {test.id()}: {reason.strip()[:300]}")
    return result.wasSuccessful() and result.testsRun > 0


def take_screenshots(site, browser, folder):
    from browser import DESKTOP, PHONE

    browser.open(site.url("/zoeken?q=vertrouwen"))
    first = browser.find_all("ol.hits > li a[href^='/kennis/']")
    if not first:
        raise RuntimeError("no search result for vertrouwen to take the entry page from")
    entry = urlparse(first[0].get_attribute("href")).path
    one, two = sample_municipalities()[:2]
    pages = {
        "home": "/",
        "zoeken": "/zoeken?q=vertrouwen",
        "kennis": entry,
        "vergelijken": f"/vergelijken?gemeente={quote(one)}&gemeente={quote(two)}",
        "voorwaarden": "/voorwaarden",
        "bezoeken-voorstel": f"/bezoeken/voorstel?gemeente={quote(one)}",
        "bijeenkomst": "/bijeenkomsten/1",
        "opkomst": "/bijeenkomsten/opkomst",
        "mensen": "/mensen",
    }
    for name, path in pages.items():
        for size_name, size in (("phone", PHONE), ("desktop", DESKTOP)):
            browser.open(site.url(path))
            target = os.path.join(folder, f"{name}-{size_name}.png")
            browser.screenshot(target, size)
            print(f"{target}: {path} at {size[0]}×{size[1]}")
    # Signed in: the form to add an entry, sent empty, with its errors next to the fields.
    catalog = Catalog("nl")
    password = "een lang wachtwoord"
    site.add_user("Cora", "coordinator", password)
    browser.open(site.url("/aanmelden"))
    field = browser.fill({
        catalog.text("web.accounts.signIn.name"): "Cora", catalog.text("web.accounts.signIn.password"): password})
    browser.submit_with_enter(field)
    # Signed in, an entry's page also has the forms to attach and remove files.
    for size_name, size in (("phone", PHONE), ("desktop", DESKTOP)):
        browser.open(site.url(entry))
        target = os.path.join(folder, f"kennis-aangemeld-{size_name}.png")
        browser.screenshot(target, size)
        print(f"{target}: {entry}, signed in, at {size[0]}×{size[1]}")
    browser.open(site.url("/kennis/nieuw"))
    browser.submit_with_enter(browser.field(catalog.text("web.forms.field.title.label")))
    for size_name, size in (("phone", PHONE), ("desktop", DESKTOP)):
        target = os.path.join(folder, f"nieuw-{size_name}.png")
        browser.screenshot(target, size)
        print(f"{target}: /kennis/nieuw, sent empty, at {size[0]}×{size[1]}")
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=".build/debug", help="the folder with kb and kb-server")
    parser.add_argument("--screenshots", metavar="DIR", help="write screenshots into DIR instead of testing")
    parser.add_argument("--timeout", type=int, default=240, help="seconds before the whole run is stopped")
    arguments = parser.parse_args()

    missing = chromium_missing()
    if missing:
        print(f"The browser tests need {' and '.join(missing)}: run Scripts/browser-setup.sh "
              f"(apt-get install chromium chromium-driver).", file=sys.stderr)
        return 2

    from browser import start_chromium

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(arguments.timeout)
    site = browser = None
    try:
        site = Site(os.path.abspath(arguments.bin))
        browser = start_chromium()
        if arguments.screenshots:
            ok = take_screenshots(site, browser, arguments.screenshots)
        else:
            ok = run_flows(site, browser)
    except Timeout as timeout:
        print(f"Stopped: {timeout} ({arguments.timeout} s).", file=sys.stderr)
        ok = False
    finally:
        signal.alarm(0)
        if browser:
            browser.quit()
        if site:
            site.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
