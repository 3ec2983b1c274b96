"""Spec mutants: small, plausible mistakes in the rules, derived from the loaded Spec in memory.

No library mutates YAML rules, so the operators are ours. For every rule version: each boundary
date one day earlier and later, each integer one unit down and up, each boolean flipped, each list
item dropped and one missing item added, and each strategy name swapped for the others the same
parameter takes elsewhere in the spec. A mutant is a new Spec sharing everything but one version.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from yibao.spec.model import Spec, Version

Path = tuple[str | int, ...]
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CLOCK = re.compile(r"^\d{2}:\d{2}$")
MONTH_DAY = re.compile(r"^\d{2}-\d{2}$")
STRATEGY = re.compile(r"^[a-z][a-z0-9_.]*$")  # an identifier the engine acts on, not a label or a note


@dataclass(frozen=True)
class SpecMutant:
    id: str  # stable: version ref, what and how, e.g. "family_aid.scope@2024:effective_from-1d"
    version: str  # rule@version
    where: str  # file:line of the version
    field: str  # "effective_from" or a dotted parameter path
    change: str  # in words: "2024-12-09 → 2024-12-08"
    mutated: Version

    def apply(self, spec: Spec) -> Spec:
        """The spec with this one version replaced; everything else is shared, nothing is written."""
        versions = dict(spec.versions)
        scope = self.mutated.scope
        by_rule = dict(versions[scope])
        by_rule[self.mutated.rule_id] = [self.mutated if v.ref == self.version else v
                                         for v in by_rule[self.mutated.rule_id]]
        versions[scope] = by_rule
        return replace(spec, versions=versions)


def spec_mutants(spec: Spec) -> list[SpecMutant]:
    siblings = _values_by_key(spec)
    mutants: list[SpecMutant] = []
    for version in spec.all_versions():
        for name, before, after, mutated in _mutations(spec, version, siblings):
            mutants.append(SpecMutant(f"{version.ref}:{name}", version.ref, str(version.where),
                                      name.rsplit(":", 1)[0], f"{before} → {after}", mutated))
    return mutants


def _mutations(spec: Spec, v: Version, siblings: dict[str, list[Any]]) -> Iterator[tuple[str, str, str, Version]]:
    for step in (-1, 1):
        moved = v.effective_from + timedelta(days=step)
        yield f"effective_from:{step:+d}d", str(v.effective_from), str(moved), replace(v, effective_from=moved)
        if v.effective_to is not None:
            moved = v.effective_to + timedelta(days=step)
            yield f"effective_to:{step:+d}d", str(v.effective_to), str(moved), replace(v, effective_to=moved)
    for path, value in _leaves(v.params):
        dotted = ".".join(map(str, path))
        for suffix, after in _variants(spec, path, value, siblings):
            yield f"{dotted}:{suffix}", _show(value), _show(after), replace(v, params=_set(v.params, path, after))


def _variants(spec: Spec, path: Path, value: Any, siblings: dict[str, list[Any]]) -> Iterator[tuple[str, Any]]:
    """Every mutation of one parameter value, each named by a suffix unique for that parameter."""
    if isinstance(value, bool):
        yield "flip", not value
    elif isinstance(value, int):
        yield "-1", value - 1
        yield "+1", value + 1
    elif isinstance(value, str) and DAY.match(value):
        day = date.fromisoformat(value)
        yield "-1d", (day - timedelta(days=1)).isoformat()
        yield "+1d", (day + timedelta(days=1)).isoformat()
    elif isinstance(value, str) and CLOCK.match(value):
        moment = datetime.strptime(value, "%H:%M")
        yield "-1min", (moment - timedelta(minutes=1)).strftime("%H:%M")
        yield "+1min", (moment + timedelta(minutes=1)).strftime("%H:%M")
    elif isinstance(value, str) and MONTH_DAY.match(value):
        day = date.fromisoformat(f"2001-{value}")  # a year that is not a leap year
        yield "-1d", (day - timedelta(days=1)).strftime("%m-%d")
        yield "+1d", (day + timedelta(days=1)).strftime("%m-%d")
    elif isinstance(value, str) and STRATEGY.match(value):
        for other in siblings.get(str(path[-1]), []):
            if isinstance(other, str) and other != value:
                yield f"swap={other}", other
    elif isinstance(value, list):
        if all(isinstance(item, int) and not isinstance(item, bool) for item in value):
            for i, item in enumerate(value):  # numeric ranges such as [3, 12] months
                yield f"[{i}]-1", [*value[:i], item - 1, *value[i + 1:]]
                yield f"[{i}]+1", [*value[:i], item + 1, *value[i + 1:]]
            return
        for item in value:
            yield f"drop={item}", [x for x in value if x != item]
        missing = next((term for term in _pool(spec, path, value, siblings) if term not in value), None)
        if missing is not None:
            yield f"add={missing}", [*value, missing]


def _pool(spec: Spec, path: Path, value: list[Any], siblings: dict[str, list[Any]]) -> list[Any]:
    """Where an added item comes from: first what the same key lists elsewhere in the spec (a plausible
    mistake: Shenzhen's circle copied into Beijing's), then the rest of the vocabulary the list draws on."""
    key = str(path[-1])
    pool = [item for other in siblings.get(key, []) if isinstance(other, list) for item in other]
    for name, terms in spec.vocab.items():
        if (value and all(item in terms for item in value)) or (not value and key == name):
            pool += list(terms)
    return pool


def _leaves(params: dict[str, Any], prefix: Path = ()) -> Iterator[tuple[Path, Any]]:
    for key, value in params.items():
        if isinstance(value, dict):
            yield from _leaves(value, (*prefix, key))
        elif value is not None:
            yield (*prefix, key), value


def _values_by_key(spec: Spec) -> dict[str, list[Any]]:
    """Every value each parameter name takes across the spec, first seen first: the strategies to swap."""
    seen: dict[str, list[Any]] = {}
    for v in spec.all_versions():
        for path, value in _leaves(v.params):
            bucket = seen.setdefault(str(path[-1]), [])
            if value not in bucket:
                bucket.append(value)
    return seen


def _set(params: dict[str, Any], path: Path, value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(params)
    target: Any = changed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return changed


def _show(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)
