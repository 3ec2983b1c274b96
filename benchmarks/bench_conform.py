"""What the stdio protocol costs: the same cases through the harness, in process and over the protocol.

Three measurements, each interleaved (A B A B …, at least five runs each, min / median / max), each
checking that both sides produced the same results:

1. cases: N cases (the suite's cases repeated; 100,000 by default) sent in batches of 50 through the
   harness's connectors: `InProcess` (the reference called directly) against `Command` running
   `python -m reference_impl.serve` (JSON lines over a pipe, every reply checked by the harness's gate,
   one batch sent ahead as `yibao conform` does), with the CPU time the server process spent, which
   says whether the server or the harness sets the pace;
2. the machine: the in-process run alone, and beside a process that keeps the other core busy, as the
   stdio run does (on a machine whose cores slow each other down, that part of the ratio is not the protocol's);
3. suite: the `yibao conform` command against the reference in process, and with `--impl` over the protocol.

    python benchmarks/bench_conform.py [--cases 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import interleave, machine, ratio

from yibao import paths
from yibao.conformance.features import load_suite
from yibao.harness.connectors import Connector, InProcess
from yibao.harness.supervise import Command
from yibao.spec.read import read_spec

SERVE = f"{sys.executable} -m reference_impl.serve"
YIBAO = str(Path(sys.executable).parent / "yibao")


def through(connector: Connector, batches: list[list[tuple[int, str, dict[str, Any]]]]) -> list[str]:
    """Every case's outcome, in order, as the connector delivered it (as `yibao conform` asks: run_batches)."""
    connector.start("bench")
    outcomes = []
    for batch, replies in zip(batches, connector.run_batches(batches), strict=True):
        outcomes += [str(replies[seq].result["outcome"]) if replies[seq].result else replies[seq].state for seq, _, _ in batch]
    connector.stop()
    return outcomes


def beside_a_busy_process(work: Callable[[], list[str]]) -> list[str]:
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        return work()
    finally:
        busy.kill()
        busy.wait()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def conform(*extra: str) -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run([YIBAO, "conform", "--report", tmp, *extra], capture_output=True, text=True)
        if run.returncode != 0:
            raise SystemExit(run.stdout + run.stderr)
        summary = json.loads((Path(tmp) / "summary.json").read_text(encoding="utf-8"))
    return [(r["id"], r["state"]) for r in summary["results"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    spec = read_spec(paths.spec_dir(), paths.schemas_dir()).spec
    scenarios = load_suite(paths.features_dir(), spec).scenarios
    items = [(n, scenarios[n % len(scenarios)].id, scenarios[n % len(scenarios)].case) for n in range(args.cases)]
    batches = [items[i : i + 50] for i in range(0, len(items), 50)]
    print(f"{machine()}; {len(scenarios)} scenarios; {args.cases} cases in batches of 50\n")

    server_cpu: list[float] = []  # what the implementation's process spent, per stdio run

    def stdio() -> list[str]:
        before = _children_cpu()
        outcomes = through(Command(SERVE, 60, 0), batches)  # stop() waits for the process: its CPU is counted
        server_cpu.append(_children_cpu() - before)
        return outcomes

    cases = interleave({
        "in process (InProcess connector)": lambda: through(InProcess(), batches),
        "stdio protocol (Command connector)": stdio,
    }, runs=args.runs)
    for timing in cases.values():
        print(timing.row(unit=args.cases / 1e6, label="µs/case"))
    inproc, over_stdio = cases.values()
    print(f"stdio / in process: {ratio(over_stdio, inproc):.2f}x (goal: within 1.3x)")
    per_case = sorted(seconds / args.cases * 1e6 for seconds in server_cpu)
    print(f"the server's CPU time over stdio: min {per_case[0]:.1f}, median {per_case[len(per_case) // 2]:.1f} µs/case "
          "(its startup included)\n")

    # The stdio run keeps both cores busy; what that alone costs on this machine, with no protocol at all.
    some = batches[: 20_000 // 50]
    machine_cost = interleave({
        "in process, alone": lambda: through(InProcess(), some),
        "in process, beside a busy process": lambda: beside_a_busy_process(lambda: through(InProcess(), some)),
    }, runs=args.runs)
    for timing in machine_cost.values():
        print(timing.row(unit=len(some) * 50 / 1e6, label="µs/case"))
    alone, beside = machine_cost.values()
    print(f"beside a busy process / alone: {ratio(beside, alone):.2f}x (what two busy processes cost each other here)\n")

    suite = interleave({"yibao conform (in process)": lambda: conform(), "yibao conform --impl (stdio)": lambda: conform("--impl", SERVE)},
                       runs=args.runs)
    for timing in suite.values():
        print(timing.row())
    a, b = suite.values()
    print(f"--impl / in process: {ratio(b, a):.2f}x")


if __name__ == "__main__":
    main()
