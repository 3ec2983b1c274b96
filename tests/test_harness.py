"""The harness against the reference (in process, as a command) and against misbehaving implementations."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from tests.conftest import yibao_command
from yibao.harness.messages import Hello, Rejected, parse_line, reply_from
from yibao.report.junit import xml_text

ROOT = Path(__file__).resolve().parent.parent
MISBEHAVE = f"{sys.executable} {ROOT / 'tests' / 'impls' / 'misbehave.py'}"
# Shenzhen's and Beijing's bind and settle, more binds than settles (the capabilities test needs that): about 20
# scenarios, so that the modes which restart the implementation for each case left (crash, hang) stay quick.
SUBSET = ["--tags", "@region:440300 or @region:110000", "-k", "scope-shenzhen", "-k", "scope-beijing", "-k", "scope-rules",
          "-k", "order-beijing-filing", "-k", "order-shenzhen-balance"]


def conform(tmp_path: Path, *args: str, timeout: float = 300) -> tuple[int, dict[str, Any], float]:
    began = time.monotonic()
    run = subprocess.run([*yibao_command(), "conform", "--report", str(tmp_path / "report"), *args],
                         cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert "Traceback" not in run.stderr, run.stderr
    summary = json.loads((tmp_path / "report" / "summary.json").read_text(encoding="utf-8"))
    return run.returncode, summary, time.monotonic() - began


def states(summary: dict[str, Any]) -> dict[str, int]:
    return {k: v for k, v in summary["footer"].items() if k in ("passed", "failed", "skipped", "errored", "timed_out")}


@pytest.fixture(scope="module")
def in_process(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict[str, Any], Path]:
    """The whole suite against the reference in process, run once for the two tests below (their xdist group)."""
    folder = tmp_path_factory.mktemp("in_process")
    code, summary, _ = conform(folder)
    return code, summary, folder / "report"


@pytest.mark.xdist_group("in_process")
def test_reference_in_process_passes_everything_and_writes_every_report(in_process: tuple[int, dict[str, Any], Path]) -> None:
    code, summary, report = in_process
    assert code == 0
    assert summary["footer"]["total"] >= 150
    assert summary["footer"]["passed"] == summary["footer"]["total"]
    schema = json.loads((ROOT / "schemas" / "report" / "summary.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema).validate(summary)
    suites = ET.parse(report / "junit.xml").getroot()
    assert sum(int(s.get("tests", "0")) for s in suites) == summary["footer"]["total"]
    features = json.loads((report / "cucumber.json").read_text(encoding="utf-8"))
    assert len(features) >= 9
    steps = [step for feature in features for element in feature["elements"] for step in element["steps"]]
    assert {step["result"]["status"] for step in steps} == {"passed"}
    assert any(step["name"] == '结果是 "受理"' for step in steps), "the real Given/When/Then steps"
    total = summary["footer"]["total"]
    assert f"{total}/{total} passed · 100% tested" in (report / "badge.svg").read_text(encoding="utf-8")
    assert all(r["case"]["action"]["kind"] and r["expect"]["outcome"] and r["result"] for r in summary["results"])
    assert "family_aid.scope" in (report / "index.html").read_text(encoding="utf-8")
    assert "**none**" not in (report / "coverage.md").read_text(encoding="utf-8")


@pytest.mark.xdist_group("in_process")
def test_reference_as_an_external_command_gives_the_same_results(tmp_path: Path, in_process: tuple[int, dict[str, Any], Path]) -> None:
    code, summary, _ = conform(tmp_path, "--impl", f"{sys.executable} -m reference_impl.serve")
    _, inproc, _ = in_process
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
    # A reply that never came: the first unanswered case of a batch times out, the rest pass on retry
    # (the restart cap counts restarts in a row with no answer, so a long run is never given up on).
    ("garbage", lambda s, n: s["timed_out"] >= 1 and s["errored"] == 0 and s["passed"] >= n - 3),
    ("wrong_seq", lambda s, n: s["timed_out"] >= 1 and s["errored"] == 0 and s["passed"] >= n - 3),
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
    hanging = tmp_path / "hanging"
    process = subprocess.Popen([*yibao_command(), "conform", "--impl", f"{MISBEHAVE} hang", "--timeout", "30",
                                "--report", str(tmp_path / "report")], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "HANG_MARK": str(hanging)},
                               # a test run started in the background ignores SIGINT, and a child inherits that: restore Ctrl-C
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not hanging.exists() and time.monotonic() < deadline:  # the implementation has sent the replies before the hung case
        time.sleep(0.05)
    time.sleep(1)  # for the harness to read them; it then waits on the hung case (30 s timeout)
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=60)  # read its output, so that a full pipe cannot hold it
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


# --- exit codes that mean something ---------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["--region", "999999"],
    ["--tags", "@none"],
    ["-k", "no-scenario-has-this-name"],
    ["--impl", "no-such-command"],
    ["--impl", "'unclosed"],
    ["--url", "file:///etc/passwd"],
    ["--batch-size", "0"],
    ["--timeout", "-1"],
    ["--timeout", "nan"],
    ["--max-fail", "0"],
    ["--max-restarts", "x"],
    ["--min-coverage", "101"],
])
def test_a_run_that_cannot_mean_anything_is_a_usage_error(tmp_path: Path, args: list[str]) -> None:
    run = subprocess.run([*yibao_command(), "conform", "--report", str(tmp_path / "report"), *args],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines()[-1].startswith("yibao conform"), run.stderr
    assert not (tmp_path / "report").exists()


def test_an_implementation_supporting_nothing_fails_the_run(tmp_path: Path) -> None:
    run = subprocess.run([*yibao_command(), "conform", "--impl", f"{MISBEHAVE} supports_nothing", "--report", str(tmp_path / "r"),
                          *SUBSET], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "no scenario was tested" in run.stderr
    footer = json.loads((tmp_path / "r" / "summary.json").read_text(encoding="utf-8"))["footer"]
    assert footer["tested"] == 0 and footer["pass_rate"] is None and footer["coverage"] == 0


def test_capabilities_in_start_skip_what_is_not_implemented_and_the_gates_see_it(tmp_path: Path) -> None:
    impl = ["--impl", f"{MISBEHAVE} capabilities", *SUBSET]
    code, summary, _ = conform(tmp_path / "a", *impl)
    footer = summary["footer"]
    assert code == 0
    assert summary["header"]["protocol"] == 2
    tested = [r for r in summary["results"] if r["state"] != "skipped"]
    assert tested and all(r["case"]["action"]["kind"] == "settle" and r["state"] == "passed" for r in tested)
    assert any("action bind not supported" in r["messages"][0] for r in summary["results"] if r["state"] == "skipped")
    assert footer["pass_rate"] == 1 and 0 < footer["coverage"] < 0.5
    badge = (tmp_path / "a" / "report" / "badge.svg").read_text(encoding="utf-8")
    assert f"{footer['passed']}/{footer['passed']} passed · {footer['coverage'] * 100:.0f}% tested" in badge
    assert "#4c1" not in badge, "a partly tested implementation never gets a green badge"
    assert "覆盖率 coverage" in (tmp_path / "a" / "report" / "index.html").read_text(encoding="utf-8")
    assert conform(tmp_path / "b", *impl, "--fail-on-skip")[0] == 1
    assert conform(tmp_path / "c", *impl, "--min-coverage", f"{footer['coverage'] * 100 + 1:.0f}")[0] == 1
    assert conform(tmp_path / "d", *impl, "--min-coverage", f"{footer['coverage'] * 100 - 1:.0f}")[0] == 0


# --- report folders -------------------------------------------------------------------------------

def test_a_report_folder_holding_files_we_did_not_write_is_refused_and_left_alone(tmp_path: Path) -> None:
    mine = tmp_path / "report"
    mine.mkdir()
    (mine / "notes.txt").write_text("precious", encoding="utf-8")
    run = subprocess.run([*yibao_command(), "conform", "--report", str(mine), "-k", "order-beijing"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert sorted(p.name for p in mine.iterdir()) == ["notes.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"], "nothing left beside it"


def test_a_previous_report_is_replaced_whole_and_extra_files_protect_it(tmp_path: Path) -> None:
    conform(tmp_path, "-k", "order-beijing")
    first = json.loads((tmp_path / "report" / "summary.json").read_text(encoding="utf-8"))
    code, second, _ = conform(tmp_path, "-k", "withdraw")
    assert code == 0 and first["results"] != second["results"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"], "no temporary folder left behind"
    (tmp_path / "report" / "mine.txt").write_text("x", encoding="utf-8")
    run = subprocess.run([*yibao_command(), "conform", "--report", str(tmp_path / "report")],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "mine.txt" in run.stderr
    assert (tmp_path / "report" / "mine.txt").exists() and (tmp_path / "report" / "summary.json").exists()


# --- the harness is total: hostile replies --------------------------------------------------------

def strict_json(path: Path) -> Any:
    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in {path.name}")

    return json.loads(path.read_text(encoding="utf-8"), parse_constant=refuse)


@pytest.mark.parametrize(("mode", "diagnostic"), [
    ("reasons_5", "$.result.reasons: 5 is not of type"),
    ("allocation_1", "$.result.allocation[0]: 1 is not of type"),
    ("deep_100000", "nested deeper than"),
    ("deep_900", "nested deeper than"),
    ("surrogate", "lone surrogate: bad \\ud800 text"),
    ("surrogate_result", "lone surrogate"),
    ("nan", "NaN is not JSON"),
    ("huge_number", "out of range"),
    ("many_digits", "not JSON"),
    ("control", "bell \\x07 escape \\x1b[31m nul \\x00 end"),
])
def test_a_hostile_reply_errors_its_scenario_and_the_run_goes_on(tmp_path: Path, subset_size: int, mode: str,
                                                                 diagnostic: str) -> None:
    code, _, _ = conform(tmp_path, "--impl", f"{MISBEHAVE} {mode}", "--timeout", "5", *SUBSET)
    report = tmp_path / "report"
    summary = strict_json(report / "summary.json")
    assert code == 1
    assert len({r["id"] for r in summary["results"]}) == subset_size
    errored = [r for r in summary["results"] if r["state"] == "errored"]
    assert len(errored) == subset_size // 3, "exactly the cases answered badly (every third) are errored"
    assert all(diagnostic in r["messages"][0] for r in errored), errored[0]["messages"]
    assert summary["footer"]["passed"] == subset_size - len(errored)
    ET.parse(report / "junit.xml")
    strict_json(report / "cucumber.json")
    assert (report / "summary.json").stat().st_size < 1_000_000


def test_control_characters_in_a_result_keep_every_report_well_formed(tmp_path: Path) -> None:
    conform(tmp_path, "--impl", f"{MISBEHAVE} control_result", *SUBSET)
    report = tmp_path / "report"
    junit_text = (report / "junit.xml").read_text(encoding="utf-8")
    ET.fromstring(junit_text)
    assert "\x1b" not in junit_text and "\x01" not in junit_text
    assert "\\u001b" in (report / "summary.json").read_text(encoding="utf-8"), "JSON keeps it, escaped"
    assert "\x1b" not in (report / "index.html").read_text(encoding="utf-8").replace("\\u001b", "")


def test_a_hello_with_wrong_types_errors_every_scenario_with_the_reason(tmp_path: Path, subset_size: int) -> None:
    code, summary, _ = conform(tmp_path, "--impl", f"{MISBEHAVE} hello_regions_5", *SUBSET)
    assert code == 1 and summary["footer"]["errored"] == subset_size
    assert "start answer breaks the protocol: $.regions" in summary["results"][0]["messages"][0]


def test_a_result_too_large_to_keep_is_replaced_by_a_note(tmp_path: Path) -> None:
    code, summary, _ = conform(tmp_path, "--impl", f"{MISBEHAVE} huge", *SUBSET)
    noted = [r for r in summary["results"] if r.get("result_note")]
    assert code == 0 and noted and all(r["result"] is None and "not stored" in r["result_note"] for r in noted)
    assert (tmp_path / "report" / "summary.json").stat().st_size < 1_000_000


def test_a_gigabyte_of_stderr_costs_no_gigabyte(tmp_path: Path) -> None:
    import resource

    run = subprocess.run([*yibao_command(), "conform", "--impl", f"{MISBEHAVE} stderr_flood", "--report", str(tmp_path / "r"),
                          "--timeout", "60", "-k", "order-beijing"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "FLOOD_MB": "1024"})
    assert run.returncode == 0, run.stderr
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child process so far
    assert peak_kib < 400_000, f"{peak_kib} KiB"
    diagnostics = json.loads((tmp_path / "r" / "summary.json").read_text(encoding="utf-8"))["footer"]["diagnostics"]
    assert diagnostics.rstrip().endswith("last words") and len(diagnostics) < 100_000


def test_the_whole_process_group_is_ended(tmp_path: Path) -> None:
    pid_file = tmp_path / "grandchild.pid"
    run = subprocess.run([*yibao_command(), "conform", "--impl", f"{MISBEHAVE} grandchild", "--report", str(tmp_path / "r"),
                          "-k", "order-beijing"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "GRANDCHILD_PID_FILE": str(pid_file)})
    assert run.returncode == 0, run.stderr
    pid = int(pid_file.read_text())
    for _ in range(50):
        if not alive(pid):
            break
        time.sleep(0.1)
    assert not alive(pid), "the grandchild outlived the run"


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


# --- replies: any bytes a process could print ------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
reply_like = st.fixed_dictionaries({"seq": st.integers(-2, 5)}, optional={
    "result": st.fixed_dictionaries({"outcome": st.sampled_from(["accepted", "x"]), "reasons": json_values, "rules": json_values},
                                    optional={"allocation": json_values, "values": json_values, "error": json_values}),
    "skipped": json_values, "errored": json_values, "extra": json_values})


# 1000 examples: the lines these functions run stop growing by 500 (measured over seeds), and drawing
# the examples takes most of the time here.
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300) | st.builds(lambda v: json.dumps(v).encode(), reply_like)
       | st.builds(lambda v: json.dumps(v, ensure_ascii=False).encode("utf-8", "surrogatepass"), json_values))
def test_reply_handling_is_total_over_any_line(line: bytes) -> None:
    """parse_line either gives a message or a Rejected; reply_from and Hello.parse never raise; what passes is storable."""
    try:
        message = parse_line(line)
    except Rejected as exc:
        assert str(exc).isprintable()
        return
    _, reply = reply_from(message)
    assert reply.state in ("result", "skipped", "errored")
    assert reply.message.isprintable()
    json.dumps(reply.result, allow_nan=False).encode("utf-8")
    xml_text(reply.message).encode("utf-8")
    hello = Hello.parse(message)
    assert hello.problem is None or hello.problem.isprintable()


# --- what a vendor sees ---------------------------------------------------------------------------

def test_the_terminal_ends_with_the_failed_scenarios(tmp_path: Path) -> None:
    run = subprocess.run([*yibao_command(), "conform", "--impl", f"{MISBEHAVE} liar", "--report", str(tmp_path / "r"),
                          "-k", "order-beijing-filing"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    out = run.stdout
    assert "✗ order-beijing-filing (failed) features/结算与扣款顺序/扣款顺序.feature:" in out
    assert "outcome is 'rejected', expected 'accepted'" in out
    assert "received: outcome 'rejected', reasons ['category_allowed'" in out
    assert "rule settlement.deduction_order@110000-2022-12: sz12333_beijing_order [T3]; " in out
    assert "; jiusongjiankang_4742645 [T4]\n" in out
    features = json.loads((tmp_path / "r" / "cucumber.json").read_text(encoding="utf-8"))
    failed = next(e for f in features for e in f["elements"] if e["id"] == "order-beijing-filing")["steps"]
    statuses = {step["name"]: step["result"]["status"] for step in failed}
    assert statuses['结果是 "受理"'] == "failed" and statuses['日期是 "2023-05-01"'] == "passed"
    junit_text = (tmp_path / "r" / "junit.xml").read_text(encoding="utf-8")
    assert '"kind": "settle"' in junit_text and "expect:" in junit_text


def test_invalid_cases_are_part_of_the_contract(tmp_path: Path) -> None:
    """An implementation that accepts invalid cases fails every invalid-case scenario, and only those."""
    code, summary, _ = conform(tmp_path, "--impl", f"{MISBEHAVE} lenient", "-k", "invalid-")
    assert code == 1
    assert summary["footer"]["total"] >= 20 and summary["footer"]["failed"] == summary["footer"]["total"]
    assert all("error path is None, expected '$." in " ".join(r["messages"]) for r in summary["results"])


def test_export_cases_writes_each_case_and_expectation(tmp_path: Path) -> None:
    out = tmp_path / "cases"
    run = subprocess.run([*yibao_command(), "conform", "--export-cases", str(out)], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    files = sorted(out.glob("*.json"))
    assert len(files) >= 180
    exported = json.loads((out / "invalid-settle-1.json").read_text(encoding="utf-8"))
    assert exported["expect"] == {**exported["expect"], "outcome": "error", "error_path": "$.action.amount_fen"}
    assert exported["case"]["action"]["amount_fen"] == 0
    again = subprocess.run([*yibao_command(), "conform", "--export-cases", str(ROOT / "features")], cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 2, "a folder of ours that is not an export is never overwritten"


def test_smoke_checks_the_handshake_and_one_case_per_kind(tmp_path: Path) -> None:
    run = subprocess.run([*yibao_command(), "conform", "--smoke", "--impl", f"{sys.executable} -m reference_impl.serve"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "✓ start: yibao-reference" in run.stdout
    for kind in ("settle", "bind", "withdraw", "compute_contribution", "wallet_transfer"):
        assert f"✓ {kind}: outcome" in run.stdout
    partial = subprocess.run([*yibao_command(), "conform", "--smoke", "--impl", f"{MISBEHAVE} capabilities"],
                             cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert partial.returncode == 0 and "- bind: not sent" in partial.stdout
    broken = subprocess.run([*yibao_command(), "conform", "--smoke", "--impl", f"{MISBEHAVE} crash_on_start"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert broken.returncode == 1 and "✗ start" in broken.stdout


def test_pytest_names_tests_by_stable_scenario_id(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "pytest", "--pyargs", "yibao.conformance.suite", "-p", "no:cacheprovider",
                          "--collect-only", "-q", "-k", "(order-beijing-filing and not order-beijing-filing-) or invalid-settle-3"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=300)
    ids = sorted(line.split("::")[-1] for line in run.stdout.splitlines() if "::" in line)
    assert ids == ["invalid-settle-3", "order-beijing-filing"], run.stdout


def test_the_protocol_docs_show_a_valid_exchange_for_every_action_kind() -> None:
    import re

    from yibao.harness.messages import problem

    text = (ROOT / "docs" / "protocol.md").read_text(encoding="utf-8")
    blocks = [json.loads(b) for b in re.findall(r"```json\n(\{.*?\})\n```", text, re.S) if "…" not in b]
    runs = [b for b in blocks if b.get("cmd") == "run"]
    results = [b for b in blocks if "seq" in b and "result" in b]
    invalid = [b for b in runs if b["cases"][0]["id"].startswith("invalid-")]
    assert len(invalid) == 1, "one example of an invalid case, which the request schema must refuse"
    assert all((problem("protocol/run.schema.json#/$defs/request", b) is None) == (b not in invalid) for b in runs)
    assert all(problem("protocol/run.schema.json#/$defs/response", b) is None for b in results)
    case_schema = json.loads((ROOT / "schemas" / "case.schema.json").read_text(encoding="utf-8"))
    kinds = set(case_schema["$defs"]["action"]["properties"]["kind"]["enum"])
    assert {b["cases"][0]["case"]["action"]["kind"] for b in runs} >= kinds
    hello = json.loads(re.search(r"```json\n(\{\"implementation\".*?)\n```", text, re.S).group(1))  # type: ignore[union-attr]
    assert problem("protocol/start.schema.json#/$defs/response", hello) is None and hello["protocol"] == 2


def test_the_report_page_fits_a_laptop_screen_and_filters_by_outcome(tmp_path: Path) -> None:
    """In headless Chromium at 1366×768: no horizontal page scroll, failures first, the outcome filter works."""
    import shutil

    from playwright.sync_api import sync_playwright

    conform(tmp_path, "--impl", f"{MISBEHAVE} region_error", *SUBSET)
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto((tmp_path / "report" / "index.html").as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= 1366
        rows = page.locator("table.scenarios tr.row")
        assert rows.first.get_attribute("class") == "row errored", "failures first"
        page.click("label[for=show-passed]")
        visible = [c for c in rows.evaluate_all("rs => rs.filter(r => r.offsetParent !== null).map(r => r.className)")]
        assert visible and set(visible) == {"row passed"}
        page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
        browser.close()
