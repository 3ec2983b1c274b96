"""Every feature under features/, run by pytest-bdd with the suite's own step sentences.

Given and when steps build the case; the first then step sends it to the implementation
(the `yibao_decide` fixture from the plugin), and each then step checks its own expectation.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from yibao import paths
from yibao.conformance.steps import STEPS, TYPES, Labels, sentence_format
from yibao.conformance.world import Expectation, World, check
from yibao.spec.read import read_bundled


@pytest.fixture(scope="session")
def yibao_labels() -> Labels:
    return Labels.of(read_bundled().spec)


@pytest.fixture
def world() -> World:
    return World()


def _bridge(handler: Any, names: list[str], checking: bool) -> Any:
    def step(world: World, yibao_labels: Labels, yibao_decide: Any, request: pytest.FixtureRequest, **kwargs: Any) -> None:
        if not checking:
            handler(world, yibao_labels, **kwargs)
            return
        if world.result is None:
            world.result = yibao_decide(request.node.name, world.case)
        single = World(case=world.case, expect=Expectation())
        handler(single, yibao_labels, **kwargs)
        problems = check(single.expect, world.result, world.case)
        assert not problems, "; ".join(problems)

    fixed = ["world", "yibao_labels", "yibao_decide", "request"]
    step.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD) for n in fixed + names])
    return step


for _pattern, _parser, _handler in STEPS:
    _names = list(_parser.named_fields)
    _checking = _handler.__name__ in {"_outcome", "_reason", "_no_reason", "_rule", "_paid", "_cash", "_untouched",
                                      "_not_drawn", "_value", "_invariant", "_error_path"}
    _matcher = parsers.parse(sentence_format(_pattern), extra_types=TYPES)
    for _decorator in ((then,) if _checking else (given, when)):
        _decorator(_matcher)(_bridge(_handler, _names, _checking))

scenarios(str(paths.features_dir()))
