"""The safe loader: plain data round-trips, dates stay strings, and no input gives a traceback."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yibao.spec.load import LoadError, load_file

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
