"""The real spec is clean, and its schemas are sound."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent


def test_real_spec_validates_clean(yibao) -> None:  # type: ignore[no-untyped-def]
    run = yibao("validate")
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("spec is valid:")


def test_validate_of_a_missing_directory_is_a_usage_error(yibao, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = yibao("validate", str(tmp_path / "nope"))
    assert run.returncode == 2
    assert "is not a directory" in run.stderr
    assert "Traceback" not in run.stderr


def test_every_schema_is_a_valid_2020_12_schema() -> None:
    for path in (ROOT / "schemas").rglob("*.schema.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        assert schema["$id"].endswith(path.relative_to(ROOT / "schemas").as_posix())


def test_rule_schema_knows_exactly_the_rules_with_parameter_schemas() -> None:
    rules = json.loads((ROOT / "schemas" / "rules.schema.json").read_text(encoding="utf-8"))
    params = json.loads((ROOT / "schemas" / "params.schema.json").read_text(encoding="utf-8"))
    with_params = sorted(k for k in params["$defs"] if "." in k)
    assert sorted(rules["$defs"]["rule"]["properties"]["id"]["enum"]) == with_params
    dispatched = sorted(branch["if"]["properties"]["id"]["const"] for branch in rules["$defs"]["rule"]["allOf"])
    assert dispatched == with_params


def test_every_declared_rule_has_a_parameter_schema(spec) -> None:  # type: ignore[no-untyped-def]
    params = json.loads((ROOT / "schemas" / "params.schema.json").read_text(encoding="utf-8"))
    assert set(spec.rules) == {k for k in params["$defs"] if "." in k}


def test_every_seed_article_is_a_source_and_has_a_ledger(spec) -> None:  # type: ignore[no-untyped-def]
    seeds = {s.id for s in spec.sources.values() if s.kind == "seed_article"}
    assert len(seeds) == 5
    assert {c.seed for c in spec.claims} == seeds


def test_the_ledger_covers_the_fact_sheet_scorecard(spec) -> None:  # type: ignore[no-untyped-def]
    rows = {c.scorecard for c in spec.claims if c.scorecard}
    assert rows == set(range(1, 33))
    assert len(spec.claims) >= 32
