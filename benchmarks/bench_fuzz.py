"""Time differential fuzzing: N generated cases (10,000 by default), each sent to an implementation
and to the reference oracle, in one run and interleaved:

1. the implementation is the reference as an external command (`python -m reference_impl.serve`),
   one case per run message, as `yibao conform --impl … --fuzz N` sends them;
2. the implementation is the reference in process (no process boundary): what the protocol costs;
3. hypothesis generating the same cases, with no implementation at all: what generation costs.

    python benchmarks/bench_fuzz.py [--cases 10000] [--runs 5] [--seed 0]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as with_seed

from benchmarks.timing import interleave, machine, ratio
from yibao.harness.supervise import Command
from yibao.spec.policy import Resolver
from yibao.trust.fuzz import Generated, Vocabulary, fuzz, scenarios
from yibao.trust.oracle import Reference

SERVE = f"{sys.executable} -m reference_impl.serve"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    from reference_impl.engine import bundled

    spec = bundled().spec

    def against(connector: object) -> tuple[int, bool]:
        run = fuzz(spec, connector, args.cases, args.seed)  # type: ignore[arg-type]
        return run.cases, run.counterexample is None

    def generation_only() -> tuple[int, bool]:
        made = []

        @settings(max_examples=args.cases, database=None, deadline=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @with_seed(args.seed)
        @given(scenarios(Vocabulary.of(spec), Resolver(spec)))
        def generate(generated: Generated) -> None:
            made.append(generated)

        generate()
        return len(made), True

    timings = interleave({"external command": lambda: against(Command(SERVE, 10.0, 0)),
                          "in process": lambda: against(Reference(spec)),
                          "generation only": generation_only}, runs=args.runs)
    print(f"{args.cases} cases, seed {args.seed}, {machine()}")
    for timing in timings.values():
        print(f"  {timing.row()}   ({args.cases / timing.median:,.0f} cases/s)")
    external, inproc, generated = timings["external command"], timings["in process"], timings["generation only"]
    print(f"external command takes {ratio(external, inproc):.2f}x the in-process run; "
          f"generation alone is {generated.median / external.median:.0%} of the external run")


if __name__ == "__main__":
    main()
