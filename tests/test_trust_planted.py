"""The demonstration: three planted bugs of different kinds, each run as an external command through
`yibao conform --impl`, each caught by at least two scenario rows, and each found by `--fuzz`, which
prints a shrunk Gherkin counterexample that the reference passes and the planted implementation fails."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reference_impl import engine
from tests.conftest import ROOT, yibao_command
from yibao.conformance.features import compile_feature
from yibao.conformance.steps import Labels
from yibao.conformance.world import check

PLANTED = {  # the scenarios each bug must fail, by id prefix
    "date": ("scope-shenzhen-2024-11", "settle-shenzhen-sibling-from-2024-11"),  # Shenzhen's wider circle starts a day late
    "limit": ("wallet-transfer-limits",),  # four transfers a day instead of three
    "order": ("order-shenzhen-balance",),  # lowest balance first where the rule says highest
}


@pytest.mark.parametrize("kind", PLANTED)
def test_a_planted_bug_is_caught_by_the_suite_and_by_the_fuzzer(kind: str, tmp_path: Path) -> None:
    impl = f"{sys.executable} {ROOT / 'tests' / 'impls' / f'planted_{kind}.py'}"
    done = subprocess.run([*yibao_command(), "conform", "--impl", impl, "--report", str(tmp_path), "--fuzz", "10000",
                           "--seed", "1"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr

    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    failed = [r["id"] for r in summary["results"] if r["state"] == "failed"]
    assert len(failed) >= 2 and all(f.startswith(PLANTED[kind]) for f in failed), failed

    fuzz = json.loads((tmp_path / "fuzz.json").read_text(encoding="utf-8"))
    found = fuzz["counterexample"]
    assert found is not None and found["problems"], fuzz
    assert found["gherkin"] in done.stdout  # printed for the reader, and kept in the report

    feature = tmp_path / "counterexample.feature"
    spec = engine.bundled().spec
    scenarios, problems = compile_feature(feature, tmp_path, Labels.of(spec))
    assert problems == [] and len(scenarios) == 1
    scenario = scenarios[0]
    assert scenario.case == found["case"]  # the Gherkin builds exactly the case that disagreed
    assert check(scenario.expect, engine.bundled().decide(scenario.case), scenario.case) == []
    assert check(scenario.expect, found["implementation"]["result"], scenario.case) != []
    assert scenario.tagged("rule") and scenario.tagged("source") and scenario.regions == [scenario.case["region"]]
