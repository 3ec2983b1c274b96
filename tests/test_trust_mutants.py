"""Spec mutants: what the generator makes, and the gate on what survives the suite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reference_impl import engine
from yibao import paths
from yibao.conformance.steps import STEPS
from yibao.trust.code_mutants import read_results
from yibao.trust.mutate import EQUIVALENTS, read_equivalents
from yibao.trust.spec_mutants import spec_mutants

pytestmark = pytest.mark.xdist_group("trust_mutants")  # under -n, its module fixtures are made by one worker, once

OPEN = Path(__file__).with_name("test_trust_open_spec_mutants.txt")


@pytest.fixture(scope="module")
def spec():  # type: ignore[no-untyped-def]
    return engine.bundled().spec


def test_every_version_gets_every_kind_of_mutant(spec) -> None:  # type: ignore[no-untyped-def]
    mutants = {m.id for m in spec_mutants(spec)}
    for v in spec.all_versions():
        assert {f"{v.ref}:effective_from:-1d", f"{v.ref}:effective_from:+1d"} <= mutants
        if v.effective_to:
            assert {f"{v.ref}:effective_to:-1d", f"{v.ref}:effective_to:+1d"} <= mutants
    wallet = "wallet.model@transfer-2024"
    assert {f"{wallet}:max_transfers_per_day:-1", f"{wallet}:max_transfers_per_day:+1",
            f"{wallet}:can_return_to_personal_account:flip", f"{wallet}:blackout_start:-1min",
            f"{wallet}:relationships:drop=sibling"} <= mutants
    assert "family_aid.scope@2021:relationships:add=sibling" in mutants  # the first term the list lacks
    assert {"settlement.deduction_order@440300-2023-10:between_authorizers:swap=filing_order",
            "settlement.deduction_order@110000-2022-12:between_authorizers:swap=balance_desc"} <= mutants
    assert not [m for m in mutants if ".label." in m or "scope_note" in m]  # labels and notes are not rules


def test_a_mutant_changes_one_version_and_leaves_the_spec_alone(spec) -> None:  # type: ignore[no-untyped-def]
    mutant = next(m for m in spec_mutants(spec) if m.id == "wallet.model@transfer-2024:max_transfers_per_day:+1")
    mutated = mutant.apply(spec)
    before = {v.ref: v for v in spec.all_versions()}
    after = {v.ref: v for v in mutated.all_versions()}
    assert after.keys() == before.keys()
    assert [r for r in before if before[r] != after[r]] == [mutant.version]
    assert after[mutant.version].params["max_transfers_per_day"] == 4
    assert before[mutant.version].params["max_transfers_per_day"] == 3


def test_every_step_definition_is_used_by_some_scenario() -> None:
    from gherkin.parser import Parser
    from gherkin.pickles.compiler import Compiler

    texts = [step["text"] for path in sorted(paths.features_dir().rglob("*.feature"))
             for pickle in Compiler().compile({**Parser().parse(path.read_text(encoding="utf-8")), "uri": path.name})
             for step in pickle["steps"]]
    unused = [pattern for pattern, parser, _ in STEPS if not any(parser.parse(text) for text in texts)]
    assert unused == []


def test_the_spec_mutant_gate(yibao, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`yibao mutate --spec-only`, as users run it. Every spec mutant is killed, listed as equivalent with
    a reason, or on the open list, which may only shrink: a new survivor (say, a new rule version without
    margin scenarios) fails here, and so does a listed mutant that is now killed (take it off the list)."""
    done = yibao("mutate", "--spec-only", "--report", str(tmp_path))
    report = json.loads((tmp_path / "mutation.json").read_text(encoding="utf-8"))
    (score,) = report["scores"]
    survivors = {v["id"]: v for v in score["survivors"]}
    equivalents, problems = read_equivalents(paths.features_dir() / EQUIVALENTS)
    assert problems == [] and sorted(set(equivalents) - set(survivors)) == []  # no stale entry
    still_open = {i for i, v in survivors.items() if v["equivalent"] is None}
    listed = set(OPEN.read_text(encoding="utf-8").split())
    assert sorted(still_open - listed) == [], "new surviving spec mutants: add margin scenarios"
    assert sorted(listed - still_open) == [], f"now killed: remove them from {OPEN.name}"
    assert done.returncode == (1 if still_open else 0), done.stderr
    markdown = (tmp_path / "mutation.md").read_text(encoding="utf-8")
    assert f"| spec | {score['total']} | {score['killed']} | {score['equivalent']} |" in markdown


def test_code_mutant_results_are_read_from_mutmut(tmp_path: Path) -> None:
    meta = tmp_path / "mutants" / "reference_impl" / "settle.py.meta"
    meta.parent.mkdir(parents=True)
    meta.write_text(json.dumps({"exit_code_by_key": {
        "reference_impl.settle.x__order__mutmut_1": 1, "reference_impl.settle.x__order__mutmut_2": 0,
        "reference_impl.settle.x_settle__mutmut_1": 36, "reference_impl.settle.x_settle__mutmut_2": None}}), encoding="utf-8")
    score = read_results(tmp_path, 1.0)
    assert (score.total, score.killed, round(score.percent)) == (3, 2, 67)
    assert [(v.id, v.where) for v in score.survivors] == [
        ("reference_impl.settle.x__order__mutmut_2", "reference_impl/settle.py, function _order")]


def test_equivalents_must_give_a_reason(tmp_path: Path) -> None:
    listed = tmp_path / EQUIVALENTS
    listed.write_text('equivalent:\n  - mutant: "a:b:flip"\n  - mutant: "a:b:flip"\n    reason: ""\n', encoding="utf-8")
    found, problems = read_equivalents(listed)
    assert found == {} and len(problems) == 2
