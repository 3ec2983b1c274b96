"""Time the full conformance suite three ways, in one run:

1. `yibao conform` against the reference in process;
2. `yibao conform --impl "python -m reference_impl.serve"`: the reference as an external command,
   cases batched over the protocol;
3. a naive baseline: a new process of the reference for every case (start, run one case, stop).

    python benchmarks/bench_conform.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from yibao import paths
from yibao.conformance.features import load_suite
from yibao.spec.read import read_spec

BIN = Path(sys.executable).parent
SERVE = [sys.executable, "-m", "reference_impl.serve"]


def timed(command: list[str]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        run = subprocess.run([*command, "--report", tmp], capture_output=True, text=True)
        elapsed = time.perf_counter() - start
    if run.returncode != 0:
        raise SystemExit(run.stdout + run.stderr)
    return elapsed


def naive(cases: list[dict[str, object]]) -> float:
    start = time.perf_counter()
    for n, case in enumerate(cases):
        messages = [{"cmd": "start", "protocol": 1, "suite": "bench"},
                    {"cmd": "run", "cases": [{"seq": n, "id": str(n), "case": case}]}, {"cmd": "stop"}]
        subprocess.run(SERVE, input="".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages),
                       capture_output=True, text=True, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    spec = read_spec(paths.spec_dir(), paths.schemas_dir()).spec
    cases = [s.case for s in load_suite(paths.features_dir(), spec).scenarios]
    yibao = str(BIN / "yibao")
    inproc = statistics.median(timed([yibao, "conform"]) for _ in range(args.repeat))
    external = statistics.median(timed([yibao, "conform", "--impl", " ".join(SERVE)]) for _ in range(args.repeat))
    baseline = naive(cases)
    print(f"scenarios: {len(cases)}")
    print(f"in process:                 {inproc:6.2f} s")
    print(f"external command, batched:  {external:6.2f} s   ({external / inproc:.2f}x in process)")
    print(f"new process per case:       {baseline:6.2f} s   (batched is {baseline / external:.1f}x faster)")


if __name__ == "__main__":
    main()
