"""`yibao mutate`: run every spec mutant (and the code mutants) against the suite; score and survivors.

A mutant is killed when some scenario fails or errors against it. Each spec mutant first meets the
scenarios tagged with its version, then those tagged with its rule (they usually kill it at once);
only when those all pass does the rest of the suite run, so a survivor has passed every scenario.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from yibao.conformance.features import Scenario
from yibao.harness.run import RunSettings, run_suite
from yibao.report.summary import SUITE_VERSION
from yibao.spec.lint import lint
from yibao.spec.load import LoadError, load_bytes
from yibao.spec.model import Spec

from .files import write_files
from .oracle import Reference
from .spec_mutants import SpecMutant, spec_mutants

KILLING = ("failed", "errored", "timed_out")


@dataclass
class Verdict:
    id: str
    where: str
    change: str
    killed_by: str | None  # the first scenario that noticed, None for a survivor
    equivalent: str | None = None  # the reviewed reason, when listed in equivalent-mutants.yaml


@dataclass
class Score:
    kind: str  # "spec" or "code"
    total: int
    killed: int
    equivalent: int
    seconds: float
    survivors: list[Verdict] = field(default_factory=list)
    tool: str = "yibao"
    sample: str | None = None  # how the mutants were chosen, when not all of them ran

    @property
    def percent(self) -> float:
        judged = self.total - self.equivalent
        return 100.0 if judged == 0 else 100.0 * self.killed / judged


def judge_spec_mutant(mutant: SpecMutant, spec: Spec, ordered: list[Scenario], known: set[str]) -> str | None:
    """What notices the mutant: "lint: …" for a spec `yibao validate` rejects (say, overlapping periods),
    else the id of the first scenario (of ordered, the suite in the order to try) that fails; None
    when the whole suite passes."""
    mutated = mutant.apply(spec)
    new = [p for p in lint(mutated) if str(p) not in known]
    if new:
        return f"lint: {new[0].message}"
    run = run_suite(ordered, Reference(mutated), SUITE_VERSION, RunSettings(batch_size=8, max_fail=1))
    return next((o.scenario_id for o in run.outcomes if o.state in KILLING), None)


def likeliest_first(scenarios: list[Scenario]) -> Callable[[str], list[Scenario]]:
    """For a mutated version (rule@version), the whole suite: first the scenarios tagged with that
    version, then those tagged with its rule, then the rest, each part in suite order. The tags are
    read once for all mutants."""
    tagged: dict[str, list[int]] = {}
    for n, scenario in enumerate(scenarios):
        for ref in dict.fromkeys(key for r in scenario.rules for key in (r, r.split("@", 1)[0])):
            tagged.setdefault(ref, []).append(n)

    def order(version: str) -> list[Scenario]:
        first = dict.fromkeys([*tagged.get(version, []), *tagged.get(version.split("@", 1)[0], [])])
        return [scenarios[n] for n in first] + [s for n, s in enumerate(scenarios) if n not in first]
    return order


def run_spec_mutants(spec: Spec, scenarios: list[Scenario], equivalents: dict[str, str]) -> tuple[Score, list[Verdict]]:
    began = time.monotonic()
    verdicts = []
    known = {str(p) for p in lint(spec)}
    order = likeliest_first(scenarios)
    for mutant in spec_mutants(spec):
        killer = judge_spec_mutant(mutant, spec, order(mutant.version), known)
        verdicts.append(Verdict(mutant.id, mutant.where, f"{mutant.field}: {mutant.change}", killer,
                                None if killer else equivalents.get(mutant.id)))
    killed = sum(v.killed_by is not None for v in verdicts)
    equivalent = sum(v.equivalent is not None for v in verdicts)
    survivors = [v for v in verdicts if v.killed_by is None]
    return Score("spec", len(verdicts), killed, equivalent, time.monotonic() - began, survivors), verdicts


def read_equivalents(path: Path) -> tuple[dict[str, str], list[str]]:
    """The reviewed equivalent mutants (id → one-line reason), and problems with the file."""
    try:
        document = load_bytes(path.read_bytes(), path.name)
    except OSError as exc:
        return {}, [f"{path.name}: cannot read: {exc.strerror}"]
    except LoadError as exc:
        return {}, [str(exc.problem)]
    entries = document.data.get("equivalent", []) if isinstance(document.data, dict) else None
    if not isinstance(entries, list):
        return {}, [f"{path.name}: expected a mapping with a list 'equivalent'"]
    found: dict[str, str] = {}
    problems = []
    for n, entry in enumerate(entries):
        if not (isinstance(entry, dict) and set(entry) == {"mutant", "reason"}
                and isinstance(entry["mutant"], str) and isinstance(entry["reason"], str) and entry["reason"].strip()):
            problems.append(f"{path.name}: equivalent[{n}]: expected exactly 'mutant' and a non-empty one-line 'reason'")
            continue
        if entry["mutant"] in found:
            problems.append(f"{path.name}: equivalent[{n}]: {entry['mutant']} is listed twice")
        found[entry["mutant"]] = entry["reason"].strip()
    return found, problems


def stale_equivalents(equivalents: dict[str, str], verdicts: list[Verdict]) -> list[str]:
    """Listed mutants that no longer exist or are now killed: the list must be reviewed again."""
    alive = {v.id for v in verdicts if v.killed_by is None}
    return sorted(set(equivalents) - alive)


def to_json(scores: list[Score]) -> dict[str, Any]:
    return {"scores": [{**asdict(s), "percent": round(s.percent, 2)} for s in scores]}


def to_markdown(scores: list[Score]) -> str:
    lines = ["# Mutation score", "", "| mutants | total | killed | equivalent | score | time | tool |",
             "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for s in scores:
        lines.append(f"| {s.kind}{' (' + s.sample + ')' if s.sample else ''} | {s.total} | {s.killed} | {s.equivalent} "
                     f"| {s.percent:.1f}% | {s.seconds:.0f} s | {s.tool} |")
    for s in scores:
        open_ones = [v for v in s.survivors if v.equivalent is None]
        lines += ["", f"## Surviving {s.kind} mutants ({len(open_ones)} open, {len(s.survivors) - len(open_ones)} equivalent)", ""]
        lines += [f"- `{v.id}` at {v.where}: {_cell(v.change)}" + (f" — equivalent: {v.equivalent}" if v.equivalent else "")
                  for v in s.survivors]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def write_report(directory: Path, scores: list[Score]) -> None:
    write_files(directory, {"mutation.json": json.dumps(to_json(scores), ensure_ascii=False, indent=2),
                            "mutation.md": to_markdown(scores)})


EQUIVALENTS = "equivalent-mutants.yaml"  # beside the features it is reviewed with
CODE_GATE = 90.0


def mutate(spec_only: bool, code_only: bool, report: Path, children: int) -> int:
    """`yibao mutate`: 0 when every gate holds, 1 when one does not, 2 when the run cannot start."""
    from yibao import paths
    from yibao.conformance.features import load_suite
    from yibao.spec.read import read_spec

    scores: list[Score] = []
    failures: list[str] = []
    if not code_only:
        read = read_spec(paths.spec_dir(), paths.schemas_dir())
        suite = load_suite(paths.features_dir(), read.spec)
        if read.problems or suite.problems:
            print(f"yibao mutate: fix the spec and features first ({(read.problems + suite.problems)[0]})", file=sys.stderr)
            return 2
        equivalents, problems = read_equivalents(paths.features_dir() / EQUIVALENTS)
        score, verdicts = run_spec_mutants(read.spec, suite.scenarios, equivalents)
        scores.append(score)
        failures += problems + [f"{EQUIVALENTS}: {m} is listed but is killed or no longer made"
                                for m in stale_equivalents(equivalents, verdicts)]
        open_ones = [v for v in score.survivors if v.equivalent is None]
        if open_ones:
            failures.append(f"{len(open_ones)} spec mutants survive and are not listed as equivalent")
    if not spec_only:
        from .code_mutants import run_code_mutants

        code, problem = run_code_mutants(Path.cwd(), children)
        if code is None:
            print(f"yibao mutate: {problem}", file=sys.stderr)
            return 2
        scores.append(code)
        if code.percent < CODE_GATE:
            failures.append(f"code mutants: {code.percent:.1f}% killed, below {CODE_GATE:.0f}%")
    write_report(report, scores)
    for s in scores:
        print(f"{s.kind} mutants: {s.killed} of {s.total - s.equivalent} killed ({s.percent:.1f}%), "
              f"{s.equivalent} equivalent, {s.seconds:.0f} s")
    for failure in failures:
        print(f"gate: {failure}", file=sys.stderr)
    print(f"report in {report}/mutation.md and mutation.json")
    return 1 if failures else 0
