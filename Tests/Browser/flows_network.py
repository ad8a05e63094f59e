"""The network on the site (issue 16): from a municipality's page to whom it could visit, the
conditions-for-success matrix (also at phone width) and a signed-in editor's self-assessment.

The sample network has no assessments and no visits: the first flow records a few with `kb`
on the same file while the server runs, as a coordinator would."""

import subprocess
from urllib.parse import urlparse

from selenium.webdriver.support.ui import Select

from browser import PHONE
from flows import FlowTest


class NetworkFlows(FlowTest):
    password = "een lang wachtwoord"
    recorded = False

    def kb(self, *arguments):
        subprocess.run([self.site.kb, *arguments, "--db", self.site.db], check=True, capture_output=True,
                       text=True, timeout=60)

    def setUp(self):
        super().setUp()
        if not NetworkFlows.recorded:
            # Testerveen lacks condition 3, which Voorbeeldstad has; one visit done.
            self.kb("conditions", "assess", "--municipality", "Testerveen", "--condition", "3", "--state", "absent",
                    "--date", "2026-01-10", "--note", "Nog veel wantrouwen")
            self.kb("conditions", "assess", "--municipality", "Voorbeeldstad", "--condition", "3",
                    "--state", "present", "--date", "2026-02-01")
            self.kb("people", "add", "Vera Voorbeeld", "--municipality", "Voorbeeldstad", "--role", "kwartiermaker",
                    "--email", "vera@voorbeeldstad.example", "--phone", "0612345678")
            self.kb("visits", "add", "--from", "Testerveen", "--to", "Voorbeeldstad", "--date", "2026-10-01",
                    "--status", "done", "--people", "Vera Voorbeeld", "--notes", "Rondleiding door de wijk.")
            NetworkFlows.recorded = True

    def click(self, css):
        old = self.browser.find("html")
        self.browser.find(css).click()
        self.browser.wait_until_replaced(old)

    def test_from_a_municipality_to_whom_it_could_visit_with_the_people_but_not_how_to_reach_them(self):
        self.open("/gemeenten")
        links = [link for link in self.browser.find_all("a[href^='/gemeenten/']") if link.text == "Testerveen"]
        self.assertTrue(links, "Testerveen is not on /gemeenten")
        links[0].click()
        self.browser.wait_for_url("/gemeenten/")
        self.assertEqual(self.browser.heading(), "Testerveen")
        self.click("a[href^='/bezoeken/voorstel?gemeente=']")
        self.assertEqual(self.browser.heading(), self.nl.text("web.networkPages.suggest.title"))
        self.assertEqual(self.browser.field(self.nl.text("web.networkPages.suggest.field")).get_attribute("value"),
                         urlparse(self.browser.driver.current_url).query.split("=", 1)[1])
        names = [link.text for link in self.browser.find_all("li.suggestion h3 a")]
        self.assertIn("Voorbeeldstad", names, "the municipality that has what Testerveen lacks")
        text = self.browser.find("#voorstel").text
        self.assertIn("Vera Voorbeeld, kwartiermaker", text)
        self.assertNotIn("vera@voorbeeldstad.example", self.browser.driver.page_source)
        self.assertNotIn("0612345678", self.browser.driver.page_source)

        # Another municipality through the form, sent with Enter.
        field = self.browser.fill({self.nl.text("web.networkPages.suggest.field"): "Voorbeeldstad"})
        self.browser.submit_with_enter(field)
        self.assertIn("Voorbeeldstad", self.browser.find("#voorstel h2").text)

    def test_the_matrix_reads_on_a_phone_and_leads_to_a_municipalitys_history_and_its_visit(self):
        self.open("/")
        self.click("header nav a[href='/voorwaarden']")
        self.assertEqual(self.browser.heading(), self.nl.text("web.networkPages.conditions.title"))
        rows = [row.text for row in self.browser.find_all("table.conditions-matrix tbody th[scope='row']")]
        self.assertEqual(rows, sorted(rows))
        self.assertIn("Testerveen", rows)
        width, height = PHONE
        self.browser.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
        try:
            overflow = self.browser.driver.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            self.assertLessEqual(overflow, 0, "the page itself scrolls sideways at phone width")
            first = self.browser.find("table.conditions-matrix tbody th[scope='row']")
            self.assertEqual(first.value_of_css_property("position"), "sticky")
        finally:
            self.browser.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        cell = self.browser.find("table.conditions-matrix tbody td.state-absent")
        self.assertIn(self.nl.text("conditions.state.absent"), cell.get_attribute("title"))

        self.click("table.conditions-matrix a[href^='/voorwaarden/']")
        self.assertIn(self.nl.text("web.networkPages.history.title"), self.browser.heading())
        self.assertTrue(self.browser.find_all("table.history tbody tr"))

        self.open("/bezoeken")
        self.assertEqual(self.browser.heading(), self.nl.text("web.networkPages.visits.title"))
        links = [link for link in self.browser.find_all("ul.visits a[href^='/bezoeken/']")
                 if link.text.endswith("Testerveen → Voorbeeldstad")]
        self.assertTrue(links, "the visit recorded with kb is not on /bezoeken")
        old = self.browser.find("html")
        links[0].click()
        self.browser.wait_until_replaced(old)
        self.assertIn("Testerveen → Voorbeeldstad", self.browser.heading())
        self.assertIn("Rondleiding door de wijk.", self.browser.find(".visit-notes").text)
        self.assertNotIn("vera@voorbeeldstad.example", self.browser.driver.page_source)

    def test_an_editor_records_an_assessment_and_sees_it_in_the_history(self):
        self.site.add_user("Ties", "editor", self.password, municipality="Testerveen")
        self.open("/aanmelden")
        field = self.browser.fill({
            self.nl.text("web.accounts.signIn.name"): "Ties",
            self.nl.text("web.accounts.signIn.password"): self.password,
        })
        self.browser.submit_with_enter(field)
        self.open("/voorwaarden")
        self.click("a[href='/voorwaarden/beoordelen']")
        self.assertEqual(self.browser.heading(), self.nl.text("web.networkPages.form.title"))
        self.assertEqual(self.browser.field(self.nl.text("web.networkPages.form.municipality")).get_attribute("value"),
                         "Testerveen")
        Select(self.browser.field(self.nl.text("web.networkPages.form.condition"))).select_by_value("4")
        # Without a state, the form comes back with one line and nothing was written.
        self.click("form.entry-form button[type='submit']")
        self.assertEqual(self.browser.find(".error-summary").text,
                         self.nl.text("web.networkPages.form.error.state"))
        Select(self.browser.field(self.nl.text("web.networkPages.form.condition"))).select_by_value("4")
        Select(self.browser.field(self.nl.text("web.networkPages.form.state"))).select_by_value("partly")
        self.browser.fill({self.nl.text("web.networkPages.form.note"): "Er komt een vast overleg"})
        self.click("form.entry-form button[type='submit']")
        self.assertIn("Testerveen", self.browser.heading())
        sections = [section.text for section in self.browser.find_all("section.condition")]
        self.assertIn("Er komt een vast overleg", sections[3])
        self.assertIn(self.nl.text("conditions.state.partly"), sections[3])
        self.assertNotIn(self.nl.text("web.networkPages.history.empty", municipality="Testerveen"), sections[3])

        # From the suggestion to a planned visit, both municipalities filled in.
        self.click("a[href^='/bezoeken/voorstel?gemeente=']")
        plans = self.browser.find_all("li.suggestion a[href^='/bezoeken/nieuw?']")
        self.assertTrue(plans, "no link to plan a visit for a signed-in editor")
        target = plans[0].get_attribute("href")
        self.click("li.suggestion a[href^='/bezoeken/nieuw?']")
        self.assertEqual(self.browser.heading(), self.nl.text("web.networkPages.visitForm.title"))
        self.assertEqual(self.browser.find("#from").get_attribute("value"), "Testerveen")
        to = self.browser.find("#to").get_attribute("value")
        self.assertIn("naar=", target)
        self.browser.fill({self.nl.text("web.networkPages.visitForm.notes"): "Kennismaken met de wijkraad"})
        self.click("form.entry-form button[type='submit']")
        self.assertIn(f"Testerveen → {to}", self.browser.heading())
        self.assertIn(self.nl.text("visits.status.planned"), self.browser.find(".status").text)
