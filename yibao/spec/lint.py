"""Semantic checks that a JSON Schema cannot express."""

from __future__ import annotations

from calendar import monthrange
from collections import Counter
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from typing import Any

from .model import Spec, Version, Where
from .problems import Problem

# Which vocabulary the ids in each parameter come from.
PARAM_VOCAB = {
    "relationships": "relationships",
    "for_self": "expense_categories",
    "for_family": "expense_categories",
    "prohibited": "expense_categories",
    "historical_only": "expense_categories",
    "allowed_uses": "expense_categories",
    "category": "expense_categories",
}
_LEVELS = {"province": 0, "prefecture": 1, "county": 2}


def lint(spec: Spec) -> list[Problem]:
    checks = (
        _unique_versions,
        _rule_declarations,
        _periods,
        _citations,
        _references,
        _regions,
        _claims,
        _seed_ledgers,
        _checked_sources,
        _counties,
    )
    return [p for check in checks for p in check(spec)]


def stale(spec: Spec, today: date) -> list[Problem]:
    """Warnings, not errors: open-ended versions last confirmed in force more than 12 months before today."""
    year_ago = _months_before(today, 12)
    return [
        _at(v.where, f"warning: {v.ref} was last checked on {v.checked_on}, more than 12 months ago; "
                     "confirm it is still in force and update checked")
        for v in spec.all_versions()
        if v.effective_to is None and v.checked_on is not None and v.checked_on < year_ago
    ]


def _months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def _at(where: Where, message: str) -> Problem:
    return Problem(where.file, where.line, where.col, message)


def _unique_versions(spec: Spec) -> Iterator[Problem]:
    seen: dict[str, Version] = {}
    for v in spec.all_versions():
        if v.ref in seen:
            yield _at(v.where, f"{v.ref}: version label used twice (also at {seen[v.ref].where})")
        seen.setdefault(v.ref, v)


def _rule_declarations(spec: Spec) -> Iterator[Problem]:
    topics = spec.vocab.get("topics", {})
    for rule in spec.rules.values():
        if not rule.title.zh or not rule.title.en:
            yield _at(rule.where, f"{rule.id}: a national rule declaration needs a title in zh and en")
        if rule.topic not in topics:
            yield _at(rule.where, f"{rule.id}: topic {rule.topic!r} is not in spec/vocabulary/topics.yaml")
        elif not rule.id.startswith(rule.topic + "."):
            yield _at(rule.where, f"{rule.id}: a rule in topic {rule.topic!r} must have an id starting {rule.topic}.")
    for scope, by_rule in spec.versions.items():
        for rule_id, versions in by_rule.items():
            if rule_id not in spec.rules and versions:
                yield _at(versions[0].where, f"{rule_id}: not declared (with a title) in spec/national/")
        first = next((vs[0] for vs in by_rule.values() if vs), None)
        if scope != "national" and scope not in spec.regions and first is not None:
            yield _at(first.where, f"scope {scope!r} is not a region in spec/vocabulary/regions.yaml")



def _periods(spec: Spec) -> Iterator[Problem]:
    """Versions of one rule in one scope are in date order and do not overlap."""
    for by_rule in spec.versions.values():
        for rule_id, versions in by_rule.items():
            for v in versions:
                if v.effective_to is not None and v.effective_to < v.effective_from:
                    yield _at(v.where, f"{v.ref}: effective_to {v.effective_to} is before effective_from {v.effective_from}")
            for before, after in pairwise(versions):
                if after.effective_from < before.effective_from:
                    yield _at(after.where, f"{after.ref}: versions of {rule_id} must be listed in date order")
                elif before.effective_to is None or before.effective_to >= after.effective_from:
                    end = before.effective_to or "open end"
                    yield _at(after.where, (
                        f"{after.ref}: period from {after.effective_from} overlaps {before.ref} "
                        f"({before.effective_from} to {end}) in the same scope"
                    ))


def _citations(spec: Spec) -> Iterator[Problem]:
    for v in spec.all_versions():
        if not v.citations:
            yield _at(v.where, f"{v.ref}: cites no source; every dated value needs at least one")
            continue
        tiers = set()
        for c in v.citations:
            source = spec.sources.get(c.source)
            if source is None:
                yield _at(c.where, f"{v.ref}: cites unknown source {c.source!r} (not in spec/sources.yaml)")
                continue
            if source.tier != c.tier:
                yield _at(c.where, f"{v.ref}: cites {c.source} as {c.tier}, but spec/sources.yaml grades it {source.tier}")
            tiers.add(source.tier)
        if tiers == {"T4"}:
            yield _at(v.where, f"{v.ref}: rests on T4 sources alone; a T4 page is never an authority")
        if v.disagreement:
            for key in ("followed", "against"):
                for source_id in v.disagreement[key]:
                    if source_id not in spec.sources:
                        yield _at(v.where, f"{v.ref}: disagreement.{key} names unknown source {source_id!r}")


