"""Differential fuzzing: generated scenarios sent to an implementation and to the reference (the oracle).

A generated scenario is a list of the suite's own step sentences, so the case is built by the very
step definitions the features use, and a disagreement is already half a Gherkin scenario: the
reference's result supplies the "then" steps and the tags. Hypothesis generates and shrinks;
a fixed seed gives the same cases in the same order every time.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any, TypeVar

from hypothesis import HealthCheck, Phase, Verbosity, given, settings
from hypothesis import seed as with_seed
from hypothesis import strategies as st

from yibao import paths
from yibao.conformance.steps import ACCOUNTS, STEPS, Labels
from yibao.conformance.world import OUTCOMES, Expectation, World, check
from yibao.harness.conform import Options, connector_for
from yibao.harness.connectors import Connector
from yibao.harness.outcome import Reply
from yibao.report.summary import SUITE_VERSION
from yibao.spec.model import Spec
from yibao.spec.policy import Resolver
from yibao.spec.read import read_spec

from .files import write_files
from .oracle import Reference

T = TypeVar("T")

NAMES = ("甲", "乙", "丙", "丁")  # 甲 is the patient or the sender; the others are relatives
OUTCOME_WORDS = {code: word for word, code in OUTCOMES.items()}
INTS = {"order", "count"}  # the only fields the step patterns read as numbers (:d)
ACCOUNT_WORDS = {code: word for word, code in ACCOUNTS.items() if code}


@dataclass(frozen=True)
class Target:
    """One rule version to probe: where it applies and the days around its edges."""

    rule: str
    regions: tuple[str, ...]  # region codes: the version's own, or every region for a national one
    days: tuple[date, ...]


@dataclass(frozen=True)
class Vocabulary:
    """What the generator draws from, read from the spec: no hand-kept list of regions or dates."""

    targets: list[Target]
    region_names: dict[str, str]  # code → Chinese name, as the steps say it
    relationships: dict[str, str]  # id → Chinese label
    categories: list[str]

    def by_rule(self) -> list[list[Target]]:
        """The targets grouped by rule, so that every rule gets an equal share of the cases however many
        versions it has (the provinces' dated versions of four rules would otherwise take most of them)."""
        groups: dict[str, list[Target]] = {}
        for target in self.targets:
            groups.setdefault(target.rule, []).append(target)
        return list(groups.values())

    @classmethod
    def of(cls, spec: Spec) -> Vocabulary:
        own = sorted(scope for scope in spec.versions if scope != "national")
        targets = []
        for v in sorted(spec.all_versions(), key=lambda v: (v.scope != "national", v.ref)):
            edges = [v.effective_from] + ([v.effective_to + timedelta(days=1)] if v.effective_to else [])
            days = tuple(edge + timedelta(days=step) for edge in edges for step in (0, -1, 1))
            targets.append(Target(v.rule_id, tuple(own + sorted(set(spec.regions) - set(own))) if v.scope == "national"
                                  else (v.scope,), days))
        return cls(targets, {code: r.label.zh for code, r in spec.regions.items()},
                   {t.id: t.label.zh for t in spec.vocab["relationships"].values() if t.id != "self"},  # two people
                   [t.label.zh for t in spec.vocab["expense_categories"].values()])


HANDLERS = {pattern: handler for pattern, _, handler in STEPS}


@dataclass(frozen=True)
class Step:
    """One step sentence, kept as its pattern and values so that the case is built without parsing."""

    pattern: str  # exactly as registered in yibao.conformance.steps
    values: tuple[tuple[str, Any], ...]

    @property
    def text(self) -> str:
        return re.sub(r"\{(\w+)(:\w+)?\}", lambda m: str(dict(self.values)[m.group(1)]), self.pattern)


def step(pattern: str, **values: Any) -> Step:
    return Step(pattern, tuple(values.items()))


@dataclass
class Generated:
    given: list[Step]
    when: list[Step]

    def texts(self) -> list[str]:
        return [s.text for s in self.given + self.when]


KINDS = {"family_aid": ("bind", "settle"), "settlement": ("settle",), "usage": ("settle",), "wallet": ("transfer", "settle")}


def scenarios(vocab: Vocabulary, resolver: Resolver) -> st.SearchStrategy[Generated]:
    """A case as step sentences, aimed at one rule version: its place, a day at one of its edges, 甲 and up
    to three relatives (mostly within the circle the rules allow there and then), and one action."""

    groups = tuple(map(tuple, vocab.by_rule()))
    regions, relationships, categories = tuple(vocab.region_names), tuple(vocab.relationships.values()), tuple(vocab.categories)

    @st.composite
    def build(draw: st.DrawFn) -> Generated:
        target = draw(one_of(draw(one_of(groups))))
        code = draw(one_of(target.regions))
        day = draw(one_of(target.days))
        region = vocab.region_names[code]
        scope = resolver.policy(code, day).get("family_aid.scope")
        allowed = tuple([vocab.relationships[r] for r in (scope.params.get("relationships") or [] if scope else [])
                         if r in vocab.relationships] or relationships)
        given = [step('日期是 "{day}"', day=day.isoformat()), step('业务在 "{region}" 办理', region=region)]
        others = NAMES[1 : 1 + draw(st.integers(0, 3))]
        for name in ("甲", *others):
            home = region if draw(st.integers(0, 3)) else vocab.region_names[draw(one_of(regions))]
            given += [step('"{name}" 在 "{region}" 参加{scheme}', name=name, region=home, scheme="职工医保"),
                      step('"{name}" 的{account}余额 {yuan} 元', name=name, account="个人账户", yuan=draw(st.integers(0, 600)))]
        for order, name in enumerate(others, 1):
            relationship = draw(one_of(allowed if draw(st.integers(0, 3)) else relationships))
            given.append(step('"{name}" 是 "{other}" 的{relationship}', name="甲", other=name, relationship=relationship))
            if draw(st.integers(0, 3)):
                given.append(step('"{authorizer}" 已为 "{beneficiary}" 办理家庭共济，备案顺序 {order:d}',
                                  authorizer=name, beneficiary="甲", order=order))
        amount = draw(st.integers(1, 1500))
        topic = target.rule.split(".", 1)[0]
        kind = draw(one_of(KINDS.get(topic, ("settle", "bind", "transfer")) if others else ("settle",)))
        if kind == "bind":
            when = [step('"{authorizer}" 为 "{beneficiary}" 办理家庭共济绑定', authorizer=draw(one_of(others)),
                         beneficiary="甲")]
        elif kind == "transfer":
            receiver = draw(one_of(others))
            given.append(step('"{sender}" 今天已向 "{receiver}" 转账 {count:d} 笔', sender="甲", receiver=receiver,
                              count=draw(st.integers(0, 4))))
            when = [step('"{sender}" 通过医保钱包向 "{receiver}" 转账 {yuan} 元', sender="甲", receiver=receiver, yuan=amount)]
        else:
            when = [draw(st.sampled_from([
                step('"{patient}" 在定点零售药店购药 {yuan} 元', patient="甲", yuan=amount),
                step('"{patient}" 在定点医疗机构{setting:Setting}就医，个人负担 {yuan} 元', patient="甲", setting="门诊", yuan=amount),
                step('"{patient}" 在定点医疗机构{setting:Setting}就医，个人负担 {yuan} 元', patient="甲", setting="住院", yuan=amount),
                step('"{patient}" 在{venue:Venue}支付{category} {yuan} 元', patient="甲", venue="定点零售药店",
                     category=draw(one_of(categories)), yuan=amount),
            ]))]
        return Generated(given, when)

    return build()


@cache
def one_of(options: tuple[T, ...]) -> st.SearchStrategy[T]:
    """st.sampled_from(options), made once: hypothesis labels each new strategy by hashing all its
    options, which, made anew for every draw, cost more than the rest of a case's generation."""
    return st.sampled_from(options)


def build_case(generated: Generated, labels: Labels) -> dict[str, Any]:
    """The case the features' own step definitions build from these steps (called directly: no parsing)."""
    world = World()
    for s in generated.given + generated.when:
        HANDLERS[s.pattern](world, labels, **{k: v if k in INTS else str(v) for k, v in s.values})
    return world.case


def expectation(reference: dict[str, Any], case: dict[str, Any], random_order: bool) -> Expectation:
    """What the implementation must show: the reference's outcome, reasons and, unless the order is random, every draw."""
    expect = Expectation(outcome=reference["outcome"], reasons=list(reference.get("reasons", [])))
    if random_order and reference.get("allocation"):
        expect.invariants = ["金额守恒", "不超过余额"]
        return expect
    for draw in reference.get("allocation") or []:
        key = (draw.get("person"), draw.get("account"))
        expect.paid[key] = expect.paid.get(key, 0) + draw.get("fen", 0)
    if reference.get("allocation") is not None:
        drawn = {person for person, _ in expect.paid}
        expect.untouched = [p["id"] for p in case["persons"] if p["id"] not in drawn]
    return expect


@dataclass
class Counterexample:
    steps: list[str]  # given steps, then the action's
    action_steps: int
    case: dict[str, Any]
    reference: dict[str, Any]
    got: Reply
    problems: list[str]
    gherkin: str = ""


@dataclass
class FuzzRun:
    implementation: str
    seed: int
    cases: int = 0  # cases sent, the shrinker's included
    seconds: float = 0.0
    counterexample: Counterexample | None = None
    problem: str | None = None  # the implementation could not be started
    shrunk_from: list[str] = field(default_factory=list)  # the first disagreement found, before shrinking

    def to_json(self) -> dict[str, Any]:
        found = self.counterexample
        return {"implementation": self.implementation, "seed": self.seed, "cases": self.cases,
                "seconds": round(self.seconds, 3), "problem": self.problem,
                "counterexample": None if found is None else {
                    "steps": found.steps, "case": found.case, "reference": found.reference,
                    "implementation": {"state": found.got.state, "result": found.got.result, "message": found.got.message},
                    "problems": found.problems, "gherkin": found.gherkin}}


class _Disagreement(Exception):
    pass


def fuzz(spec: Spec, connector: Connector, count: int, seed: int) -> FuzzRun:
    """Send count generated cases to the implementation and the reference; shrink the first disagreement."""
    labels = Labels.of(spec)
    oracle = Reference(spec)
    resolver = Resolver(spec)
    hello = connector.start(SUITE_VERSION)
    run = FuzzRun(f"{hello.name} {hello.version}", seed)
    if hello.problem:
        run.problem = hello.problem
        connector.stop()
        return run
    seqs = iter(range(10**12))

    def disagreement(generated: Generated) -> Counterexample | None:
        case = build_case(generated, labels)
        seq = next(seqs)
        expected = oracle.run([(seq, "fuzz", case)])[seq]
        got = connector.run([(seq, "fuzz", case)]).get(seq, Reply("errored", message="no reply for this case"))
        run.cases += 1
        if expected.result is None or got.state == "skipped":
            return None
        order = (resolver.policy(case["region"], date.fromisoformat(case["as_of"][:10]))
                 .get("settlement.deduction_order"))
        random_order = order is not None and order.params.get("between_authorizers") == "random"
        if got.state != "result" or got.result is None:
            problems = [f"{got.state}: {got.message}"]
        else:
            problems = check(expectation(expected.result, case, random_order), got.result, case)
        if not problems:
            return None
        return Counterexample(generated.texts(), len(generated.when), case, expected.result, got, problems)

    found: list[Counterexample] = []

    @settings(max_examples=count, database=None, deadline=None, derandomize=False, verbosity=Verbosity.quiet,
              phases=[Phase.generate, Phase.shrink], suppress_health_check=list(HealthCheck), report_multiple_bugs=False,
              print_blob=False)
    @with_seed(seed)
    @given(scenarios(Vocabulary.of(spec), resolver))
    def probe(generated: Generated) -> None:
        counterexample = disagreement(generated)
        if counterexample is not None:
            found.append(counterexample)  # the last one recorded is the shrunk one, replayed at the end
            raise _Disagreement

    began = time.monotonic()
    try:
        probe()
    except _Disagreement:
        run.counterexample = found[-1]
        run.counterexample.gherkin = gherkin(spec, run.counterexample, seed, hello.name)
        run.shrunk_from = found[0].steps
    finally:
        connector.stop()
        run.seconds = time.monotonic() - began
    return run


def gherkin(spec: Spec, found: Counterexample, seed: int, implementation: str) -> str:
    """The counterexample as a ready-to-review scenario: steps, the reference's result, and the tags it relied on."""
    result = found.reference
    refs = [ref for ref in result.get("rules", []) if ref.split("@", 1)[0] in spec.rules]
    versions = {v.ref: v for v in spec.all_versions()}
    sources = sorted({c.source for ref in refs if ref in versions for c in versions[ref].citations})
    digest = hashlib.sha256("\n".join(found.steps).encode()).hexdigest()[:8]
    tags = [f"@id:fuzz-{digest}", *(f"@rule:{ref.replace('@', ':', 1)}" for ref in refs),
            *(f"@source:{s}" for s in sources), f"@region:{found.case['region']}"]
    if result.get("unverified"):
        tags.append("@unverified")
    then = [f'结果是 "{OUTCOME_WORDS[result["outcome"]]}"']
    reasons = spec.vocab["reason_codes"]
    then += [f'原因包括 "{reasons[r].label.zh if r in reasons else r}"' for r in result.get("reasons", [])]
    expect = expectation(result, found.case, random_order=False)
    for (person, account), fen in expect.paid.items():
        yuan = f"{fen // 100}.{fen % 100:02d}"
        then.append(f"现金支付 {yuan} 元" if person is None else f'"{person}" 的{ACCOUNT_WORDS.get(account or "", "账户")}支付 {yuan} 元')
    then += [f'不动用 "{person}" 的账户' for person in expect.untouched]
    lines = ["# language: zh-CN", "功能: 差异模糊测试发现的反例", "",
             f"  # 种子 {seed}；{implementation} 与参考实现不一致：",
             *(f"  #   {problem}" for problem in found.problems),
             "  " + " ".join(tags), "  场景: 模糊测试反例（请审阅后改写场景名）"]
    given, when = found.steps[: -found.action_steps], found.steps[-found.action_steps :]
    lines += [f"    {'假如' if n == 0 else '而且'} {text}" for n, text in enumerate(given)]
    lines += [f"    {'当' if n == 0 else '而且'} {text}" for n, text in enumerate(when)]
    lines += [f"    那么 {text}" if n == 0 else f"    而且 {text}" for n, text in enumerate(then)]
    return "\n".join(lines) + "\n"


def fuzz_command(options: Options, count: int, seed: int) -> int:
    """`yibao conform --fuzz N [--seed S]`: fuzz.json and, on a disagreement, counterexample.feature in the report."""
    read = read_spec(paths.spec_dir(), paths.schemas_dir())
    if read.problems:
        print(f"yibao conform --fuzz: the spec does not validate ({read.problems[0]})", file=sys.stderr)
        return 2
    run = fuzz(read.spec, connector_for(options), count, seed)
    files = {"fuzz.json": json.dumps(run.to_json(), ensure_ascii=False, indent=2)}
    if run.counterexample is not None:
        files["counterexample.feature"] = run.counterexample.gherkin
    write_files(options.report, files)
    print(summary_line(run))
    if run.counterexample is not None:
        print(run.counterexample.gherkin)
        print(f"(kept in {options.report / 'counterexample.feature'})")
    return 0 if run.counterexample is None and run.problem is None else 1


def summary_line(run: FuzzRun) -> str:
    head = f"fuzz: {run.cases} cases against {run.implementation} in {run.seconds:.1f} s (seed {run.seed})"
    if run.problem:
        return f"{head}: could not start: {run.problem}"
    if run.counterexample is None:
        return f"{head}: no disagreement with the reference"
    return f"{head}: disagrees with the reference; the shrunk counterexample:"
