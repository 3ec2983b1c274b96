"""Markdown pages generated from the spec, in Chinese first and English second.

Escaping by construction: spec text reaches a page only through `esc` (text) or `url` (a link
target), and the site's Markdown has no extension that turns text into attributes. `esc` writes
every character that HTML or Markdown could read as syntax as a numeric entity, so a label holding
`<img onerror>`, `[x](javascript:…)` or `{: onclick=… }` is shown as those characters and nothing
more. Every page is linear in the size of what it shows: a region page lists its own versions and
its children, never every region.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import quote, urlsplit

from yibao.spec.coverage import coverage
from yibao.spec.model import Source, Spec, Version
from yibao.spec.policy import Policy, Provenance, resolve

from . import words

SEED_004_ROWS = [("北京", "110000"), ("上海", "310000"), ("广州", "440100"), ("杭州", "330100"), ("深圳", "440300"), ("南京", "320100")]
VERDICTS = {"confirms": "证实 confirms", "refines": "修正 refines", "contradicts": "反驳 contradicts", "unsupported": "无据 unsupported"}
# Vocabularies whose terms appear as parameter values, in the order a shared id is looked up.
VALUE_VOCABULARIES = ("relationships", "expense_categories", "schemes", "withdrawal_reasons", "accounts", "credentials", "bindings")
_SYNTAX = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'\\`*_{}[]()#+!|~="} | {"\n": " ", "\r": " "})


def esc(text: object) -> str:
    """Spec text as inert page text: every HTML or Markdown syntax character becomes an entity."""
    return str(text).translate(_SYNTAX)


def url(text: str) -> str | None:
    """An http(s) URL, escaped for an attribute; None for any other scheme (javascript:, data:, …)."""
    return html.escape(text, quote=True) if urlsplit(text.strip()).scheme.lower() in ("http", "https") else None


def heading(title: str) -> list[str]:
    """A page's first lines: its title in the front matter (the theme writes page titles into
    <title> and the header unescaped, so it is escaped here) and as the page's heading."""
    return ["---", f"title: {json.dumps(html.escape(title, quote=False), ensure_ascii=False)}", "---", "", f"# {esc(title)}", ""]


def code(text: object) -> str:
    return f"<code>{esc(text)}</code>"


def anchor(identifier: str) -> str:
    """A spec id as a link fragment or an id attribute."""
    return quote(identifier, safe="")


@dataclass
class Context:
    """What every page needs, computed once per build."""

    spec: Spec
    day: date
    versions: dict[str, Version] = field(default_factory=dict)  # rule@version → version
    terms: dict[str, str] = field(default_factory=dict)  # value id → zh label
    children: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, spec: Spec, day: date) -> Context:
        context = cls(spec, day, {v.ref: v for v in spec.all_versions()})
        for vocabulary in reversed(VALUE_VOCABULARIES):
            context.terms.update({t.id: t.label.zh for t in spec.vocab.get(vocabulary, {}).values()})
        for code_, region in sorted(spec.regions.items()):
            if region.parent in spec.regions:
                context.children[region.parent].append(code_)
        return context

    def province(self, code_: str) -> str:
        """The top of the region's chain (a province, or a region with no parent)."""
        chain = self.spec.chain(code_)
        return chain[1] if len(chain) > 1 else code_

    def in_province(self, province: str) -> list[str]:
        found, todo = [], list(self.children.get(province, []))
        while todo:
            current = todo.pop()
            found.append(current)
            todo += self.children.get(current, [])
        return sorted(found)


def link(text: str, page: str, fragment: str = "", raw: bool = False) -> str:
    """A link to a page of the site by its Markdown name; in an HTML block (raw), to the built page."""
    if raw:
        return f'<a href="{page.removesuffix(".md")}.html{"#" + fragment if fragment else ""}">{text}</a>'
    return f"[{text}]({page}{'#' + fragment if fragment else ''})"


def region_link(ctx: Context, code_: str, depth: int, raw: bool = False) -> str:
    region = ctx.spec.regions.get(code_)
    if region is None:
        return "全国 national" if code_ == "national" else esc(code_)
    return link(esc(region.label.zh), f"{'../' * depth}regions/{anchor(code_)}.md", raw=raw)


def source_link(ctx: Context, source_id: str, depth: int, raw: bool = False) -> str:
    source = ctx.spec.sources.get(source_id)
    if source is None:
        return esc(source_id)
    title = source.title if len(source.title) <= 28 else source.title[:27] + "…"
    published = f" · {esc(source.published)}" if source.published else ""
    page = "../" * depth + "sources.md"
    return f"{link(esc(title), page, anchor(source_id), raw)} {esc(source.tier)}{published}"