def _references(spec: Spec) -> Iterator[Problem]:
    refs = {v.ref for v in spec.all_versions()}
    for v in spec.all_versions():
        if v.supersedes and v.supersedes not in refs:
            yield _at(v.where, f"{v.ref}: supersedes {v.supersedes!r}, which is not a version in the spec")
        for key, term_id in _vocabulary_ids(v.params):
            vocabulary = PARAM_VOCAB[key]
            if term_id not in spec.vocab.get(vocabulary, {}):
                yield _at(v.where, f"{v.ref}: params.{key} names {term_id!r}, not in spec/vocabulary/{vocabulary}.yaml")
        for reason in v.params.get("reasons", {}):
            if reason not in spec.vocab.get("withdrawal_reasons", {}):
                yield _at(v.where, f"{v.ref}: params.reasons names {reason!r}, not in spec/vocabulary/withdrawal_reasons.yaml")


def _vocabulary_ids(params: Any, key: str | None = None) -> Iterator[tuple[str, str]]:
    """Every (parameter name, id) pair in params whose values are vocabulary ids."""
    if isinstance(params, dict):
        for k, value in params.items():
            yield from _vocabulary_ids(value, k)
    elif isinstance(params, list) and key in PARAM_VOCAB:
        for item in params:
            if isinstance(item, str):
                yield key, item
    elif isinstance(params, str) and key in PARAM_VOCAB:
        yield key, params


def _regions(spec: Spec) -> Iterator[Problem]:
    for region in spec.regions.values():
        if region.parent is None:
            if region.level != "province":
                yield _at(region.where, f"region {region.code}: a {region.level} needs a parent region")
            continue
        parent = spec.regions.get(region.parent)
        if parent is None:
            yield _at(region.where, f"region {region.code}: parent {region.parent!r} is not a region")
        elif _LEVELS[parent.level] >= _LEVELS[region.level]:
            yield _at(region.where, f"region {region.code}: parent {parent.code} is a {parent.level}, not above a {region.level}")
        elif not region.local_code and not region.code.startswith(parent.code[: 2 * (_LEVELS[parent.level] + 1)]):
            yield _at(region.where, f"region {region.code}: code does not start with its parent's prefix {parent.code}")


def _claims(spec: Spec) -> Iterator[Problem]:
    refs = {v.ref for v in spec.all_versions()}
    counts = Counter((c.seed, c.id) for c in spec.claims)
    for claim in spec.claims:
        if counts[(claim.seed, claim.id)] > 1:
            yield _at(claim.where, f"claim {claim.id}: id used twice in the ledger of {claim.seed}")
        if claim.seed not in spec.sources:
            yield _at(claim.where, f"claim {claim.id}: seed {claim.seed!r} is not in spec/sources.yaml")
        for ref in claim.rules:
            if ref not in refs and ref not in spec.rules:
                yield _at(claim.where, f"claim {claim.id}: rule {ref!r} is neither a rule nor a rule version")
        for source_id in claim.sources:
            if source_id not in spec.sources:
                yield _at(claim.where, f"claim {claim.id}: unknown source {source_id!r}")
        if claim.verdict != "unsupported" and not claim.rules:
            yield _at(claim.where, f"claim {claim.id}: a {claim.verdict} verdict must link the rules that settle it")


def _seed_ledgers(spec: Spec) -> Iterator[Problem]:
    with_claims = {c.seed for c in spec.claims}
    for source in spec.sources.values():
        if source.kind == "seed_article" and source.id not in with_claims:
            yield _at(source.where, f"seed article {source.id} has no claims ledger in spec/claims/")


def _checked_sources(spec: Spec) -> Iterator[Problem]:
    for v in spec.all_versions():
        if v.checked_source is not None and v.checked_source not in spec.sources:
            yield _at(v.where, f"{v.ref}: checked.source {v.checked_source!r} is not in spec/sources.yaml")


def _counties(spec: Spec) -> Iterator[Problem]:
    if spec.counties_source is not None:
        source, where = spec.counties_source
        if source not in spec.sources:
            yield _at(where, f"county list cites unknown source {source!r} (not in spec/sources.yaml)")
