"""The staff area of the portal, signed in as a demo judge: mailbox, similar cases, saved searches, with axe checks."""
import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from test_portal import shot, wait_for_url


def sign_in(browser, server, username="demo.judge"):
    browser.get(server + "/en/staff/mailbox")
    wait_for_url(browser, "/en/staff/sign-in")
    browser.find_element(By.ID, "username").send_keys(username)
    browser.find_element(By.ID, "password").send_keys("tribunal-demo")
    browser.find_element(By.CSS_SELECTOR, "form[action$='/staff/sign-in'] button[type=submit]").click()
    wait_for_url(browser, "/en/staff/mailbox")


def serious_violations(browser):
    axe = Axe(browser)
    axe.inject()
    return [(v["id"], v["impact"], len(v["nodes"])) for v in axe.run()["violations"] if v["impact"] in ("serious", "critical")]


def test_presiding_judge_reads_the_mailbox(browser, server):
    browser.delete_all_cookies()
    sign_in(browser, server, "demo.presiding")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Mailbox messages"
    assert browser.find_elements(By.CSS_SELECTOR, ".staffbar a[href$='/staff/mailbox']"), "the staff bar offers the mailbox"
    assert serious_violations(browser) == []
    shot(browser, "staff-mailbox-en")
    browser.delete_all_cookies()


def test_staff_sign_in_read_mailbox_find_similar_cases_save_a_search(browser, server):
    # A wrong password is refused on the page.
    browser.get(server + "/zh/staff/sign-in")
    browser.find_element(By.ID, "username").send_keys("demo.judge")
    browser.find_element(By.ID, "password").send_keys("wrong password")
    browser.find_element(By.CSS_SELECTOR, "form[action$='/staff/sign-in'] button[type=submit]").click()
    alert = WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".errors")))
    assert "不正确" in alert.text

    # Signed in, the judge lands where they wanted to go, the mailbox, which a judge may not read:
    # the page says so, and the staff bar offers no mailbox.
    sign_in(browser, server)
    assert "demo.judge" in browser.find_element(By.CSS_SELECTOR, ".staffbar").text
    assert browser.find_element(By.TAG_NAME, "h1").text == "Not permitted"
    assert not browser.find_elements(By.CSS_SELECTOR, ".staffbar a[href$='/staff/mailbox']")
    assert serious_violations(browser) == []

    # Similar cases for a published judgment's number.
    browser.get(server + "/zh/judgments")
    number = browser.find_element(By.CSS_SELECTOR, "ul.hits .meta").text.split(" · ")[0]
    browser.get(server + "/zh/staff/similar-cases")
    browser.find_element(By.ID, "caseNumber").send_keys(number)
    browser.find_element(By.CSS_SELECTOR, "form[action$='/staff/similar-cases'] button[type=submit]").click()
    results = WebDriverWait(browser, 30).until(expected_conditions.presence_of_element_located((By.ID, "similar")))
    assert results.find_elements(By.CSS_SELECTOR, "ol.hits li"), "similar cases are listed"
    assert all(number not in e.text for e in browser.find_elements(By.CSS_SELECTOR, "ol.hits .meta")), "not the case itself"
    assert serious_violations(browser) == []
    shot(browser, "staff-similar-zh")
    # The form with the parties' field and the results, on a phone.
    browser.set_window_size(390, 844)
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scroll at 390 px"
    browser.execute_script("window.scrollTo(0, 0)")
    shot(browser, "staff-similar-390")
    browser.set_window_size(1280, 1600)

    # The report as a court files it: a page of its own, to print, that reflows on a phone.
    browser.find_element(By.CSS_SELECTOR, "button[name=format][value=print]").click()
    wait_for_url(browser, "/zh/staff/similar-cases/report")
    heading = WebDriverWait(browser, 30).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "main.report h1")))
    assert heading.text == "类案检索报告"
    assert "demo.judge" in browser.find_element(By.CSS_SELECTOR, "dl.particulars").text
    assert browser.find_elements(By.CSS_SELECTOR, "table tbody tr"), "the similar cases are in the report"
    assert serious_violations(browser) == []
    shot(browser, "similar-report-print")
    for width in (390, 320):
        browser.set_window_size(width, 844)
        assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth"), f"no sideways scroll at {width} px"
    shot(browser, "similar-report-320")
    browser.set_window_size(1280, 1600)

    # Save a search, see its feed, delete it.
    browser.get(server + "/en/staff/saved-searches")
    browser.find_element(By.ID, "name").send_keys("Equivalents")
    browser.find_element(By.ID, "q").send_keys("等同 year:2024")
    browser.find_element(By.CSS_SELECTOR, "form[action$='/staff/saved-searches'] button[type=submit]").click()
    row = WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "table tbody tr")))
    assert "Equivalents" in row.text
    assert row.find_element(By.LINK_TEXT, "Atom feed").get_attribute("href").endswith(".atom")
    assert serious_violations(browser) == []
    row.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.XPATH, "//*[contains(text(), 'No saved searches yet.')]")))

    # Signing out ends the session.
    browser.find_element(By.CSS_SELECTOR, "form[action$='/staff/sign-out'] button[type=submit]").click()
    # The staff page's own address contains "/en/" too: wait for the home page itself.
    WebDriverWait(browser, 15).until(lambda b: b.current_url.endswith("/en/"))
    browser.get(server + "/en/staff")
    wait_for_url(browser, "/en/staff/sign-in")
