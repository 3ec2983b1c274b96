"""The spec as typed data: what the YAML files say, after validation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Label:
    zh: str
    en: str


@dataclass(frozen=True)
class Where:
    """A place in a spec file, for messages and provenance."""

    file: str
    line: int
    col: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Term:
    id: str
    label: Label
    note: str | None
    where: Where


@dataclass(frozen=True)
class Region:
    code: str
    level: str
    parent: str | None
    label: Label
    code_verified: bool
    local_code: bool
    where: Where


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    issuer: str
    kind: str
    tier: str
    url: str | None
    doc_number: str | None
    published: str | None
    where: Where


@dataclass(frozen=True)
class Citation:
    source: str
    tier: str
    quote: str | None
    paraphrase: str | None
    where: Where


@dataclass(frozen=True)
class Version:
    rule_id: str
    label: str
    scope: str  # "national" or a region code
    effective_from: date
    effective_to: date | None  # last day in force, inclusive
    from_certainty: str
    to_certainty: str
    params: dict[str, Any]
    citations: tuple[Citation, ...]
    status: str
    note: str | None
    supersedes: str | None
    disagreement: dict[str, Any] | None
    where: Where
    checked_on: date | None = None  # when an open-ended version was last confirmed in force
    checked_source: str | None = None  # the source read that day

    @property
    def ref(self) -> str:
        return f"{self.rule_id}@{self.label}"

    def in_force(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)


@dataclass(frozen=True)
class RuleDecl:
    """A rule as declared nationally: its id, titles, and what silence means."""

    id: str
    topic: str
    title: Label
    description: Label | None
    when_silent: str  # "unknown" or "no_restriction"
    where: Where


@dataclass(frozen=True)
class Claim:
    id: str
    seed: str
    scorecard: int | None
    quote: str
    claim: Label
    verdict: str
    evidence: Label
    rules: tuple[str, ...]
    sources: tuple[str, ...]
    where: Where


@dataclass
class Spec:
    """Everything in spec/, indexed for lookups."""

    vocab: dict[str, dict[str, Term]] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    rules: dict[str, RuleDecl] = field(default_factory=dict)
    versions: dict[str, dict[str, list[Version]]] = field(default_factory=dict)  # scope → rule id → versions
    claims: list[Claim] = field(default_factory=list)
    counties: dict[str, str] = field(default_factory=dict)  # every valid county-level code → its name
    counties_source: tuple[str, Where] | None = None  # the data set the county list was taken from

    def chain(self, code: str) -> list[str]:
        """Scopes from national down to the region: ["national", province, prefecture, ...]."""
        scopes: list[str] = []
        current: str | None = code
        while current is not None and current not in scopes:
            scopes.append(current)
            current = self.regions[current].parent if current in self.regions else None
        return ["national", *reversed(scopes)]

    def nearest_region(self, code: str) -> str | None:
        """The region whose rules apply at code: the code itself when it is a region, else, for a
        valid county code, its prefecture or else its province. None for a code the spec does not know."""
        if code in self.regions:
            return code
        if code not in self.counties:
            return None
        return next((c for c in (code[:4] + "00", code[:2] + "0000") if c in self.regions), None)

    def all_versions(self) -> list[Version]:
        return [v for by_rule in self.versions.values() for vs in by_rule.values() for v in vs]
