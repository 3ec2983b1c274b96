"""How long small commands take, against the floor of any Python tool that reads YAML and JSON Schema.

The alternative is `python -c 'import yaml, jsonschema_rs'`: the two imports every spec reader needs,
and nothing else. The goal is 1.5× of it for `yibao --help` and `yibao policy` on the real spec (warm
cache, output to a pipe). Interleaved runs (benchmarks/timing.py); each contender's output is checked.

    python benchmarks/bench_startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.timing import interleave, machine, ratio

BIN = Path(sys.executable).parent


def command(args: list[str], check: Callable[[str], bool]) -> Callable[[], bool]:
    def run() -> bool:
        done = subprocess.run(args, capture_output=True, text=True)
        return done.returncode == 0 and check(done.stdout)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    yibao = str(BIN / "yibao")
    subprocess.run([yibao, "policy", "440300", "2025-07-01"], capture_output=True, check=True)  # fill the cache
    timings = interleave({
        "python -c 'import yaml, jsonschema_rs'": command([sys.executable, "-c", "import yaml, jsonschema_rs"], lambda out: True),
        "yibao --help": command([yibao, "--help"], lambda out: "coverage" in out),
        "yibao policy 440300 2025-07-01": command([yibao, "policy", "440300", "2025-07-01"],
                                                  lambda out: json.loads(out)["region"]["code"] == "440300"),
        "yibao policy 440304 2025-07-01 (a county)": command([yibao, "policy", "440304", "2025-07-01"],
                                                             lambda out: json.loads(out)["asked"]["resolved_to"] == "440300"),
    }, runs=args.runs)
    floor, *others = timings.values()
    print(f"{machine()}; median (min–max) of {args.runs} interleaved runs\n")
    print("| command | median | min | max | ÷ floor |")
    print("|---|---|---|---|---|")
    for t in (floor, *others):
        print(f"| `{t.name}` | {t.median * 1000:.0f} ms | {min(t.seconds) * 1000:.0f} ms | {max(t.seconds) * 1000:.0f} ms "
              f"| {ratio(t, floor):.2f} |")


if __name__ == "__main__":
    main()
