"""The conformance features as plain tests of the reference engine, one test per scenario row.

This is the test suite that judges code mutants of reference_impl/ (`yibao mutate --code-only`):
a mutant is killed when some scenario row fails against it.
"""

from __future__ import annotations

import pytest

from reference_impl import engine
from yibao import paths
from yibao.conformance.features import Scenario, load_suite
from yibao.conformance.world import check

SCENARIOS = load_suite(paths.features_dir(), engine.bundled().spec).scenarios


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_scenario(scenario: Scenario) -> None:
    assert check(scenario.expect, engine.bundled().decide(scenario.case), scenario.case) == []
