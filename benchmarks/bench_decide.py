"""Settlement decisions per second, in one process, over generated cases across regions and dates.

Compares the reference engine (policies cached per region and period between rule changes, with
explanations) with a naive baseline measured in the same run: the same engine resolving the policy
from scratch for every case. With --against REV, the engine of another git revision is timed too
(its reference_impl/ is extracted to a temporary folder), so that a change is measured before and
after in one run. Contenders run interleaved (benchmarks/timing.py), and must agree on every
result: the full results for the two of this revision, the outcomes and allocations against REV.

    python benchmarks/bench_decide.py [--cases 10000] [--seed 1] [--runs 5] [--against 77e4a0a]
"""

from __future__ import annotations

import argparse
import importlib
import io
import random
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.timing import interleave, machine  # noqa: E402
from reference_impl.engine import Engine, bundled  # noqa: E402
from yibao.spec.policy import Policy, Resolver, resolve  # noqa: E402

REGIONS = ["110000", "440300", "420100", "330100", "370100", "411000", "350000", "310000", "620000", "371500"]
CATEGORIES = ["designated_pharmacy.drug", "designated_institution.personal_burden", "vaccine.non_nip", "fitness"]


class NaiveResolver(Resolver):
    def policy(self, region: str, day: date) -> Policy:
        return resolve(self.spec, region, day)


def generate(count: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    start, span = date(2021, 5, 1), (date(2026, 11, 24) - date(2021, 5, 1)).days
    cases = []
    for _ in range(count):
        region = rng.choice(REGIONS)
        authorizers = [f"A{i}" for i in range(rng.randint(0, 3))]
        persons = [{"id": p, "scheme": "employee_basic", "insured_region": region, "status": "enrolled",
                    "tier": "tier1", "accounts": {"personal": rng.randint(0, 200_000)}} for p in ["P", *authorizers]]
        cases.append({
            "as_of": f"{start + timedelta(days=rng.randint(0, span))}T10:00:00+08:00",
            "region": region,
            "persons": persons,
            "relations": [{"person": "P", "of": a, "relationship": rng.choice(["parent", "child", "sibling"])}
                          for a in authorizers],
            "bindings": [{"kind": "family_mutual_aid", "authorizer": a, "beneficiary": "P", "order": i + 1}
                         for i, a in enumerate(authorizers)],
            "regional_figures": {"prev_year_avg_wage_fen": 1_000_000},
            "action": {"kind": "settle", "patient": "P", "venue": "designated_pharmacy", "category": rng.choice(CATEGORIES),
                       "amount_fen": rng.randint(1, 300_000), "credential": {"holder": "P"}, "random_seed": rng.randint(0, 99)},
        })
    return cases


def engine_at(revision: str, spec: Any, folder: Path) -> Engine:
    """The reference engine of another revision, over this revision's spec, imported as `reference_at_rev`."""
    archive = subprocess.run(["git", "archive", "--end-of-options", revision, "reference_impl"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "reference_impl").rename(folder / "reference_at_rev")
    sys.path.insert(0, str(folder))
    module = importlib.import_module("reference_at_rev.engine")
    engine: Engine = module.Engine(spec)
    return engine


def decider(engine: Engine, cases: list[dict[str, Any]], keep: Callable[[dict[str, Any]], Any]) -> Callable[[], list[Any]]:
    return lambda: [keep(engine.decide(case)) for case in cases]


def money(result: dict[str, Any]) -> tuple[str, Any]:
    """What two engines of different revisions must agree on: the outcome and who pays what."""
    return result["outcome"], result.get("allocation")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", metavar="REV", help="also time the engine of this git revision")
    args = parser.parse_args()
    cases = generate(args.cases, args.seed)
    spec = bundled().spec
    ours = Engine(spec)
    naive = Engine(spec)
    naive.resolver = NaiveResolver(spec)
    full = lambda result: result  # noqa: E731
    timings = interleave({"reference engine": decider(ours, cases, full),
                          "baseline (policy from scratch)": decider(naive, cases, full)}, args.runs)
    outcomes: dict[str, int] = {}
    for result in map(ours.decide, cases):
        outcomes[result["outcome"]] = outcomes.get(result["outcome"], 0) + 1
    print(f"{machine()}; {len(cases)} cases across {len(REGIONS)} regions, 2021-05-01 to 2026-11-24; outcomes {outcomes}")
    ratios = {name: t.median / timings["reference engine"].median for name, t in timings.items()}
    if args.against:
        with tempfile.TemporaryDirectory() as folder:
            theirs = engine_at(args.against, spec, Path(folder))
            name = f"reference engine at {args.against}"
            pair = interleave({"reference engine": decider(ours, cases, money), name: decider(theirs, cases, money)},
                              args.runs)
            timings[name] = pair[name]
            ratios[name] = pair[name].median / pair["reference engine"].median  # both from the same interleaved runs
    for timing in timings.values():
        print(f"{timing.name:38} {len(cases) / timing.median:10,.0f} decisions/s   {timing.row()}")
    for name, ratio in ratios.items():
        if name != "reference engine":
            print(f"ratio, time of {name} / time of the reference engine: {ratio:.2f}x")

if __name__ == "__main__":
    main()
