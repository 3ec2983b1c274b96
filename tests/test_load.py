"""The safe loader: plain data round-trips, dates stay strings, and no input gives a traceback."""

from __future__ import annotations

import copy
import os
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yibao.spec import schemas
from yibao.spec.lint import lint, stale
from yibao.spec.load import LoadError, load_bytes, load_file
from yibao.spec.problems import Problem
from yibao.spec.read import ReadResult, add_document, read_spec

pytestmark = pytest.mark.xdist_group("load")  # under -n, its module fixtures are made by one worker, once

ROOT = Path(__file__).resolve().parent.parent

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**12), 10**12),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20),
)
keys = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
                      max_leaves=20)
documents = st.dictionaries(keys, values, min_size=1, max_size=6)


def write(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "doc.yaml"
    path.write_bytes(content)
    return path


def test_dates_stay_strings(tmp_path: Path) -> None:
    doc = load_file(write(tmp_path, b'a: 2024-06-01\nb: 2024-13-45\n'), "doc.yaml")
    assert doc.data == {"a": "2024-06-01", "b": "2024-13-45"}


def test_marks_point_at_values_and_keys(tmp_path: Path) -> None:
    doc = load_file(write(tmp_path, b"outer:\n  inner:\n    - x\n    - y\n"), "doc.yaml")
    assert (doc.mark(("outer", "inner", 1)).line, doc.mark(("outer", "inner", 1)).col) == (4, 7)
    assert doc.mark(("outer", "inner"), key=True).line == 2


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents)
def test_plain_data_round_trips(tmp_path: Path, data: dict) -> None:  # type: ignore[type-arg]
    text = yaml.safe_dump(data, allow_unicode=True)
    assert load_file(write(tmp_path, text.encode()), "doc.yaml").data == yaml.safe_load(text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_bytes_load_or_fail_with_a_located_message(tmp_path: Path, content: bytes) -> None:
    try:
        load_file(write(tmp_path, content), "doc.yaml")
    except LoadError as exc:
        assert exc.problem.file == "doc.yaml"
        assert exc.problem.line >= 1 and exc.problem.col >= 1
        assert exc.problem.message


# Fuzzing the whole reader: mutations of the real spec files, through load, schema, model and lint.
# Anything but a located Problem is a bug; each input that once broke the reader is kept in tests/broken/.
NASTY = [
    "\x00", "&a x", "*a", "*nope", "!!python/object/apply:os.system ['true']", "<<: *a", "1" * 5000, "-" + "9" * 40,
    ".inf", ".nan", "1e9999", "0x" + "f" * 40, "- ", ": ", "\t", "{", "[", "]", "'", '"', "2024-13-45", "~", "null",
    "? ", "---", "...", "%YAML 1.1\n---\n", "\n  ", "\n- ", "#", "[" * 200, "{a: " * 80, "é", "\u2028", "\ufeff",
    "version: x", "effective_from: '2099-01-01'", "source: no_such_source", "tier: T9", "code: '999999'",
]
SPEC_FILES = sorted(p.relative_to(ROOT / "spec").as_posix() for p in (ROOT / "spec").rglob("*.yaml")
                    if p.stat().st_size < 40_000)
edits = st.lists(st.tuples(st.floats(0, 1), st.integers(0, 40), st.sampled_from(NASTY) | st.text(max_size=8)),
                 min_size=1, max_size=4)


def mutate(text: str, changes: list[tuple[float, int, str]]) -> bytes:
    for where, cut, insert in changes:
        at = int(where * len(text))
        text = text[:at] + insert + text[at + cut:]
    return text.encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def real() -> ReadResult:
    return read_spec(ROOT / "spec", ROOT / "schemas")


@settings(max_examples=int(os.environ.get("YIBAO_FUZZ_EXAMPLES", "2000")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.sampled_from(SPEC_FILES), edits)
def test_mutated_spec_files_give_problems_never_exceptions(real: ReadResult, relative: str,
                                                         changes: list[tuple[float, int, str]]) -> None:
    raw = mutate((ROOT / "spec" / relative).read_text(encoding="utf-8"), changes)
    shown = f"spec/{relative}"
    try:
        doc = load_bytes(raw, shown)
    except LoadError as exc:
        assert exc.problem.file == shown and exc.problem.line >= 1 and exc.problem.message
        return
    schema = schemas.schema_for(relative)
    assert schema is not None
    if schemas.validate(doc, shown, ROOT / "schemas", schema):
        return
    spec = copy.copy(real.spec)  # the real spec, with the mutated file added once more
    spec.versions = {scope: {rule: list(vs) for rule, vs in by_rule.items()} for scope, by_rule in real.spec.versions.items()}
    spec.vocab, spec.regions, spec.sources = dict(real.spec.vocab), dict(real.spec.regions), dict(real.spec.sources)
    spec.rules, spec.claims, spec.counties = dict(real.spec.rules), list(real.spec.claims), dict(real.spec.counties)
    problems = add_document(spec, relative, doc) + lint(spec) + stale(spec, date(2026, 11, 24))
    assert all(isinstance(p, Problem) and p.message for p in problems)
