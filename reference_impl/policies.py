"""The rules in force for a decision, resolved once per combination of rule versions and shared."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from yibao.spec.model import Spec, Version
from yibao.spec.policy import Policy, Provenance, ResolvedRule, Resolver, _merge


class SharingResolver(Resolver):
    """Resolver's policies (the same rules, parameters and provenance), built from shared rules.

    A rule resolves from the versions of it in force at each level of the region's chain, and no
    more; regions and periods mostly share those (every region without an overlay of its own shares
    the national rule). So each rule is merged once per combination of versions, and a first pass
    over many regions and dates mostly finds it done. Fewer objects kept also leaves less for the
    garbage collector to walk over and over. Policies are read-only, so sharing is safe.
    """

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        self._rules: dict[tuple[str, tuple[int, ...]], ResolvedRule] = {}

    def policy(self, region: str, day: date) -> Policy:
        boundaries = self._boundaries.get(region)
        if boundaries is None:
            boundaries = self._boundaries[region] = self._changes(region)
        key = (region, bisect_right(boundaries, day))
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._resolve(region, day)
        # The rules are shared by the whole period; the day is the one asked about.
        return cached if cached.day == day else Policy(region, day, cached.rules)

    def _resolve(self, region: str, day: date) -> Policy:
        in_force: dict[str, list[Version]] = {}
        for scope in self.spec.chain(region):
            for rule_id, versions in self.spec.versions.get(scope, {}).items():
                version = next((v for v in versions if v.in_force(day)), None)
                if version is not None:
                    in_force.setdefault(rule_id, []).append(version)
        rules = {}
        for rule_id, versions in in_force.items():
            key = (rule_id, tuple(map(id, versions)))  # the spec holds its versions for the resolver's life
            rules[rule_id] = self._rules.get(key) or self._rules.setdefault(key, _resolve_rule(rule_id, versions))
        return Policy(region, day, rules)


def _resolve_rule(rule_id: str, versions: list[Version]) -> ResolvedRule:
    """The versions merged in chain order, national first, as yibao.spec.policy.resolve merges them."""
    resolved = ResolvedRule(rule_id)
    for version in versions:
        origin = Provenance.of(version)
        resolved.versions.append(origin)
        _merge(resolved.params, version.params, resolved.provenance, origin, "")
    return resolved
