"""`yibao docs build`: generate the pages, then build the static site with mkdocs-material.

Nothing we did not write is ever removed. The site is built in a fresh temporary folder beside
--out and swapped into place; --out may be missing, empty, or a site an earlier build wrote (it
holds the MARKER file). Anything else, and any folder that is or holds the repository or the spec,
is refused before a file is touched.

The build is offline: no web fonts (font: false), the offline plugin for search from file://,
and the one script that plugin would fetch from a CDN (iframe-worker's shim, MIT) shipped
locally and linked instead. The build is strict: a link to a missing page or anchor fails it.
"""

from __future__ import annotations

import html
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from yibao import paths
from yibao.spec.model import Spec

from . import pages

ASSETS = Path(__file__).resolve().parent / "assets"
SHIM_URL = "https://unpkg.com/iframe-worker/shim"
MARKER = ".yibao-site"
HAND_WRITTEN = {"protocol.md": "协议 Protocol", "cases.md": "案例与结果 Cases and results", "features.md": "编写场景 Writing scenarios",
                "spec-format.md": "规范格式 Spec format", "publishing.md": "文档站与变更评审 Site and review",
                "security.md": "安全 Security", "engine-rules.md": "规则与引擎 Rules in the engine", "changelog.md": "变更记录 Changelog"}
# Pages computed from the whole spec: file name → (navigation title, renderer). A new page (the
# coverage of rules by region, say) is one more entry here; the home page and navigation pick it up.
SPEC_PAGES: dict[str, tuple[str, Callable[[pages.Context], str]]] = {
    "compare.md": ("地区对比 Comparison", pages.compare_page),
    "coverage.md": ("规则覆盖 Coverage", pages.coverage_page),
    "sources.md": ("来源 Sources", pages.sources_page),
    "claims.md": ("文章论断 Claims", pages.claims_page),
}
EXTRA_CSS = """/* Wide tables scroll inside the page, with a scrollbar that shows; the page itself never does. */
.md-typeset__scrollwrap { overflow-x: auto; scrollbar-width: auto; }
.md-typeset__table { max-width: 100%; }
.md-typeset table:not([class]) { font-size: .7rem; }
.md-typeset table:not([class]) td { vertical-align: top; overflow-wrap: anywhere; }
"""


class Refused(Exception):
    """--out names a folder we may not replace."""


class BuildFailed(Exception):
    """mkdocs found a problem (in strict mode, a broken link)."""


