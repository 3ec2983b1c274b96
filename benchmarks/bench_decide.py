"""Settlement decisions per second, in one process, over generated cases across regions and dates.

Compares the reference engine (policies cached per region and period between rule changes) with a
naive baseline measured in the same run: the same engine resolving the policy from scratch for
every case.

    python benchmarks/bench_decide.py [--cases 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reference_impl.engine import Engine, bundled
from yibao.spec.policy import Policy, Resolver, resolve

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


def rate(engine: Engine, cases: list[dict[str, Any]]) -> tuple[float, dict[str, int]]:
    outcomes: dict[str, int] = {}
    begin = time.perf_counter()
    for case in cases:
        outcome = engine.decide(case)["outcome"]
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return len(cases) / (time.perf_counter() - begin), outcomes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    cases = generate(args.cases, args.seed)
    spec = bundled().spec
    ours, outcomes = rate(Engine(spec), cases)
    naive_engine = Engine(spec)
    naive_engine.resolver = NaiveResolver(spec)
    naive, naive_outcomes = rate(naive_engine, cases)
    assert outcomes == naive_outcomes, "the baseline must decide the same way"
    print(f"cases: {len(cases)} across {len(REGIONS)} regions, 2021-05-01 to 2026-11-24; outcomes {outcomes}")
    print(f"reference engine:              {ours:10,.0f} decisions/s")
    print(f"baseline (policy from scratch): {naive:10,.0f} decisions/s")
    print(f"ratio: {ours / naive:.1f}x")


if __name__ == "__main__":
    main()
