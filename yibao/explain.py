"""A result's explanation as a readable trace, in Chinese or English, with each step's rule, source and tier.

The engine returns the explanation as data (result.schema.json); this module only renders it.
"""

from __future__ import annotations

import json
from typing import Any

from .spec.model import Spec, Version

WORDS = {
    "zh": {"outcome": "结果", "rules": "依据的规则", "why": "说明", "drawn": "扣款 {yuan} 元", "not_drawn": "未扣款",
           "cash": "现金", "fact": "事实", "rule": "规则", "sources": "来源", "none": "（无）", "error": "案例有误",
           "account": {"personal": "个人账户", "current_year": "当年资金", "historical": "历年资金",
                       "legacy_passbook": "存折资金", "mi_wallet": "医保钱包", "cash": "现金"}},
    "en": {"outcome": "Outcome", "rules": "Rules relied on", "why": "Why", "drawn": "drawn {yuan} yuan",
           "not_drawn": "not drawn", "cash": "cash", "fact": "fact", "rule": "rule", "sources": "sources",
           "none": "(none)", "error": "Invalid case",
           "account": {"personal": "personal account", "current_year": "current-year funds",
                       "historical": "historical funds", "legacy_passbook": "passbook funds", "mi_wallet": "wallet",
                       "cash": "cash"}},
}


def yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"


def render(result: dict[str, Any], spec: Spec, lang: str = "zh") -> str:
    words = WORDS[lang]
    versions = {v.ref: v for v in spec.all_versions()}
    lines = [f"{words['outcome']}: {result['outcome']}"]
    if result.get("error"):
        lines.append(f"{words['error']}: {result['error']['path']}: {result['error']['message']}")
    reasons = [_label(spec, "reason_codes", code, lang) for code in result.get("reasons", [])]
    lines += [f"  - {reason}" for reason in reasons]
    lines.append(f"{words['rules']}: {', '.join(result.get('rules', [])) or words['none']}")
    steps = result.get("explanation", [])
    if steps:
        lines.append(f"{words['why']}:")
    for number, step in enumerate(steps, 1):
        lines.append(f"  {number}. {_head(step, words)}{_label(spec, 'reason_codes', step['reason'], lang)}")
        lines.append(f"     {words['rule']} {step['rule']}{_title(spec, step['rule'], lang)}")
        lines.append(f"     {words['fact']} {step['fact']['path']} = {json.dumps(step['fact']['value'], ensure_ascii=False)}")
        version = versions.get(step["rule"])
        if version is not None and version.citations:
            lines.append(f"     {words['sources']} {_sources(version)}")
    return "\n".join(lines)


def _head(step: dict[str, Any], words: dict[str, Any]) -> str:
    if "account" not in step:
        return ""
    account = words["account"].get(step["account"], step["account"])
    who = words["cash"] if step["person"] is None else f"{step['person']} · {account}"
    done = words["drawn"].format(yuan=yuan(step["fen"])) if step.get("drawn") else words["not_drawn"]
    return f"{who}: {done} — "


def _label(spec: Spec, vocabulary: str, term: str, lang: str) -> str:
    found = spec.vocab.get(vocabulary, {}).get(term)
    if found is None:
        return term
    return f"{found.label.zh if lang == 'zh' else found.label.en} ({term})"


def _title(spec: Spec, ref: str, lang: str) -> str:
    rule = spec.rules.get(ref.split("@", 1)[0])
    if rule is None:
        return ""
    return f"（{rule.title.zh}）" if lang == "zh" else f" ({rule.title.en})"


def _sources(version: Version) -> str:
    return ", ".join(f"{c.source} ({c.tier})" for c in version.citations)
