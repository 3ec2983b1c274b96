"""Read the feature files and compile each scenario (and each example row) into a case and its expectation."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gherkin.errors import CompositeParserException, ParserError

from yibao.spec.model import Spec
from yibao.spec.problems import Problem, display_path

from .parsed import ParsedFeatures
from .steps import Labels, StepError, apply
from .world import Expectation, World


@dataclass
class Step:
    """One Given/When/Then line as written, and (for a then step) what it alone expects."""

    keyword: str
    text: str
    line: int
    expect: Expectation | None = None


@dataclass
class Scenario:
    id: str
    name: str
    feature: str  # the feature's name
    topic: str  # the folder under features/
    uri: str
    line: int
    tags: list[str]
    case: dict[str, Any] = field(default_factory=dict)
    expect: Expectation = field(default_factory=Expectation)
    steps: list[Step] = field(default_factory=list)

    def tagged(self, prefix: str) -> list[str]:
        return [t[len(prefix) + 1 :] for t in self.tags if t.startswith(prefix + ":")]

    @property
    def rules(self) -> list[str]:
        """Rule refs (rule@version). Gherkin splits tags at @, so a tag writes the version after a colon."""
        return [tag.replace(":", "@", 1) for tag in self.tagged("rule")]

    @property
    def regions(self) -> list[str]:
        return self.tagged("region")

    @property
    def unverified(self) -> bool:
        return "unverified" in self.tags


@dataclass
class Suite:
    scenarios: list[Scenario]
    problems: list[Problem]


def load_suite(features_root: Path, spec: Spec) -> Suite:
    labels = Labels.of(spec)
    scenarios: list[Scenario] = []
    problems: list[Problem] = []
    parsed = ParsedFeatures(features_root)
    for path in sorted(features_root.rglob("*.feature")):
        found, trouble = compile_feature(path, features_root, labels, parsed)
        scenarios += found
        problems += trouble
    parsed.save()
    claims = {f"{c.seed}:{c.id}" for c in spec.claims}
    refs = {v.ref for v in spec.all_versions()} | set(spec.rules)
    for s in scenarios:
        missing = [kind for kind in ("rule", "source", "region") if not s.tagged(kind)]
        if missing:
            problems.append(Problem(s.uri, s.line, 1, f"{s.id}: needs tags {', '.join('@' + k + ':' for k in missing)}"))
        problems += [Problem(s.uri, s.line, 1, f"{s.id}: @rule:{r} is neither a rule nor a rule version")
                     for r in s.rules if r not in refs]
        problems += [Problem(s.uri, s.line, 1, f"{s.id}: @claim:{c} is not in spec/claims/")
                     for c in s.tagged("claim") if c not in claims]
        problems += [Problem(s.uri, s.line, 1, f"{s.id}: @source:{c} is not in spec/sources.yaml")
                     for c in s.tagged("source") if c not in spec.sources]
        problems += [Problem(s.uri, s.line, 1, f"{s.id}: @region:{c} is not a region")
                     for c in s.tagged("region") if c not in spec.regions]
    seen: dict[str, Scenario] = {}
    for s in scenarios:
        if s.id in seen:
            problems.append(Problem(s.uri, s.line, 1, f"scenario id {s.id!r} also used at {seen[s.id].uri}:{seen[s.id].line}"))
        seen.setdefault(s.id, s)
    return Suite(scenarios, problems)


def compile_feature(path: Path, root: Path, labels: Labels,
                    parsed: ParsedFeatures | None = None) -> tuple[list[Scenario], list[Problem]]:
    shown = display_path(path)
    text = path.read_text(encoding="utf-8")
    try:
        document, pickles = (parsed or ParsedFeatures(root, enabled=False)).parse(text, shown)
    except CompositeParserException as exc:
        return [], [_parse_problem(shown, e) for e in exc.errors]
    except ParserError as exc:
        return [], [_parse_problem(shown, exc)]
    feature = document.get("feature")
    if feature is None:
        return [], [Problem(shown, 1, 1, "no feature in this file")]
    lines, keywords = _ast_nodes(feature)
    scenarios, problems = [], []
    counters: dict[str, int] = {}
    for pickle in pickles:
        tags = [t["name"].lstrip("@") for t in pickle["tags"]]
        ids = [t[3:] for t in tags if t.startswith("id:")]
        line = lines.get(pickle["astNodeIds"][-1], 1)
        if len(ids) != 1:
            problems.append(Problem(shown, line, 1, f"scenario {pickle['name']!r} needs exactly one @id: tag"))
            continue
        scenario_id = ids[0]
        if len(pickle["astNodeIds"]) > 1:  # an example row of an outline: number it
            counters[scenario_id] = counters.get(scenario_id, 0) + 1
            scenario_id = f"{scenario_id}-{counters[scenario_id]}"
        scenario = Scenario(scenario_id, pickle["name"], feature["name"], path.parent.relative_to(root).as_posix(),
                            shown, line, tags)
        world = World()
        try:
            for step in pickle["steps"]:
                node = step["astNodeIds"][0]
                alone = World(case=world.case)  # a step's own expectation, for per-step status in reports
                apply(alone, labels, step["text"].strip())
                world.expect.merge(alone.expect)
                scenario.steps.append(Step(keywords.get(node, ""), step["text"].strip(), lines.get(node, line),
                                           alone.expect if alone.expect else None))
        except StepError as exc:
            step_line = lines.get(step["astNodeIds"][0], line)
            problems.append(Problem(shown, step_line, 1, f"{scenario_id}: {exc}"))
            continue
        if "action" not in world.case or "as_of" not in world.case or world.expect.outcome is None:
            problems.append(Problem(shown, line, 1,
                                    f"{scenario_id}: a scenario needs a date (日期是), an action (当 …) and an outcome (结果是)"))
            continue
        world.case.setdefault("region", (scenario.regions or ["110000"])[0])
        scenario.case, scenario.expect = world.case, world.expect
        scenarios.append(scenario)
    return scenarios, problems


def _ast_nodes(feature: dict[str, Any]) -> tuple[dict[str, int], dict[str, str]]:
    """The line of every scenario, step and example row, and the keyword of every step, by AST node id."""
    lines: dict[str, int] = {}
    keywords: dict[str, str] = {}

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if "id" in node and "location" in node:
                lines[node["id"]] = node["location"]["line"]
                if "keyword" in node and "text" in node:
                    keywords[node["id"]] = node["keyword"]
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    visit(feature)
    return lines, keywords


def _parse_problem(shown: str, error: Any) -> Problem:
    location = getattr(error, "location", None) or {}
    return Problem(shown, location.get("line", 1) or 1, location.get("column", 1) or 1, f"Gherkin: {error}")
