"""The reference implementation speaks the harness protocol as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from reference_impl import decide
from tests.cases import case, person, settle

ROOT = Path(__file__).resolve().parent.parent


def protocol_validator(name: str, part: str) -> Draft202012Validator:
    resources = []
    for path in (ROOT / "schemas").rglob("*.schema.json"):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["$id"], Resource.from_contents(contents)))
    registry = Registry().with_resources(resources)
    uri = f"https://yibao.invalid/schemas/protocol/{name}.schema.json#/$defs/{part}"
    return Draft202012Validator({"$ref": uri}, registry=registry)


def exchange(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    run = subprocess.run([sys.executable, "-m", "reference_impl.serve"], cwd=ROOT, text=True, capture_output=True, timeout=120,
                         input="".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages))
    assert run.returncode == 0, run.stderr
    return [json.loads(line) for line in run.stdout.splitlines()]


def test_start_run_stop_over_stdin_and_stdout() -> None:
    cases = [
        case("2025-03-01", "420100", [person("A", "420100", personal=5000)], settle("A", 1000)),
        case("2025-03-01", "420100", [person("A", "420100", personal=5000)], settle("A", 1000, category="fitness")),
        {"as_of": "nonsense"},
    ]
    start = {"cmd": "start", "protocol": 1, "suite": "0.1.0"}
    run = {"cmd": "run", "cases": [{"seq": i, "id": f"s{i}", "case": c} for i, c in enumerate(cases)]}
    replies = exchange([start, run, {"cmd": "stop"}])
    protocol_validator("start", "request").validate(start)
    protocol_validator("start", "response").validate(replies[0])
    protocol_validator("run", "request").validate({**run, "cases": run["cases"][:2]})
    for reply in replies[1:4]:
        protocol_validator("run", "response").validate(reply)
    protocol_validator("stop", "response").validate(replies[4])
    assert [r["seq"] for r in replies[1:4]] == [0, 1, 2]
    assert [r["result"] for r in replies[1:4]] == [decide(c) for c in cases]
    assert replies[3]["result"]["outcome"] == "error"