def html_table(headers: list[str], rows: list[list[str]]) -> list[str]:
    """A table as HTML; the theme styles and wraps it as it does Markdown's tables."""
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return [f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"]


def when(day: date, certainty: str) -> str:
    """A date as well as it is known: 2025-06-30, 不晚于 2025-06-30, 2022 年内."""
    if certainty == "month":
        return f"{day:%Y-%m} 月内"
    if certainty == "year":
        return f"{day.year} 年内"
    return f"{words.CERTAINTY.get(certainty, esc(certainty))} {day}".strip()


def period(v: Version) -> str:
    """自 不晚于 2025-06-30 起，至 2026-01-31 止"""
    text = f"自 {when(v.effective_from, v.from_certainty)} 起"
    if v.effective_to is not None:
        text += f"，至 {when(v.effective_to, v.to_certainty)} 止"
    return text


def status(v: Version) -> str:
    return words.STATUS.get(v.status, esc(v.status))


def version_cell(ctx: Context, v: Version, depth: int, raw: bool = False) -> str:
    sources = "；".join(source_link(ctx, c.source, depth, raw) for c in v.citations)
    return f"{period(v)} · {status(v)}<br>{sources}"


def value(ctx: Context, key: str, item: Any) -> str:
    """One parameter value in words: vocabulary labels, 是/否, amounts in yuan, percentages."""
    if item is None:
        return "未知"
    if isinstance(item, bool):
        return "是" if item else "否"
    if isinstance(item, int | float):
        if key.endswith("_fen"):
            return f"{item / 100:,.2f} 元".replace(".00 元", " 元")
        if key.endswith("_bp"):
            return f"{item / 100:g}%"
        if key.endswith("_percent") or key.startswith("min_balance_percent"):
            return f"{item:g}%"
        if key.endswith("_yuan"):
            return f"{item:,} 元"
        if key.endswith("_years"):
            return f"{item} 年"
        return esc(item)
    if isinstance(item, str):
        return esc(ctx.terms.get(item) or words.VALUES.get(item) or item)
    if isinstance(item, list):
        return "、".join(value(ctx, key, i) for i in item) if item else "无"
    if isinstance(item, dict):
        if set(item) == {"zh", "en"}:
            return esc(item["zh"])
        return "；".join(f"{label(ctx, k)}：{value(ctx, k, v)}" for k, v in item.items())
    return esc(item)


def label(ctx: Context, key: str) -> str:
    return esc(words.PARAMS.get(key) or ctx.terms.get(key) or key)


def params_text(ctx: Context, params: dict[str, Any]) -> str:
    return "<br>".join(f"{label(ctx, k)}：{value(ctx, k, v)}" for k, v in params.items()) or "（无参数）"


def provenance_cell(ctx: Context, p: Provenance) -> str:
    v = ctx.versions[p.version]
    return f"{code(v.label)} {region_link(ctx, v.scope, 1, raw=True)} · {version_cell(ctx, v, 1, raw=True)}"


TABLES = "<!-- yibao:tables -->"


def region_page(ctx: Context, code_: str) -> tuple[str, str]:
    """The page's Markdown, and the HTML of its tables, which the build puts in place of TABLES."""
    spec, region = ctx.spec, ctx.spec.regions[code_]
    chain = " → ".join(region_link(ctx, c, 1) if c != code_ else esc(region.label.zh) for c in spec.chain(code_))
    out = [*heading(f"{region.label.zh} {region.label.en}（{code_}）"), f"所属 · part of: {chain}", ""]
    province = ctx.province(code_)
    if province == code_:
        members = ctx.in_province(code_)
        if members:
            out += ["## 本省地区 · Regions in this province", "",
                    "、".join(f"{region_link(ctx, c, 1)}（{esc(c)}）" for c in members), ""]
    elif ctx.children.get(code_):
        out += ["## 下辖地区 · Regions within", "", "、".join(region_link(ctx, c, 1) for c in ctx.children[code_]), ""]
    own = spec.versions.get(code_, {})
    out += ["## 本地规定 · Set here", ""]
    if own:
        for rule_id, history in sorted(own.items()):
            current = [v for v in history if v.in_force(ctx.day)]
            note = f"{ctx.day} 适用版本 {code(current[0].label)}" if current else f"{ctx.day} 无适用版本"
            out.append(f"- {esc(spec.rules[rule_id].title.zh)}：{len(history)} 个版本，{note}")
    else:
        out.append("本地区没有自己的规定，沿用上级地区与全国的规则。")
    # The tables repeat national values on every region page. They go into the built page after
    # Markdown and the search index have run (hooks.py): shown, never parsed twice, never indexed.
    policy = resolve(spec, code_, ctx.day)
    tables = [f'<h2 id="in-force">{ctx.day} 当日适用的规则 · Rules in force on {ctx.day}</h2>']
    tables += html_table(["规则 rule", "取值 values", "依据 version and sources"], [
        [f"{esc(spec.rules[rule_id].title.zh)}<br>{esc(spec.rules[rule_id].title.en)}", params_text(ctx, resolved.params),
         "<br>".join(provenance_cell(ctx, p) for p in resolved.versions)]
        for rule_id, resolved in sorted(policy.rules.items())])
    silent = sorted(set(spec.rules) - set(policy.rules))
    if silent:
        tables.append("<p>规范不知道的规则 · unknown here: " + "、".join(esc(spec.rules[r].title.zh) for r in silent) + "</p>")
    if own:
        tables.append('<h2 id="history">本地历史 · History here</h2>')
        tables += html_table(["规则与版本 rule and version", "取值 values", "期间、核实与来源 period, verification, sources"], [
            [f"{esc(spec.rules[rule_id].title.zh)} {code(v.label)}", params_text(ctx, v.params), version_cell(ctx, v, 1, raw=True)]
            for rule_id, history in sorted(own.items()) for v in history])
    return "\n".join([*out, "", TABLES]) + "\n", "\n".join(tables)


def topic_page(ctx: Context, topic: str) -> str:
    spec = ctx.spec
    term = spec.vocab["topics"][topic]
    out = heading(f"{term.label.zh} · {term.label.en}")
    by_rule: dict[str, list[Version]] = defaultdict(list)
    for v in spec.all_versions():
        by_rule[v.rule_id].append(v)
    for rule in sorted((r for r in spec.rules.values() if r.topic == topic), key=lambda r: r.id):
        out += [f"## {esc(rule.title.zh)} · {esc(rule.title.en)}", "", code(rule.id), ""]
        if rule.description:
            out += [esc(rule.description.zh), "", esc(rule.description.en), ""]
        versions = by_rule.get(rule.id)
        if not versions:
            out += ["规范中没有版本 · no versions in the spec", ""]
            continue
        out += ["| 地区 region | 版本 version | 取值 values | 期间、核实与来源 period, verification, sources |", "|---|---|---|---|"]
        for v in sorted(versions, key=lambda v: (v.scope != "national", v.scope, v.effective_from)):
            out.append(f"| {region_link(ctx, v.scope, 1)} | {code(v.label)} | {params_text(ctx, v.params)} | "
                       f"{version_cell(ctx, v, 1)} |")
        out.append("")
    return "\n".join(out) + "\n"


def _cell(ctx: Context, policy: Policy, rule_id: str, path: str, render: Any) -> str:
    resolved = policy.get(rule_id)
    if resolved is None:
        return "未知 unknown"
    found: Any = resolved.params
    for part in path.split(".") if path else []:
        found = found.get(part) if isinstance(found, dict) else None
    if found is None:
        return "未知 unknown"
    origin = ctx.versions[(resolved.provenance.get(path) or resolved.versions[-1]).version]
    return f"{render(found)}<br>{version_cell(ctx, origin, 0)}"


def compare_page(ctx: Context) -> str:
    spec, today = ctx.spec, ctx.day
    out = [*heading("不同地区医保卡余额使用方式对比"),
           f"文章 004_89b2314bdd81a935 许诺了这张表却没有填写；这里按规范在 {today} 的取值填写，每格注明生效日期、核实情况和来源。",
           "", "| 地区 | 是否允许取现 | 家庭共济 | 商业保险 | 健身/体检 |", "|---|---|---|---|---|"]
    for name, code_ in SEED_004_ROWS:
        if code_ not in spec.regions:
            continue
        policy = resolve(spec, code_, today)
        cash = _cell(ctx, policy, "withdrawal.reasons", "cash_withdrawal_allowed", lambda v: "允许" if v else "不允许")
        family = _cell(ctx, policy, "family_aid.scope", "relationships",
                       lambda v: value(ctx, "relationships", v) if v else "未开通")
        if policy.get("usage.commercial_insurance") is not None:
            commercial = _cell(ctx, policy, "usage.commercial_insurance", "",
                               lambda v: "、".join(esc(p["label"]["zh"]) for p in v["products"].values()))
        else:
            commercial = _cell(ctx, policy, "usage.categories", "for_self",
                               lambda v: "可购买普惠型商业医疗保险" if "premium.gov_guided_inclusive" in v else "未列入")
        fitness = _cell(ctx, policy, "usage.categories", "", lambda v: (
            ("健身：禁止" if "fitness" in v.get("prohibited", []) else "健身：未禁止") + "；" +
            ("体检：可支付" if "physical_exam" in v.get("for_self", []) else "体检：未列入可支付范围")))
        out.append(f"| {region_link(ctx, code_, 0)}（{name}） | {cash} | {family} | {commercial} | {fitness} |")
    out += ["", "“未知”表示规范没有这一地区在这一天的规则。", ""]
    return "\n".join(out + own_rules(ctx)) + "\n"


def coverage_page(ctx: Context) -> str:
    """The region × rule coverage matrix (yibao coverage), so a reader sees which answers rest on regional evidence."""
    matrix = coverage(ctx.spec, ctx.day).to_markdown().split("\n", 1)[1]  # its own "# Coverage" line gives way to ours
    intro = (f"{ctx.day} 这一天，规范对每个地区、每条规则知道什么：本地区自己的有日期版本（注明最高证据等级）、"
             "继承上级地区的版本、只有全国规则，或者没有任何版本（规则的 when_silent 说明这意味着什么）。")
    return "\n".join([*heading("规则覆盖 Coverage"), intro, ""]) + matrix


def own_rules(ctx: Context) -> list[str]:
    """Which regions set which rules themselves on the day: one row per region, so the table grows
    down, not across, as regions are added."""
    spec = ctx.spec
    out = ["## 各地区自己的规定 · What each region sets itself", "",
           f"{ctx.day} 适用的地方版本；其余规则沿用上级地区与全国规定。", "",
           "| 地区 region | 本地版本 local versions |", "|---|---|"]
    for code_ in sorted(c for c in spec.versions if c in spec.regions):
        current = [(rule_id, v) for rule_id, history in sorted(spec.versions[code_].items())
                   for v in history if v.in_force(ctx.day)]
        cells = "、".join(f"{esc(spec.rules[r].title.zh)} {code(v.label)}" for r, v in current) or "当日无适用版本"
        out.append(f"| {region_link(ctx, code_, 0)}（{esc(code_)}） | {cells} |")
    return [*out, ""]


def _source_line(source: Source) -> str:
    href = url(source.url) if source.url else None
    parts = [esc(source.issuer), *(esc(x) for x in (source.doc_number, source.published) if x), esc(source.kind)]
    if href:
        parts.append(f'<a href="{href}">{esc(source.url)}</a>')
    elif source.url:
        parts.append(esc(source.url))  # not http(s): shown, never linked
    return " · ".join(parts)


def sources_page(ctx: Context) -> str:
    out = [*heading("来源 · Sources"),
           "T1 官方页面；T2 官方文本或官方媒体（含镜像）；T3 地方媒体与办事指南；T4 AI 问答页面，从不作为依据。", ""]
    by_tier: dict[str, list[Source]] = defaultdict(list)
    for s in ctx.spec.sources.values():
        by_tier[s.tier].append(s)
    for tier in sorted(by_tier):
        out += [f"## {esc(words.TIERS.get(tier, tier))}", ""]
        for s in sorted(by_tier[tier], key=lambda s: s.id):
            out += [f'<h3 id="{anchor(s.id)}">{esc(s.title)}</h3>', "", f"{_source_line(s)} · {code(s.id)}", ""]
    return "\n".join(out) + "\n"


def claims_page(ctx: Context) -> str:
    spec = ctx.spec
    out = [*heading("文章论断 · Claims ledger"), "五篇来源文章中的每一条论断，与更可靠来源的对照结论。", ""]
    by_seed: dict[str, list[Any]] = defaultdict(list)
    for claim in spec.claims:
        by_seed[claim.seed].append(claim)
    for seed, claims in sorted(by_seed.items()):
        title = spec.sources[seed].title if seed in spec.sources else seed
        out += [f"## {esc(title)}", "",
                "| # | 原文 quote | 结论 verdict | 依据 evidence | 规则与来源 rules and sources |", "|---|---|---|---|---|"]
        for c in claims:
            rules = "、".join(esc(spec.rules[r].title.zh) if r in spec.rules else code(r) for r in c.rules)
            links = rules + "<br>" + "；".join(source_link(ctx, s, 0) for s in c.sources)
            row = f"#{c.scorecard}" if c.scorecard else ""
            evidence = f"{esc(c.evidence.zh)}<br>{esc(c.evidence.en)}"
            out.append(f"| {row} | {esc(c.quote)} | {VERDICTS.get(c.verdict, esc(c.verdict))} | {evidence} | {links} |")
        out.append("")
    return "\n".join(out) + "\n"
