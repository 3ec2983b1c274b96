"""Markdown pages generated from the spec. Every piece of spec text is escaped: a label that holds
HTML is shown as text, never executed."""

from __future__ import annotations

import html
import json
from collections import defaultdict
from datetime import date
from typing import Any

from yibao.spec.model import Citation, Spec, Version
from yibao.spec.policy import Policy, resolve

SEED_004_ROWS = [("北京", "110000"), ("上海", "310000"), ("广州", "440100"), ("杭州", "330100"), ("深圳", "440300"), ("南京", "320100")]
VERDICTS = {"confirms": "证实 confirms", "refines": "修正 refines", "contradicts": "反驳 contradicts", "unsupported": "无据 unsupported"}


def esc(text: object) -> str:
    """Safe inside Markdown and HTML: escape markup and table pipes."""
    return html.escape(str(text)).replace("|", "&#124;").replace("\n", " ")


def source_link(spec: Spec, citation: Citation | str, depth: int) -> str:
    source_id = citation if isinstance(citation, str) else citation.source
    source = spec.sources.get(source_id)
    tier = source.tier if source else "?"
    return f"[{esc(source_id)}]({'../' * depth}sources.md#{esc(source_id)}) ({tier})"


def version_cell(spec: Spec, v: Version, depth: int) -> str:
    period = f"{v.effective_from} – {v.effective_to or '…'}"
    certainty = "" if v.from_certainty == "exact" else f" ({v.from_certainty})"
    sources = "; ".join(source_link(spec, c, depth) for c in v.citations)
    return f"{esc(period)}{esc(certainty)} · {esc(v.status)} · {sources}"


def params_text(params: dict[str, Any]) -> str:
    return esc(json.dumps(params, ensure_ascii=False, sort_keys=True))


def region_page(spec: Spec, code: str, today: date) -> str:
    region = spec.regions[code]
    policy = resolve(spec, code, today)
    chain = " → ".join(esc(spec.regions[c].label.zh) if c in spec.regions else "全国" for c in spec.chain(code))
    out = [f"# {esc(region.label.zh)} {esc(region.label.en)} ({esc(code)})", "", f"适用层级 · chain: {chain}", "",
           f"## {today} 起适用的规则 · Rules in force on {today}", "",
           "| 规则 rule | 取值 values | 版本与来源 version and sources |", "|---|---|---|"]
    for rule_id, resolved in sorted(policy.rules.items()):
        title = spec.rules[rule_id].title
        versions = "<br>".join(f"`{esc(p.version)}` {esc(p.scope)} · " +
                               "; ".join(source_link(spec, s, 1) for s, _ in p.sources) for p in resolved.versions)
        out.append(f"| {esc(title.zh)}<br>{esc(title.en)} | {params_text(resolved.params)} | {versions} |")
    silent = sorted(set(spec.rules) - set(policy.rules))
    if silent:
        out += ["", "规范不知道的规则 · unknown here: " + ", ".join(f"`{esc(r)}`" for r in silent)]
    out += ["", "## 历史 · History", "",
            "| 版本 version | 层级 scope | 取值 values | 期间、核实与来源 period, verification, sources |", "|---|---|---|---|"]
    for scope in spec.chain(code):
        for history in spec.versions.get(scope, {}).values():
            for v in history:
                out.append(f"| `{esc(v.ref)}` | {esc(scope)} | {params_text(v.params)} | {version_cell(spec, v, 1)} |")
    return "\n".join(out) + "\n"


def topic_page(spec: Spec, topic: str) -> str:
    term = spec.vocab["topics"][topic]
    out = [f"# {esc(term.label.zh)} · {esc(term.label.en)}", ""]
    for rule in sorted((r for r in spec.rules.values() if r.topic == topic), key=lambda r: r.id):
        out += [f"## {esc(rule.title.zh)} · {esc(rule.title.en)}", "", f"`{esc(rule.id)}`", ""]
        if rule.description:
            out += [esc(rule.description.zh), "", esc(rule.description.en), ""]
        versions = [v for v in spec.all_versions() if v.rule_id == rule.id]
        if not versions:
            out += ["规范中没有版本 · no versions in the spec", ""]
            continue
        out += ["| 版本 version | 地区 region | 取值 values | 期间与来源 period and sources |", "|---|---|---|---|"]
        for v in sorted(versions, key=lambda v: (v.scope, v.effective_from)):
            where = ("全国 national" if v.scope == "national"
                     else f"[{esc(spec.regions[v.scope].label.zh)}](regions/{esc(v.scope)}.md)")
            out.append(f"| `{esc(v.ref)}` | {where} | {params_text(v.params)} | {version_cell(spec, v, 0)} |")
        out.append("")
    return "\n".join(out) + "\n"


def _cell(policy: Policy, spec: Spec, rule_id: str, path: str, render: Any) -> str:
    resolved = policy.get(rule_id)
    if resolved is None:
        return "未知 unknown"
    value: Any = resolved.params
    for part in path.split(".") if path else []:
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return "未知 unknown"
    origin = resolved.provenance.get(path) or resolved.versions[-1]
    sources = "; ".join(source_link(spec, s, 0) for s, _ in origin.sources)
    return f"{render(value)}<br>{esc(origin.effective_from)} 起 · {sources}"


