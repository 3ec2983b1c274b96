"""Decisions per second, in one process, over generated cases across regions and dates.

Two measurements. First, settlements in 10 regions, warm: the reference engine (policies cached per
region and period between rule changes, with explanations) against a naive baseline measured in the
same run, the same engine resolving the policy from scratch for every case. Second, a first pass
(a new engine every run, so nothing is cached yet) over cases of every action kind spread across
every region of the spec, against the same baseline. With --against REV, the engine of another git
revision is timed too (its reference_impl/ and its policy resolver are extracted to a temporary
folder), so that a change is measured before and after in one run. Contenders run interleaved
(benchmarks/timing.py), and must agree on every result: the full results for the two of this
revision, the outcomes and allocations against REV.

With --added N, the spec is the real one plus N generated regions (benchmarks/generate_spec.py), so that
the first pass spreads its cases over that many more regions.

    python benchmarks/bench_decide.py [--cases 10000] [--spread 20000] [--seed 1] [--runs 5] [--against 77e4a0a] [--added 2697] [--quick]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
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

from benchmarks import generate_spec  # noqa: E402
from benchmarks.timing import Timing, interleave, machine  # noqa: E402
from reference_impl.engine import Engine, bundled  # noqa: E402
from yibao import paths  # noqa: E402
from yibao.spec.policy import Policy, Resolver, resolve  # noqa: E402
from yibao.spec.read import read_spec  # noqa: E402

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


def spread(count: int, seed: int, spec: Any) -> list[dict[str, Any]]:
    """Cases of every action kind, in every region of the spec in turn, on random days: most of them
    ask for a policy (region, period) that no earlier case asked for."""
    rng = random.Random(seed)
    regions, kinds = list(spec.regions), list(SPREAD_ACTIONS)
    start, span = date(2021, 5, 1), (date(2026, 11, 24) - date(2021, 5, 1)).days
    cases = []
    for n in range(count):
        region = regions[n % len(regions)]
        authorizers = [f"A{i}" for i in range(rng.randint(0, 3))]
        persons = [{"id": p, "scheme": rng.choice(["employee_basic", "employee_basic", "resident_basic"]),
                    "insured_region": region if rng.random() < 0.9 else rng.choice(regions), "status": "enrolled",
                    "tier": "tier1", "sex": rng.choice(["male", "female"]), "accounts": _accounts(rng)}
                   for p in ["P", *authorizers]]
        cases.append({
            "as_of": f"{start + timedelta(days=rng.randint(0, span))}T10:00:00+08:00",
            "region": region,
            "persons": persons,
            "relations": [{"person": "P", "of": a, "relationship": rng.choice(list(spec.vocab["relationships"]))}
                          for a in authorizers],
            "bindings": [{"kind": "family_mutual_aid", "authorizer": a, "beneficiary": "P", "order": i + 1}
                         for i, a in enumerate(authorizers)],
            "regional_figures": {"prev_year_avg_wage_fen": 1_000_000},
            "action": {"kind": kinds[n % len(kinds)], **SPREAD_ACTIONS[kinds[n % len(kinds)]](rng, spec, authorizers)},
        })
    return cases


def _accounts(rng: random.Random) -> dict[str, int]:
    if rng.random() < 0.3:  # regions that split the account
        return {"current_year": rng.randint(0, 100_000), "historical": rng.randint(0, 200_000)}
    return {"personal": rng.randint(0, 200_000), **({"mi_wallet": rng.randint(0, 50_000)} if rng.random() < 0.2 else {})}


def _other(authorizers: list[str]) -> str:
    return authorizers[0] if authorizers else "P"


Action = Callable[[random.Random, Any, list[str]], dict[str, Any]]
SPREAD_ACTIONS: dict[str, Action] = {
    "settle": lambda rng, spec, a: {
        "patient": "P", "venue": rng.choice(["designated_pharmacy", "designated_institution", "other"]),
        "category": rng.choice(list(spec.vocab["expense_categories"])), "amount_fen": rng.randint(1, 300_000),
        "credential": {"holder": "P"}, "random_seed": rng.randint(0, 99)},
    "bind": lambda rng, spec, a: {"authorizer": _other(a), "beneficiary": "P", "proof_provided": rng.random() < 0.5},
    "unbind": lambda rng, spec, a: {"authorizer": _other(a), "beneficiary": "P"},
    "pay_contribution": lambda rng, spec, a: {
        "payer": _other(a), "beneficiary": "P", "amount_fen": rng.randint(1, 100_000),
        "category": rng.choice([c for c in spec.vocab["expense_categories"] if c.startswith(("contribution.", "premium."))])},
    "wallet_transfer": lambda rng, spec, a: {"from": _other(a), "to": "P", "amount_fen": rng.randint(1, 50_000),
                                             "target": rng.choice(["mi_wallet", "personal"])},
    "wallet_refund": lambda rng, spec, a: {},
    "wallet_set_quota": lambda rng, spec, a: {"authorizer": _other(a), "beneficiary": "P", "quota_fen": rng.randint(0, 50_000)},
    "wallet_status_change": lambda rng, spec, a: {"person": "P", "change": rng.choice(
        ["insurance_terminated", "transferred_across_pooling_areas", "moved_within_pooling_area"])},
    "wallet_change_use_place": lambda rng, spec, a: {"person": "P", "to_region": rng.choice(list(spec.regions))},
    "withdraw": lambda rng, spec, a: {"person": "P", "reason": rng.choice(list(spec.vocab["withdrawal_reasons"]))},
    "compute_contribution": lambda rng, spec, a: {"wage_fen": rng.randint(100_000, 3_000_000)},
    "check_minimum_years": lambda rng, spec, a: {"person": "P", "cumulative_years": rng.randint(0, 40),
                                                 "local_actual_years": rng.randint(0, 20)},
    "resident_funding": lambda rng, spec, a: {},
    "resident_incentive": lambda rng, spec, a: {"continuous_years": rng.randint(0, 10),
                                                "zero_reimbursement_years": rng.randint(0, 5)},
}


def engine_at(revision: str, spec: Any, folder: Path) -> Callable[[], Engine]:
    """A maker of the reference engine of another revision, over this revision's spec: its reference_impl/,
    imported as `reference_at_rev`, with the Resolver of its yibao/spec/policy.py (the rest of yibao is
    this revision's)."""
    archive = subprocess.run(["git", "archive", "--end-of-options", revision, "reference_impl", "yibao/spec/policy.py"],
                             cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "reference_impl").rename(folder / "reference_at_rev")
    sys.path.insert(0, str(folder))
    module = importlib.import_module("reference_at_rev.engine")
    # Named inside yibao.spec, so that its relative imports (.model) find this revision's modules.
    found = importlib.util.spec_from_file_location("yibao.spec.policy_at_rev", folder / "yibao" / "spec" / "policy.py")
    assert found is not None and found.loader is not None
    policy = sys.modules[found.name] = importlib.util.module_from_spec(found)
    found.loader.exec_module(policy)

    def make() -> Engine:
        engine = module.Engine(spec)
        engine.resolver = policy.Resolver(spec)
        return engine
    return make


def naive_engine(spec: Any) -> Engine:
    engine = Engine(spec)
    engine.resolver = NaiveResolver(spec)
    return engine


Keep = Callable[[dict[str, Any]], Any]


def decider(engine: Engine, cases: list[dict[str, Any]], keep: Keep) -> Callable[[], list[Any]]:
    return lambda: [keep(engine.decide(case)) for case in cases]


def first_pass(make: Callable[[], Engine], cases: list[dict[str, Any]], keep: Keep) -> Callable[[], list[Any]]:
    """A new engine for every run: each run decides its cases with nothing cached yet."""
    return lambda: decider(make(), cases, keep)()


def full(result: dict[str, Any]) -> dict[str, Any]:
    return result


def money(result: dict[str, Any]) -> tuple[str, Any]:
    """What two engines of different revisions must agree on: the outcome and who pays what."""
    return result["outcome"], result.get("allocation")


def measure(title: str, cases: list[dict[str, Any]], ours: Callable[[Keep], Callable[[], list[Any]]],
            others: dict[str, Callable[[Keep], Callable[[], list[Any]]]], against: str | None, runs: int) -> None:
    """Time ours with the baseline (full results must agree), then, in a second interleaved run, with the
    engine of another revision (outcomes and allocations must agree); print one line per contender."""
    print(f"\n## {title}")
    timings = interleave({"reference engine": ours(full), **{name: make(full) for name, make in others.items()
                                                              if not name.startswith("reference engine at")}}, runs)
    ratios = {name: t.median / timings["reference engine"].median for name, t in timings.items()}
    if against:
        name = f"reference engine at {against}"
        try:
            pair = interleave({"reference engine": ours(money), name: others[name](money)}, runs)
        except Exception as exc:  # an older engine may lack an action kind, or decide some cases otherwise
            print(f"not compared with {name}: {type(exc).__name__}: {exc}")
        else:
            ours_again = f"reference engine (run with {against})"
            timings[ours_again] = Timing(ours_again, pair["reference engine"].seconds)
            timings[name] = pair[name]
            ratios[name] = pair[name].median / pair["reference engine"].median  # both from the same interleaved runs
    outcomes: dict[str, int] = {}
    for outcome, _ in ours(money)():
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    print(f"{len(cases)} cases; outcomes {outcomes}")
    for timing in timings.values():
        print(f"{timing.name:38} {len(cases) / timing.median:10,.0f} decisions/s   {timing.row()}")
    for name, ratio in ratios.items():
        if name != "reference engine":
            print(f"ratio, time of {name} / time of the reference engine: {ratio:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000, help="settlements, warm")
    parser.add_argument("--spread", type=int, default=20_000, help="cases of every kind across every region, first pass")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", metavar="REV", help="also time the engine of this git revision")
    parser.add_argument("--added", type=int, default=0, help="generated regions added to the real spec")
    parser.add_argument("--quick", action="store_true", help="2,000 settlements and 5,000 spread cases")
    args = parser.parse_args()
    if args.quick:
        args.cases, args.spread = 2_000, 5_000
    print(f"{machine()}; cases dated 2021-05-01 to 2026-11-24")
    with tempfile.TemporaryDirectory() as folder:
        spec = bundled().spec
        if args.added:
            read = read_spec(generate_spec.generate(Path(folder) / "generated", args.added), paths.schemas_dir())
            if read.problems:
                raise SystemExit(f"the generated spec does not validate: {read.problems[0]}")
            spec = read.spec
        theirs = engine_at(args.against, spec, Path(folder)) if args.against else None
        rev = f"reference engine at {args.against}"
        cases = generate(args.cases, args.seed)
        ours, naive = Engine(spec), naive_engine(spec)
        others = {"baseline (policy from scratch)": lambda keep: decider(naive, cases, keep)}
        if theirs:
            warm = theirs()
            others[rev] = lambda keep: decider(warm, cases, keep)
        measure(f"settlements across {len(REGIONS)} regions, warm", cases, lambda keep: decider(ours, cases, keep),
                others, args.against, args.runs)
        mixed = spread(args.spread, args.seed, spec)
        others = {"baseline (policy from scratch)": lambda keep: first_pass(lambda: naive_engine(spec), mixed, keep)}
        if theirs:
            others[rev] = lambda keep: first_pass(theirs, mixed, keep)
        measure(f"all {len(SPREAD_ACTIONS)} action kinds across all {len(spec.regions)} regions, first pass",
                mixed, lambda keep: first_pass(lambda: Engine(spec), mixed, keep), others, args.against, args.runs)


if __name__ == "__main__":
    main()
