"""Time `yibao validate` (schema + lint, with line numbers) against check-jsonschema (schema only).

Both read the same files with the same schemas, in the same run: the real spec, and a generated
spec with 400 more regional overlays. check-jsonschema needs one process per schema; its time is
the sum over those processes, which is what a CI job using it would pay.

    python benchmarks/bench_validate.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate_spec import generate
from yibao.spec.schemas import schema_for

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def timed(commands: list[list[str]]) -> float:
    start = time.perf_counter()
    for command in commands:
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            raise SystemExit(f"{command[0]} failed:\n{run.stdout[-2000:]}{run.stderr[-2000:]}")
    return time.perf_counter() - start


def yibao_commands(spec: Path) -> list[list[str]]:
    return [[str(BIN / "yibao"), "validate", str(spec)]]


def check_jsonschema_commands(spec: Path) -> list[list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for path in sorted(spec.rglob("*.yaml")):
        schema = schema_for(path.relative_to(spec).as_posix())
        if schema:
            groups[schema].append(str(path))
    exe = shutil.which("check-jsonschema", path=str(BIN)) or "check-jsonschema"
    return [
        [exe, "--schemafile", str(ROOT / "schemas" / schema), "--base-uri", (ROOT / "schemas" / schema).as_uri(), *files]
        for schema, files in groups.items()
    ]


def measure(label: str, spec: Path, repeat: int) -> None:
    files = len(list(spec.rglob("*.yaml")))
    ours = statistics.median(timed(yibao_commands(spec)) for _ in range(repeat))
    theirs = statistics.median(timed(check_jsonschema_commands(spec)) for _ in range(repeat))
    print(f"| {label} | {files} | {ours:.2f} s | {theirs:.2f} s | {ours / theirs:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| spec | files | yibao validate (schema + lint) | check-jsonschema (schema only) | ratio |")
    print("|---|---|---|---|---|")
    measure("real", ROOT / "spec", args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        measure("real + 400 generated regions", generate(Path(tmp), 400), args.repeat)


if __name__ == "__main__":
    main()
