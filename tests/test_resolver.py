"""The Resolver's caches (per scope and period of its chain, per rule and version laid over it)
give what resolving from scratch gives, on any day in any region, and the day asked about."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from reference_impl.engine import bundled
from yibao.spec.policy import Resolver, resolve

SPEC = bundled().spec
RESOLVER = Resolver(SPEC)  # shared across examples, as in a run: later examples find the caches filled
# Days where rules change, and the days either side, so that every period boundary is crossed.
CHANGES = sorted({v.effective_from + timedelta(days=d) for versions in SPEC.versions.values()
                  for vs in versions.values() for v in vs for d in (-1, 0, 1)})


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(sorted(SPEC.regions)), st.sampled_from(CHANGES) | st.dates(date(2015, 1, 1), date(2027, 12, 31)))
def test_a_cached_policy_is_the_policy_resolved_from_scratch(region: str, day: date) -> None:
    cached, fresh = RESOLVER.policy(region, day), resolve(SPEC, region, day)
    assert cached.day == day and cached.region == region
    assert cached.rules == fresh.rules