def compare_page(spec: Spec, today: date) -> str:
    out = ["# 不同地区医保卡余额使用方式对比", "",
           f"文章 004_89b2314bdd81a935 许诺了这张表却没有填写；这里按规范在 {today} 的取值填写，每格注明起始日期和来源。",
           "", "| 地区 | 是否允许取现 | 家庭共济 | 商业保险 | 健身/体检 |", "|---|---|---|---|---|"]
    for name, code in SEED_004_ROWS:
        policy = resolve(spec, code, today)
        cash = _cell(policy, spec, "withdrawal.reasons", "cash_withdrawal_allowed", lambda v: "允许 yes" if v else "不允许 no")
        family = _cell(policy, spec, "family_aid.scope", "relationships",
                       lambda v: esc("、".join(spec.vocab["relationships"][r].label.zh for r in v)) if v else "未开通 none")
        products = policy.get("usage.commercial_insurance")
        if products is not None:
            commercial = _cell(policy, spec, "usage.commercial_insurance", "",
                               lambda v: esc("、".join(p["label"]["zh"] for p in v["products"].values())))
        else:
            commercial = _cell(policy, spec, "usage.categories", "for_self",
                               lambda v: "可购买普惠型商业医疗保险" if "premium.gov_guided_inclusive" in v else "未列入 not listed")
        fitness = _cell(policy, spec, "usage.categories", "", lambda v: (
            ("健身：禁止" if "fitness" in v.get("prohibited", []) else "健身：未禁止") + "；" +
            ("体检：可支付" if "physical_exam" in v.get("for_self", []) else "体检：未列入可支付范围")))
        out.append(f"| {esc(name)} ({code}) | {cash} | {family} | {commercial} | {fitness} |")
    out += ["", "“未知”表示规范没有这一地区在这一天的规则。", ""]
    out += matrix(spec, today)
    return "\n".join(out) + "\n"


def matrix(spec: Spec, today: date) -> list[str]:
    """Rule × region: which level's version is in force today (national, province or city), or unknown."""
    regions = sorted(code for code in spec.versions if code != "national")
    out = ["## 规则 × 地区 · Rules by region", "", f"{today} 适用的版本；“—”为规范不知道。", "",
           "| 规则 rule | " + " | ".join(f"[{esc(spec.regions[c].label.zh)}](regions/{c}.md)" for c in regions) + " |",
           "|---|" + "---|" * len(regions)]
    policies = {code: resolve(spec, code, today) for code in regions}
    for rule_id in sorted(spec.rules):
        cells = []
        for code in regions:
            resolved = policies[code].get(rule_id)
            cells.append("—" if resolved is None else "<br>".join(f"`{esc(p.version.split('@')[1])}`" for p in resolved.versions))
        out.append(f"| {esc(spec.rules[rule_id].title.zh)} | " + " | ".join(cells) + " |")
    return [*out, ""]


def sources_page(spec: Spec) -> str:
    out = ["# 来源 · Sources", "",
           "T1 官方页面；T2 官方文本或官方媒体（含镜像）；T3 地方媒体与办事指南；T4 AI 问答页面，从不作为依据。", ""]
    by_tier: dict[str, list[Any]] = defaultdict(list)
    for s in spec.sources.values():
        by_tier[s.tier].append(s)
    for tier in sorted(by_tier):
        out += [f"## {tier}", ""]
        for s in sorted(by_tier[tier], key=lambda s: s.id):
            link = f" · <{esc(s.url)}>" if s.url else ""
            number = f" · {esc(s.doc_number)}" if s.doc_number else ""
            published = f" · {esc(s.published)}" if s.published else ""
            out += [f"### {esc(s.id)} {{#{esc(s.id)}}}", "",
                    f"{esc(s.title)} — {esc(s.issuer)}{number}{published} · {esc(s.kind)}{link}", ""]
    return "\n".join(out) + "\n"


def claims_page(spec: Spec) -> str:
    out = ["# 文章论断 · Claims ledger", "", "五篇来源文章中的每一条论断，与更可靠来源的对照结论。", ""]
    by_seed: dict[str, list[Any]] = defaultdict(list)
    for claim in spec.claims:
        by_seed[claim.seed].append(claim)
    for seed, claims in sorted(by_seed.items()):
        out += [f"## {esc(spec.sources[seed].title)} ({esc(seed)})", "",
                "| # | 原文 quote | 结论 verdict | 依据 evidence | 规则与来源 rules and sources |", "|---|---|---|---|---|"]
        for c in claims:
            links = ", ".join(f"`{esc(r)}`" for r in c.rules) + "<br>" + "; ".join(source_link(spec, s, 0) for s in c.sources)
            row = f"#{c.scorecard}" if c.scorecard else ""
            evidence = f"{esc(c.evidence.zh)}<br>{esc(c.evidence.en)}"
            out.append(f"| {row} | {esc(c.quote)} | {VERDICTS[c.verdict]} | {evidence} | {links} |")
        out.append("")
    return "\n".join(out) + "\n"
