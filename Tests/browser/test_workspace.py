"""The judges' and clerks' workspace in Chromium, for each role: its home, the docket, a case with the
moves the role may make; a refused move shows the docket's reason beside the field, an accepted one
lands on the timeline. axe: no serious or critical violation; 390 px wide without sideways scroll."""
import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_portal import shot, wait_for_url
from test_staff import serious_violations

ROLES = ["demo.judge", "demo.presiding", "demo.clerk", "demo.assistant", "demo.leader", "demo.admin"]


def sign_in_as(browser, server, username, lang="en"):
    browser.delete_all_cookies()
    browser.get(f"{server}/{lang}/staff/sign-in")
    browser.find_element(By.ID, "username").send_keys(username)
    browser.find_element(By.ID, "password").send_keys("tribunal-demo")
    browser.find_element(By.CSS_SELECTOR, "form[action$='/staff/sign-in'] button[type=submit]").click()
    # The sign-in page's own address contains /staff: wait until the desk has replaced it.
    WebDriverWait(browser, 15).until(lambda b: f"/{lang}/staff" in b.current_url and "sign-in" not in b.current_url)


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


def test_preservation_and_damages_in_the_workspace(browser, server):
    sign_in_as(browser, server, "demo.judge", "zh")
    browser.get(server + "/zh/staff/preservation")
    check_page(browser, "preservation-queue-zh")
    matters = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "a[href*='/staff/preservation/']") if not a.get_attribute("href").endswith("/new")]
    assert len(matters) == 2, matters

    # The order in force: its fine runs from the reported breach, day by day.
    browser.get(matters[-1])
    fine = browser.find_element(By.ID, "fine").text
    assert "持续中" in fine, "the breach reported ten days ago is still running"
    check_page(browser, "preservation-order-zh")

    # The urgent application on its clock: granting it without the measures ordered is refused
    # beside the field; a fine above the Civil Procedure Law's ceiling is refused beside its own.
    browser.get(matters[0])
    assert "48" in browser.find_element(By.TAG_NAME, "main").text
    form = browser.find_element(By.ID, "rule")
    Select(form.find_element(By.NAME, "outcome")).select_by_value("granted")
    form.find_element(By.NAME, "ordered").send_keys("被申请人在终审判决作出前停止展示被诉侵权产品")
    form.find_element(By.NAME, "perDay").send_keys("2000000")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for_url(browser, "/rule")
    assert "Art. 118" in browser.find_element(By.ID, "rule-perDay-error").text
    check_page(browser, "preservation-refused-zh")
    form = browser.find_element(By.ID, "rule")
    fine = form.find_element(By.NAME, "perDay")
    fine.clear()
    fine.send_keys("100000")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    # The matter's page comes back under the ruling's number: the case's next 之N.
    # The old page's heading may go stale while the next loads: look again.
    WebDriverWait(browser, 15, ignored_exceptions=(StaleElementReferenceException,)).until(lambda b: "之" in b.find_element(By.TAG_NAME, "h1").text)

    # Damages: assessed with every step, then recorded on a case.
    browser.get(server + "/en/staff/cases?status=assigned")
    number = browser.find_element(By.CSS_SELECTOR, "table tbody a").text
    browser.get(server + "/en/staff/damages")
    form = browser.find_element(By.ID, "claim")
    Select(form.find_element(By.NAME, "law")).select_by_value("trade-secret")
    Select(form.find_element(By.NAME, "basis")).select_by_value("infringer-profit")
    form.find_element(By.NAME, "amount").send_keys("6,000,000")
    form.find_element(By.NAME, "punitiveMultiple").send_keys("5")
    form.find_element(By.NAME, "expenses").send_keys("400000")
    form.find_element(By.NAME, "case").send_keys(number)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    assert "30,400,000.00" in browser.find_element(By.ID, "assessment-h").text
    assert "Art. 22" in browser.find_element(By.ID, "assessment").text
    check_page(browser, "damages-en")
    browser.find_element(By.CSS_SELECTOR, "form[action$='/staff/damages/record'] button").click()
    wait_for_url(browser, "#damages")
    assert "30,400,000.00" in browser.find_element(By.ID, "damages").text

    # Statutory damages are no base for a punitive multiple: refused beside the multiple.
    browser.get(server + "/en/staff/damages")
    form = browser.find_element(By.ID, "claim")
    Select(form.find_element(By.NAME, "basis")).select_by_value("statutory")
    form.find_element(By.NAME, "amount").send_keys("100000")
    form.find_element(By.NAME, "punitiveMultiple").send_keys("2")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    assert "no base" in browser.find_element(By.ID, "claim-punitiveMultiple-error").text


