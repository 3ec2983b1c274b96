"""`yibao policy --format table`: a resolved policy as a table for a reader of Chinese.

Rule titles in Chinese, vocabulary ids shown by their labels (配偶、父母), yes/no as 是/否, and
for each rule the version it rests on with its sources' tiers and verification in words.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .spec.lint import PARAM_VOCAB
from .spec.model import Spec
from .spec.policy import Policy, ResolvedRule

STATUS = {"verified": "已核实", "partially_verified": "部分核实", "unverified": "未核实"}
SILENCE = {"unknown": "规范未载明（未知）", "no_restriction": "规范未载明（不限制）"}


def print_policy(spec: Spec, policy: Policy, asked: str, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    region = spec.regions[policy.region]
    heading = f"{region.label.zh}（{region.code}）{policy.day.isoformat()} 当日适用的规则"
    if asked != policy.region:
        heading = f"{spec.counties[asked]}（{asked}）→ 按所属 " + heading
    table = Table(title=escape(heading), show_lines=True, expand=False)
    table.add_column("规则", overflow="fold", max_width=28)
    table.add_column("取值", overflow="fold")
    table.add_column("依据", overflow="fold", max_width=44)
    for rule_id, decl in spec.rules.items():
        resolved = policy.get(rule_id)
        title = escape(f"{decl.title.zh}\n{rule_id}")
        if resolved is None:
            table.add_row(title, escape(SILENCE.get(decl.when_silent, decl.when_silent)), "")
        else:
            table.add_row(title, escape("\n".join(_lines(spec, resolved.params))), escape(_basis(resolved)))
    console.print(table)


def _lines(spec: Spec, params: dict[str, Any], indent: str = "") -> list[str]:
    lines = []
    for key, value in params.items():
        if isinstance(value, dict) and value:
            lines.append(f"{indent}{key}：")
            lines += _lines(spec, value, indent + "  ")
        else:
            lines.append(f"{indent}{key}：{_value(spec, key, value)}")
    return lines


def _value(spec: Spec, key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if value is None:
        return "—"
    if isinstance(value, list):
        return "、".join(_value(spec, key, item) for item in value) or "（无）"
    if isinstance(value, str):
        return _label(spec, key, value)
    return str(value)


def _label(spec: Spec, key: str, term: str) -> str:
    """The Chinese label of a vocabulary id: from the vocabulary the parameter names, else any that has it."""
    vocabularies = [PARAM_VOCAB[key]] if key in PARAM_VOCAB else list(spec.vocab)
    for name in vocabularies:
        found = spec.vocab.get(name, {}).get(term)
        if found is not None:
            return found.label.zh
    return term


def _basis(resolved: ResolvedRule) -> str:
    lines = []
    for origin in resolved.versions:
        period = f"{origin.effective_from.isoformat()} 起" + (f"，{origin.effective_to.isoformat()} 止" if origin.effective_to else "")
        sources = "、".join(f"{source}（{tier}）" for source, tier in origin.sources)
        lines.append(f"{origin.version}\n{period}；{STATUS.get(origin.status, origin.status)}\n{sources}")
    return "\n".join(lines)
