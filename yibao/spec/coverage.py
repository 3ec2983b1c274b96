"""What the spec knows, region by region: the region × rule coverage matrix on one date.

For each region and rule, the first scope up the region's chain with a version in force says
where the answer comes from:
- own: the region's own dated version (with the best tier among its citations),
- inherited: a version of a region above it (its province, or its prefecture for a county),
- national: only the national rule speaks,
- silent: no version in force anywhere; the rule's `when_silent` says what that means.

One Coverage object is computed here, next to policy resolution; the CLI, the docs site and
the conformance report render it with to_json(), to_markdown() or to_text().
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from .model import Spec, Version

STATES = ("own", "inherited", "national", "silent")
_MARKS = {"own": "●", "inherited": "↑", "national": "○", "silent": "—"}
_LEGEND = "● own dated version (best tier); ↑ inherited from the region above; ○ national rule only; — silent"


@dataclass(frozen=True)
class Cell:
    state: str  # one of STATES
    scope: str | None  # the scope whose version speaks: the region, a region above it, or "national"
    version: str | None  # rule@version
    tier: str | None  # the best tier among that version's citations
    when_silent: str | None  # for a silent cell: what silence means for this rule

    def to_json(self) -> dict[str, Any]:
        return {"state": self.state, "scope": self.scope, "version": self.version, "tier": self.tier,
                "when_silent": self.when_silent}


@dataclass(frozen=True)
class RegionRow:
    code: str
    zh: str
    en: str
    level: str  # province, prefecture or county
    province: str  # the province code at the top of its chain
    cells: dict[str, Cell]  # rule id → cell

    def counts(self) -> Counter[str]:
        return Counter(cell.state for cell in self.cells.values())


@dataclass(frozen=True)
class Coverage:
    day: date
    rules: dict[str, str]  # rule id → Chinese title, in spec order
    regions: list[RegionRow]  # sorted by code

    def by_rule(self) -> dict[str, Counter[str]]:
        """Per rule, how many regions have each state."""
        return {rule: Counter(row.cells[rule].state for row in self.regions) for rule in self.rules}

    def by_level(self) -> dict[str, Counter[str]]:
        """Per level (province, prefecture, county), how many region × rule cells have each state."""
        totals: dict[str, Counter[str]] = {}
        for row in self.regions:
            totals.setdefault(row.level, Counter()).update(row.counts())
        return totals

    def to_json(self) -> dict[str, Any]:
        def counts(counter: Counter[str]) -> dict[str, int]:
            return {state: counter[state] for state in STATES}

        return {
            "date": self.day.isoformat(),
            "states": list(STATES),
            "rules": [{"id": rule, "title": title} for rule, title in self.rules.items()],
            "regions": [
                {"code": row.code, "zh": row.zh, "en": row.en, "level": row.level, "province": row.province,
                 "cells": {rule: cell.to_json() for rule, cell in row.cells.items()}}
                for row in self.regions
            ],
            "totals": {
                "by_rule": {rule: counts(counter) for rule, counter in self.by_rule().items()},
                "by_level": {level: counts(counter) for level, counter in sorted(self.by_level().items())},
            },
        }

    def to_markdown(self) -> str:
        lines = [f"# Coverage on {self.day.isoformat()}", "", _LEGEND, "", "## Totals per rule", "",
                 "| rule | 规则 | own | inherited | national | silent |", "|---|---|---|---|---|---|"]
        for rule, counter in self.by_rule().items():
            lines.append(f"| `{rule}` | {_cell_text(self.rules[rule])} | " + " | ".join(str(counter[s]) for s in STATES) + " |")
        lines += ["", "## Totals per level (region × rule cells)", "",
                  "| level | own | inherited | national | silent |", "|---|---|---|---|---|"]
        for level, counter in sorted(self.by_level().items(), key=lambda i: _LEVEL_ORDER.get(i[0], 9)):
            lines.append(f"| {level} | " + " | ".join(str(counter[s]) for s in STATES) + " |")
        lines += ["", "## Region × rule", "",
                  "| region | " + " | ".join(f"`{rule}`" for rule in self.rules) + " |",
                  "|---|" + "---|" * len(self.rules)]
        for row in self.regions:
            cells = " | ".join(_mark(row.cells[rule]) for rule in self.rules)
            lines.append(f"| {row.code} {_cell_text(row.zh)} | {cells} |")
        return "\n".join(lines) + "\n"

    def to_text(self) -> str:
        width = max(len(rule) for rule in self.rules)

        def totals(name: str, counter: Counter[str]) -> str:
            return f"{name:<{width}}  " + "  ".join(f"{counter[state]:>{len(state)}}" for state in STATES)

        header = "  ".join(STATES)
        lines = [f"coverage on {self.day.isoformat()}: {len(self.regions)} regions × {len(self.rules)} rules", _LEGEND, "",
                 f"{'rule':<{width}}  {header}"]
        lines += [totals(rule, counter) for rule, counter in self.by_rule().items()]
        lines += ["", f"{'level':<{width}}  {header}"]
        lines += [totals(level, counter) for level, counter in sorted(self.by_level().items(), key=lambda i: _LEVEL_ORDER.get(i[0], 9))]
        lines += ["", "region  " + " ".join(f"{n % 100:>2}" for n in range(1, len(self.rules) + 1)) + "  (rules in the order above)"]
        for row in self.regions:
            lines.append(f"{row.code:<6}  " + " ".join(f"{_MARKS[row.cells[rule].state]:>2}" for rule in self.rules) + f"  {row.zh}")
        return "\n".join(lines) + "\n"


_LEVEL_ORDER = {"province": 0, "prefecture": 1, "county": 2}


def _mark(cell: Cell) -> str:
    return f"{_MARKS['own']} {cell.tier}" if cell.state == "own" else _MARKS[cell.state]


def _cell_text(text: str) -> str:
    """Spec text inside a Markdown table cell: every HTML or Markdown syntax character (a link's brackets
    and parentheses too) becomes an entity, and line breaks a space, so the text stays text wherever the
    Markdown is rendered (the docs site, a pull-request comment)."""
    return text.translate(_MARKDOWN_SYNTAX).replace("\n", " ")


_MARKDOWN_SYNTAX = {ord(c): f"&#{ord(c)};" for c in "&<>\"'`*_[](){}#|!\\~:"}


def coverage(spec: Spec, day: date) -> Coverage:
    rules = {rule: decl.title.zh for rule, decl in spec.rules.items()}
    rows = []
    for code in sorted(spec.regions):
        region = spec.regions[code]
        chain = spec.chain(code)  # national, province, …, the region
        cells = {rule: _cell(spec, chain, rule, day) for rule in rules}
        province = chain[1] if len(chain) > 1 else code
        rows.append(RegionRow(code, region.label.zh, region.label.en, region.level, province, cells))
    return Coverage(day, rules, rows)


def _cell(spec: Spec, chain: list[str], rule: str, day: date) -> Cell:
    region = chain[-1]
    for scope in reversed(chain):
        version = _in_force(spec.versions.get(scope, {}).get(rule, []), day)
        if version is None:
            continue
        state = "own" if scope == region else "national" if scope == "national" else "inherited"
        return Cell(state, scope, version.ref, _best_tier(version), None)
    return Cell("silent", None, None, None, spec.rules[rule].when_silent)


def _in_force(versions: list[Version], day: date) -> Version | None:
    return next((v for v in versions if v.in_force(day)), None)


def _best_tier(version: Version) -> str | None:
    return min((c.tier for c in version.citations), default=None)  # "T1" < "T2" < …
