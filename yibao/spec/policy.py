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
    resolved = None
    for version in versions:
        resolved = overlay(resolved, rule_id, version)
    return resolved or ResolvedRule(rule_id)


def overlay(below: ResolvedRule | None, rule_id: str, version: Version) -> ResolvedRule:
    """The rule below (None: nothing yet) with one more version merged over it. The rule below is
    left as it was: it may be shared by other regions and periods."""
    origin = Provenance.of(version)
    if below is None:
        resolved = ResolvedRule(rule_id, versions=[origin])
    else:
        resolved = ResolvedRule(rule_id, _mappings_copied(below.params), dict(below.provenance), [*below.versions, origin])
    _merge(resolved.params, version.params, resolved.provenance, origin, "")
    return resolved


def _mappings_copied(params: dict[str, Any]) -> dict[str, Any]:
    """A copy whose mappings are new, as _merge writes into them, and whose leaves are shared."""
    return {key: _mappings_copied(value) if isinstance(value, dict) else value for key, value in params.items()}


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

    A policy can change only on a day some version in the region's chain starts or ends, so every
    date between two such days shares one Policy object. A region's policy is its parent's policy
    with the region's own versions in force laid over it, so it is built from the cached policy
    above it: a region with no version of its own in force shares its parent's rules whole, and one
    with a few copies its parent's table and lays only those over it. Each such overlay is made once
    and shared by every period and region that has it. Policies are read-only, so sharing is safe.
    """

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._chains: dict[str, list[str]] = {}  # region → its scopes, national first
        self._days: dict[str, list[date]] = {}  # scope → the days on which a rule along its chain changes
        self._layers: dict[tuple[str, int], Policy] = {}  # (scope, period of its chain) → what is in force there
        self._rules: dict[tuple[int, int], ResolvedRule] = {}  # (rule below, version laid over it) → the result

    def policy(self, region: str, day: date) -> Policy:
        chain = self._chains.get(region)
        if chain is None:
            if region not in self.spec.regions:
                raise KeyError(region)
            chain = self._chains[region] = self.spec.chain(region)
        found = self._layer(chain, len(chain), day)
        # The rules are shared by the whole period; the day is the one asked about.
        return found if found.day == day else Policy(region, day, found.rules)

    def _layer(self, chain: list[str], depth: int, day: date) -> Policy:
        """What is in force on day at chain[depth - 1], the chain's first depth scopes laid in order."""
        scope = chain[depth - 1]
        key = (scope, bisect_right(self._days_along(chain, depth), day))
        found = self._layers.get(key)
        if found is None:
            below = self._layer(chain, depth - 1, day).rules if depth > 1 else {}
            found = self._layers[key] = Policy(scope, day, self._lay(scope, day, below))
        return found

    def _lay(self, scope: str, day: date, below: dict[str, ResolvedRule]) -> dict[str, ResolvedRule]:
        """The rules below with the versions this scope has in force on day laid over them."""
        rules = below
        for rule_id, versions in self.spec.versions.get(scope, {}).items():
            version = next((v for v in versions if v.in_force(day)), None)
            if version is None:
                continue
            if rules is below:
                rules = dict(below)
            under = below.get(rule_id)
            key = (id(under), id(version))  # both live as long as the resolver: the spec and this cache hold them
            rules[rule_id] = self._rules.get(key) or self._rules.setdefault(key, overlay(under, rule_id, version))
        return rules

    def _days_along(self, chain: list[str], depth: int) -> list[date]:
        """The days on which a rule of the chain's first depth scopes changes, in order; kept per scope."""
        scope = chain[depth - 1]
        days = self._days.get(scope)
        if days is None:
            own = _days_of_change(self.spec.versions.get(scope, {}).values())
            days = self._days[scope] = sorted({*self._days_along(chain, depth - 1), *own}) if depth > 1 else own
        return days


def _days_of_change(rules: Iterable[list[Version]]) -> list[date]:
    """The days on which some of these versions start or stop being in force, in order."""
    days = set()
    for versions in rules:
        for v in versions:
            days.add(v.effective_from)
            if v.effective_to is not None:
                days.add(v.effective_to + timedelta(days=1))
    return sorted(days)