def repository(folder: Path) -> Path | None:
    """The git work tree holding folder, if any."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def protected(spec_dir: Path) -> list[Path]:
    """Folders an --out may neither be nor contain."""
    found = [spec_dir.resolve(), paths.data_root().resolve()]
    for start in (Path.cwd(), spec_dir.resolve()):
        repo = repository(start)
        if repo is not None:
            found.append(repo)
    return found


def check_out(out: Path, keep: list[Path]) -> None:
    """Raise Refused unless out may be replaced by a new site."""
    for folder in keep:
        if out == folder or out in folder.parents:
            raise Refused(f"refusing --out {out}: it is or contains {folder}")
    if out.exists() and not out.is_dir():
        raise Refused(f"refusing --out {out}: it is not a folder")
    if out.is_dir() and not (out / MARKER).is_file() and any(out.iterdir()):
        raise Refused(f"refusing --out {out}: it is not empty and holds no site of ours (no {MARKER} file)")


def write_sources(spec: Spec, folder: Path, today: date, site_dir: Path) -> Path:
    """Write the Markdown pages and mkdocs.yml under folder; return the config file."""
    docs = folder / "docs"
    nav = write_pages(spec, docs, today)
    (docs / "extra.css").write_text(EXTRA_CSS, encoding="utf-8")
    config_file = folder / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config(docs, site_dir, nav), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config_file


def write_pages(spec: Spec, docs: Path, today: date) -> list[Any]:
    """Write every page under docs/; return the navigation."""
    ctx = pages.Context.of(spec, today)
    (docs / "regions").mkdir(parents=True, exist_ok=True)
    (docs / "topics").mkdir(parents=True, exist_ok=True)
    (docs.parent / "tables").mkdir(exist_ok=True)
    for code in spec.regions:
        page, tables = pages.region_page(ctx, code)
        (docs / "regions" / f"{code}.md").write_text(page, encoding="utf-8")
        (docs.parent / "tables" / f"{code}.html").write_text(tables, encoding="utf-8")
    topics = spec.vocab["topics"]
    for topic in topics:
        (docs / "topics" / f"{topic}.md").write_text(pages.topic_page(ctx, topic), encoding="utf-8")
    for name, (_, render) in SPEC_PAGES.items():
        (docs / name).write_text(render(ctx), encoding="utf-8")
    written = [name for name in HAND_WRITTEN if (paths.data_root() / "docs" / name).exists()]
    for name in written:
        shutil.copyfile(paths.data_root() / "docs" / name, docs / name)
    provinces = sorted({ctx.province(code) for code in spec.regions})
    (docs / "index.md").write_text(home_page(ctx, provinces, written), encoding="utf-8")
    # Navigation titles are written into the theme's HTML unescaped: escape them here.
    title = html.escape
    return [
        {"首页 Home": "index.md"},
        {"专题 Topics": [{title(topics[t].label.zh): f"topics/{t}.md"} for t in topics]},
        *({nav_title: name} for name, (nav_title, _) in SPEC_PAGES.items() if name == "compare.md"),
        {"地区（按省份） Regions by province": [{title(spec.regions[p].label.zh): f"regions/{p}.md"} for p in provinces]},
        *({nav_title: name} for name, (nav_title, _) in SPEC_PAGES.items() if name != "compare.md"),
        {"实现者参考 For implementers": [{HAND_WRITTEN[name]: name} for name in written]},
    ]


def home_page(ctx: pages.Context, provinces: list[str], hand_written: list[str]) -> str:
    spec = ctx.spec

    def links(names: list[str]) -> str:
        return "、".join(f"[{HAND_WRITTEN[n]}]({n})" for n in names if n in hand_written)

    topics = "、".join(f"[{pages.esc(t.label.zh)}](topics/{pages.anchor(t.id)}.md)" for t in spec.vocab["topics"].values())
    out = [*pages.heading("职工医保个人账户规则 · yibao"),
           "职工医保个人账户的家庭共济、使用范围、结算顺序、跨地区使用、提取与继承等规则，每条都注明日期、来源与证据等级。"
           f"页面上的取值按 {ctx.day} 当日计算。", "",
           "## 从这里开始 · Where to start", "",
           f"- **读者 · Readers**：按专题阅读（{topics}），看[地区对比](compare.md)，或在下方按省份找到你的地区。",
           f"- **厂商与平台 · Vendors**：用 `yibao conform --impl 命令` 检验你的系统；{links(['protocol.md', 'cases.md'])}。",
           f"- **评审者 · Reviewers**：用 `yibao diff 旧版本 新版本` 查看规则变更；[来源](sources.md)、[文章论断](claims.md)、"
           f"{links(['publishing.md', 'spec-format.md', 'features.md', 'changelog.md'])}。", "",
           "## 地区（按省份） · Regions by province", ""]
    for province in provinces:
        members = len(ctx.in_province(province))
        more = f"（另有 {members} 个下辖地区）" if members else ""
        out.append(f"- {pages.region_link(ctx, province, 0)} {pages.esc(spec.regions[province].label.en)}{more}")
    return "\n".join(out) + "\n"


def config(src: Path, out: Path, nav: list[Any]) -> dict[str, Any]:
    return {
        "site_name": "yibao · 职工医保个人账户规则",
        "docs_dir": str(src),
        "site_dir": str(out),
        "use_directory_urls": False,
        "strict": True,
        "validation": {"nav": {"omitted_files": "ignore", "not_found": "warn", "absolute_links": "warn"},
                       "links": {"not_found": "warn", "anchors": "warn", "absolute_links": "warn", "unrecognized_links": "warn"}},
        "theme": {"name": "material", "language": "zh", "font": False, "features": ["navigation.sections"]},
        "extra_css": ["extra.css"],
        "hooks": [str(Path(__file__).with_name("hooks.py"))],
        # Material segments Chinese with jieba at build time and joins the words with U+200B; the
        # separator must split on it too, or a query can never match a segmented phrase.
        "plugins": [{"search": {"lang": ["en", "zh"], "separator": "[\\s\\u200b\\u3000\\-、。，．？！；]+"}}, "offline"],
        # No attr_list: it would let spec text such as `{: onclick=… }` become an attribute.
        "markdown_extensions": ["tables", "toc"],
        "extra": {"generator": False},
        "nav": nav,
    }


def build(spec: Spec, out: Path, today: date, keep: list[Path]) -> Path:
    """Build the site and swap it in at out (an absolute path); raise Refused or BuildFailed."""
    check_out(out, keep)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        site = work / "site"
        _mkdocs(write_sources(spec, work / "src", today, site))
        _localise_shim(site)
        (site / MARKER).write_text("A site written by `yibao docs build`; the next build may replace this folder.\n",
                                   encoding="utf-8")
        if out.exists():
            check_out(out, keep)  # once more, just before the swap
            os.rename(out, work / "previous")
        os.rename(site, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the sources and the previous site: only what we wrote
    return out


def _mkdocs(config_file: Path) -> None:
    import jieba  # type: ignore[import-untyped]  # material's Chinese search: it logs its dictionary loading
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    jieba.setLogLevel(logging.WARNING)
    # mkdocs counts its warnings (strict mode fails on them) but prints none unless told where.
    report = logging.StreamHandler()
    report.setLevel(logging.WARNING)
    report.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    logging.getLogger("mkdocs").addHandler(report)
    try:
        mkdocs_build(load_config(str(config_file)))
    except MkDocsException as exc:
        raise BuildFailed(str(exc)) from None
    finally:
        logging.getLogger("mkdocs").removeHandler(report)


def _localise_shim(site: Path) -> None:
    """Point every page at the shipped copy of the shim instead of the CDN."""
    target = site / "assets" / "javascripts" / "iframe-worker-shim.js"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ASSETS / "iframe-worker-shim.js", target)
    shutil.copyfile(ASSETS / "iframe-worker-LICENSE", target.with_name("iframe-worker-LICENSE"))
    for page in site.rglob("*.html"):
        depth = len(page.relative_to(site).parts) - 1
        text = page.read_text(encoding="utf-8")
        if SHIM_URL in text:
            page.write_text(text.replace(SHIM_URL, "../" * depth + "assets/javascripts/iframe-worker-shim.js"), encoding="utf-8")
