"""Policy resolution at date boundaries. Expected values come from the cited sources, not from the code."""

from __future__ import annotations

import copy
import json
import os
import shlex
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from yibao.spec.coverage import coverage
from yibao.spec.model import Label
from yibao.spec.policy import resolve

ROOT = Path(__file__).resolve().parent.parent

FAMILY_2021 = ["spouse", "parent", "child"]
NEAR_RELATIVES = [
    *FAMILY_2021, "sibling", "grandparent_paternal", "grandparent_maternal", "grandchild_paternal", "grandchild_maternal",
]


def params(spec, region: str, day: str, rule: str) -> dict:  # type: ignore[no-untyped-def, type-arg]
    resolved = resolve(spec, region, date.fromisoformat(day)).get(rule)
    assert resolved is not None, f"{rule} silent in {region} on {day}"
    return resolved.params


def test_shenzhen_close_relatives_from_2024_11_01(spec) -> None:  # type: ignore[no-untyped-def]
    # 「2024年11月1日起，深圳市职工医保个人账户家庭共济范围扩大到近亲属」
    assert params(spec, "440300", "2024-10-31", "family_aid.scope")["relationships"] == FAMILY_2021
    assert params(spec, "440300", "2024-11-01", "family_aid.scope")["relationships"] == NEAR_RELATIVES


def test_shenzhen_balance_threshold_abolished_from_2023_10_01(spec) -> None:  # type: ignore[no-untyped-def]
    # Before 2023-10-01: tier-1 only and 5% of the previous year's average wage; after: any positive balance.
    before = params(spec, "440300", "2023-09-30", "family_aid.authorizer_conditions")
    after = params(spec, "440300", "2023-10-01", "family_aid.authorizer_conditions")
    assert before == {"required_tier": "tier1", "min_balance_percent_of_prev_year_avg_wage": 5}
    assert after == {"positive_balance_in": "personal"}


def test_beijing_withdrawal_ends_on_2022_09_01(spec) -> None:  # type: ignore[no-untyped-def]
    # 京医保发〔2022〕28号: 「2022年9月1日起……参保人员不可自由支取」; passbook funds from before stay withdrawable.
    assert params(spec, "110000", "2022-08-31", "withdrawal.reasons")["cash_withdrawal_allowed"] is True
    after = params(spec, "110000", "2022-09-01", "withdrawal.reasons")
    assert after["cash_withdrawal_allowed"] is False
    assert after["reasons"]["legacy_passbook_funds"] == {"allowed": True, "payout": "cash"}
    assert after["legacy_passbook_cutoff"] == "2022-09-01"


def test_national_scope_2021_versus_2025(spec) -> None:  # type: ignore[no-untyped-def]
    # Wuhan has no overlay for the scope, so the national rule speaks.
    assert params(spec, "420100", "2021-06-01", "family_aid.scope")["relationships"] == FAMILY_2021
    assert params(spec, "420100", "2025-06-01", "family_aid.scope")["relationships"] == NEAR_RELATIVES
    assert params(spec, "420100", "2025-06-01", "family_aid.scope")["beneficiary_must_be_enrolled"] is True


def test_wallet_model_changes_on_2026_01_09(spec) -> None:  # type: ignore[no-untyped-def]
    before = params(spec, "620000", "2026-01-08", "wallet.model")
    after = params(spec, "620000", "2026-01-09", "wallet.model")
    assert (before["model"], before["max_transfers_per_day"], before["max_fen_per_transfer"]) == ("transfer", 3, 200000)
    assert after["model"] == "quota"
    assert after["virtual_quota"] is True and "max_transfers_per_day" not in after


def test_every_value_records_its_file_version_and_sources(spec) -> None:  # type: ignore[no-untyped-def]
    resolved = resolve(spec, "440300", date(2024, 11, 1)).get("family_aid.scope")
    assert resolved is not None
    relationships = resolved.provenance["relationships"]
    assert relationships.version == "family_aid.scope@440300-2024-11"
    assert relationships.file == "spec/regions/440300-shenzhen.yaml"
    assert ("wenxiaobai_shenzhen_2024_11", "T3") in relationships.sources
    # The enrolment condition is not overridden in Shenzhen, so it comes from the national rule in force
    # that day: still the 2021 version, which every province had left only by 2024-12-09.
    assert resolved.provenance["beneficiary_must_be_enrolled"].version == "family_aid.scope@2021"


def test_overlay_merges_mappings_and_keeps_both_provenances(spec) -> None:  # type: ignore[no-untyped-def]
    resolved = resolve(spec, "110000", date(2023, 6, 1)).get("withdrawal.reasons")
    assert resolved is not None
    assert set(resolved.params["reasons"]) == {"death_inheritance", "legacy_passbook_funds"}
    assert resolved.provenance["reasons.death_inheritance.allowed"].scope == "national"
    assert resolved.provenance["reasons.legacy_passbook_funds.allowed"].scope == "110000"


