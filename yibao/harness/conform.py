"""`yibao conform`: run the suite against an implementation and write the reports.

Exit codes: 0 every selected scenario tested and passed; 1 a failure, an error, a timeout, an
interrupted run, nothing tested, or a gate (--fail-on-skip, --min-coverage) not met; 2 a usage
error (a bad option, an unknown region or tag, a selection of no scenario, a missing command, a
report folder holding files yibao did not write).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cucumber_tag_expressions import TagExpressionError  # type: ignore[import-untyped]
from cucumber_tag_expressions import parse as parse_tags

from yibao import paths
from yibao.conformance.coverage import coverage, render_markdown
from yibao.conformance.features import Scenario, load_suite
from yibao.report import badge, cucumber, html, junit, summary
from yibao.report.folder import FolderRefused, check_target, write_folder
from yibao.spec.model import Spec
from yibao.spec.read import read_bundled

from .connectors import Connector, Http, InProcess
from .outcome import ScenarioOutcome
from .run import Run, RunSettings, run_suite
from .supervise import Command, CommandNotFound

SHOWN_FAILURES = 20  # failed scenarios listed on the terminal; the report holds them all


class UsageError(Exception):
    """A run that cannot mean anything: str() is the one line to print; the exit code is 2."""


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
    names: list[str] | None = None  # -k: substrings of a scenario's id or name; any may match
    fail_on_skip: bool = False
    min_coverage: float | None = None  # percent of the selected scenarios that must be tested
    export_cases: Path | None = None
    smoke: bool = False


def select(scenarios: list[Scenario], regions: list[str], tags: str | None, names: list[str] | None = None) -> list[Scenario]:
    chosen = [s for s in scenarios if not regions or set(s.regions) & set(regions)]
    if tags:
        expression = parse_tags(tags)
        chosen = [s for s in chosen if expression.evaluate(["@" + t for t in s.tags])]
    if names:
        wanted = [n.casefold() for n in names]
        chosen = [s for s in chosen if any(n in s.id.casefold() or n in s.name.casefold() for n in wanted)]
    return chosen


def check_selection(options: Options, spec: Spec, scenarios: list[Scenario]) -> list[Scenario]:
    """The scenarios the options select; UsageError for an unknown region or tag, or an empty selection."""
    unknown = [code for code in options.regions if code not in spec.regions]
    if unknown:
        raise UsageError(f"--region {unknown[0]}: no such region (see spec/vocabulary/regions.yaml)")
    try:
        chosen = select(scenarios, options.regions, options.tags, options.names)
    except TagExpressionError as exc:
        raise UsageError(f"--tags: {exc}") from None
    if options.tags:
        known = {"@" + t for s in scenarios for t in s.tags}
        strangers = [t for t in re.findall(r"@[^\s()]+", options.tags) if t not in known]
        if strangers:
            raise UsageError(f"--tags: no scenario carries the tag {strangers[0]}")
    if not chosen:
        raise UsageError("the options select no scenario; nothing would be tested")
    return chosen


def connector_for(options: Options) -> Connector:
    if options.impl:
        try:
            return Command(options.impl, options.timeout, options.max_restarts)
        except CommandNotFound as exc:
            raise UsageError(f"--impl: {exc}") from None
    if options.url:
        if not options.url.startswith(("http://", "https://")):
            raise UsageError(f"--url {options.url!r}: expected an http:// or https:// address")
        return Http(options.url, options.timeout)
    return InProcess()


def conform(options: Options) -> int:
    try:
        return _conform(options)
    except (UsageError, FolderRefused) as exc:
        print(f"yibao conform: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # before the run began (a run in progress writes its report)
        print("yibao conform: interrupted", file=sys.stderr)
        return 130


def _conform(options: Options) -> int:
    read = read_bundled()  # shared with the in-process reference: one read per process
    if read.problems:
        raise UsageError(f"the spec does not validate ({read.problems[0]})")
    suite = load_suite(paths.features_dir(), read.spec)
    for problem in suite.problems:
        print(problem, file=sys.stderr)
    if suite.problems:
        return 2
    scenarios = check_selection(options, read.spec, suite.scenarios)
    if options.export_cases is not None:
        write_folder(options.export_cases, export(scenarios))
        print(f"{len(scenarios)} cases written to {options.export_cases}/")
        return 0
    connector = connector_for(options)
    if options.smoke:
        from .smoke import smoke

        return smoke(connector, scenarios)
    check_target(options.report)  # refuse before running, not after
    started = datetime.now(UTC).astimezone()
    with _progress(len(scenarios)) as advance:
        run = run_suite(scenarios, connector, summary.SUITE_VERSION,
                        RunSettings(options.batch_size, options.max_fail), advance)
    data = summary.build(run, scenarios, summary.fingerprint(paths.spec_dir(), paths.features_dir()), started)
    write_folder(options.report, reports(data, read.spec, render_markdown(coverage(read.spec, suite.scenarios))))
    print_failures(data, read.spec)
    footer = data["footer"]
    print(f"{footer['passed']} passed, {footer['failed']} failed, {footer['skipped']} skipped, "
          f"{footer['errored']} errored, {footer['timed_out']} timed out; {footer['tested']} of {footer['total']} "
          f"selected tested — report in {options.report}/")
    return verdict(options, footer, run)


def verdict(options: Options, footer: dict[str, Any], run: Run) -> int:
    """The exit code, with one line on standard error saying why when it is not 0."""
    def fail(reason: str) -> int:
        print(f"yibao conform: {reason}", file=sys.stderr)
        return 1

    if run.interrupted:
        return fail("the run was interrupted")
    if footer["tested"] == 0:
        why = f": {run.hello.problem}" if run.hello.problem else ""
        return fail(f"no scenario was tested: all {footer['total']} selected were skipped{why}")
    bad = footer["failed"] + footer["errored"] + footer["timed_out"]
    if bad:
        return fail(f"{bad} of {footer['tested']} tested scenarios did not pass")
    if options.fail_on_skip and footer["skipped"]:
        return fail(f"--fail-on-skip: {footer['skipped']} scenarios were skipped")
    if options.min_coverage is not None and footer["coverage"] * 100 < options.min_coverage:
        return fail(f"--min-coverage {options.min_coverage:g}: only {footer['coverage'] * 100:.1f}% of the selected "
                    f"scenarios were tested ({footer['tested']} of {footer['total']})")
    return 0


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")


def reports(data: dict[str, Any], spec: Spec, coverage_md: str) -> dict[str, bytes]:
    """Every file of a report folder, by name."""
    return {
        "summary.json": _json(data),
        "junit.xml": junit.render(data),
        "cucumber.json": _json(cucumber.render(data)),
        "index.html": html.render(data, spec).encode("utf-8"),
        "badge.svg": badge.render(data["footer"]).encode("utf-8"),
        "coverage.md": coverage_md.encode("utf-8"),
    }


def export(scenarios: list[Scenario]) -> dict[str, bytes]:
    """One plain JSON file per scenario: where it is written, the case sent, and what its result must show."""
    files = {}
    for s in scenarios:
        name = re.sub(r"[^\w.-]", "_", s.id) + ".json"
        files[name] = _json({"id": s.id, "name": s.name, "uri": s.uri, "line": s.line, "tags": s.tags,
                             "case": s.case, "expect": s.expect.to_json()})
    return files


def print_failures(data: dict[str, Any], spec: Spec) -> None:
    """The scenarios that did not pass, as a vendor needs them: where, what was expected and what came back."""
    bad = [r for r in data["results"] if r["state"] in ("failed", "errored", "timed_out")]
    if not bad:
        return
    print(f"\n{len(bad)} scenarios did not pass:")
    for r in bad[:SHOWN_FAILURES]:
        print(f"\n✗ {r['id']} ({r['state']}) {r['uri']}:{r['line']}\n  {r['name']}")
        for message in r["messages"]:
            print(f"  - {message}")
        if r.get("result") is not None:
            print(f"  received: outcome {r['result'].get('outcome')!r}, reasons {r['result'].get('reasons')}")
        for ref in r["rules"]:
            print(f"  rule {ref}: {_sources(spec, ref)}")
    if len(bad) > SHOWN_FAILURES:
        print(f"\n… and {len(bad) - SHOWN_FAILURES} more: see the report")
    print()


def _sources(spec: Spec, ref: str) -> str:
    for version in spec.all_versions():
        if ref in (version.ref, version.rule_id):
            return "; ".join(f"{c.source} [{spec.sources[c.source].tier}]" if c.source in spec.sources else c.source
                             for c in version.citations) or "no source"
    return "unknown rule"


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
