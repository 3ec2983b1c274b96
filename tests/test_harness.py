"""The harness against the reference (in process, as a command) and against misbehaving implementations."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tests.conftest import yibao_command

ROOT = Path(__file__).resolve().parent.parent
MISBEHAVE = f"{sys.executable} {ROOT / 'tests' / 'impls' / 'misbehave.py'}"
SUBSET = ["--tags", "@region:440300 or @region:110000"]


def conform(tmp_path: Path, *args: str, timeout: float = 300) -> tuple[int, dict[str, Any], float]:
    began = time.monotonic()
    run = subprocess.run([*yibao_command(), "conform", "--report", str(tmp_path / "report"), *args],
                         cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert "Traceback" not in run.stderr, run.stderr
    summary = json.loads((tmp_path / "report" / "summary.json").read_text(encoding="utf-8"))
    return run.returncode, summary, time.monotonic() - began


def states(summary: dict[str, Any]) -> dict[str, int]:
    return {k: v for k, v in summary["footer"].items() if k in ("passed", "failed", "skipped", "errored", "timed_out")}


def test_reference_in_process_passes_everything_and_writes_every_report(tmp_path: Path) -> None:
    code, summary, _ = conform(tmp_path)
    assert code == 0
    assert summary["footer"]["total"] >= 150
    assert summary["footer"]["passed"] == summary["footer"]["total"]
    schema = json.loads((ROOT / "schemas" / "report" / "summary.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema).validate(summary)
    report = tmp_path / "report"
    suites = ET.parse(report / "junit.xml").getroot()
    assert sum(int(s.get("tests", "0")) for s in suites) == summary["footer"]["total"]
    assert len(json.loads((report / "cucumber.json").read_text(encoding="utf-8"))) >= 9
    assert "100.0%" in (report / "badge.svg").read_text(encoding="utf-8")
    assert "family_aid.scope" in (report / "index.html").read_text(encoding="utf-8")
    assert "**none**" not in (report / "coverage.md").read_text(encoding="utf-8")


def test_reference_as_an_external_command_gives_the_same_results(tmp_path: Path) -> None:
    code, summary, _ = conform(tmp_path, "--impl", f"{sys.executable} -m reference_impl.serve")
    _, inproc, _ = conform(tmp_path / "in")
    assert code == 0
    assert [(r["id"], r["result"]) for r in summary["results"]] == [(r["id"], r["result"]) for r in inproc["results"]]


@pytest.fixture(scope="module")
def subset_size(tmp_path_factory: pytest.TempPathFactory) -> int:
    _, summary, _ = conform(tmp_path_factory.mktemp("subset"), *SUBSET)
    size: int = summary["footer"]["total"]
    assert size >= 10
    return size


@pytest.mark.parametrize(("mode", "expect"), [
    ("crash_on_start", lambda s, n: s["errored"] == n),
    ("crash_midway", lambda s, n: s["passed"] >= 3 and s["errored"] >= 1),
    ("hang", lambda s, n: s["timed_out"] >= 1),
    ("garbage", lambda s, n: s["passed"] >= n // 2 and s["errored"] >= 1),
    ("wrong_seq", lambda s, n: s["passed"] >= n // 2 and s["errored"] >= 1),
    ("half_line", lambda s, n: s["passed"] >= 2 and s["errored"] >= 1),
    ("flood", lambda s, n: s["errored"] >= 1 and s["passed"] == 0),
    ("stderr", lambda s, n: s["passed"] == n),
    ("exit_early", lambda s, n: s["errored"] == n),
    ("region_error", lambda s, n: s["passed"] >= 1 and s["errored"] >= 1),
])
def test_a_misbehaving_implementation_gets_a_complete_report(tmp_path: Path, subset_size: int, mode: str, expect) -> None:  # type: ignore[no-untyped-def]
    code, summary, seconds = conform(tmp_path, "--impl", f"{MISBEHAVE} {mode}", "--timeout", "1", *SUBSET, timeout=120)
    ids = [r["id"] for r in summary["results"]]
    assert len(ids) == len(set(ids)) == subset_size, "every scenario is accounted for exactly once"
    assert sum(states(summary).values()) == subset_size
    assert expect(states(summary), subset_size), states(summary)
    assert code == (0 if mode == "stderr" else 1)
    assert seconds < 60


def test_max_fail_stops_sending(tmp_path: Path) -> None:
    _, summary, _ = conform(tmp_path, "--impl", f"{MISBEHAVE} region_error", "--max-fail", "1", "--batch-size", "5", *SUBSET)
    assert any("--max-fail" in " ".join(r["messages"]) for r in summary["results"] if r["state"] == "skipped")
    assert summary["footer"]["total"] >= 10


def test_an_interrupted_run_still_writes_a_valid_report(tmp_path: Path) -> None:
    process = subprocess.Popen([*yibao_command(), "conform", "--impl", f"{MISBEHAVE} hang", "--timeout", "30",
                                "--report", str(tmp_path / "report")], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(3)
    process.send_signal(signal.SIGINT)
    process.wait(timeout=60)
    summary = json.loads((tmp_path / "report" / "summary.json").read_text(encoding="utf-8"))
    assert process.returncode == 1
    assert summary["header"]["interrupted"] is True
    assert len({r["id"] for r in summary["results"]}) == summary["footer"]["total"] >= 150
    assert summary["footer"]["passed"] >= 1, "replies that arrived before the interrupt are kept"


def test_bad_tag_expression_is_a_usage_error(tmp_path: Path) -> None:
    run = subprocess.run([*yibao_command(), "conform", "--tags", "@a and", "--report", str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "--tags" in run.stderr and "Traceback" not in run.stderr


def test_http_connector_against_a_real_http_server(tmp_path: Path) -> None:
    server = subprocess.Popen([sys.executable, "-m", "reference_impl.serve", "--http", "127.0.0.1:0"], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = server.stdout.readline().split()[-1]
        code, summary, _ = conform(tmp_path, "--url", url)
        assert code == 0
        assert summary["footer"]["passed"] == summary["footer"]["total"] >= 150
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_http_connector_reports_an_unreachable_service(tmp_path: Path) -> None:
    code, summary, _ = conform(tmp_path, "--url", "http://127.0.0.1:9/", "--timeout", "2", *SUBSET)
    assert code == 1
    assert summary["footer"]["errored"] == summary["footer"]["total"]
