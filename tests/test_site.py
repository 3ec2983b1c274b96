"""The docs site, built offline with `yibao docs build` and checked in headless Chromium (Debian's package)."""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import date
from html import unescape as html_unescape
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from playwright.sync_api import Page, sync_playwright

from tests.conftest import yibao_command

pytestmark = pytest.mark.xdist_group("site")  # under -n, its module fixtures are made by one worker, once

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DAY = "2026-11-24"
# What an attacker would put in a pull request: raw HTML, a way out of <title>, a javascript: link in
# Markdown and in HTML, and an attr_list attribute.
PAYLOAD = ('<img src=x onerror=alert(1)>"\'><svg onload=alert(2)></title></script><script>alert(3)</script>'
           '[x](javascript:alert(4)) {: onmouseover=alert(5) } <a href="javascript:alert(6)">y</a>')
FREE_TEXT = {"zh", "en", "title", "issuer", "note", "quote", "paraphrase", "doc_number", "scope_note", "reproduces"}
SCREEN = {"width": 1366, "height": 768}


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return None


def docs_build(spec: Path, out: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*yibao_command(), "docs", "build", "--out", str(out), "--spec", str(spec), "--date", DAY],
                          cwd=cwd, capture_output=True, text=True, timeout=600)


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def poison(node: Any) -> Any:
    """Every free-text field prefixed with the payload; every URL made to break out of its attribute."""
    if isinstance(node, dict):
        return {key: (PAYLOAD + value if key in FREE_TEXT and isinstance(value, str)
                      else 'https://example.invalid/"onmouseover="alert(7)' if key == "url" else poison(value))
                for key, value in node.items()}
    if isinstance(node, list):
        return [poison(item) for item in node]
    return node


