"""summary.json: a header, one result per scenario, and a footer (schemas/report/summary.schema.json)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from yibao import __version__
from yibao.conformance.features import Scenario
from yibao.conformance.world import check
from yibao.harness.outcome import STATES
from yibao.harness.run import Run

SUITE_VERSION = __version__
MAX_STORED_RESULT = 64_000  # characters of one result kept in the report; a larger one is replaced by a note
MAX_MESSAGE = 2_000  # characters of one message


def fingerprint(*roots: Path) -> str:
    """sha256 over every spec and feature file, so a report names exactly what it tested."""
    digest = hashlib.sha256()
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return "sha256:" + digest.hexdigest()


def totals(run: Run) -> dict[str, Any]:
    """Counts, the pass rate (passed of tested) and the coverage (tested of selected): one never without the other."""
    counts = {state: sum(o.state == state for o in run.outcomes) for state in STATES}
    tested = len(run.outcomes) - counts["skipped"]
    return {"total": len(run.outcomes), **counts, "tested": tested,
            "pass_rate": round(counts["passed"] / tested, 4) if tested else None,
            "coverage": round(tested / len(run.outcomes), 4) if run.outcomes else None}


def stored(result: dict[str, Any] | None) -> tuple[dict[str, Any] | None, str | None]:
    """The result as the report keeps it, with a note when it was too large to keep."""
    if result is None:
        return None, None
    size = len(json.dumps(result, ensure_ascii=False))
    if size <= MAX_STORED_RESULT:
        return result, None
    return None, f"the result received ({size} characters) is not stored: the limit is {MAX_STORED_RESULT}"


def build(run: Run, scenarios: list[Scenario], print_: str, started: datetime) -> dict[str, Any]:
    by_id = {s.id: s for s in scenarios}
    results = []
    for outcome in run.outcomes:
        s = by_id[outcome.scenario_id]
        result, note = stored(outcome.result)
        results.append({
            "id": s.id, "name": s.name, "feature": s.feature, "topic": s.topic, "uri": s.uri, "line": s.line,
            "tags": s.tags, "rules": s.rules, "regions": s.regions, "unverified": s.unverified,
            "state": outcome.state, "messages": [m[:MAX_MESSAGE] for m in outcome.messages],
            "seconds": round(outcome.seconds, 6),
            "case": s.case, "expect": s.expect.to_json(), "result": result, **({"result_note": note} if note else {}),
            "steps": [{"keyword": step.keyword, "text": step.text, "line": step.line, "status": status}
                      for step, status in zip(s.steps, step_statuses(s, outcome.state, outcome.result), strict=True)],
        })
    return {
        "header": {
            "suite": SUITE_VERSION,
            "protocol": run.hello.protocol,
            "fingerprint": print_,
            "implementation": {"name": run.hello.name, "version": run.hello.version, "language": run.hello.language},
            "started": started.isoformat(timespec="seconds"),
            "finished": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
            "interrupted": run.interrupted,
        },
        "results": results,
        "footer": {**totals(run), "seconds": round(run.seconds, 3), "diagnostics": run.diagnostics},
    }


def step_statuses(scenario: Scenario, state: str, result: dict[str, Any] | None) -> list[str]:
    """Each step's status, as Cucumber reports it: a then step passes or fails on its own expectation.

    Without a result (skipped, errored, timed out), the last step before the first then step carries
    the scenario's state, as the step that sent the case, and the then steps are skipped.
    """
    if result is not None:
        return ["failed" if step.expect is not None and check(step.expect, result, scenario.case) else "passed"
                for step in scenario.steps]
    if state == "skipped":
        return ["skipped"] * len(scenario.steps)
    sending = next((n for n, step in enumerate(scenario.steps) if step.expect is not None), len(scenario.steps)) - 1
    return ["passed" if n < sending else "failed" if n == sending else "skipped" for n in range(len(scenario.steps))]
