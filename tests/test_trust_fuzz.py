"""Differential fuzzing in process: the reference agrees with itself, a seed fixes the run, and a
disagreement comes back shrunk, as Gherkin that builds the very case that disagreed."""

from __future__ import annotations

from pathlib import Path

import pytest

from reference_impl import engine
from yibao.conformance.features import compile_feature
from yibao.conformance.steps import Labels
from yibao.conformance.world import check
from yibao.trust.fuzz import Vocabulary, fuzz
from yibao.trust.oracle import Reference
from yibao.trust.spec_mutants import spec_mutants

pytestmark = pytest.mark.xdist_group("trust_fuzz")  # under -n, its module fixtures are made by one worker, once


@pytest.fixture(scope="module")
def spec():  # type: ignore[no-untyped-def]
    return engine.bundled().spec


def mutant(spec, mutant_id: str) -> Reference:  # type: ignore[no-untyped-def]
    return Reference(next(m for m in spec_mutants(spec) if m.id == mutant_id).apply(spec))


def test_the_reference_agrees_with_itself(spec) -> None:  # type: ignore[no-untyped-def]
    run = fuzz(spec, Reference(spec), 300, seed=7)
    assert run.cases == 300 and run.counterexample is None and run.problem is None


def test_dates_are_drawn_at_every_edge(spec) -> None:  # type: ignore[no-untyped-def]
    vocab = Vocabulary.of(spec)
    assert len(vocab.targets) == len(spec.all_versions())
    shenzhen = next(t for t in vocab.targets if t.regions == ("440300",) and t.rule == "family_aid.scope"
                    and str(t.days[0]) == "2024-11-01")
    assert [str(d) for d in shenzhen.days] == ["2024-11-01", "2024-10-31", "2024-11-02"]


def test_a_seed_fixes_the_run_and_the_counterexample(spec, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    swapped = "settlement.deduction_order@440300-2023-10:between_authorizers:swap=filing_order"
    first = fuzz(spec, mutant(spec, swapped), 5000, seed=3)
    second = fuzz(spec, mutant(spec, swapped), 5000, seed=3)
    assert first.counterexample is not None and second.counterexample is not None
    assert first.cases == second.cases
    assert first.counterexample.gherkin == second.counterexample.gherkin
    assert len(first.counterexample.steps) <= len(first.shrunk_from)

    feature = tmp_path / "counterexample.feature"
    feature.write_text(first.counterexample.gherkin, encoding="utf-8")
    scenarios, problems = compile_feature(feature, tmp_path, Labels.of(spec))
    assert problems == [] and scenarios[0].case == first.counterexample.case
    assert "@region:440300" in first.counterexample.gherkin
    assert "@rule:settlement.deduction_order:440300-2023-10" in first.counterexample.gherkin
    assert check(scenarios[0].expect, engine.bundled().decide(scenarios[0].case), scenarios[0].case) == []


def test_an_implementation_that_cannot_start_is_reported(spec) -> None:  # type: ignore[no-untyped-def]
    import sys

    from yibao.harness.supervise import Command

    run = fuzz(spec, Command(f"{sys.executable} -c pass", 2.0, 0), 10, seed=0)  # exits before answering start
    assert run.problem and run.counterexample is None and run.cases == 0
