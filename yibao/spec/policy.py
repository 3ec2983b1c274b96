"""Resolve the rules in force at one place on one date, with the provenance of every value.

National rules come first; each province and then city overlay in force on that date is
merged over them. Mappings merge key by key; lists and scalars replace. A level with no
version in force on the date is silent, and the level above it speaks.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .model import Spec, Version


@dataclass(frozen=True)
class Provenance:
    version: str  # rule@version
    scope: str
    file: str
    line: int
    effective_from: date
    effective_to: date | None
    status: str
    sources: tuple[tuple[str, str], ...]  # (source id, tier)

    @classmethod
    def of(cls, v: Version) -> Provenance:
        return cls(v.ref, v.scope, v.where.file, v.where.line, v.effective_from, v.effective_to, v.status,
                   tuple((c.source, c.tier) for c in v.citations))

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "scope": self.scope,
            "file": f"{self.file}:{self.line}",
            "effective_from": self.effective_from.isoformat(),
            "effective_to": self.effective_to.isoformat() if self.effective_to else None,
            "verification": self.status,
            "sources": [{"id": s, "tier": t} for s, t in self.sources],
        }


@dataclass
class ResolvedRule:
    rule_id: str
    params: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, Provenance] = field(default_factory=dict)  # dotted parameter path → where it came from
    versions: list[Provenance] = field(default_factory=list)  # national first


@dataclass
class Policy:
    region: str
    day: date
    rules: dict[str, ResolvedRule]

    def get(self, rule_id: str) -> ResolvedRule | None:
        return self.rules.get(rule_id)

    def to_json(self, spec: Spec) -> dict[str, Any]:
        region = spec.regions[self.region]
        return {
            "region": {"code": region.code, "zh": region.label.zh, "en": region.label.en},
            "date": self.day.isoformat(),
            "chain": spec.chain(self.region),
            "rules": {
                rule_id: {
                    "title": {"zh": spec.rules[rule_id].title.zh, "en": spec.rules[rule_id].title.en},
                    "params": resolved.params,
                    "provenance": {path: p.to_json() for path, p in sorted(resolved.provenance.items())},
                }
                for rule_id, resolved in sorted(self.rules.items())
            },
            "silent": sorted(set(spec.rules) - set(self.rules)),
        }


def resolve(spec: Spec, region: str, day: date) -> Policy:
    """The rules in force in region on day. Raises KeyError for an unknown region."""
    if region not in spec.regions:
        raise KeyError(region)
    return Policy(region, day, {rule_id: resolve_rule(rule_id, versions) for rule_id, versions in in_force(spec, region, day).items()})


def in_force(spec: Spec, region: str, day: date) -> dict[str, list[Version]]:
    """For each rule, the versions in force on day along the region's chain, national first."""
    found: dict[str, list[Version]] = {}
    for scope in spec.chain(region):
        for rule_id, versions in spec.versions.get(scope, {}).items():
            version = next((v for v in versions if v.in_force(day)), None)
            if version is not None:
                found.setdefault(rule_id, []).append(version)
    return found


def resolve_rule(rule_id: str, versions: list[Version]) -> ResolvedRule:
    """The versions merged in chain order: a regional overlay over the national rule, key by key."""
    resolved = ResolvedRule(rule_id)
    for version in versions:
        origin = Provenance.of(version)
        resolved.versions.append(origin)
        _merge(resolved.params, version.params, resolved.provenance, origin, "")
    return resolved


def _merge(target: dict[str, Any], overlay: dict[str, Any], provenance: dict[str, Provenance],
           origin: Provenance, prefix: str) -> None:
    """Merge overlay into target. Leaves (lists, scalars) are shared with the spec, not copied:
    a policy's params are read-only."""
    for key, value in overlay.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:  # provenance is kept per leaf, so mappings are always walked
            if not isinstance(target.get(key), dict):
                provenance.pop(path, None)
                target[key] = {}
            _merge(target[key], value, provenance, origin, path + ".")
            continue
        if isinstance(target.get(key), dict):  # a mapping replaced by a leaf: forget its leaves' provenance
            for stale in [p for p in provenance if p.startswith(path + ".")]:
                del provenance[stale]
        target[key] = {} if isinstance(value, dict) else value  # an empty mapping may be merged into later
        provenance[path] = origin


class Resolver:
    """Resolves policies, computing each (region, period between two rule changes) only once.

    A policy can change only on a day some version in the region's chain starts or ends, so
    every date between two such days shares one Policy object. What each scope of the chain has in
    force is kept per period of that scope, so the national rules are looked up once per national
    period, not once per region. Each rule, too, is merged once per combination of versions in force
    and shared across regions and periods (every region without an overlay of its own shares the
    national rule): a first pass over many regions and dates mostly finds it done, and fewer objects
    leave less for the garbage collector to walk. Policies are read-only, so sharing is safe.
    """

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._boundaries: dict[str, tuple[list[str], list[date]]] = {}  # region → its chain, and the days rules change
        self._cache: dict[tuple[str, int], Policy] = {}
        self._rules: dict[tuple[str, tuple[int, ...]], ResolvedRule] = {}
        self._scope_days: dict[str, list[date]] = {}
        self._scope_rules: dict[tuple[str, int], dict[str, Version]] = {}

    def policy(self, region: str, day: date) -> Policy:
        known = self._boundaries.get(region)
        if known is None:
            known = self._boundaries[region] = self._changes(region)
        chain, boundaries = known
        key = (region, bisect_right(boundaries, day))
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._resolve(region, chain, day)
        # The rules are shared by the whole period; the day is the one asked about.
        return cached if cached.day == day else Policy(region, day, cached.rules)

    def _resolve(self, region: str, chain: list[str], day: date) -> Policy:
        found: dict[str, list[Version]] = {}
        for scope in chain:  # national first, as in_force()
            for rule_id, version in self._in_scope(scope, day).items():
                found.setdefault(rule_id, []).append(version)
        rules = {}
        for rule_id, versions in found.items():
            key = (rule_id, tuple(map(id, versions)))  # the spec holds its versions for the resolver's life
            rules[rule_id] = self._rules.get(key) or self._rules.setdefault(key, resolve_rule(rule_id, versions))
        return Policy(region, day, rules)

    def _in_scope(self, scope: str, day: date) -> dict[str, Version]:
        """The version of each rule that one scope has in force on day, kept per period of the scope."""
        days = self._scope_days.get(scope)
        if days is None:
            days = self._scope_days[scope] = _days_of_change(self.spec.versions.get(scope, {}).values())
        key = (scope, bisect_right(days, day))
        found = self._scope_rules.get(key)
        if found is None:
            found = self._scope_rules[key] = {}
            for rule_id, versions in self.spec.versions.get(scope, {}).items():
                version = next((v for v in versions if v.in_force(day)), None)
                if version is not None:
                    found[rule_id] = version
        return found

    def _changes(self, region: str) -> tuple[list[str], list[date]]:
        if region not in self.spec.regions:
            raise KeyError(region)
        chain = self.spec.chain(region)
        return chain, _days_of_change(versions for scope in chain for versions in self.spec.versions.get(scope, {}).values())


def _days_of_change(rules: Iterable[list[Version]]) -> list[date]:
    """The days on which some of these versions start or stop being in force, in order."""
    days = set()
    for versions in rules:
        for v in versions:
            days.add(v.effective_from)
            if v.effective_to is not None:
                days.add(v.effective_to + timedelta(days=1))
    return sorted(days)
