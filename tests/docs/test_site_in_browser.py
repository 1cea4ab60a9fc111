"""The documentation site, as a reader gets it: built as `scripts/docs` builds it (strict, no warning), served on
127.0.0.1 and driven in headless Chromium (Debian's `chromium` and `chromium-driver`, which scripts/test installs).

The quickstart renders its code; the search finds `rollback_stacked` and opens its entry; no page logs a console
error. A screenshot of each page checked is written to artifacts/screenshots/ (CI keeps that folder as artifacts).
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.docs_text import ROOT

SCREENSHOTS = ROOT / "artifacts" / "screenshots"
ENTRY = "voucherify_rollbacks.Voucherify.rollback_stacked"

webdriver = pytest.importorskip("selenium.webdriver", reason="the docs extra is not installed: run scripts/test")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    # What scripts/docs runs, from this interpreter (scripts/docs would first check the venv's install, which must
    # not change under a running suite).
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = build.stdout + build.stderr
    assert build.returncode == 0, output
    assert not re.search(r"^(WARNING|ERROR)\b", output, flags=re.M), output
    return folder


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    assert chromium and driver, "needs Debian's chromium and chromium-driver: scripts/test installs them"
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    session = webdriver.Chrome(service=Service(driver), options=options)
    session.set_page_load_timeout(30)
    try:
        yield session
    finally:
        session.quit()


def _open(browser: Any, url: str) -> None:
    browser.get(url)
    _wait(browser, lambda b: b.execute_script("return document.readyState") == "complete")


def _wait(browser: Any, condition: Any, timeout: float = 15) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, timeout).until(condition)


def _screenshot(browser: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def _console_errors(browser: Any) -> list[str]:
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def test_the_quickstart_renders_its_code(browser: Any, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, f"{base_url}/quickstart/")
    blocks = [block for block in browser.find_elements(By.CSS_SELECTOR, "pre code") if block.is_displayed()]
    code = "\n".join(block.text for block in blocks)
    assert "from voucherify_sandbox import Sandbox" in code
    assert "vf.rollback_stacked(stack.redemption_id" in code
    assert "pip install -e '.[sandbox,cli]' -e ./packaging/sandbox" in code
    highlighted = browser.find_elements(By.CSS_SELECTOR, ".highlight code span")
    assert len(highlighted) > 50, "the code blocks are highlighted"
    _screenshot(browser, "quickstart")
    assert _console_errors(browser) == []


def test_the_search_finds_rollback_stacked_and_opens_its_entry(browser: Any, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, f"{base_url}/")
    search = browser.find_element(By.CSS_SELECTOR, "input.md-search__input")
    search.click()
    search.send_keys("rollback_stacked")
    link = _wait(
        browser,
        lambda b: next(
            (
                a
                for a in b.find_elements(By.CSS_SELECTOR, "a.md-search-result__link")
                if a.get_attribute("href").endswith(f"#{ENTRY}")
            ),
            False,
        ),
    )
    _screenshot(browser, "search-rollback_stacked")
    link.click()
    _wait(browser, lambda b: b.current_url.endswith(f"#{ENTRY}"))
    entry = browser.find_element(By.ID, ENTRY)
    assert entry.is_displayed()
    assert "rollback_stacked" in entry.text
    signature = entry.find_element(By.XPATH, "following::div[contains(@class, 'doc-signature')][1]").text
    assert "parent_redemption_id: str" in signature and "RollbackResult" in signature
    _screenshot(browser, "reference-rollback_stacked")
    assert _console_errors(browser) == []


def test_no_page_logs_a_console_error(browser: Any, base_url: str, site: Path) -> None:
    pages = sorted(page.parent.relative_to(site).as_posix() for page in site.rglob("index.html"))
    assert len(pages) >= 15
    failures = {}
    for page in pages:
        path = "" if page == "." else f"{page}/"
        _open(browser, f"{base_url}/{path}")
        _screenshot(browser, "page-" + (page.replace("/", "-") if page != "." else "home"))
        if errors := _console_errors(browser):
            failures[page] = errors
    assert failures == {}
