"""summary.json: a header, one result per scenario, and a footer (schemas/report/summary.schema.json)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from yibao import __version__
from yibao.conformance.features import Scenario
from yibao.harness.outcome import STATES
from yibao.harness.run import Run

SUITE_VERSION = __version__


def fingerprint(*roots: Path) -> str:
    """sha256 over every spec and feature file, so a report names exactly what it tested."""
    digest = hashlib.sha256()
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return "sha256:" + digest.hexdigest()


def totals(run: Run) -> dict[str, Any]:
    counts = {state: sum(o.state == state for o in run.outcomes) for state in STATES}
    judged = counts["passed"] + counts["failed"] + counts["errored"] + counts["timed_out"]
    return {"total": len(run.outcomes), **counts, "pass_rate": round(counts["passed"] / judged, 4) if judged else None}


def build(run: Run, scenarios: list[Scenario], print_: str, started: datetime) -> dict[str, Any]:
    by_id = {s.id: s for s in scenarios}
    results = []
    for outcome in run.outcomes:
        s = by_id[outcome.scenario_id]
        results.append({
            "id": s.id, "name": s.name, "feature": s.feature, "topic": s.topic, "uri": s.uri, "line": s.line,
            "tags": s.tags, "rules": s.rules, "regions": s.regions, "unverified": s.unverified,
            "state": outcome.state, "messages": outcome.messages, "seconds": round(outcome.seconds, 6),
            "result": outcome.result,
        })
    return {
        "header": {
            "suite": SUITE_VERSION,
            "protocol": 1,
            "fingerprint": print_,
            "implementation": {"name": run.hello.name, "version": run.hello.version, "language": run.hello.language},
            "started": started.isoformat(timespec="seconds"),
            "finished": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
            "interrupted": run.interrupted,
        },
        "results": results,
        "footer": {**totals(run), "seconds": round(run.seconds, 3), "diagnostics": run.diagnostics},
    }
