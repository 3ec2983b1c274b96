"""`yibao conform`: run the suite against an implementation and write the reports."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cucumber_tag_expressions import TagExpressionError  # type: ignore[import-untyped]
from cucumber_tag_expressions import parse as parse_tags

from yibao import paths
from yibao.conformance.coverage import coverage, render_markdown
from yibao.conformance.features import Scenario, load_suite
from yibao.report import badge, cucumber, html, junit, summary
from yibao.spec.read import read_spec

from .connectors import Connector, Http, InProcess
from .outcome import ScenarioOutcome
from .run import RunSettings, run_suite
from .supervise import Command


@dataclass
class Options:
    impl: str | None
    url: str | None
    regions: list[str]
    tags: str | None  # a Cucumber tag expression: "@region:440300 and not @unverified"
    report: Path
    timeout: float
    max_restarts: int
    max_fail: int | None
    batch_size: int


def select(scenarios: list[Scenario], regions: list[str], tags: str | None) -> list[Scenario]:
    chosen = [s for s in scenarios if not regions or set(s.regions) & set(regions)]
    if tags:
        expression = parse_tags(tags)
        chosen = [s for s in chosen if expression.evaluate(["@" + t for t in s.tags])]
    return chosen


def connector_for(options: Options) -> Connector:
    if options.impl:
        return Command(options.impl, options.timeout, options.max_restarts)
    if options.url:
        return Http(options.url, options.timeout)
    return InProcess()


def conform(options: Options) -> int:
    read = read_spec(paths.spec_dir(), paths.schemas_dir())
    if read.problems:
        print(f"yibao conform: the spec does not validate ({read.problems[0]})", file=sys.stderr)
        return 2
    suite = load_suite(paths.features_dir(), read.spec)
    for problem in suite.problems:
        print(problem, file=sys.stderr)
    if suite.problems:
        return 2
    try:
        scenarios = select(suite.scenarios, options.regions, options.tags)
    except TagExpressionError as exc:
        print(f"yibao conform: --tags: {exc}", file=sys.stderr)
        return 2
    started = datetime.now(UTC).astimezone()
    with _progress(len(scenarios)) as advance:
        run = run_suite(scenarios, connector_for(options), summary.SUITE_VERSION,
                        RunSettings(options.batch_size, options.max_fail), advance)
    data = summary.build(run, scenarios, summary.fingerprint(paths.spec_dir(), paths.features_dir()), started)
    write_reports(data, options.report, read.spec)
    (options.report / "coverage.md").write_text(render_markdown(coverage(read.spec, suite.scenarios)), encoding="utf-8")
    footer = data["footer"]
    print(f"{footer['passed']} passed, {footer['failed']} failed, {footer['skipped']} skipped, "
          f"{footer['errored']} errored, {footer['timed_out']} timed out — report in {options.report}/")
    return 0 if footer["failed"] + footer["errored"] + footer["timed_out"] == 0 and not run.interrupted else 1


def write_reports(data: dict[str, object], directory: Path, spec: object) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "summary.json").write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    (directory / "junit.xml").write_bytes(junit.render(data))
    (directory / "cucumber.json").write_text(json.dumps(cucumber.render(data), ensure_ascii=False, indent=2), encoding="utf-8")
    (directory / "index.html").write_text(html.render(data, spec), encoding="utf-8")  # type: ignore[arg-type]
    (directory / "badge.svg").write_text(badge.render(data["footer"]["pass_rate"]), encoding="utf-8")  # type: ignore[index]


@contextmanager
def _progress(total: int) -> Iterator[Callable[[ScenarioOutcome], None]]:
    """A progress bar on a terminal (rich); nothing when output is redirected."""
    if not sys.stderr.isatty():
        yield lambda outcome: None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("conformance", total=total)
        yield lambda outcome: bar.advance(task)

