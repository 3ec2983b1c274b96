"""What the spec's growth costs the review commands: this revision against an older one, each on its own spec.

`yibao validate`, `yibao docs build` and `yibao diff` (a spec against itself: both sides read and every
scenario run twice) are timed at this revision and at REV (default d97aade, the last revision with the
64-region spec), interleaved (benchmarks/timing.py). REV's tree is extracted with `git archive` and run with
this environment's packages. This revision runs with --no-cache, as on a fresh CI machine, since REV had
no cache of parsed files. Both sides must succeed; their region counts are printed beside the times.

    python benchmarks/bench_growth.py [--against d97aade] [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate_spec import real_region_count
from benchmarks.timing import interleave, machine, ratio

ROOT = Path(__file__).resolve().parent.parent
CLI = "import sys; from yibao.cli import main; sys.exit(main())"


def extract(revision: str, folder: Path) -> Path:
    archive = subprocess.run(["git", "archive", "--end-of-options", revision], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def yibao(tree: Path, *args: str) -> bool:
    """Run the yibao CLI of `tree` in `tree`; stop the benchmark if it fails."""
    done = subprocess.run([sys.executable, "-c", CLI, *args], cwd=tree, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(tree)})
    if done.returncode != 0:
        raise SystemExit(f"{tree}: yibao {' '.join(args)} exited {done.returncode}\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return True


def commands(out: Path) -> dict[str, tuple[str, ...]]:
    return {"validate": ("validate",),
            "docs build": ("docs", "build", "--out", str(out), "--date", "2026-11-24"),
            "diff": ("diff", ".", ".")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", default="d97aade", metavar="REV")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old = extract(args.against, Path(tmp) / "old")
        print(f"{machine()}; this revision: {real_region_count()} regions; {args.against}: {real_region_count(old)} regions\n")
        print(f"| command | this revision | {args.against} | ratio |")
        print("|---|---|---|---|")
        theirs = commands(Path(tmp) / "site-old")
        for name, argv in commands(Path(tmp) / "site").items():
            new_argv, old_argv = ("--no-cache", *argv), theirs[name]
            timings = interleave({"now": lambda a=new_argv: yibao(ROOT, *a), "then": lambda a=old_argv: yibao(old, *a)},
                                 runs=args.runs)
            now, then = timings["now"], timings["then"]
            print(f"| yibao {name} | {now.row().split(': ', 1)[1]} | {then.row().split(': ', 1)[1]} | "
                  f"{ratio(now, then):.2f} |", flush=True)


if __name__ == "__main__":
    main()
