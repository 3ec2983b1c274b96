"""Run the suite: choose the scenarios, send them in batches, compare, and account for every one."""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from yibao import paths
from yibao.conformance.features import Scenario
from yibao.conformance.world import check

from .connectors import Batch, Connector, Hello
from .outcome import Reply, ScenarioOutcome


@dataclass
class RunSettings:
    batch_size: int = 50
    max_fail: int | None = None  # stop sending after this many failed or errored scenarios


@dataclass
class Run:
    hello: Hello
    outcomes: list[ScenarioOutcome] = field(default_factory=list)
    interrupted: bool = False
    diagnostics: str = ""
    seconds: float = 0.0


def judge(scenario: Scenario, reply: Reply, seconds: float) -> ScenarioOutcome:
    if reply.state == "result" and reply.result is not None:
        problems = check(scenario.expect, reply.result, scenario.case)
        return ScenarioOutcome(scenario.id, "failed" if problems else "passed", problems, reply.result, seconds)
    return ScenarioOutcome(scenario.id, reply.state, [reply.message] if reply.message else [], None, seconds)


@cache
def action_kinds() -> frozenset[str]:
    """The action kinds of the case model (schemas/case.schema.json)."""
    schema = json.loads((paths.schemas_dir() / "case.schema.json").read_text(encoding="utf-8"))
    return frozenset(schema["$defs"]["action"]["properties"]["kind"]["enum"])


def skip_reason(scenario: Scenario, hello: Hello) -> str | None:
    if scenario.id in hello.unsupported:
        return "declared unsupported by the implementation"
    if hello.regions is not None and not set(scenario.regions) <= set(hello.regions):
        return f"region {', '.join(scenario.regions)} not supported by the implementation"
    kind = scenario.case.get("action", {}).get("kind")
    # A kind the case model does not know is an invalid case, which every implementation must refuse.
    if hello.actions is not None and kind in action_kinds() and kind not in hello.actions:
        return f"action {kind} not supported by the implementation (capabilities)"
    return None


def run_suite(scenarios: list[Scenario], connector: Connector, suite_version: str, settings: RunSettings,
              progress: Callable[[ScenarioOutcome], None] = lambda _: None) -> Run:
    """Every scenario ends in exactly one state, even when the run is interrupted or the implementation fails."""
    began = time.monotonic()
    run = Run(Hello.failed("interrupted before the implementation answered start"))
    done: set[str] = set()

    def record(outcome: ScenarioOutcome) -> None:
        run.outcomes.append(outcome)
        done.add(outcome.scenario_id)
        progress(outcome)

    in_flight: deque[list[tuple[int, Scenario]]] = deque()  # batches sent and not yet judged, as (seq, scenario)
    try:
        hello = run.hello = connector.start(suite_version)
        to_send = []
        for scenario in scenarios:
            if hello.problem is not None:
                record(ScenarioOutcome(scenario.id, "errored", [hello.problem]))
            elif (reason := skip_reason(scenario, hello)) is not None:
                record(ScenarioOutcome(scenario.id, "skipped", [reason]))
            else:
                to_send.append(scenario)
        failures = 0

        def sending() -> Iterator[Batch]:
            """Batches while --max-fail allows. A seq is the scenario's place among those sent, unique in the run,
            as the connector may ask for the next batch before the last one is judged."""
            for batch in _batches(list(enumerate(to_send)), settings.batch_size):
                if settings.max_fail is not None and failures >= settings.max_fail:
                    return
                in_flight.append(batch)
                yield [(seq, s.id, s.case) for seq, s in batch]

        start = time.monotonic()
        for replies in connector.run_batches(sending()):
            batch = in_flight.popleft()
            each, start = (time.monotonic() - start) / len(batch), time.monotonic()
            for seq, scenario in batch:
                outcome = judge(scenario, replies.get(seq, Reply("errored", message="no reply for this case")), each)
                failures += outcome.state in ("failed", "errored", "timed_out")
                record(outcome)
        for scenario in to_send:
            if scenario.id not in done:
                record(ScenarioOutcome(scenario.id, "skipped", [f"not run: --max-fail {settings.max_fail} reached"]))
    except KeyboardInterrupt:
        run.interrupted = True
        received: dict[int, Reply] = getattr(connector, "received", {})  # what arrived before the interrupt
        for seq, scenario in (item for batch in in_flight for item in batch):
            if seq in received and scenario.id not in done:
                record(judge(scenario, received[seq], 0.0))
    finally:
        for scenario in scenarios:  # an interrupted run still accounts for every scenario
            if scenario.id not in done:
                record(ScenarioOutcome(scenario.id, "skipped", ["not run: the run was interrupted"]))
        connector.stop()
        run.diagnostics = connector.diagnostics()
        run.seconds = time.monotonic() - began
    return run


def _batches(items: list[tuple[int, Scenario]], size: int) -> Iterable[list[tuple[int, Scenario]]]:
    if size < 1:
        raise ValueError("a batch holds at least one case")
    for i in range(0, len(items), size):
        yield items[i : i + size]
