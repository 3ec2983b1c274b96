"""The rules a decision reads, and the record of which ones it relied on."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from yibao.spec.model import Spec
from yibao.spec.policy import Policy, Provenance, ResolvedRule, Resolver

from .case import Case
from .result import Fact, Step, Unknown


@dataclass
class Decision:
    spec: Spec
    resolver: Resolver
    case: Case
    used: dict[str, None] = field(default_factory=dict)  # the versions relied on, in the order first read
    unverified: bool = False
    _noted: dict[tuple[str, str | None], ResolvedRule | None] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.case.national:
            self._home = national_policy(self.spec, self.case.day)
        else:
            self._home = self.resolver.policy(self.case.region, self.case.day)

    def policy(self, region: str | None = None) -> Policy:
        if region is None or region == self.case.region:
            return self._home
        return self.resolver.policy(region, self.case.day)

    def rule(self, rule_id: str, region: str | None = None) -> dict[str, Any] | None:
        """The resolved parameters of a rule, noting its versions as relied on.

        Raises Unknown when the rule is silent and silence means the spec does not know;
        returns None when silence means there is no such restriction.
        """
        params = self.peek(rule_id, region)
        if params is None and self.spec.rules[rule_id].when_silent == "unknown":
            raise Unknown(rule_id, fact=self.where(region))
        return params

    def peek(self, rule_id: str, region: str | None = None) -> dict[str, Any] | None:
        """Like rule(), but silence is never an error: for parameters that only some regions set."""
        resolved = self._note(rule_id, region)
        return None if resolved is None else resolved.params

    def _note(self, rule_id: str, region: str | None) -> ResolvedRule | None:
        """The rule in force, its versions noted as relied on; looked up once per decision, as rules are
        read again and again."""
        key = (rule_id, region)
        if key in self._noted:
            return self._noted[key]
        resolved = self._noted[key] = self.policy(region).get(rule_id)
        if resolved is not None:
            for origin in resolved.versions:
                self.used.setdefault(origin.version)
                self.unverified = self.unverified or origin.status == "unverified"
        return resolved

    def param(self, rule_id: str, params: dict[str, Any] | None, key: str) -> Any:
        """A parameter the decision cannot do without: Unknown when absent or null."""
        value = (params or {}).get(key)
        if value is None:
            raise Unknown(rule_id, fact=self.where())
        return value

    def where(self, region: str | None = None) -> Fact:
        """The fact that decides which rules are in force: the region (and the day, in $.as_of)."""
        return Fact("$.region", region or self.case.region)

    def figure(self, name: str, rule_id: str) -> int:
        """A figure the case must supply for rule_id; Unknown (regional_figure_missing) when it does not."""
        if name not in self.case.figures:
            raise Unknown(rule_id, "regional_figure_missing", Fact(f"$.regional_figures.{name}", None))
        return self.case.figures[name]

    def version(self, rule_id: str, region: str | None = None) -> str:
        """The most specific version of rule_id in force (rule@version), or the bare id when none is."""
        resolved = self._note(rule_id, region)
        if resolved is None:  # read and found silent: the bare id is what the decision relied on
            self.used.setdefault(rule_id)
            return rule_id
        return resolved.versions[-1].version

    def why(self, reason: str, rule_id: str, path: str, value: object, region: str | None = None) -> Step:
        """A step of the explanation that draws nothing: this reason, under this rule, because of this fact."""
        return Step(reason, self.version(rule_id, region), Fact(path, value))

    def fact(self, pid: str, *parts: str) -> Fact:
        """A fact about a person: the JSON path in the case, and the value found there."""
        value: object = getattr(self.case.persons[pid], parts[0])
        for part in parts[1:]:
            value = value.get(part) if isinstance(value, dict) else None
        return Fact(self.case.person_path(pid, *parts), value)


def national_policy(spec: Spec, day: date) -> Policy:
    """The national rules alone, for a national-only question (no region's overlay applies)."""
    rules = {}
    for rule_id, versions in spec.versions.get("national", {}).items():
        version = next((v for v in versions if v.in_force(day)), None)
        if version is not None:
            origin = Provenance.of(version)
            rules[rule_id] = ResolvedRule(rule_id, copy.deepcopy(version.params),
                                          {key: origin for key in version.params}, [origin])
    return Policy("national", day, rules)
