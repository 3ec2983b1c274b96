"""Every scenario can fail: a lying implementation fails all of them, and breaking any rule area of
the engine turns some scenario red."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reference_impl import contributions, engine, family, settle, wallet, withdraw
from reference_impl.result import Result
from tests.conftest import yibao_command
from yibao import paths
from yibao.conformance.coverage import coverage
from yibao.conformance.features import load_suite
from yibao.conformance.world import Expectation, check

pytestmark = pytest.mark.xdist_group("suite_can_fail")  # under -n, its module fixtures are made by one worker, once

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def suite():  # type: ignore[no-untyped-def]
    return load_suite(paths.features_dir(), engine.bundled().spec)


def failing(suite) -> list[str]:  # type: ignore[no-untyped-def]
    decide = engine.bundled().decide
    return [s.id for s in suite.scenarios if check(s.expect, decide(s.case), s.case)]


def test_the_suite_is_clean_and_large(suite) -> None:  # type: ignore[no-untyped-def]
    assert suite.problems == []
    assert len(suite.scenarios) >= 150
    assert failing(suite) == []


def test_every_rule_version_has_a_scenario(suite) -> None:  # type: ignore[no-untyped-def]
    uncovered = [c.version for c in coverage(engine.bundled().spec, suite.scenarios) if not c.scenarios]
    assert uncovered == []


def test_a_lying_implementation_fails_every_scenario(tmp_path: Path) -> None:
    liar = f"{sys.executable} {ROOT / 'tests' / 'impls' / 'misbehave.py'} liar"
    subprocess.run([*yibao_command(), "conform", "--impl", liar, "--report", str(tmp_path)], cwd=ROOT,
                   capture_output=True, text=True, timeout=300)
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert summary["footer"]["failed"] == summary["footer"]["total"] >= 150


def test_a_stated_reason_for_an_account_not_drawn_is_judged_on_the_explanation() -> None:
    expect = Expectation(not_drawn={"甲": "account_empty"})
    assert check(expect, {"explanation": [{"reason": "account_empty", "person": "甲", "drawn": False}]}, {}) == []
    for wrong in ({}, {"explanation": 5}, {"explanation": ["x", None]},
                  {"explanation": [{"reason": "account_empty", "person": "甲", "drawn": True}]},
                  {"explanation": [{"reason": "account_empty", "person": "乙", "drawn": False}]},
                  {"explanation": [{"reason": "own_balance_gate", "person": "甲", "drawn": False}]}):
        problems = check(expect, wrong, {})
        assert len(problems) == 1 and "甲's account was not drawn for 'account_empty'" in problems[0], wrong


def test_without_an_explanation_only_the_scenarios_that_ask_for_one_fail(suite) -> None:  # type: ignore[no-untyped-def]
    decide = engine.bundled().decide
    failed = {s.id for s in suite.scenarios
              if check(s.expect, {k: v for k, v in decide(s.case).items() if k != "explanation"}, s.case)}
    asked = {s.id for s in suite.scenarios if s.expect.not_drawn}
    assert failed == asked and len(asked) >= 10


def _always(outcome: str) -> Callable[..., Result]:
    return lambda d: Result(outcome, [])


MUTATIONS: dict[str, tuple[Any, str, Any]] = {
    "bind accepts everything": (family, "bind", _always("accepted")),
    "relatives' scope ignored": (family, "beneficiary_problems", lambda *a, **k: []),
    "area ignored": (family, "area_problems", lambda *a: []),
    "authorizer conditions ignored": (family, "authorizer_problems", lambda *a: []),
    "roles ignored": (family, "role_problems", lambda *a: []),
    "credential never checked": (settle, "credential_problems", lambda d: ([], [])),
    "no shared accounts": (settle, "draw_shared", lambda *a: ([], [])),
    "own account split ignored": (settle, "own_kinds", lambda d, c: ("personal", "current_year", "historical")),
    "wallet never pays": (settle, "wallet_pays", lambda *a: False),
    "no blackout": (wallet, "in_blackout", lambda *a: False),
    "wallet always enabled": (wallet, "availability_problems", lambda *a: []),
    "withdraw refuses everything": (withdraw, "withdraw", _always("rejected")),
    "round down": (contributions, "round_half_up", lambda n, d: n // d),
    "commercial limits ignored": (contributions, "_product_problems", lambda *a: []),
}


@pytest.mark.parametrize("name", MUTATIONS)
def test_breaking_the_engine_turns_scenarios_red(suite, monkeypatch: pytest.MonkeyPatch, name: str) -> None:  # type: ignore[no-untyped-def]
    module, attribute, replacement = MUTATIONS[name]
    monkeypatch.setattr(module, attribute, replacement)
    for action, handler in list(engine.ACTIONS.items()):  # the dispatch table holds the original functions
        if handler.__module__ == module.__name__ and handler.__name__ == attribute:
            monkeypatch.setitem(engine.ACTIONS, action, replacement)
    assert failing(suite), f"no scenario noticed: {name}"
