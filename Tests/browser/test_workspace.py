"""The judges' and clerks' workspace in Chromium, for each role: its home, the docket, a case with the
moves the role may make; a refused move shows the docket's reason beside the field, an accepted one
lands on the timeline. axe: no serious or critical violation; 390 px wide without sideways scroll."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_portal import shot, wait_for_url
from test_staff import serious_violations

ROLES = ["demo.judge", "demo.presiding", "demo.clerk", "demo.assistant", "demo.leader", "demo.admin"]


def sign_in_as(browser, server, username, lang="en"):
    browser.delete_all_cookies()
    browser.get(f"{server}/{lang}/staff/sign-in")
    browser.find_element(By.ID, "username").send_keys(username)
    browser.find_element(By.ID, "password").send_keys("tribunal-demo")
    browser.find_element(By.CSS_SELECTOR, "form[action$='/staff/sign-in'] button[type=submit]").click()
    wait_for_url(browser, f"/{lang}/staff")


def scrolls_sideways(browser):
    width, inner = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth];")
    return width > inner


def check_page(browser, name):
    assert serious_violations(browser) == [], name
    browser.set_window_size(390, 844)
    try:
        assert not scrolls_sideways(browser), f"{name} scrolls sideways at 390 px"
        shot(browser, name + "-390")
    finally:
        browser.set_window_size(1280, 1600)
    shot(browser, name)


@pytest.mark.parametrize("username", ROLES)
def test_each_role_lands_on_its_desk_and_works_the_docket(browser, server, username):
    sign_in_as(browser, server, username)
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "main h2, h2")]
    expected = {
        "demo.judge": "My undecided cases", "demo.presiding": "Panels to form", "demo.clerk": "Decided cases to close",
        "demo.assistant": "Hearings to record", "demo.leader": "Extension requests to decide", "demo.admin": "Panels to form",
    }[username]
    assert expected in headings, headings
    check_page(browser, f"desk-{username}")

    browser.get(server + "/en/staff/cases?status=assigned")
    rows = browser.find_elements(By.CSS_SELECTOR, "table tbody tr")
    assert rows, "the docket lists assigned cases"
    assert all("Panel assigned" in row.text for row in rows)
    check_page(browser, f"docket-{username}")
    rows[0].find_element(By.TAG_NAME, "a").click()
    wait_for_url(browser, "/en/staff/cases/")
    assert browser.find_element(By.ID, "trial-period").find_elements(By.TAG_NAME, "dd")
    forms = [form.get_attribute("id") for form in browser.find_elements(By.CSS_SELECTOR, "#moves form")]
    allowed = {
        "demo.judge": {"schedule-hearing", "decide"}, "demo.presiding": {"assign-panel", "decide", "record-exclusion"},
        "demo.clerk": {"schedule-hearing"}, "demo.assistant": {"schedule-hearing", "record-exclusion"},
        "demo.leader": {"record-exclusion"}, "demo.admin": {"assign-panel", "record-exclusion"},
    }[username]
    assert allowed <= set(forms), forms
    if username != "demo.presiding":
        assert "decide" not in forms or username == "demo.judge"
    check_page(browser, f"case-{username}")


def test_a_refused_move_shows_the_reason_beside_the_field_and_an_accepted_one_reaches_the_timeline(browser, server):
    sign_in_as(browser, server, "demo.presiding", "zh")
    browser.get(server + "/zh/staff/cases?status=docketed")
    browser.find_element(By.CSS_SELECTOR, "table tbody a").click()
    wait_for_url(browser, "/zh/staff/cases/")
    case_url = browser.current_url
    form = browser.find_element(By.ID, "assign-panel")
    presiding = Select(form.find_element(By.NAME, "presidingJudgeId"))
    presiding.select_by_index(1)
    first = Select(form.find_element(By.NAME, "judge1"))
    first.select_by_index(9)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for_url(browser, "/assign-panel")
    error = browser.find_element(By.ID, "assign-panel-judge1-error")
    assert "两名" in error.text or "two judges" in error.text, error.text
    assert browser.find_element(By.ID, "assign-panel-judge1").get_attribute("aria-invalid") == "true"
    check_page(browser, "case-refused-zh")

    form = browser.find_element(By.ID, "assign-panel")
    Select(form.find_element(By.NAME, "judge1")).select_by_index(9)
    Select(form.find_element(By.NAME, "judge2")).select_by_index(10)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for_url(browser, "#timeline")
    assert browser.current_url.split("#")[0] == case_url
    assert "已分案" in browser.find_element(By.TAG_NAME, "h1").text
    assert "Panel assigned" in browser.find_element(By.ID, "timeline").text

    # A decision dated before the case was docketed is refused on its date field.
    form = browser.find_element(By.ID, "decide")
    Select(form.find_element(By.NAME, "disposition")).select_by_value("affirmed")
    date = form.find_element(By.NAME, "on")
    browser.execute_script("arguments[0].value = '2019-01-02'", date)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for_url(browser, "/decide")
    assert "cannot be before" in browser.find_element(By.ID, "decide-on-error").text
    assert "已分案" in browser.find_element(By.TAG_NAME, "h1").text, "nothing was written"
