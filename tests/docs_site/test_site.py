"""The built docs site in a real browser: the index renders with its navigation, the search finds
an operation (typed into the search box, results listed), and an operation page generated from
the specs renders its facts; a screenshot of it goes to build/docs-screenshot.png."""

from __future__ import annotations

from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from .conftest import SCREENSHOT

# generous: a loaded CI machine; the waits end as soon as the page shows what is awaited
WAIT = 60


def _no_console_errors(browser: Any) -> None:
    """Nothing failed to load and no script broke (the site asks for nothing outside itself)."""
    severe = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == [], severe


def test_the_index_renders_with_its_navigation(browser: Any, site_url: str) -> None:
    browser.get(site_url + "/")
    WebDriverWait(browser, WAIT).until(ec.presence_of_element_located((By.CSS_SELECTOR, "article h1")))
    assert browser.find_element(By.CSS_SELECTOR, "article h1").text == "wbseller"
    assert "wbseller" in browser.title
    tabs = [t.text for t in browser.find_elements(By.CSS_SELECTOR, ".md-tabs__link")]
    assert any("Guides" in t for t in tabs) and any("Reference" in t for t in tabs), tabs
    # the theme's stylesheet and scripts loaded (an unstyled page has no visible header bar)
    assert browser.find_element(By.CSS_SELECTOR, "header.md-header").is_displayed()
    _no_console_errors(browser)


def test_the_search_finds_an_operation(browser: Any, site_url: str) -> None:
    browser.get(site_url + "/")
    box = WebDriverWait(browser, WAIT).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, "label.md-search__icon, .md-search__input"))
    )
    box.click()
    field = WebDriverWait(browser, WAIT).until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, "input.md-search__input"))
    )
    field.send_keys("product_cards_list")
    links = WebDriverWait(browser, WAIT).until(
        lambda b: [
            a.get_attribute("href") or ""
            for a in b.find_elements(By.CSS_SELECTOR, ".md-search-result__item a")
            if "product_cards_list" in (a.get_attribute("href") or "")
        ]
    )
    pages = {h.split("?")[0].split("#")[0].rstrip("/") for h in links}  # ?h=...: the highlight
    assert site_url + "/reference/operations/content/product_cards_list" in pages, links
    meta = browser.find_element(By.CSS_SELECTOR, ".md-search-result__meta").text
    assert meta and meta.split()[0] != "0", meta  # "N matching documents"
    field.send_keys(Keys.ESCAPE)
    _no_console_errors(browser)


def test_an_operation_page_renders_from_the_spec(browser: Any, site_url: str) -> None:
    browser.get(site_url + "/reference/operations/content/product_cards_list/")
    WebDriverWait(browser, WAIT).until(ec.presence_of_element_located((By.CSS_SELECTOR, "article h1")))
    assert browser.find_element(By.CSS_SELECTOR, "article h1").text == "POST /content/v2/get/cards/list"
    text = browser.find_element(By.CSS_SELECTOR, "article").text
    for fact in (
        "content.product_cards_list",  # the operation
        "client.content.iter_cards()",  # the facade method that calls it
        "wbseller_raw.content.api.cards.product_cards_list",  # the raw function
        "100 per 1m",  # the limit
        "settings.cursor.limit",  # a body field, by its path
        "Rate limit",
        "Errors",
    ):
        assert fact in text, fact
    # the link to the facade method lands on its API entry (mkdocstrings' anchor)
    link = browser.find_element(By.PARTIAL_LINK_TEXT, "client.content.iter_cards()")
    assert link.get_attribute("href").endswith("#wbseller.services.content.ContentOps.iter_cards")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000 and SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    _no_console_errors(browser)
