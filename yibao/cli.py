"""The `yibao` command."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import yaml

from . import paths
from .spec.lint import lint
from .spec.load import LoadError, load_bytes
from .spec.policy import resolve
from .spec.read import read_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="yibao", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    validate = commands.add_parser("validate", help="validate and lint a spec directory")
    validate.add_argument("spec_dir", nargs="?", type=Path, default=None, help="default: the bundled spec/")
    validate.add_argument("--schemas", type=Path, default=None, help="default: the bundled schemas/")

    policy = commands.add_parser("policy", help="the rules in force in a region on a date, with provenance")
    policy.add_argument("region", help="GB/T 2260 code, e.g. 440300")
    policy.add_argument("date", help="ISO 8601 date, e.g. 2024-11-01")
    policy.add_argument("--format", choices=("json", "yaml"), default="json")

    decide = commands.add_parser("decide", help="decide one case with the reference implementation; print the result as JSON")
    decide.add_argument("case", nargs="?", default="-", help="a case file, JSON or YAML; - (the default) reads standard input")

    conform = commands.add_parser("conform", help="run the conformance suite against an implementation; write reports")
    target = conform.add_mutually_exclusive_group()
    target.add_argument("--impl", metavar="CMD", help="a command speaking the protocol over stdin/stdout")
    target.add_argument("--url", help="an HTTP endpoint speaking the protocol")
    conform.add_argument("--region", action="append", default=[], metavar="CODE", help="only scenarios in this region")
    conform.add_argument("--tags", metavar="EXPR", help="a Cucumber tag expression, e.g. '@region:440300 and not @unverified'")
    conform.add_argument("--report", type=Path, default=Path("reports"), metavar="DIR", help="where reports go (reports/)")
    conform.add_argument("--timeout", type=_number(float, 0.001, 86400), default=10.0, help="seconds to wait for each reply (10)")
    conform.add_argument("--max-restarts", type=_number(int, 0, 1000), default=5, help="restarts after crashes or hangs (5)")
    conform.add_argument("--max-fail", type=_number(int, 1, None), default=None, help="stop sending after this many failures")
    conform.add_argument("--batch-size", type=_number(int, 1, 10000), default=50, help="cases per run message (50)")
    conform.add_argument("-k", dest="names", action="append", metavar="TEXT",
                         help="only scenarios whose id or name contains TEXT (case-insensitive; repeat for any of several)")
    conform.add_argument("--fail-on-skip", action="store_true", help="exit 1 when any selected scenario is skipped")
    conform.add_argument("--min-coverage", type=_number(float, 0, 100), metavar="PCT",
                         help="exit 1 unless at least PCT%% of the selected scenarios are tested (not skipped)")
    conform.add_argument("--export-cases", type=Path, metavar="DIR",
                         help="write each selected scenario's case and expectation as a JSON file in DIR, and stop")
    conform.add_argument("--smoke", action="store_true", help="check the handshake and one case per action kind, and stop")

    review = commands.add_parser("diff", help="what changed between two revisions of the spec, as Markdown")
    review.add_argument("old", help="a git revision or a directory holding spec/")
    review.add_argument("new", help="a git revision or a directory holding spec/")

    docs = commands.add_parser("docs", help="the rule docs site")
    docs_commands = docs.add_subparsers(dest="docs_command", required=True)
    docs_build = docs_commands.add_parser("build", help="build the static site from spec/ and docs/")
    docs_build.add_argument("--out", type=Path, default=Path("site"), help="output folder (site/)")
    docs_build.add_argument("--date", default=None, help="the day whose rules the pages show (today)")
    docs_build.add_argument("--spec", type=Path, default=None, help="the spec folder (default: the bundled spec/)")

    args = parser.parse_args(argv)
    if args.command == "docs":
        return _docs_build(args.out, args.date, args.spec or paths.spec_dir())
    if args.command == "diff":
        return _diff(args.old, args.new)
    if args.command == "conform":
        from .harness.conform import Options
        from .harness.conform import conform as run_conform

        return run_conform(Options(args.impl, args.url, args.region, args.tags, args.report, args.timeout,
                                   args.max_restarts, args.max_fail, args.batch_size, args.names, args.fail_on_skip,
                                   args.min_coverage, args.export_cases, args.smoke))
    if args.command == "decide":
        return _decide(args.case)
    if args.command == "validate":
        return _validate(args.spec_dir or paths.spec_dir(), args.schemas or paths.schemas_dir())
    return _policy(args.region, args.date, args.format)


def _validate(spec_dir: Path, schemas_dir: Path) -> int:
    if not spec_dir.is_dir():
        print(f"yibao validate: {spec_dir} is not a directory", file=sys.stderr)
        return 2
    result = read_spec(spec_dir, schemas_dir)
    problems = sorted(result.problems)
    if result.foundations_broken:
        print(f"lint skipped until these files are fixed: {', '.join(result.foundations_broken)}", file=sys.stderr)
    else:
        problems = sorted(problems + lint(result.spec))
    for problem in problems:
        print(problem)
    spec = result.spec
    summary = (
        f"{len(result.documents)} files, {len(spec.rules)} rules, {len(spec.all_versions())} versions, "
        f"{len(spec.regions)} regions, {len(spec.sources)} sources, {len(spec.claims)} claims"
    )
    if problems:
        print(f"{len(problems)} problem(s) found in {summary}", file=sys.stderr)
        return 1
    print(f"spec is valid: {summary}")
    return 0


def _policy(region: str, day_text: str, output: str) -> int:
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        print(f"yibao policy: {day_text!r} is not an ISO 8601 date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    result = read_spec(paths.spec_dir(), paths.schemas_dir())
    if result.problems:
        print(f"yibao policy: the spec has problems; run `yibao validate` ({result.problems[0]})", file=sys.stderr)
        return 1
    if region not in result.spec.regions:
        print(f"yibao policy: unknown region {region!r} (see spec/vocabulary/regions.yaml)", file=sys.stderr)
        return 2
    data = resolve(result.spec, region, day).to_json(result.spec)
    if output == "yaml":
        print(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), end="")
    else:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def _docs_build(out: Path, day_text: str | None, spec_dir: Path) -> int:
    from .site.build import build

    try:
        day = date.fromisoformat(day_text) if day_text else date.today()
    except ValueError:
        print(f"yibao docs build: {day_text!r} is not an ISO 8601 date", file=sys.stderr)
        return 2
    result = read_spec(spec_dir, paths.schemas_dir())
    if result.problems:
        print(f"yibao docs build: the spec has problems; run `yibao validate` ({result.problems[0]})", file=sys.stderr)
        return 1
    site = build(result.spec, out.resolve(), day)
    print(f"site built in {site}")
    return 0


def _diff(old: str, new: str) -> int:
    from .review.diff import diff

    try:
        markdown, problems = diff(old, new)
    except ValueError as exc:
        print(f"yibao diff: {exc}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"yibao diff: {new} does not validate ({len(problems)} problems)", file=sys.stderr)
        return 1
    print(markdown)
    return 0


def _decide(source: str) -> int:
    from reference_impl import decide

    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        document = load_bytes(raw, "<stdin>" if source == "-" else source)
    except OSError as exc:
        print(f"yibao decide: cannot read {source}: {exc.strerror}", file=sys.stderr)
        return 2
    except LoadError as exc:
        print(f"yibao decide: {exc.problem}", file=sys.stderr)
        return 2
    result = decide(document.data)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 1 if result["outcome"] == "error" else 0


def _number(kind: type[int] | type[float], low: float, high: float | None) -> Callable[[str], float]:
    """An argparse type for a number within [low, high]: anything else is a usage error (exit 2), not a traceback."""
    def convert(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {'a whole number' if kind is int else 'a number'}") from None
        if value != value or value < low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(f"{text} is out of range: expected {low:g} to {'any' if high is None else f'{high:g}'}")
        return value

    return convert


if __name__ == "__main__":
    sys.exit(main())
