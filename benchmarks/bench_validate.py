"""Time `yibao validate` (schema + lint, with line numbers) against check-jsonschema (schema only).

Both read the same files with the same schemas, interleaved in one run (benchmarks/timing.py), on
the real spec and on the real spec with 400 and 3,000 generated regions added. check-jsonschema needs one process per schema;
its time is the sum over those processes, which is what a CI job using it would pay. yibao is timed
twice: warm (its cache of parsed files filled, as on a contributor's second run) and cold (--no-cache,
as on a fresh CI machine). Every contender must report every file valid, or the run stops.

    python benchmarks/bench_validate.py [--runs 5] [--added 0 400 3000]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate_spec import generate, real_region_count
from benchmarks.timing import interleave, machine, ratio
from yibao.spec.schemas import schema_for

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run_all(commands: list[list[str]]) -> list[str]:
    """Run each command; stop the benchmark if one fails. Returns their stdout."""
    outputs = []
    for command in commands:
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"{command[0]} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
        outputs.append(done.stdout)
    return outputs


def yibao(spec: Path, *options: str) -> Callable[[], int]:
    def validate() -> int:
        [out] = run_all([[str(BIN / "yibao"), *options, "validate", str(spec)]])
        found = re.search(r"spec is valid: (\d+) files", out)
        assert found, out
        return int(found.group(1))  # files that passed

    return validate


def check_jsonschema(spec: Path) -> Callable[[], int]:
    groups: dict[str, list[str]] = defaultdict(list)
    for path in sorted(spec.rglob("*.yaml")):
        schema = schema_for(path.relative_to(spec).as_posix())
        if schema:
            groups[schema].append(str(path))
    exe = shutil.which("check-jsonschema", path=str(BIN)) or "check-jsonschema"
    commands = [
        [exe, "--schemafile", str(ROOT / "schemas" / schema), "--base-uri", (ROOT / "schemas" / schema).as_uri(), *files]
        for schema, files in groups.items()
    ]

    def validate() -> int:
        run_all(commands)  # exit 0: every file passed
        return sum(len(files) for files in groups.values())

    return validate


def measure(spec: Path, regions: int, runs: int) -> str:
    yibao(spec)()  # fill the cache once, so that "warm" means warm from the first timed run
    timings = interleave({
        "yibao validate (warm)": yibao(spec),
        "yibao validate (cold, --no-cache)": yibao(spec, "--no-cache"),
        "check-jsonschema": check_jsonschema(spec),
    }, runs=runs)
    warm, cold, theirs = timings.values()
    cells = [f"{t.median:.2f} s ({min(t.seconds):.2f}–{max(t.seconds):.2f})" for t in (warm, cold, theirs)]
    files = len(list(spec.rglob("*.yaml")))
    return f"| {regions:,} | {files:,} | {' | '.join(cells)} | {ratio(warm, theirs):.2f} | {ratio(cold, theirs):.2f} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--added", type=int, nargs="+", default=[0, 400, 3000], help="generated regions added to the real spec")
    args = parser.parse_args()
    print(f"{machine()}; median (min–max) of {args.runs} interleaved runs\n")
    print("| regions | files | yibao validate, warm | yibao validate, cold | check-jsonschema (schema only) "
          "| warm ÷ check-jsonschema | cold ÷ check-jsonschema |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for added in args.added:
            spec = ROOT / "spec" if added == 0 else generate(Path(tmp) / str(added), added)
            print(measure(spec, real_region_count() + added, args.runs), flush=True)


if __name__ == "__main__":
    main()