def test_a_leader_decides_an_extension_from_the_trial_periods_page(browser, server):
    sign_in_as(browser, server, "demo.leader", "zh")
    browser.get(server + "/zh/staff/trial-periods")
    check_page(browser, "trial-periods-zh")
    requests = browser.find_elements(By.CSS_SELECTOR, "form[action$='/approve-extension']")
    assert requests, "the demo court has extension requests waiting"
    action = requests[0].get_attribute("action")
    requests[0].find_element(By.NAME, "approvedBy").send_keys("院长")
    requests[0].find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for_url(browser, "#timeline")
    assert "Trial period extended" in browser.find_element(By.ID, "timeline").text
    browser.get(server + "/zh/staff/trial-periods")
    assert action not in [form.get_attribute("action") for form in browser.find_elements(By.CSS_SELECTOR, "form[action$='/approve-extension']")]


def test_a_judgment_from_draft_through_the_redaction_review_to_its_preview(browser, server):
    sign_in_as(browser, server, "demo.judge")
    browser.get(server + "/en/staff/cases?mine=true&sort=oldest")
    assert Select(browser.find_element(By.ID, "filter-sort")).first_selected_option.get_attribute("value") == "oldest"
    browser.find_element(By.CSS_SELECTOR, "table tbody a").click()
    wait_for_url(browser, "/en/staff/cases/")
    browser.find_element(By.LINK_TEXT, "Draft a judgment").click()
    wait_for_url(browser, "/judgments/new")
    form = browser.find_element(By.ID, "judgment-text")
    form.find_element(By.NAME, "zh-facts").send_keys("原审查明：联系电话13812345678。\n\n被诉产品的工艺温度为182度（技术秘密）。")
    form.find_element(By.NAME, "zh-holding").send_keys("驳回上诉，维持原判。")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    # No title: refused beside its field, the typed text kept.
    error = browser.find_element(By.ID, "judgment-text-zh-title-error")
    assert "title" in error.text, error.text
    assert "13812345678" in browser.find_element(By.NAME, "zh-facts").get_attribute("value")
    check_page(browser, "judgment-refused")
    browser.find_element(By.NAME, "zh-title").send_keys("某公司与某公司侵害发明专利权纠纷二审民事判决书")
    browser.find_element(By.CSS_SELECTOR, "#judgment-text button[type=submit]").click()
    wait_for_url(browser, "/en/staff/judgments/")
    judgment_url = browser.current_url
    boxes = browser.find_elements(By.CSS_SELECTOR, "#confidential-marks input[type=checkbox]")
    boxes[1].click()
    browser.find_element(By.CSS_SELECTOR, "#confidential-marks button[type=submit]").click()
    wait_for_url(browser, judgment_url)
    assert browser.find_elements(By.CSS_SELECTOR, ".passage.confidential")
    check_page(browser, "judgment-page")

    sign_in_as(browser, server, "demo.presiding")
    browser.get(judgment_url + "/redactions")
    proposal = browser.find_element(By.CSS_SELECTOR, "#redaction-review input[name^=keep-]")
    assert proposal.is_selected(), "the redactor's proposal is ticked to withhold"
    check_page(browser, "judgment-redactions")
    browser.find_element(By.CSS_SELECTOR, "#redaction-review button[type=submit]").click()
    wait_for_url(browser, judgment_url)
    assert "Redaction checked" in browser.find_element(By.TAG_NAME, "h1").text
    browser.get(judgment_url + "/preview")
    text = browser.find_element(By.TAG_NAME, "main").text if browser.find_elements(By.TAG_NAME, "main") else browser.page_source
    assert "13812345678" not in text and "182度" not in text
    check_page(browser, "judgment-preview")


def test_the_public_statistics_show_the_leaders_charts_in_both_languages(browser, server):
    for lang, heading in (("zh", "司法统计"), ("en", "Statistics")):
        browser.get(f"{server}/{lang}/statistics")
        assert browser.find_element(By.TAG_NAME, "h1").text == heading
        charts = browser.find_elements(By.CSS_SELECTOR, "svg[role=img]")
        assert len(charts) >= 4, "outcomes, trial days, causes and the years"
        for chart in charts:
            labelled = chart.get_attribute("aria-labelledby").split()
            assert all(browser.find_elements(By.ID, part) for part in labelled), labelled
        check_page(browser, f"statistics-{lang}")
    Select(browser.find_element(By.ID, "year")).select_by_value("2023")
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    wait_for_url(browser, "year=2023")
    assert "2023-01-01" in browser.find_element(By.TAG_NAME, "h2").text


def test_a_clerk_sees_the_week_and_records_what_became_of_a_hearing(browser, server):
    sign_in_as(browser, server, "demo.clerk")
    browser.get(server + "/en/staff/calendar")
    check_page(browser, "calendar")
    browser.get(server + "/en/staff/cases?status=hearingScheduled&sort=dueSoonest")
    browser.find_element(By.CSS_SELECTOR, "table tbody a").click()
    wait_for_url(browser, "/en/staff/cases/")
    case_url = browser.current_url
    buttons = browser.find_elements(By.XPATH, "//section[@id='hearings']//button[normalize-space()='Mark postponed']")
    assert buttons, "a scheduled hearing offers its outcomes"
    check_page(browser, "case-hearings")
    buttons[0].click()
    wait_for_url(browser, "#hearings")
    assert browser.current_url.split("#")[0] == case_url
    assert "postponed" in browser.find_element(By.ID, "hearings").text
