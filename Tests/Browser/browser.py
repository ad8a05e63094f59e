"""Headless Chromium through Selenium and Debian's chromedriver, and the few steps every flow
takes: open a page, fill a field found by its label, submit with the keyboard, take a
screenshot of the whole page at a given width."""

import os
import shutil

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

PHONE = (390, 844)

# What chromedriver sometimes says, instead of a stale element, about a node of a page that a new
# page is replacing (an "unhandled inspector error"): the page is changing, so look again.
REPLACED_NODE = ("does not belong to the document", "No node with given id")


def is_replaced_node(error):
    return isinstance(error, WebDriverException) and any(text in str(error) for text in REPLACED_NODE)


def page_replaced(old):
    """A wait condition: `old` (an element of the page before) is gone, however chromedriver says so."""
    def check(driver):
        try:
            old.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if is_replaced_node(error):
                return True
            raise
    return check
DESKTOP = (1280, 900)


def start_chromium():
    """A headless Chromium (`--no-sandbox`: CI runs as root) driven by Debian's chromedriver, so
    that Selenium downloads nothing."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--lang=nl", "--hide-scrollbars"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl"})
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    return Browser(driver)


class Browser:
    """One Chromium window and the steps of the flows."""

    def __init__(self, driver):
        self.driver = driver

    def quit(self):
        self.driver.quit()

    def open(self, url):
        self.driver.get(url)
        return self

    def wait_for(self, condition, timeout=10):
        """Waits until `condition` holds; a node lost while a new page replaces the old one counts
        as "not yet" (chromedriver reports that as an inspector error, not a stale element)."""
        def tolerant(driver):
            try:
                return condition(driver)
            except WebDriverException as error:
                if is_replaced_node(error):
                    return False
                raise
        return WebDriverWait(self.driver, timeout).until(tolerant)

    def wait_until_replaced(self, old, timeout=10):
        """Waits until the page that `old` belongs to has been replaced by the next one."""
        return self.wait_for(page_replaced(old), timeout)

    def wait_for_url(self, fragment, timeout=10):
        return self.wait_for(expected_conditions.url_contains(fragment), timeout)

    def find(self, css, timeout=10):
        """The first element that `css` selects, waiting up to `timeout` seconds for it: on a busy
        machine the next page may still be arriving when a flow looks for it."""
        return self.wait_for(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css)), timeout)

    def find_all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def language(self):
        return self.find("html").get_attribute("lang")

    def heading(self):
        """The text of the page's one `<h1>` (fails when there is not exactly one)."""
        self.find("h1")
        headings = self.find_all("h1")
        assert len(headings) == 1, f"{len(headings)} <h1> on {self.driver.current_url}"
        return headings[0].text

    def focused(self):
        return self.driver.switch_to.active_element

    def press(self, *keys):
        """Presses keys on whatever has the focus, as a person at the keyboard would."""
        webdriver.ActionChains(self.driver).send_keys(*keys).perform()

    def field(self, label):
        """The form field whose `<label>` reads `label` (the label's `for` names it): fields are
        found the way a person finds them, so an unlabelled field cannot be filled."""
        for candidate in self.find_all("label"):
            if candidate.text.strip() == label:
                target = candidate.get_attribute("for")
                assert target, f"the label “{label}” names no field"
                return self.driver.find_element(By.ID, target)
        raise AssertionError(f"no label “{label}” on {self.driver.current_url}")

    def fill(self, fields):
        """Types each value into the field labelled with its key, by clicking it and typing;
        returns the last field (to submit with Enter)."""
        element = None
        for label, value in fields.items():
            element = self.field(label)
            element.click()
            element.clear()
            element.send_keys(value)
        return element

    def submit_with_enter(self, element):
        """Presses Enter in `element` and waits for the next page."""
        old = self.find("html")
        element.send_keys(Keys.ENTER)
        self.wait_until_replaced(old)

    def screenshot(self, path, size):
        """A PNG of the whole page (not only the first screen) at the width of `size`."""
        width, height = size
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
        full = self.driver.execute_script(
            "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": max(height, full), "deviceScaleFactor": 1, "mobile": width < 600})
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        self.driver.save_screenshot(path)
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
