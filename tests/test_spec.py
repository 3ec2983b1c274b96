"""The real spec is clean, and its schemas are sound."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from yibao.spec.lint import stale
from yibao.spec.read import read_spec

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


def copy_spec(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    return spec


def test_a_symlink_out_of_the_spec_folder_is_refused_and_never_read(yibao, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.yaml"
    secret.write_text("token: SECRET-CONTENTS-7f3a\n", encoding="utf-8")
    spec = copy_spec(tmp_path / "work")
    (spec / "regions" / "999001-x.yaml").symlink_to(secret)
    (spec / "claims" / "linked").symlink_to(tmp_path, target_is_directory=True)
    run = yibao("validate", "spec", cwd=tmp_path / "work")
    assert run.returncode == 1
    assert "SECRET-CONTENTS" not in run.stdout + run.stderr and str(tmp_path / "secret") not in run.stdout + run.stderr
    assert "spec/regions/999001-x.yaml:1:1: symlink to a path outside the spec folder; refused, not followed" in run.stdout
    assert "spec/claims/linked:1:1: symlink to a path outside the spec folder; refused, not followed" in run.stdout
    assert "Traceback" not in run.stderr


def test_a_symlink_inside_the_spec_folder_is_read(yibao, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    spec = copy_spec(tmp_path)
    moved = spec / "regions" / "440300-shenzhen.yaml"
    moved.rename(spec / "national" / "shenzhen.yaml.keep")
    moved.symlink_to(spec / "national" / "shenzhen.yaml.keep")
    run = yibao("validate", "spec", cwd=tmp_path)
    # The link's target is inside: it is read (as regions/440300-shenzhen.yaml); only the stray target is unexpected.
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        "spec/national/shenzhen.yaml.keep:1:1: unexpected file: spec/ holds only the YAML files its layout names"]


def test_an_unreadable_file_is_one_line_file_colon_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = copy_spec(tmp_path)
    target = spec / "national" / "wallet.yaml"
    if os.geteuid() == 0:  # root reads every file whatever its mode: refuse the open as the kernel would
        real_open = os.open

        def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if Path(path) == target:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing_open)
    else:
        target.chmod(0)
    monkeypatch.chdir(tmp_path)
    result = read_spec(Path("spec"), ROOT / "schemas", cache=False)
    assert "spec/national/wallet.yaml: cannot read: Permission denied" in [str(p) for p in result.problems]
    assert "national/wallet.yaml" in result.failed


def test_validate_prints_the_root_cause_and_no_follow_on_errors(yibao, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    spec = copy_spec(tmp_path)
    (spec / "national" / "wallet.yaml").write_text("scope: [\n", encoding="utf-8")
    run = yibao("validate", "spec", cwd=tmp_path)
    assert run.returncode == 1
    # The claims that cite wallet rules would each add an error; only the file that failed is shown.
    assert run.stdout.splitlines() == [
        "spec/national/wallet.yaml:2:1: YAML syntax error: while parsing a flow node did not find expected node content"]
    assert "lint skipped until these files are fixed: national/wallet.yaml" in run.stderr


def with_checked(tmp_path: Path, checked: str) -> Path:
    spec = copy_spec(tmp_path)
    (spec / "regions" / "999001-x.yaml").write_text(
        "# yaml-language-server: $schema=../../schemas/rules.schema.json\n"
        'scope: "110000"\nrules:\n  - id: wallet.model\n    versions:\n      - version: t-1\n'
        '        effective_from: "2099-01-01"\n        params: {max_transfers_per_day: 3}\n'
        "        citations: [{source: zjg_ybj_2024_05_17, tier: T2, paraphrase: test}]\n"
        "        verification: {status: unverified}\n"
        f'        checked: {{date: "{checked}", source: zjg_ybj_2024_05_17}}\n', encoding="utf-8")
    return spec


@pytest.mark.parametrize(("checked", "warned"), [("2025-11-24", False), ("2025-11-23", True)])
def test_an_open_version_checked_over_12_months_ago_is_a_warning(yibao, tmp_path: Path, checked: str, warned: bool) -> None:  # type: ignore[no-untyped-def]
    with_checked(tmp_path, checked)
    run = yibao("validate", "spec", "--today", "2026-11-24", cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    warning = (f"spec/regions/999001-x.yaml:6:9: warning: wallet.model@t-1 was last checked on {checked}, more than 12 months ago;"
               " confirm it is still in force and update checked")
    assert (warning in run.stdout.splitlines()) is warned
    assert run.stdout.splitlines()[-1].endswith("(1 warning(s))") is warned


def test_a_closed_version_is_never_stale(tmp_path: Path) -> None:
    spec = with_checked(tmp_path, "2020-01-01")
    path = spec / "regions" / "999001-x.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"2099-01-01"\n', '"2099-01-01"\n        effective_to: "2099-12-31"\n'),
                    encoding="utf-8")
    result = read_spec(spec, ROOT / "schemas", cache=False)
    assert not result.problems
    assert stale(result.spec, date(2026, 11, 24)) == []


def test_the_cache_sees_every_change_and_is_ignored_when_unusable(yibao, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    spec = copy_spec(tmp_path)
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    assert yibao("validate", "spec", cwd=tmp_path).returncode == 0
    stored = list((cache / "yibao").glob("spec-*.json"))
    assert len(stored) == 1 and json.loads(stored[0].read_bytes())["files"]  # JSON, never pickle
    assert yibao("validate", "spec", cwd=tmp_path).returncode == 0  # from the cache
    (spec / "national" / "wallet.yaml").write_text("scope: [\n", encoding="utf-8")  # same path, new contents
    assert "spec/national/wallet.yaml:2:1: YAML syntax error" in yibao("validate", "spec", cwd=tmp_path).stdout
    stored[0].write_bytes(b"\x80 not json")
    shutil.copyfile(ROOT / "spec" / "national" / "wallet.yaml", spec / "national" / "wallet.yaml")
    assert yibao("validate", "spec", cwd=tmp_path).returncode == 0  # a corrupt cache is ignored
    monkeypatch.setenv("XDG_CACHE_HOME", str(spec / "sources.yaml"))  # a file: no cache can be written there
    assert yibao("validate", "spec", cwd=tmp_path).returncode == 0


def test_the_cache_keeps_only_its_newest_files_and_nothing_else_is_touched(yibao, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from yibao.spec.cache import KEEP

    folder = tmp_path / "cache" / "yibao"
    folder.mkdir(parents=True)
    for n in range(KEEP + 4):
        (folder / f"spec-old{n}.json").write_text("{}", encoding="utf-8")
        os.utime(folder / f"spec-old{n}.json", (n, n))
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert yibao("validate", str(copy_spec(tmp_path))).returncode == 0
    kept = sorted(p.name for p in folder.glob("spec-*.json"))
    assert len(kept) == KEEP and "spec-old0.json" not in kept and f"spec-old{KEEP + 3}.json" in kept
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
