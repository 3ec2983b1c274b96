"""The rules a decision reads, and the record of which ones it relied on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from yibao.spec.model import Spec
from yibao.spec.policy import Policy, Resolver

from .case import Case
from .result import Unknown


@dataclass
class Decision:
    spec: Spec
    resolver: Resolver
    case: Case
    used: list[str] = field(default_factory=list)
    unverified: bool = False

    def __post_init__(self) -> None:
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
            raise Unknown(rule_id)
        return params

    def peek(self, rule_id: str, region: str | None = None) -> dict[str, Any] | None:
        """Like rule(), but silence is never an error: for parameters that only some regions set."""
        resolved = self.policy(region).get(rule_id)
        if resolved is None:
            return None
        for origin in resolved.versions:
            if origin.version not in self.used:
                self.used.append(origin.version)
            self.unverified = self.unverified or origin.status == "unverified"
        return resolved.params

    def param(self, rule_id: str, params: dict[str, Any] | None, key: str) -> Any:
        """A parameter the decision cannot do without: Unknown when absent or null."""
        value = (params or {}).get(key)
        if value is None:
            raise Unknown(rule_id)
        return value

    def figure(self, name: str) -> int:
        if name not in self.case.figures:
            raise Unknown(f"regional_figures.{name}", "regional_figure_missing")
        return self.case.figures[name]