def hostile_spec(folder: Path) -> Path:
    shutil.copytree(ROOT / "spec", folder)
    for file in folder.rglob("*.yaml"):
        text = file.read_text(encoding="utf-8")
        modeline = text.splitlines()[0]
        file.write_text(modeline + "\n" + yaml.safe_dump(poison(yaml.safe_load(text)), allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site from the real spec; beside it, a folder of the user's named like our old scratch folder."""
    work = tmp_path_factory.mktemp("site")
    (work / "out.src").mkdir()
    (work / "out.src" / "notes.txt").write_text("mine", encoding="utf-8")
    run = docs_build(ROOT / "spec", work / "out")
    assert run.returncode == 0, run.stderr
    assert "Building prefix dict" not in run.stderr and "jieba" not in run.stderr.lower()  # jieba is quiet
    return work / "out"


@pytest.fixture(scope="module")
def site(built: Path) -> Iterator[str]:
    server, url = serve(built)
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def hostile(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The site from a hostile spec, built over a copy of the real site with a stale page added, so that this
    build also shows an earlier site replaced whole (a build takes seconds: one is saved)."""
    work = tmp_path_factory.mktemp("hostile")
    shutil.copytree(built, work / "out")
    (work / "out" / "stale.html").write_text("from an earlier build", encoding="utf-8")
    run = docs_build(hostile_spec(work / "spec"), work / "out")
    assert run.returncode == 0, run.stderr
    server, url = serve(work / "out")
    yield work / "out", url
    server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    assert Path(CHROMIUM).exists(), "Debian's chromium package is needed (see .ci/run)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield browser
        browser.close()


def visit(browser: Any, url: str, path: str, dialogs: list[str] | None = None) -> tuple[Page, list[str], list[str]]:
    """Open a page at 1366×768; return it with its console errors and every request that left localhost."""
    page = browser.new_page(viewport=SCREEN)
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    if dialogs is not None:
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    def guard(route: Any) -> None:
        if route.request.url.startswith(url) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.goto(url + path, wait_until="networkidle")
    return page, errors, outside


@pytest.mark.parametrize("path", ["index.html", "regions/440300.html", "topics/family_aid.html", "compare.html",
                                  "sources.html", "claims.html", "protocol.html"])
def test_pages_load_offline_without_console_errors(site: str, browser: Any, path: str) -> None:
    page, errors, outside = visit(browser, site, path)
    assert errors == []
    assert outside == []
    assert page.locator("h1").first.inner_text()
    page.close()


def test_the_seed_004_table_is_filled_in_words(site: str, browser: Any) -> None:
    page, _, _ = visit(browser, site, "compare.html")
    table = page.locator("table").first.inner_text()
    for city in ("北京", "上海", "广州", "杭州", "深圳", "南京"):
        assert city in table
    assert "深圳专属医疗险" in table and "不允许" in table
    assert "不晚于" in table  # the qualifier on a date is kept
    assert "partially_verified" not in table and "no_later_than" not in table
    page.close()


def test_a_region_page_reads_as_chinese(built: Path) -> None:
    text = visible_text(built / "regions" / "440300.html")
    assert f"{DAY} 当日适用的规则" in text and "起适用" not in text
    assert "亲属范围：配偶、父母、子女、兄弟姐妹" in text
    assert "多位授权人之间的顺序：余额多者优先" in text
    assert "部分核实" in text and "partially_verified" not in text
    assert '"relationships"' not in text and "spouse" not in text
    assert re.search(r"深圳个人账户家庭成员使用条件与顺序 T3 · 2023-10-02", text)  # a source by title, tier and date


def test_navigation_lists_provinces_and_a_province_page_lists_its_regions(built: Path) -> None:
    shenzhen = (built / "regions" / "440300.html").read_text(encoding="utf-8")
    nav = shenzhen[shenzhen.index('class="md-nav md-nav--primary"'):shenzhen.index('class="md-content"')]
    provinces = {code for code in re.findall(r'href="(\d{6})\.html"', nav)}
    assert "440000" in provinces and "440300" not in provinces
    assert all(code.endswith("0000") or code in {"710000"} for code in provinces), provinces
    nav_text = re.sub(r"<[^>]+>", " ", nav)
    assert nav_text.index("专题") < nav_text.index("地区对比") < nav_text.index("地区（按省份）")
    assert "深圳市" in visible_text(built / "regions" / "440000.html")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.attrs: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            self.attrs.append((name, value or ""))
            if name == "id" and value:
                self.ids.add(value)
            if name in ("href", "src") and value:
                self.links.append(value)


def parse(page: Path) -> Links:
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def visible_text(page: Path) -> str:
    body = page.read_text(encoding="utf-8")
    body = body[body.index("<article"):body.index("</article>")]
    return html_unescape(re.sub(r"<[^>]+>", "", body))


def test_every_link_of_the_built_site_resolves(built: Path) -> None:
    pages = {page: parse(page) for page in built.rglob("*.html")}
    checked = 0
    for page, parsed in pages.items():
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith("data:"):
                continue
            # 404.html links from the site root, where a server shows it for any missing path.
            base = built if parts.path.startswith("/") else page.parent
            target = (base / unquote(parts.path).lstrip("/")).resolve() if parts.path else page
            assert target.is_file(), f"{page.relative_to(built)}: {link} → missing"
            if parts.fragment and target.suffix == ".html":
                assert unquote(parts.fragment) in pages[target].ids, f"{page.relative_to(built)}: {link} → no such anchor"
            checked += 1
    assert checked > 1000


def test_a_broken_link_fails_the_build(tmp_path: Path, spec: Any, capfd: pytest.CaptureFixture[str]) -> None:
    from yibao.site.build import BuildFailed, _mkdocs, write_sources

    config = write_sources(spec, tmp_path / "src", date.fromisoformat(DAY), tmp_path / "site")
    with (tmp_path / "src" / "docs" / "compare.md").open("a", encoding="utf-8") as page:
        page.write("\n[missing](regions/999999.md)\n")
    with pytest.raises(BuildFailed, match="strict"):
        _mkdocs(config)
    assert "regions/999999.md" in capfd.readouterr().err  # the reason is printed, not only the count


def test_chinese_search_finds_the_family_aid_rules(site: str, browser: Any) -> None:
    page, _, outside = visit(browser, site, "index.html")
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("家庭共济")
    box.press("End")  # the search listens for key events; filled CJK text alone sends none
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    links = page.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert any("topics/family_aid.html" in link for link in links), links
    assert outside == []
    page.close()


def test_region_pages_are_indexed_once_not_their_tables(built: Path) -> None:
    docs = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    shenzhen = [d for d in docs if d["location"].startswith("regions/440300.html") and d["text"]]
    assert [d["location"] for d in shenzhen] == ["regions/440300.html", "regions/440300.html#set-here"]
    # The tables' values (national ones, repeated on every region page) are not indexed there.
    assert not any("定点医疗机构" in d["text"].replace("\u200b", "") for d in docs if d["location"].startswith("regions/"))
    assert any("定点医疗机构" in d["text"].replace("\u200b", "") for d in docs if d["location"].startswith("topics/"))


def platform_fonts(page: Page, selector: str) -> list[str]:
    """The fonts Chromium actually drew the element's text with (not what the CSS asked for)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")
    node = cdp.send("DOM.querySelector", {"nodeId": root["root"]["nodeId"], "selector": selector})
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})
    return [f["familyName"] for f in fonts["fonts"]]


@pytest.mark.parametrize(("name", "path"), [("home", "index.html"), ("region", "regions/440300.html"),
                                            ("topic", "topics/family_aid.html"), ("comparison", "compare.html")])
def test_laptop_screen_no_sideways_scroll_and_chinese_drawn_with_a_cjk_font(
        site: str, browser: Any, name: str, path: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    page, errors, _ = visit(browser, site, path)
    shots = tmp_path_factory.getbasetemp() / "screenshots"
    shots.mkdir(exist_ok=True)
    page.screenshot(path=str(shots / f"{name}.png"))
    width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1], f"{name} scrolls sideways: {width}"
    fonts = platform_fonts(page, "article h1")
    assert any("CJK" in f for f in fonts), fonts  # Chinese drawn from a CJK font, not tofu boxes
    assert errors == []
    page.close()


def test_a_wide_table_scrolls_inside_the_page(site: str, browser: Any) -> None:
    page, _, _ = visit(browser, site, "regions/440300.html")
    wrap = page.locator(".md-typeset__scrollwrap").first
    assert wrap.evaluate("e => getComputedStyle(e).overflowX") == "auto"
    page.close()


def test_every_string_of_a_hostile_spec_stays_text(hostile: tuple[Path, str], browser: Any) -> None:
    folder, url = hostile
    for file in folder.rglob("*.html"):  # every page, read as a browser's parser would
        for name, value in parse(file).attrs:
            assert not name.startswith("on"), f"{file.relative_to(folder)}: {name}={value}"
            assert not value.strip().lower().startswith("javascript:"), f"{file.relative_to(folder)}: {name}={value}"
    dialogs: list[str] = []
    for path in ["index.html", "regions/440300.html", "topics/family_aid.html", "compare.html", "sources.html", "claims.html"]:
        page, _, outside = visit(browser, url, path, dialogs)
        page.locator("h1").first.hover()
        found = page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
            .filter(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value)).map(a => e.tagName + ' ' + a.name))""")
        assert found == [], (path, found)
        assert PAYLOAD[:30] in page.locator("body").inner_text(), path  # shown as text
        assert outside == [], (path, outside)
        page.close()
    assert dialogs == []


def test_the_build_never_touches_a_sibling_folder_and_replaces_its_own_site(built: Path, hostile: tuple[Path, str]) -> None:
    assert (built.parent / "out.src" / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (built / ".yibao-site").is_file()
    out, _ = hostile  # built over a copy of `built` with stale.html added
    assert not (out / "stale.html").exists() and (out / "index.html").is_file()
    assert sorted(p.name for p in out.parent.iterdir()) == ["out", "spec"]  # no scratch folder left behind


def test_a_folder_of_the_users_is_refused_untouched(tmp_path: Path) -> None:
    (tmp_path / "thesis.txt").write_text("years of work", encoding="utf-8")
    run = docs_build(ROOT / "spec", tmp_path)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "not empty" in run.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["thesis.txt"]


def test_a_file_as_out_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("a file", encoding="utf-8")
    run = docs_build(ROOT / "spec", tmp_path / "out")
    assert run.returncode == 2 and "not a folder" in run.stderr
    assert (tmp_path / "out").read_text(encoding="utf-8") == "a file"


@pytest.mark.parametrize("out", [".", "..", "spec"])
def test_the_repository_and_what_contains_it_are_refused(tmp_path: Path, out: str) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    shutil.copytree(ROOT / "spec", repo / "spec")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    run = docs_build(repo / "spec", Path(out), cwd=repo)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "is or contains" in run.stderr, run.stderr
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_an_empty_folder_may_be_used(tmp_path: Path) -> None:
    from yibao.site.build import check_out

    (tmp_path / "empty").mkdir()
    check_out(tmp_path / "empty", [ROOT])  # no exception: the other side of the rule above


def test_only_http_urls_become_links() -> None:
    from yibao.site.pages import url

    assert url("https://example.org/a?x=1&y=\"2\"") == "https://example.org/a?x=1&amp;y=&quot;2&quot;"
    for hostile_url in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x", "//evil"):
        assert url(hostile_url) is None, hostile_url


def test_escaped_spec_text_holds_no_markup() -> None:
    from yibao.site.pages import esc

    escaped = esc(PAYLOAD + "\n# heading | cell")
    assert not set(re.sub(r"&#\d+;", "", escaped)) & set("<>\"'[](){}#|&\n")  # only numeric entities carry them
    assert html_unescape(escaped) == (PAYLOAD + "\n# heading | cell").replace("\n", " ")