def test_a_city_inherits_its_province(spec) -> None:  # type: ignore[no-untyped-def]
    # Liaocheng has no file of its own; Shandong's province-wide wallet applies (no later than 2025-03-14).
    assert params(spec, "371500", "2025-06-01", "wallet.availability") == {"enabled": True}
    assert resolve(spec, "371500", date(2025, 3, 13)).get("wallet.availability") is None


def test_guangdong_wallet_follows_the_later_sources(spec) -> None:  # type: ignore[no-untyped-def]
    assert params(spec, "440300", "2025-06-01", "wallet.availability") == {"enabled": False}


def test_unknown_region_is_a_key_error(spec) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError):
        resolve(spec, "999999", date(2025, 1, 1))


def test_cli_policy_shenzhen_includes_siblings_from_2024_11_01(yibao) -> None:  # type: ignore[no-untyped-def]
    after = json.loads(yibao("policy", "440300", "2024-11-01").stdout)
    before = json.loads(yibao("policy", "440300", "2024-10-31").stdout)
    assert "sibling" in after["rules"]["family_aid.scope"]["params"]["relationships"]
    assert "sibling" not in before["rules"]["family_aid.scope"]["params"]["relationships"]
    assert after["rules"]["family_aid.scope"]["provenance"]["relationships"]["sources"] == [
        {"id": "wenxiaobai_shenzhen_2024_11", "tier": "T3"}
    ]


def test_cli_policy_yaml_format(yibao) -> None:  # type: ignore[no-untyped-def]
    run = yibao("policy", "110000", "2022-09-01", "--format", "yaml")
    assert run.returncode == 0
    assert "legacy_passbook_funds" in run.stdout


@pytest.mark.parametrize(("region", "day", "message"), [
    ("999999", "2024-11-01", "unknown region '999999'"),
    ("440300", "2024-13-45", "'2024-13-45' is not an ISO 8601 date"),
    ("440300", "yesterday", "'yesterday' is not an ISO 8601 date"),
])
def test_cli_policy_bad_input_is_one_line_and_exit_2(yibao, region: str, day: str, message: str) -> None:  # type: ignore[no-untyped-def]
    run = yibao("policy", region, day)
    assert run.returncode == 2
    assert message in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("asked", "resolved"), [
    ("440304", "440300"),  # 福田区: its prefecture, Shenzhen, is a region
    ("110105", "110000"),  # 朝阳区: Beijing has no prefecture level, so the province
    ("320582", "320582"),  # 张家港市 is a region of its own
    ("440300", "440300"),
])
def test_a_county_code_resolves_to_its_nearest_region(spec, asked: str, resolved: str) -> None:  # type: ignore[no-untyped-def]
    assert spec.nearest_region(asked) == resolved


@pytest.mark.parametrize("code", ["440399", "110100", "999999", "44030", "4403040"])
def test_a_code_that_is_neither_region_nor_county_resolves_to_nothing(spec, code: str) -> None:  # type: ignore[no-untyped-def]
    assert spec.nearest_region(code) is None


def test_every_county_code_lies_under_a_province_code(spec) -> None:  # type: ignore[no-untyped-def]
    assert len(spec.counties) > 2800
    assert all(code[2:] != "0000" for code in spec.counties)


def test_cli_policy_for_a_county_says_whose_rules_it_shows(yibao) -> None:  # type: ignore[no-untyped-def]
    county = json.loads(yibao("policy", "440304", "2024-11-01").stdout)
    city = json.loads(yibao("policy", "440300", "2024-11-01").stdout)
    assert county["asked"] == {"code": "440304", "zh": "福田区", "resolved_to": "440300"}
    assert county["rules"] == city["rules"] and "asked" not in city
    table = yibao("policy", "440304", "2024-11-01", "--format", "table", cwd=ROOT).stdout
    assert "福田区（440304）→ 按所属" in table and "深圳市（440300）" in table


def test_cli_policy_table_is_in_chinese_with_vocabulary_labels() -> None:
    from tests.conftest import yibao_command

    run = subprocess.run([*yibao_command(), "policy", "440300", "2024-11-01", "--format", "table"], capture_output=True,
                         text=True, timeout=120, env={**os.environ, "COLUMNS": "300"})
    assert run.returncode == 0
    text = "".join(run.stdout.split())
    assert "家庭共济的亲属范围" in text and "配偶、父母、子女、兄弟姐妹" in text
    assert "wenxiaobai_shenzhen_2024_11（T3）" in text and "部分核实" in text


