"""The public portal as a visitor meets it, in headless Chromium, with axe-core accessibility checks."""
import os
import re
import time
import urllib.parse

import pytest
from axe_selenium_python import Axe
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

SCREENSHOTS = os.environ.get("TRIBUNAL_SCREENSHOTS")


def shot(browser, name):
    if SCREENSHOTS:
        os.makedirs(SCREENSHOTS, exist_ok=True)
        browser.save_screenshot(os.path.join(SCREENSHOTS, name + ".png"))


def wait_for_body_class(browser, name):
    WebDriverWait(browser, 15, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda b: name in b.find_element(By.TAG_NAME, "body").get_attribute("class"))


def wait_for_url(browser, fragment):
    """Waits until a click or submit has loaded the next page: selenium does not wait for navigation."""
    WebDriverWait(browser, 15).until(expected_conditions.url_contains(fragment))


def first_judgment_path(browser, server):
    browser.get(server + "/zh/judgments")
    return browser.find_element(By.CSS_SELECTOR, "ul.hits h3 a").get_attribute("href")


def test_both_languages_link_to_each_other(browser, server):
    browser.get(server + "/zh/about")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    assert "知识产权法庭" in browser.title
    browser.find_element(By.LINK_TEXT, "English").click()
    wait_for_url(browser, "/en/about")
    assert browser.current_url == server + "/en/about"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert "Tribunal" in browser.find_element(By.TAG_NAME, "h1").text or "About" in browser.find_element(By.TAG_NAME, "h1").text
    browser.find_element(By.LINK_TEXT, "中文").click()
    wait_for_url(browser, "/zh/about")
    assert browser.current_url == server + "/zh/about"


def test_search_facets_and_open_a_judgment(browser, server):
    browser.get(server + "/zh/")
    box = browser.find_element(By.ID, "site-q")
    box.send_keys("等同")
    box.submit()
    wait_for_url(browser, "/zh/search")
    assert browser.find_elements(By.CSS_SELECTOR, "ul.hits li")
    assert browser.find_elements(By.CSS_SELECTOR, "ul.hits mark")
    shot(browser, "search-zh")
    total_before = browser.find_element(By.CSS_SELECTOR, "main h2").text
    browser.find_element(By.CSS_SELECTOR, ".facets a[href*='cause=']").click()
    wait_for_url(browser, "cause=")
    assert browser.find_element(By.CSS_SELECTOR, "main h2").text != total_before
    browser.find_element(By.CSS_SELECTOR, "ul.hits h3 a").click()
    wait_for_url(browser, "/zh/judgments/")
    assert browser.find_elements(By.CSS_SELECTOR, "article.judgment")
    shot(browser, "judgment-zh")


def test_a_case_number_in_any_spelling_finds_its_judgment(browser, server):
    browser.get(first_judgment_path(browser, server))
    number = browser.find_element(By.CSS_SELECTOR, "p.meta").text.split(" · ")[0]
    typed = number.replace("（", "(").replace("）", ") ")
    browser.get(server + "/en/search?q=" + urllib.parse.quote(typed))
    hits = browser.find_elements(By.CSS_SELECTOR, "ul.hits li")
    assert hits and number in hits[0].text


def test_text_zoom_is_remembered(browser, server):
    browser.get(server + "/en/about")
    browser.find_element(By.CSS_SELECTOR, "a[href^='/zoom?size=large']").click()
    wait_for_body_class(browser, "zoom-large")
    assert browser.current_url == server + "/en/about"
    assert "zoom-large" in browser.find_element(By.TAG_NAME, "body").get_attribute("class")
    browser.get(server + "/zh/about")
    assert "zoom-large" in browser.find_element(By.TAG_NAME, "body").get_attribute("class")
    shot(browser, "about-zh-large")
    browser.find_element(By.CSS_SELECTOR, "a[href^='/zoom?size=normal']").click()
    wait_for_body_class(browser, "zoom-normal")


def test_mailbox_refuses_bad_input_then_accepts(browser, server):
    browser.get(server + "/en/mailbox")
    browser.find_element(By.ID, "name").send_keys("Zhang San")
    browser.find_element(By.ID, "contact").send_keys("not an address")
    browser.find_element(By.ID, "subject").send_keys("Opening hours")
    browser.find_element(By.ID, "body").send_keys("When is the reading room open?")
    time.sleep(3.5)  # the form refuses submissions faster than a person types
    browser.find_element(By.CSS_SELECTOR, "form[action$='/mailbox'] button[type=submit]").click()
    errors = WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".errors")))
    assert "Contact" in errors.text
    shot(browser, "mailbox-error-en")
    contact = browser.find_element(By.ID, "contact")
    contact.clear()
    contact.send_keys("zhang@example.com")
    time.sleep(3.5)
    browser.find_element(By.CSS_SELECTOR, "form[action$='/mailbox'] button[type=submit]").click()
    wait_for_url(browser, "/en/mailbox?sent=MB-")
    assert "received" in browser.find_element(By.CSS_SELECTOR, "[role=status]").text
    assert re.search(r"reference number is MB-\d{8}-\d{6}", browser.find_element(By.TAG_NAME, "main").text)
    shot(browser, "mailbox-sent-en")


PAGES = ["/zh/", "/en/", "/zh/judgments", "/en/search?q=%E4%BE%B5%E6%9D%83", "/zh/search?q=%E4%BE%B5%E6%9D%83",
         "/zh/cases/status?number=%EF%BC%882024%EF%BC%89%E6%9C%80%E9%AB%98%E6%B3%95%E7%9F%A5%E6%B0%91%E7%BB%881%E5%8F%B7",
         "/en/about", "/zh/statistics", "/en/mailbox", "JUDGMENT"]


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_violation(browser, server, path):
    url = first_judgment_path(browser, server) if path == "JUDGMENT" else server + path
    browser.get(url)
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    serious = [(v["id"], v["impact"], len(v["nodes"])) for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], f"{url}: {serious}"
