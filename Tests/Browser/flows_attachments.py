"""Attaching a file on an entry's page (issue 16): an editor of the entry's municipality signs in,
chooses a file with the "Bijlage toevoegen" file input, sends it and finds it listed with a download
link; a reader's page has no form.
"""

import json
import os
import subprocess
import tempfile
from urllib.parse import urlparse

import flows
from kbsite import sample_municipalities

PASSWORD = "een lang wachtwoord"


class AttachmentFlows(flows.FlowTest):
    @classmethod
    def setUpClass(cls):
        cls.municipality = sample_municipalities()[0]
        environment = dict(os.environ, KENNISBANK_LANG="en")
        listed = subprocess.run(
            [cls.site.kb, "list", "entries", "--municipality", cls.municipality, "--limit", "1", "--format", "json",
             "--db", cls.site.db], env=environment, check=True, capture_output=True, text=True, timeout=60)
        cls.entry = json.loads(listed.stdout)[0]
        cls.site.add_user("Bram", "editor", PASSWORD, municipality=cls.municipality)
        cls.site.add_user("Lies", "reader", PASSWORD)

    def sign_in(self, name):
        self.open("/aanmelden")
        field = self.browser.fill({
            self.nl.text("web.accounts.signIn.name"): name,
            self.nl.text("web.accounts.signIn.password"): PASSWORD,
        })
        self.browser.submit_with_enter(field)
        self.assertIn(name, self.browser.find("header .account").text)

    def test_an_editor_attaches_a_file_and_finds_it_listed_with_its_download(self):
        self.sign_in("Bram")
        page = "/kennis/" + self.entry["uuid"]
        self.open(page)
        self.assertEqual(
            self.browser.find("label[for='attachment-file']").text, self.nl.text("web.attachments.add"))
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "verslag wijkavond.txt")
            with open(path, "w", encoding="utf-8") as file:
                file.write("Verslag van de wijkavond.\n")
            self.browser.find("#attachment-file").send_keys(path)
            old = self.browser.find("html")
            self.browser.find("form.attachment-form button[type='submit']").click()
            self.browser.wait_until_replaced(old)
        self.assertEqual(urlparse(self.browser.driver.current_url).path, page)
        link = self.browser.find("section.attachments a[download]")
        self.assertEqual(link.text, "verslag wijkavond.txt")
        self.assertEqual(urlparse(link.get_attribute("href")).path, page + "/bijlagen/verslag%20wijkavond.txt")
        self.assertTrue(self.browser.find_all("section.attachments form[action$='/bijlagen/ontkoppelen'] button"))

    def test_a_reader_sees_no_attachment_form(self):
        self.sign_in("Lies")
        self.open("/kennis/" + self.entry["uuid"])
        self.browser.find("article.entry h1")
        self.assertEqual(self.browser.find_all("#attachment-file"), [])
