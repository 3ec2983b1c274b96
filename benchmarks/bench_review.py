"""Time the docs build and the review diff on the real spec and on the spec with 400 generated regions.

Each is quoted next to a named alternative measured in the same run: the docs build against
`mkdocs build` alone on the same generated pages (so the figure shows what generating the pages
costs), and `yibao diff` against `diff -r` of the same two trees (a text diff, with no meaning).

    python benchmarks/bench_review.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate_spec import generate

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def timed(command: list[str], ok: tuple[int, ...] = (0,)) -> float:
    start = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if run.returncode not in ok:
        raise SystemExit(run.stdout[-2000:] + run.stderr[-2000:])
    return elapsed


def measure(label: str, spec: Path, work: Path) -> None:
    out = work / f"site-{label}"
    build = timed([str(BIN / "yibao"), "docs", "build", "--spec", str(spec), "--out", str(out), "--date", "2026-11-24"])
    mkdocs = timed([str(BIN / "mkdocs"), "build", "-q", "-f", str(out.with_name(out.name + ".src") / "mkdocs.yml")])
    print(f"| docs build | {label} | {build:.2f} s | mkdocs build alone {mkdocs:.2f} s | {build / mkdocs:.2f} |")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        big = generate(work / "big", 400)
        shutil.copytree(ROOT / "features", big.parent / "features")  # so the diff runs the scenarios on both sides
        print("| task | spec | yibao | alternative | ratio |")
        print("|---|---|---|---|---|")
        measure("real", ROOT / "spec", work)
        measure("400 regions", big, work)
        ours = timed([str(BIN / "yibao"), "diff", str(ROOT), str(big.parent)])
        text = timed(["diff", "-r", str(ROOT / "spec"), str(big)], ok=(0, 1))
        print(f"| diff | real → 400 regions | {ours:.2f} s | diff -r {text:.2f} s | {ours / text:.1f} |")


if __name__ == "__main__":
    main()
