"""The `yibao` command."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from . import __version__, paths

# Heavy modules (the spec reader, jsonschema, rich, the engine) are imported inside the functions
# that need them, so that `--help` and small commands start fast.


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # `yibao policy … | head`: the reader left; end quietly, as cat does
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="yibao", description=__doc__)
    parser.add_argument("--version", action="version", version=f"yibao {__version__}")
    parser.add_argument("--print-completion", choices=("bash", "zsh", "tcsh"), metavar="SHELL",
                        help="print a shell completion script (bash, zsh or tcsh) and exit")
    parser.add_argument("--no-cache", action="store_true", help="parse every spec and feature file afresh, without the cache")
    commands = parser.add_subparsers(dest="command")

    validate = commands.add_parser("validate", help="validate and lint a spec directory")
    validate.add_argument("spec_dir", nargs="?", type=Path, default=None, help="default: the bundled spec/")
    validate.add_argument("--schemas", type=Path, default=None, help="default: the bundled schemas/")
    validate.add_argument("--today", default=None, metavar="DATE", help="the day freshness is judged from (today)")

    policy = commands.add_parser("policy", help="the rules in force in a region on a date, with provenance")
    policy.add_argument("region", help="GB/T 2260 code, e.g. 440300; a county code resolves to its nearest region")
    policy.add_argument("date", help="ISO 8601 date, e.g. 2024-11-01")
    policy.add_argument("--format", choices=("table", "json", "yaml"), default=None,
                        help="table (in Chinese; the default on a terminal), json (the default otherwise) or yaml")

    cover = commands.add_parser("coverage", help="the region × rule matrix: own, inherited, national or silent")
    cover.add_argument("--format", choices=("text", "json", "md"), default="text")
    cover.add_argument("--date", default=None, help="the day to look at (today)")

    decide = commands.add_parser("decide", help="decide one case with the reference implementation; print the result as JSON")
    decide.add_argument("case", nargs="?", default="-", help="a case file, JSON or YAML; - (the default) reads standard input")
    decide.add_argument("--explain", action="store_true", help="print the result as a readable trace of why")
    decide.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the trace (zh)")

    conform = commands.add_parser("conform", help="run the conformance suite against an implementation; write reports")
    target = conform.add_mutually_exclusive_group()
    target.add_argument("--impl", metavar="CMD", help="a command speaking the protocol over stdin/stdout")
    target.add_argument("--url", help="an HTTP endpoint speaking the protocol")
    conform.add_argument("--region", action="append", default=[], metavar="CODE", help="only scenarios in this region")
    conform.add_argument("--tags", metavar="EXPR", help="a Cucumber tag expression, e.g. '@region:440300 and not @unverified'")
    conform.add_argument("--report", type=Path, default=Path("reports"), metavar="DIR", help="where reports go (reports/)")
    conform.add_argument("--timeout", type=_number(float, 0.001, 86400), default=10.0, help="seconds to wait for each reply (10)")
    conform.add_argument("--max-restarts", type=_number(int, 0, 1000), default=5, help="failed restarts in a row before giving up (5)")
    conform.add_argument("--max-fail", type=_number(int, 1, None), default=None,
                         help="stop sending after this many failures (the batch already sent ahead is still judged)")
    conform.add_argument("--batch-size", type=_number(int, 1, 10000), default=50, help="cases per run message (50)")
    conform.add_argument("-k", dest="names", action="append", metavar="TEXT",
                         help="only scenarios whose id or name contains TEXT (case-insensitive; repeat for any of several)")
    conform.add_argument("--fail-on-skip", action="store_true", help="exit 1 when any selected scenario is skipped")
    conform.add_argument("--min-coverage", type=_number(float, 0, 100), metavar="PCT",
                         help="exit 1 unless at least PCT%% of the selected scenarios are tested (not skipped)")
    conform.add_argument("--export-cases", type=Path, metavar="DIR",
                         help="write each selected scenario's case and expectation as a JSON file in DIR, and stop")
    conform.add_argument("--smoke", action="store_true", help="check the handshake and one case per action kind, and stop")
    conform.add_argument("--fuzz", type=_positive, metavar="N", help="then send N generated cases, compared with the reference")
    conform.add_argument("--seed", type=int, default=0, metavar="S", help="the fuzzer's seed: the same seed, the same cases (0)")

    mutate = commands.add_parser("mutate", help="mutation score of the suite: spec mutants and code mutants of the reference")
    only = mutate.add_mutually_exclusive_group()
    only.add_argument("--spec-only", action="store_true", help="only the spec mutants (in memory, about half a minute)")
    only.add_argument("--code-only", action="store_true", help="only the code mutants of reference_impl/ (mutmut; a checkout)")
    mutate.add_argument("--report", type=Path, default=Path("reports"), metavar="DIR", help="where mutation.md/.json go (reports/)")
    mutate.add_argument("--children", type=_positive, default=2, metavar="N", help="parallel mutmut workers (2)")

    review = commands.add_parser("diff", help="what changed between two revisions of the spec, as Markdown")
    review.add_argument("old", help="a git revision or a directory holding spec/")
    review.add_argument("new", help="a git revision or a directory holding spec/")

    docs = commands.add_parser("docs", help="the rule docs site")
    docs_commands = docs.add_subparsers(dest="docs_command", required=True)
    docs_build = docs_commands.add_parser("build", help="build the static site from spec/ and docs/")
    docs_build.add_argument("--out", type=Path, default=Path("site"), help="output folder (site/)")
    docs_build.add_argument("--date", default=None, help="the day whose rules the pages show (today)")
    docs_build.add_argument("--spec", type=Path, default=None, help="the spec folder (default: the bundled spec/)")

    return parser


def _main(argv: list[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.print_completion:
        import shtab

        print(shtab.complete(parser, args.print_completion))
        return 0
    if args.command is None:
        parser.print_usage(sys.stderr)
        print("yibao: error: a command is required", file=sys.stderr)
        return 2
    if args.no_cache:
        os.environ["YIBAO_NO_CACHE"] = "1"
    if args.command == "mutate":
        from .trust.mutate import mutate as run_mutate

        return run_mutate(args.spec_only, args.code_only, args.report, args.children)
    if args.command == "docs":
        return _docs_build(args.out, args.date, args.spec or paths.spec_dir())
    if args.command == "diff":
        return _diff(args.old, args.new)
    if args.command == "conform":
        from .harness.conform import Options
        from .harness.conform import conform as run_conform

        options = Options(args.impl, args.url, args.region, args.tags, args.report, args.timeout,
                          args.max_restarts, args.max_fail, args.batch_size, args.names, args.fail_on_skip,
                          args.min_coverage, args.export_cases, args.smoke)
        status = run_conform(options)
        if args.fuzz and status != 2:
            from .trust.fuzz import fuzz_command

            status = max(status, fuzz_command(options, args.fuzz, args.seed))
        return status
    if args.command == "decide":
        return _decide(args.case, args.lang if args.explain else None)
    if args.command == "validate":
        return _validate(args.spec_dir or paths.spec_dir(), args.schemas or paths.schemas_dir(), args.today)
    if args.command == "coverage":
        return _coverage(args.format, args.date)
    if args.command == "policy":
        return _policy(args.region, args.date, args.format or ("table" if sys.stdout.isatty() else "json"))
    parser.error(f"unknown command {args.command!r}")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def _day(command: str, text: str | None) -> date | None:
    """The date given (today when none); None, after a one-line message, when it is not a date."""
    try:
        return date.fromisoformat(text) if text else date.today()
    except ValueError:
        print(f"yibao {command}: {text!r} is not an ISO 8601 date (YYYY-MM-DD)", file=sys.stderr)
        return None


def _validate(spec_dir: Path, schemas_dir: Path, today_text: str | None) -> int:
    from .spec.lint import lint, stale
    from .spec.read import read_spec

    today = _day("validate", today_text)
    if today is None:
        return 2
    if not spec_dir.is_dir():
        print(f"yibao validate: {spec_dir} is not a directory", file=sys.stderr)
        return 2
    result = read_spec(spec_dir, schemas_dir)
    # Root causes first: the files that did not load or validate. Lint would only add follow-on
    # errors about what those files define, so it waits until they are fixed.
    problems = sorted(result.problems)
    if result.failed:
        print(f"lint skipped until these files are fixed: {', '.join(sorted(result.failed))}", file=sys.stderr)
    else:
        problems = sorted(problems + lint(result.spec))
    for problem in problems:
        print(problem)
    warnings = [] if result.failed else stale(result.spec, today)
    for warning in sorted(warnings):
        print(warning)
    spec = result.spec
    summary = (
        f"{len(result.documents)} files, {len(spec.rules)} rules, {len(spec.all_versions())} versions, "
        f"{len(spec.regions)} regions, {len(spec.sources)} sources, {len(spec.claims)} claims"
    )
    if problems:
        print(f"{len(problems)} problem(s) found in {summary}", file=sys.stderr)
        return 1
    print(f"spec is valid: {summary}" + (f" ({len(warnings)} warning(s))" if warnings else ""))
    return 0


def _spec_and_day(command: str, day_text: str | None) -> tuple[Any, date] | int:
    """The bundled Spec and the day asked about; or, after a one-line message, the exit code."""
    from .spec.read import read_bundled

    day = _day(command, day_text)
    if day is None:
        return 2
    result = read_bundled()
    if result.problems:
        print(f"yibao {command}: the spec has problems; run `yibao validate` ({result.problems[0]})", file=sys.stderr)
        return 1
    return result.spec, day


def _policy(asked: str, day_text: str, output: str) -> int:
    from .spec.policy import resolve

    found = _spec_and_day("policy", day_text)
    if isinstance(found, int):
        return found
    spec, day = found
    region = spec.nearest_region(asked)
    if region is None:
        print(f"yibao policy: unknown region {asked!r} (not in spec/vocabulary/regions.yaml or counties.yaml)", file=sys.stderr)
        return 2
    policy = resolve(spec, region, day)
    if output == "table":
        from .policy_table import print_policy

        print_policy(spec, policy, asked)
        return 0
    data = policy.to_json(spec)
    if asked != region:  # a county without rules of its own: say whose rules these are
        data = {"asked": {"code": asked, "zh": spec.counties[asked], "resolved_to": region}, **data}
    if output == "yaml":
        import yaml

        print(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), end="")
    else:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def _coverage(output: str, day_text: str | None) -> int:
    from .spec.coverage import coverage

    found = _spec_and_day("coverage", day_text)
    if isinstance(found, int):
        return found
    spec, day = found
    matrix = coverage(spec, day)
    if output == "json":
        print(json.dumps(matrix.to_json(), ensure_ascii=False, indent=2))
    else:
        print(matrix.to_markdown() if output == "md" else matrix.to_text(), end="")
    return 0


def _docs_build(out: Path, day_text: str | None, spec_dir: Path) -> int:
    from .site.build import BuildFailed, Refused, build, protected
    from .spec.read import read_spec

    try:
        day = date.fromisoformat(day_text) if day_text else date.today()
    except ValueError:
        print(f"yibao docs build: {day_text!r} is not an ISO 8601 date", file=sys.stderr)
        return 2
    result = read_spec(spec_dir, paths.schemas_dir())
    if result.problems:
        print(f"yibao docs build: the spec has problems; run `yibao validate` ({result.problems[0]})", file=sys.stderr)
        return 1
    try:
        site = build(result.spec, out.resolve(), day, protected(spec_dir))
    except (Refused, BuildFailed, OSError) as exc:  # a refused --out is a usage error; anything else, a failed build
        print(f"yibao docs build: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, Refused) else 1
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


def _decide(source: str, explain: str | None = None) -> int:
    from reference_impl import decide
    from reference_impl.engine import bundled

    from .case_input import CaseInputError, read_case

    try:
        document = read_case(source)
    except CaseInputError as exc:
        print(f"yibao decide: {exc}", file=sys.stderr)
        return 2
    result = decide(document)
    if explain:
        from .explain import render

        text = render(result, bundled().spec, explain)
    else:
        text = json.dumps(result, ensure_ascii=False, indent=2)
    print(text)
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
