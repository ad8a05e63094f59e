"""A visit's page (issue 16): an editor of the municipality the visit goes from marks it done and
links the entry it led to by its title, and finds it listed; the visits list filters by municipality.
"""

import json
import os
import subprocess

import flows
from kbsite import sample_municipalities

PASSWORD = "een lang wachtwoord"


class VisitChangeFlows(flows.FlowTest):
    @classmethod
    def kb(cls, *arguments):
        environment = dict(os.environ, KENNISBANK_LANG="en")
        done = subprocess.run(
            [cls.site.kb, *arguments, "--db", cls.site.db], env=environment, check=True, capture_output=True,
            text=True, timeout=60)
        return done.stdout

    @classmethod
    def setUpClass(cls):
        cls.one, cls.two = sample_municipalities()[:2]
        cls.visit = json.loads(
            cls.kb("visits", "add", "--from", cls.one, "--to", cls.two, "--date", "2026-12-03", "--format", "json"))
        cls.entry = json.loads(
            cls.kb("list", "entries", "--municipality", cls.two, "--limit", "1", "--format", "json"))[0]
        cls.site.add_user("Vera", "editor", PASSWORD, municipality=cls.one)

    def test_an_editor_marks_a_visit_done_and_links_an_entry_by_its_title(self):
        self.open("/aanmelden")
        field = self.browser.fill({
            self.nl.text("web.accounts.signIn.name"): "Vera",
            self.nl.text("web.accounts.signIn.password"): PASSWORD,
        })
        self.browser.submit_with_enter(field)
        page = f"/bezoeken/{self.visit['id']}"
        self.open(page)
        old = self.browser.find("html")
        self.browser.find("form.visit-done button").click()
        self.browser.wait_until_replaced(old)
        self.assertEqual(self.browser.find(".status.done").text, self.nl.text("visits.status.done"))
        self.assertEqual(self.browser.find_all("form.visit-done"), [])

        field = self.browser.fill({self.nl.text("web.visitChanges.link.label"): self.entry["title"]})
        self.browser.submit_with_enter(field)
        self.browser.wait_for_url(page)
        titles = [link.text for link in self.browser.find_all("ul.entries a")]
        self.assertIn(self.entry["title"], titles)

    def test_the_visits_filter_by_municipality(self):
        self.open(f"/bezoeken?gemeente={self.two}")
        self.assertTrue(self.browser.find_all(f"ul.visits a[href='/bezoeken/{self.visit['id']}']"))
