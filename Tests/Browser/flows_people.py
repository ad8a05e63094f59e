"""Flows through the network's people and meetings (issue 16): from an entry's contact person to
their page, from the meetings to the meeting of 21 May 2015 and one of its entries, the people of
one municipality, and who came to the meetings.

The sample network has the meeting but no people: `setUpClass` adds one with the CLI (as a
coordinator would, while the server runs on the same file), names her as the contact of the
meeting's first entry and records her as attending.
"""

import json
import os
import subprocess
from urllib.parse import urlparse

from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

import flows

NAME = "Anna de Vries"
EMAIL = "anna.devries@example.nl"


class PeopleFlows(flows.FlowTest):
    @classmethod
    def kb(cls, *arguments):
        environment = dict(os.environ, KENNISBANK_LANG="en")
        done = subprocess.run(
            [cls.site.kb, *arguments, "--db", cls.site.db], env=environment, check=True, capture_output=True,
            text=True, timeout=60)
        return done.stdout

    @classmethod
    def setUpClass(cls):
        meeting = json.loads(cls.kb("meetings", "show", "2015-05-21", "--format", "json"))
        cls.meeting = meeting["meeting"]
        cls.entry = next(entry for entry in meeting["entries"] if entry["municipality"])
        cls.municipality = cls.entry["municipality"]
        cls.kb("people", "add", NAME, "--municipality", cls.municipality, "--role", "Beleidsadviseur",
               "--email", EMAIL, "--phone", "038 498 2000")
        cls.kb("edit", str(cls.entry["id"]), "--contact", NAME)
        cls.kb("meetings", "attend", "2015-05-21", NAME)

    def test_from_an_entrys_contact_to_the_person_page(self):
        self.open("/kennis/" + self.entry["uuid"])
        link = self.browser.find("ul.contacts a")
        self.assertEqual(link.text, NAME)
        link.send_keys(Keys.ENTER)
        self.browser.wait_for_url("/mensen/")
        self.assertEqual(self.browser.heading(), NAME)
        page = self.browser.find("main").text
        self.assertIn(self.municipality, page)
        self.assertIn("21 mei 2015", page)
        self.assertIn(self.entry["title"], page)
        # Read without signing in: no e-mail address, no phone number.
        self.assertNotIn(EMAIL, self.browser.driver.page_source)
        self.assertNotIn("498 2000", self.browser.driver.page_source)
        self.assertIn(self.nl.text("web.person.signInForContact"), page)

    def test_from_the_meetings_to_the_meeting_of_21_may_2015_and_one_of_its_entries(self):
        self.open("/")
        self.browser.find("header nav a[href='/bijeenkomsten']").send_keys(Keys.ENTER)
        self.browser.wait_for(lambda _: self.browser.heading() == self.nl.text("web.meetings.title"))
        item = next(li for li in self.browser.find_all("ul.meetings > li") if "21 mei 2015" in li.text)
        item.find_element("css selector", "a").send_keys(Keys.ENTER)
        self.browser.wait_for_url(f"/bijeenkomsten/{self.meeting['id']}")
        self.assertEqual(self.browser.heading(), self.meeting["title"])
        attendees = [a.text for a in self.browser.find_all("section.attendees a[href^='/mensen/']")]
        self.assertIn(NAME, attendees)
        first = self.browser.find("section.outcome ul.entries a[href^='/kennis/']")
        title, href = first.text, first.get_attribute("href")
        first.send_keys(Keys.ENTER)
        self.browser.wait_for_url(urlparse(href).path)
        self.assertEqual(self.browser.heading(), title)

    def test_the_people_of_one_municipality(self):
        self.open("/mensen")
        Select(self.browser.field(self.nl.text("web.people.filter"))).select_by_visible_text(self.municipality)
        old = self.browser.find("html")
        self.browser.find("form.people-filter button").click()
        self.browser.wait_until_replaced(old)
        self.assertEqual(self.browser.heading(), self.nl.text("web.people.of", municipality=self.municipality))
        self.assertIn(NAME, [a.text for a in self.browser.find_all("ul.people a")])

    def test_who_came_to_the_last_meeting(self):
        self.open("/bijeenkomsten/opkomst")
        field = self.browser.fill({self.nl.text("web.attendance.lastLabel"): "1"})
        self.browser.submit_with_enter(field)
        self.assertIn("laatste=1", self.browser.driver.current_url)
        most = [a.text for a in self.browser.find_all("section.most a[href^='/mensen/']")]
        self.assertEqual(most, [NAME])
