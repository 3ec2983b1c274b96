"""Time the docs build and the review diff as the spec grows: the real spec, then with 400 and with
3,000 generated regions added (prefectures first, then counties beneath them).

The docs build is quoted next to plain `mkdocs build`, run as a separate process on the very pages
and configuration the build generates (written once beforehand): the ratio is what reading the spec
and generating the pages adds. Both must produce the same set of HTML files. The site's size on disk
and its search index are printed per region, to show they grow linearly. `yibao diff` is quoted next
to `diff -r` of the same two trees (a text diff, with no meaning); both must find a difference.

Contenders run interleaved (benchmarks/timing.py), at least five times each.

    python benchmarks/bench_review.py [--runs 5] [--added 0,400,3000]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate_spec import generate, real_region_count
from benchmarks.timing import Timing, interleave, machine, ratio
from yibao.site.build import write_sources
from yibao.spec.read import read_spec

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DAY = "2026-11-24"
def make_spec(work: Path, added: int) -> Path:
    return ROOT / "spec" if added == 0 else generate(work / f"spec-{added}", added)


def run(command: list[str], ok: tuple[int, ...] = (0,)) -> int:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in ok:
        raise SystemExit(f"{command[:3]} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return done.returncode


def pages_of(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def measure_docs(spec_dir: Path, work: Path, runs: int) -> tuple[dict[str, Timing], Path]:
    read = read_spec(spec_dir, ROOT / "schemas")
    assert not read.problems, read.problems[:3]
    regions = len(read.spec.regions)
    plain_site = work / f"plain-{regions}"
    config = write_sources(read.spec, work / f"src-{regions}", date.fromisoformat(DAY), plain_site)
    ours = work / f"site-{regions}"

    def yibao_build() -> list[str]:
        run([str(BIN / "yibao"), "docs", "build", "--spec", str(spec_dir), "--out", str(ours), "--date", DAY])
        return pages_of(ours)

    def mkdocs_build() -> list[str]:
        run([str(BIN / "mkdocs"), "build", "-q", "-f", str(config)])
        return pages_of(plain_site)

    timings = interleave({"yibao docs build": yibao_build, "mkdocs build (same pages)": mkdocs_build}, runs=runs)
    return timings, ours


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--added", default="0,400,3000", help="generated regions added to the real spec, comma-separated")
    args = parser.parse_args()
    print(f"Machine: {machine()}\n")
    print("| regions | yibao docs build (min / median / max) | mkdocs build, same pages | ratio | site size | per region "
          "| search index |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for added in (int(n) for n in args.added.split(",")):
            spec, regions = make_spec(work, added), real_region_count() + added
            timings, site = measure_docs(spec, work, args.runs)
            ours, plain = timings["yibao docs build"], timings["mkdocs build (same pages)"]
            total = size(site)
            index = (site / "search" / "search_index.json").stat().st_size
            print(f"| {regions} | {ours.row().split(': ', 1)[1]} | {plain.median:.2f} s | {ratio(ours, plain):.2f} "
                  f"| {total / 1e6:.1f} MB | {total / regions / 1e3:.0f} kB | {index / 1e6:.2f} MB |", flush=True)
            shutil.rmtree(site)
        big = make_spec(work, 400)
        shutil.copytree(ROOT / "features", big.parent / "features")  # so the diff runs the scenarios on both sides
        diffs = interleave({
            "yibao diff": lambda: run([str(BIN / "yibao"), "diff", str(ROOT), str(big.parent)]) == 0,
            "diff -r": lambda: run(["diff", "-r", "-q", str(ROOT / "spec"), str(big)], ok=(1,)) == 1,
        }, runs=args.runs)
        print(f"\n| diff, real → {real_region_count() + 400} regions | {diffs['yibao diff'].row()} | {diffs['diff -r'].row()} "
              f"| {ratio(diffs['yibao diff'], diffs['diff -r']):.1f} |")


if __name__ == "__main__":
    main()
