"""The pytest plugin: run the conformance suite with pytest against any implementation.

    pytest --pyargs yibao.conformance.suite --yibao-impl "java -jar acme.jar"
    pytest --pyargs yibao.conformance.suite --yibao-url http://localhost:8080/yibao

Without an option the suite runs against the reference implementation, in process. Each test is
named by its scenario's stable id (order-beijing-filing, invalid-settle-3 for an example row), so
`-k order-beijing` selects scenarios as `yibao conform -k` does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from yibao import __version__
from yibao.harness.connectors import Connector, Http, InProcess
from yibao.harness.supervise import Command, CommandNotFound

Decide = Callable[[str, dict[str, Any]], dict[str, Any]]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("yibao", "yibao conformance suite")
    group.addoption("--yibao-impl", metavar="CMD", help="an implementation run as a command speaking the protocol")
    group.addoption("--yibao-url", metavar="URL", help="an implementation behind an HTTP endpoint")
    group.addoption("--yibao-timeout", type=float, default=10.0, help="seconds to wait for each reply")
    group.addoption("--yibao-fuzz", type=int, default=0, metavar="N", help="after the tests, N generated cases compared with the reference")
    group.addoption("--yibao-seed", type=int, default=0, metavar="S", help="the fuzzer's seed (0)")


def pytest_configure(config: pytest.Config) -> None:
    # pytest-bdd turns example-level tags (@region:…) into marks; such names cannot be registered
    # as markers (a marker name stops at the colon), so their "unknown mark" warning is silenced.
    config.addinivalue_line(
        "filterwarnings", r"ignore:Unknown pytest\.mark\.(id|rule|source|region|claim):pytest.PytestUnknownMarkWarning")


def pytest_bdd_apply_tag(tag: str, function: Any) -> bool | None:
    """Scenario tags (@id:…, @rule:…, @source:…, @region:…) are data, not pytest markers."""
    return True if ":" in tag or tag == "unverified" else None


def _connector(config: pytest.Config) -> Connector:
    if config.getoption("yibao_impl"):
        try:
            return Command(config.getoption("yibao_impl"), config.getoption("yibao_timeout"), max_restarts=5)
        except CommandNotFound as exc:
            raise pytest.UsageError(f"--yibao-impl: {exc}") from None
    if config.getoption("yibao_url"):
        return Http(config.getoption("yibao_url"), config.getoption("yibao_timeout"))
    return InProcess()


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """--yibao-fuzz N: differential fuzzing against the reference; a disagreement fails the session."""
    count = session.config.getoption("yibao_fuzz", 0)
    if not count:
        return
    from reference_impl.engine import bundled
    from yibao.trust.fuzz import fuzz, summary_line

    run = fuzz(bundled().spec, _connector(session.config), count, session.config.getoption("yibao_seed"))
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    lines = [summary_line(run)] + (run.counterexample.gherkin.splitlines() if run.counterexample else [])
    if reporter:
        reporter.write_sep("-", "yibao differential fuzzing")
    for line in lines:
        reporter.write_line(line) if reporter else print(line)
    if run.counterexample is not None or run.problem is not None:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Name each scenario's test by its stable id (unescaped), before -k selects among them."""
    from pytest_bdd.scenario import scenario_wrapper_template_registry

    for item in items:
        template = scenario_wrapper_template_registry.get(getattr(item, "obj", None))  # type: ignore[arg-type]
        ids = [tag[3:] for tag in template.tags if tag.startswith("id:")] if template is not None else []
        if len(ids) != 1 or item.parent is None:
            continue
        stable = ids[0]
        callspec = getattr(item, "callspec", None)
        if callspec is not None and "_pytest_bdd_example" in callspec.indices:  # an example row, numbered from 1
            stable += f"-{callspec.indices['_pytest_bdd_example'] + 1}"
        item.name = stable
        if hasattr(item, "_id"):  # pytest ≥ 9 keeps the node id as a NodeId; pytest 8 as a string
            item._id = item.parent.id.child(stable)
        else:
            item._nodeid = f"{item.parent.nodeid}::{stable}"  # type: ignore[attr-defined]
        item.extra_keyword_matches.add(stable)


@pytest.fixture(scope="session")
def yibao_decide(request: pytest.FixtureRequest) -> Iterator[Decide]:
    """Decide one case with the implementation under test; raises when it gives no result."""
    connector = _connector(request.config)
    hello = connector.start(__version__)
    counter = iter(range(10**9))

    def decide(scenario_id: str, case: dict[str, Any]) -> dict[str, Any]:
        if hello.problem:
            raise RuntimeError(hello.problem)
        if scenario_id in hello.unsupported:
            pytest.skip("declared unsupported by the implementation")
        seq = next(counter)
        reply = connector.run([(seq, scenario_id, case)]).get(seq)
        if reply is None or reply.state != "result" or reply.result is None:
            state = reply.state if reply else "errored"
            if state == "skipped":
                pytest.skip(reply.message if reply else "")
            raise RuntimeError(f"{state}: {reply.message if reply else 'no reply'}")
        return reply.result

    yield decide
    connector.stop()
