"""Policy resolution at date boundaries. Expected values come from the cited sources, not from the code."""

from __future__ import annotations

import json
from datetime import date

import pytest

from yibao.spec.policy import resolve

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