def test_cli_policy_is_a_table_on_a_terminal_and_json_in_a_pipe() -> None:
    from tests.conftest import yibao_command

    main, terminal = os.openpty()
    try:
        run = subprocess.Popen([*yibao_command(), "policy", "440300", "2024-11-01"], stdout=terminal,
                               env={**os.environ, "COLUMNS": "120"})
        os.close(terminal)
        shown = b""
        while chunk := _read(main):  # read as it comes: a terminal holds only a few KB
            shown += chunk
    finally:
        os.close(main)
    assert run.wait(timeout=120) == 0
    assert "家庭共济的亲属范围" in shown.decode("utf-8") and not shown.lstrip().startswith(b"{")
    piped = subprocess.run([*yibao_command(), "policy", "440300", "2024-11-01"], capture_output=True, text=True, timeout=120)
    assert json.loads(piped.stdout)["region"]["code"] == "440300"


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # the terminal's other end closed
        return b""


def test_a_closed_pipe_ends_quietly() -> None:
    from tests.conftest import yibao_command

    command = " ".join(shlex.quote(part) for part in yibao_command())
    run = subprocess.run(f"{command} coverage --format json | head -1", shell=True, capture_output=True, text=True, timeout=120)
    assert run.stdout == "{\n"
    assert run.stderr == ""


def test_version_and_shell_completion(yibao) -> None:  # type: ignore[no-untyped-def]
    from yibao import __version__

    assert yibao("--version").stdout.strip() == f"yibao {__version__}"
    completion = yibao("--print-completion", "bash")
    assert completion.returncode == 0 and "coverage" in completion.stdout and "policy" in completion.stdout
    assert yibao("--print-completion", "fish").returncode == 2
    missing = yibao()
    assert missing.returncode == 2 and "a command is required" in missing.stderr


def test_coverage_states_at_a_boundary(spec) -> None:  # type: ignore[no-untyped-def]
    # Liaocheng has no wallet version of its own; Shandong's starts on 2025-03-14, and nothing is in force before.
    before = {row.code: row for row in coverage(spec, date(2025, 3, 13)).regions}["371500"].cells["wallet.availability"]
    after = {row.code: row for row in coverage(spec, date(2025, 3, 14)).regions}["371500"].cells["wallet.availability"]
    assert (before.state, before.when_silent) == ("silent", spec.rules["wallet.availability"].when_silent)
    assert (after.state, after.scope) == ("inherited", "370000")
    shandong = {row.code: row for row in coverage(spec, date(2025, 3, 14)).regions}["370000"].cells["wallet.availability"]
    assert shandong.state == "own" and shandong.tier is not None and shandong.version is not None
    assert shandong.version.startswith("wallet.availability@")


def test_coverage_of_shenzhen_scope_is_its_own_from_2024_11_01(spec) -> None:  # type: ignore[no-untyped-def]
    def cell(day: date) -> Any:
        return {row.code: row for row in coverage(spec, day).regions}["440300"].cells["family_aid.scope"]

    assert cell(date(2024, 11, 1)).version == "family_aid.scope@440300-2024-11"
    assert (cell(date(2024, 11, 1)).state, cell(date(2024, 11, 1)).tier) == ("own", "T3")


def test_coverage_totals_add_up(spec) -> None:  # type: ignore[no-untyped-def]
    data = coverage(spec, date(2025, 7, 1)).to_json()
    assert len(data["regions"]) == len(spec.regions) and [r["id"] for r in data["rules"]] == list(spec.rules)
    for rule, counts in data["totals"]["by_rule"].items():
        assert sum(counts.values()) == len(spec.regions)
        assert counts["own"] == sum(r["cells"][rule]["state"] == "own" for r in data["regions"])
    assert sum(sum(c.values()) for c in data["totals"]["by_level"].values()) == len(spec.regions) * len(spec.rules)


def test_coverage_markdown_escapes_spec_text(spec) -> None:  # type: ignore[no-untyped-def]
    hostile = copy.copy(spec)
    hostile.regions = dict(spec.regions)
    hostile.regions["440300"] = replace(spec.regions["440300"], label=Label('<img src=x onerror=alert(1)>|[x](javascript:y)', "x"))
    markdown = coverage(hostile, date(2025, 7, 1)).to_markdown()
    assert "<img" not in markdown and "](" not in markdown and "javascript:" not in markdown
    assert "&#60;img src=x onerror=alert&#40;1&#41;&#62;&#124;&#91;x&#93;" in markdown


@pytest.mark.parametrize("output", ["text", "json", "md"])
def test_cli_coverage_formats(yibao, output: str) -> None:  # type: ignore[no-untyped-def]
    run = yibao("coverage", "--format", output, "--date", "2025-07-01")
    assert run.returncode == 0, run.stderr
    if output == "json":
        assert json.loads(run.stdout)["date"] == "2025-07-01"
    else:
        assert "wallet.availability" in run.stdout and "440300" in run.stdout
    bad = yibao("coverage", "--date", "2025-02-30")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
