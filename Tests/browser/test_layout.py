"""The portal on a phone: WCAG 1.4.10 reflow at 320 px and a usable layout at 390 px."""
import pytest
from selenium.webdriver.common.by import By

from test_portal import PAGES, first_judgment_path, shot


def rect(browser, selector):
    return browser.execute_script(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};", selector)


@pytest.fixture
def phone(browser):
    yield browser
    browser.set_window_size(1280, 1600)


@pytest.mark.parametrize("width", [390, 320])
@pytest.mark.parametrize("path", PAGES + ["/en/staff/sign-in", "/zh/no-such-page"])
def test_no_sideways_scroll_and_nothing_overlaps(phone, server, path, width):
    url = first_judgment_path(phone, server) if path == "JUDGMENT" else server + path
    phone.set_window_size(width, 844)
    phone.get(url)
    scroll_width, inner_width = phone.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth];")
    assert scroll_width <= inner_width, f"{url} is {scroll_width} px wide at {width} px"
    # The header's tools stand above the navigation, not over it.
    tools, nav = rect(phone, "header.site .tools"), rect(phone, "nav.main")
    assert tools["bottom"] <= nav["top"] + 0.5, f"{url}: header links overlap the navigation at {width} px"
    # The search button is on the screen.
    button = rect(phone, "form.searchbox button")
    assert 0 <= button["left"] and button["right"] <= inner_width, f"{url}: the search button is off-screen at {width} px"
    # The content starts within the first screen.
    assert rect(phone, "main")["top"] < 420, f"{url}: content starts too low at {width} px"
    shot(phone, f"phone-{width}-{path.strip('/').replace('/', '-').split('?')[0] or 'home'}")


def test_focus_ring_on_the_header_is_visible(browser, server):
    browser.get(server + "/zh/")
    link = browser.find_element(By.CSS_SELECTOR, "header.site .brand")
    browser.execute_script("arguments[0].focus()", link)
    colour = browser.execute_script("return getComputedStyle(arguments[0]).outlineColor", link)
    assert colour in ("rgb(255, 255, 255)", "#fff", "white"), colour
