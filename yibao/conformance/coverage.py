"""Which scenarios cover which rule version: every version needs at least one."""

from __future__ import annotations

from dataclasses import dataclass

from yibao.spec.model import Spec

from .features import Scenario


@dataclass(frozen=True)
class Coverage:
    version: str  # rule@version
    scope: str
    scenarios: tuple[str, ...]


def coverage(spec: Spec, scenarios: list[Scenario]) -> list[Coverage]:
    by_version: dict[str, list[str]] = {v.ref: [] for v in spec.all_versions()}
    for scenario in scenarios:
        for rule in scenario.rules:
            if rule in by_version:
                by_version[rule].append(scenario.id)
    return [Coverage(v.ref, v.scope, tuple(by_version[v.ref])) for v in spec.all_versions()]


def render_markdown(rows: list[Coverage]) -> str:
    lines = ["| rule version | scope | scenarios |", "|---|---|---|"]
    for row in sorted(rows, key=lambda r: r.version):
        lines.append(f"| `{row.version}` | {row.scope} | {', '.join(row.scenarios) or '**none**'} |")
    return "\n".join(lines) + "\n"
