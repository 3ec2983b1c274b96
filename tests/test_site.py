"""The docs site, built offline and checked in headless Chromium (Debian's package)."""

from __future__ import annotations

import functools
import shutil
import subprocess
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from tests.conftest import yibao_command

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HOSTILE = '<script>window.__pwned = 1</script><img src="http://example.invalid/x.png">'


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Build the site from a spec whose rule title carries HTML, and serve it on localhost."""
    work = tmp_path_factory.mktemp("site")
    spec = work / "spec"
    shutil.copytree(ROOT / "spec", spec)
    wallet = spec / "national" / "wallet.yaml"
    wallet.write_text(wallet.read_text(encoding="utf-8").replace(
        "title: {zh: 医保钱包是否开通, en: Whether the wallet is enabled}",
        f"title: {{zh: '医保钱包是否开通 {HOSTILE}', en: Whether the wallet is enabled}}"), encoding="utf-8")
    run = subprocess.run([*yibao_command(), "docs", "build", "--out", str(work / "out"), "--spec", str(spec),
                          "--date", "2026-11-24"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(work / "out")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    assert Path(CHROMIUM).exists(), "Debian's chromium package is needed (see .ci/run)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield browser
        browser.close()


def visit(browser: object, url: str, path: str) -> tuple[Page, list[str], list[str]]:
    """Open a page; return it with its console errors and every request that left localhost."""
    page = browser.new_page()  # type: ignore[attr-defined]
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    def guard(route: object) -> None:
        request_url = route.request.url  # type: ignore[attr-defined]
        if request_url.startswith(url) or request_url.startswith("data:"):
            route.continue_()  # type: ignore[attr-defined]
        else:
            outside.append(request_url)
            route.abort()  # type: ignore[attr-defined]

    page.route("**/*", guard)
    page.goto(url + path, wait_until="networkidle")
    return page, errors, outside


@pytest.mark.parametrize("path", ["index.html", "regions/440300.html", "topics/family_aid.html", "compare.html",
                                  "sources.html", "claims.html", "protocol.html"])
def test_pages_load_offline_without_console_errors(site: str, browser: object, path: str) -> None:
    page, errors, outside = visit(browser, site, path)
    assert errors == []
    assert outside == []
    assert page.locator("h1").first.inner_text()


def test_the_seed_004_table_is_filled(site: str, browser: object) -> None:
    page, _, _ = visit(browser, site, "compare.html")
    table = page.locator("table").first.inner_text()
    for city in ("北京", "上海", "广州", "杭州", "深圳", "南京"):
        assert city in table
    assert "深圳专属医疗险" in table and "不允许" in table


def test_chinese_search_finds_the_family_aid_rules(site: str, browser: object) -> None:
    page, _, outside = visit(browser, site, "index.html")
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("家庭共济")
    box.press("End")  # the search listens for key events; filled CJK text alone sends none
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    links = page.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert any("topics/family_aid.html" in link for link in links), links
    assert outside == []


def test_html_in_a_rule_label_is_shown_as_text(site: str, browser: object) -> None:
    page, errors, outside = visit(browser, site, "topics/wallet.html")
    assert "<script>window.__pwned = 1</script>" in page.locator("body").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert outside == [] and errors == []
