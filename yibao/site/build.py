"""`yibao docs build`: generate the pages, then build the static site with mkdocs-material.

The build is offline: no web fonts (font: false), the offline plugin for search from file://,
and the one script that plugin would fetch from a CDN (iframe-worker's shim, MIT) shipped
locally and linked instead.
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from yibao import paths
from yibao.spec.model import Spec

from . import pages

ASSETS = Path(__file__).resolve().parent / "assets"
SHIM_URL = "https://unpkg.com/iframe-worker/shim"
HAND_WRITTEN = {"spec-format.md": "规范格式 Spec format", "features.md": "编写场景 Writing scenarios",
                "cases.md": "案例与结果 Cases and results", "protocol.md": "协议 Protocol", "changelog.md": "变更记录 Changelog"}


def write_pages(spec: Spec, docs: Path, today: date) -> list[Any]:
    """Write every page under docs/; return the navigation."""
    (docs / "regions").mkdir(parents=True, exist_ok=True)
    (docs / "topics").mkdir(parents=True, exist_ok=True)
    regions = sorted(spec.regions)
    (docs / "index.md").write_text(_index(spec, regions, today), encoding="utf-8")
    for code in regions:
        (docs / "regions" / f"{code}.md").write_text(pages.region_page(spec, code, today), encoding="utf-8")
    for topic in spec.vocab["topics"]:
        (docs / "topics" / f"{topic}.md").write_text(pages.topic_page(spec, topic), encoding="utf-8")
    (docs / "compare.md").write_text(pages.compare_page(spec, today), encoding="utf-8")
    (docs / "sources.md").write_text(pages.sources_page(spec), encoding="utf-8")
    (docs / "claims.md").write_text(pages.claims_page(spec), encoding="utf-8")
    for name in HAND_WRITTEN:
        source = paths.data_root() / "docs" / name
        if source.exists():
            shutil.copyfile(source, docs / name)
    return [
        {"首页 Home": "index.md"},
        {"地区 Regions": [{f"{spec.regions[c].label.zh} {c}": f"regions/{c}.md"} for c in regions]},
        {"专题 Topics": [{spec.vocab['topics'][t].label.zh: f"topics/{t}.md"} for t in spec.vocab["topics"]]},
        {"地区对比 Comparison": "compare.md"},
        {"来源 Sources": "sources.md"},
        {"文章论断 Claims": "claims.md"},
        {"实现者参考 For implementers": [{title: name} for name, title in HAND_WRITTEN.items() if (docs / name).exists()]},
    ]


def _index(spec: Spec, regions: list[str], today: date) -> str:
    lines = ["# 职工医保个人账户规则 · yibao", "",
             "职工医保个人账户的家庭共济、使用范围、结算顺序、跨地区使用、提取与继承等规则，每条都注明日期、来源与证据等级。",
             "", f"规则取值按 {today} 计算。", "", "## 地区 · Regions", ""]
    lines += [f"- [{pages.esc(spec.regions[c].label.zh)} {c}](regions/{c}.md)" for c in regions]
    return "\n".join(lines) + "\n"


def config(src: Path, out: Path, nav: list[Any]) -> dict[str, Any]:
    return {
        "site_name": "yibao · 职工医保个人账户规则",
        "docs_dir": str(src),
        "site_dir": str(out),
        "use_directory_urls": False,
        "theme": {"name": "material", "language": "zh", "font": False, "features": ["navigation.sections"]},
        # Material segments Chinese with jieba at build time and joins the words with U+200B; the
        # separator must split on it too, or a query can never match a segmented phrase.
        "plugins": [{"search": {"lang": ["en", "zh"], "separator": "[\\s\\u200b\\u3000\\-、。，．？！；]+"}}, "offline"],
        "markdown_extensions": ["tables", "attr_list", "toc"],
        "extra": {"generator": False},
        "nav": nav,
    }


def build(spec: Spec, out: Path, today: date) -> Path:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    work = out.with_name(out.name + ".src")
    shutil.rmtree(work, ignore_errors=True)
    docs = work / "docs"
    nav = write_pages(spec, docs, today)
    config_file = work / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config(docs, out, nav), allow_unicode=True, sort_keys=False), encoding="utf-8")
    mkdocs_build(load_config(str(config_file)))
    _localise_shim(out)
    return out


def _localise_shim(site: Path) -> None:
    """Point every page at the shipped copy of the shim instead of the CDN."""
    target = site / "assets" / "javascripts" / "iframe-worker-shim.js"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ASSETS / "iframe-worker-shim.js", target)
    shutil.copyfile(ASSETS / "iframe-worker-LICENSE", target.with_name("iframe-worker-LICENSE"))
    for page in site.rglob("*.html"):
        depth = len(page.relative_to(site).parts) - 1
        text = page.read_text(encoding="utf-8")
        local = "../" * depth + "assets/javascripts/iframe-worker-shim.js"
        page.write_text(re.sub(re.escape(SHIM_URL), local, text), encoding="utf-8")
