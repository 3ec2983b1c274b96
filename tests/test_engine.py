"""The reference implementation, rule area by rule area.

Expected values are taken from the cited sources (quoted next to each test), never from the
engine's own output.
"""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest

from reference_impl import decide
from tests.cases import binding, case, person, relation, settle

SIBLING_OF_A = [relation("B", "A", "sibling")]


def bind(authorizer: str = "A", beneficiary: str = "B", **extra: object) -> dict[str, object]:
    return {"kind": "bind", "authorizer": authorizer, "beneficiary": beneficiary, **extra}


# --- family_aid.scope ------------------------------------------------------------------------

@pytest.mark.parametrize(("day", "outcome"), [("2024-10-31", "rejected"), ("2024-11-01", "accepted")])
def test_shenzhen_siblings_may_share_from_2024_11_01(day: str, outcome: str) -> None:
    # 「2024年11月1日起，深圳市职工医保个人账户家庭共济范围扩大到近亲属」
    result = decide(case(day, "440300", [person("A", "440300", personal=1000), person("B", "440300")], bind(),
                         relations=SIBLING_OF_A))
    assert result["outcome"] == outcome
    assert "family_aid.scope@440300-2024-11" in result["rules"] or outcome == "rejected"


def test_parents_in_law_are_not_close_relatives_nationally_but_were_in_jinan() -> None:
    world = [person("A", "420100", personal=1000), person("B", "420100")]
    wuhan = decide(case("2025-03-01", "420100", world, bind(), relations=[relation("B", "A", "parent_in_law")]))
    assert wuhan["outcome"] == "rejected" and "relationship_not_in_scope" in wuhan["reasons"]
    # Jinan, December 2020: 「近亲属已扩大至配偶、子女、本人的父母、配偶的父母」
    jinan_world = [person("A", "370100", personal=1000), person("B", "370100")]
    jinan = decide(case("2021-06-01", "370100", jinan_world, bind(), relations=[relation("B", "A", "parent_in_law")]))
    assert jinan["outcome"] == "accepted"


def test_beneficiary_must_be_enrolled_for_medical_costs() -> None:
    world = [person("A", "420100", personal=1000), person("B", "420100", scheme="none", status="not_enrolled")]
    result = decide(case("2025-03-01", "420100", world, bind(), relations=[relation("B", "A", "parent")]))
    assert result["reasons"][:1] == ["beneficiary_not_enrolled"]


def test_beijing_family_aid_opens_on_2022_12_01() -> None:
    # 「自12月1日起，北京医保开通个人账户家庭共济」
    world = [person("A", "110000", personal=1000), person("B", "110000")]
    rel = [relation("B", "A", "child")]
    assert decide(case("2022-11-30", "110000", world, bind(), relations=rel))["outcome"] == "rejected"
    assert decide(case("2022-12-01", "110000", world, bind(), relations=rel))["outcome"] == "accepted"


# --- intra_province.mutual_aid ---------------------------------------------------------------

def test_across_provinces_family_aid_does_not_reach() -> None:
    world = [person("A", "420100", personal=1000), person("B", "440300")]
    result = decide(case("2025-03-01", "420100", world, bind(), relations=[relation("B", "A", "parent")]))
    assert "beneficiary_outside_area" in result["reasons"]


def test_within_a_province_from_2024_11_26_and_unknown_before() -> None:
    # 「31个省（区、市）及新疆生产建设兵团已实现职工医保个人账户省内跨统筹区共济」 (2024-11-26)
    world = [person("A", "411000", personal=1000), person("B", "411300")]
    rel = [relation("B", "A", "parent")]
    assert decide(case("2024-11-26", "411000", world, bind(), relations=rel))["outcome"] == "accepted"
    before = decide(case("2024-06-01", "411000", world, bind(), relations=rel))
    assert before["outcome"] == "undetermined" and before["reasons"] == ["rule_unknown"]
    assert "intra_province.mutual_aid" in before["rules"]


# --- family_aid.authorizer_conditions, roles, binding ----------------------------------------

def test_shenzhen_before_2023_10_tier_one_and_threshold() -> None:
    rel = [relation("B", "A", "child")]
    figures = {"prev_year_avg_wage_fen": 1_000_000}  # threshold: 5% = 50,000 fen
    tier2 = [person("A", "440300", personal=100_000, tier="tier2"), person("B", "440300")]
    low = [person("A", "440300", personal=50_000, tier="tier1"), person("B", "440300")]
    high = [person("A", "440300", personal=50_001, tier="tier1"), person("B", "440300")]
    assert "authorizer_tier_not_eligible" in decide(case("2023-09-30", "440300", tier2, bind(), relations=rel,
                                                         regional_figures=figures))["reasons"]
    assert "authorizer_balance_too_low" in decide(case("2023-09-30", "440300", low, bind(), relations=rel,
                                                       regional_figures=figures))["reasons"]
    assert decide(case("2023-09-30", "440300", high, bind(), relations=rel, regional_figures=figures))["outcome"] == "accepted"
    missing = decide(case("2023-09-30", "440300", high, bind(), relations=rel))
    assert (missing["outcome"], missing["reasons"]) == ("undetermined", ["regional_figure_missing", "unverified_rule_relied_on"])
    # 「只要有余额（没有门槛线了）」 from 2023-10-01
    assert decide(case("2023-10-01", "440300", tier2, bind(), relations=rel))["outcome"] == "accepted"


def test_shanghai_organizer_needs_a_positive_historical_balance() -> None:
    rel = [relation("B", "A", "spouse")]
    empty = [person("A", "310000", accounts={"current_year": 5000, "historical": 0}), person("B", "310000")]
    assert "authorizer_balance_too_low" in decide(case("2025-08-01", "310000", empty, bind(), relations=rel))["reasons"]
    funded = [person("A", "310000", accounts={"current_year": 0, "historical": 1}), person("B", "310000")]
    assert decide(case("2025-08-01", "310000", funded, bind(), relations=rel))["outcome"] == "accepted"


def test_jinan_exclusive_roles_and_seven_beneficiaries() -> None:
    # 「授权人绑定共济亲属后，就不能再充当被授权人的角色」; up to 7 relatives.
    others = [person(f"R{i}", "370100") for i in range(7)]
    world = [person("A", "370100", personal=1000), person("B", "370100"), *others]
    rel = [relation("B", "A", "child")] + [relation(f"R{i}", "A", "child") for i in range(7)]
    full = decide(case("2023-01-01", "370100", world, bind(), relations=rel,
                       bindings=[binding("A", f"R{i}") for i in range(7)]))
    assert "too_many_beneficiaries" in full["reasons"]
    world2 = [person("A", "370100", personal=1000), person("B", "370100", personal=1000), person("C", "370100")]
    conflict = decide(case("2023-01-01", "370100", world2, bind("B", "C"),
                           relations=[relation("C", "B", "child"), relation("B", "A", "child")], bindings=[binding("A", "B")]))
    assert "exclusive_role_conflict" in conflict["reasons"]


# --- settlement.deduction_order --------------------------------------------------------------

def test_beijing_own_account_then_shared_then_cash() -> None:
    # 「先扣减本人账户、再扣减共济账户。个人账户（含共济账户）余额不足部分，由个人现金支付」
    world = [person("A", "110000", personal=3000), person("B", "110000", personal=10000)]
    result = decide(case("2023-05-01", "110000", world, settle("B", 15000), relations=[relation("B", "A", "parent")],
                         bindings=[binding("A", "B")]))
    assert result["outcome"] == "accepted"
    assert result["allocation"] == [
        {"person": "B", "account": "personal", "fen": 10000},
        {"person": "A", "account": "personal", "fen": 3000},
        {"person": None, "account": "cash", "fen": 2000},
    ]


def test_beijing_authorizers_in_filing_order() -> None:
    world = [person("A1", "110000", personal=5000), person("A2", "110000", personal=5000), person("B", "110000", personal=0)]
    rel = [relation("B", "A1", "child"), relation("B", "A2", "child")]
    result = decide(case("2023-05-01", "110000", world, settle("B", 6000), relations=rel,
                         bindings=[binding("A1", "B", order=2), binding("A2", "B", order=1)]))
    assert [d["person"] for d in result["allocation"]] == ["A2", "A1"]


def test_shenzhen_outpatient_gate_and_balance_order() -> None:
    # 「使用顺序按照授权人个人账户余额由多到少」; 「门诊使用的条件是被授权使用人的个人账户余额为零或无个人账户」
    rel = [relation("B", "A1", "child"), relation("B", "A2", "child")]
    bound = [binding("A1", "B"), binding("A2", "B")]
    outpatient = settle("B", 9000, category="designated_institution.personal_burden", venue="designated_institution",
                        setting="outpatient")
    with_own = [person("A1", "440300", personal=2000), person("A2", "440300", personal=8000), person("B", "440300", personal=100)]
    gated = decide(case("2024-03-01", "440300", with_own, outpatient, relations=rel, bindings=bound))
    assert gated["allocation"] == [{"person": "B", "account": "personal", "fen": 100},
                                   {"person": None, "account": "cash", "fen": 8900}]
    assert "own_balance_gate" in gated["reasons"]
    zero_own = [person("A1", "440300", personal=2000), person("A2", "440300", personal=8000), person("B", "440300", personal=0)]
    ordered = decide(case("2024-03-01", "440300", zero_own, outpatient, relations=rel, bindings=bound))
    assert ordered["allocation"] == [
        {"person": "A2", "account": "personal", "fen": 8000},
        {"person": "A1", "account": "personal", "fen": 1000},
    ]


def test_several_authorizers_where_the_order_is_unknown_is_undetermined() -> None:
    world = [person("A1", "440700", personal=5000), person("A2", "440700", personal=5000), person("B", "440700", personal=0)]
    rel = [relation("B", "A1", "child"), relation("B", "A2", "child")]
    result = decide(case("2025-03-01", "440700", world, settle("B", 6000), relations=rel,
                         bindings=[binding("A1", "B"), binding("A2", "B")]))
    assert result["outcome"] == "undetermined"
    assert "settlement.deduction_order" in result["rules"]


def test_wuhan_random_order_is_reproducible_and_conserves_money() -> None:
    world = [person(f"A{i}", "420100", personal=1000 * (i + 1)) for i in range(4)] + [person("B", "420100", personal=0)]
    rel = [relation("B", f"A{i}", "child") for i in range(4)]
    bound = [binding(f"A{i}", "B") for i in range(4)]
    orders = set()
    for seed in range(12):
        first = decide(case("2025-03-01", "420100", world, settle("B", 4500, random_seed=seed), relations=rel, bindings=bound))
        again = decide(case("2025-03-01", "420100", world, settle("B", 4500, random_seed=seed), relations=rel, bindings=bound))
        assert first == again
        assert sum(d["fen"] for d in first["allocation"]) == 4500
        orders.add(tuple(d["person"] for d in first["allocation"]))
    assert len(orders) > 1  # the order really is random across seeds


# --- credential.own_only ---------------------------------------------------------------------

def test_using_a_bound_relatives_card_is_impersonation() -> None:
    # 「钱可以共济，卡不能共用」
    world = [person("A", "110000", personal=5000), person("B", "110000", personal=0)]
    result = decide(case("2023-05-01", "110000", world, settle("B", 1000, holder="A"),
                         relations=[relation("B", "A", "parent")], bindings=[binding("A", "B")]))
    assert (result["outcome"], result["allocation"]) == ("rejected", [])
    assert "credential_not_own" in result["reasons"]


@pytest.mark.parametrize(("ids", "outcome"), [(True, "accepted"), (False, "rejected")])
def test_proxy_purchase_needs_both_ids(ids: bool, outcome: str) -> None:
    # 「因特殊原因需要委托他人代为购药的，应当提供委托人和受托人的身份证明」
    world = [person("A", "420100", personal=5000), person("P", "420100", personal=0)]
    action = settle("A", 1000, proxy={"agent": "P", "both_ids_provided": ids})
    assert decide(case("2025-03-01", "420100", world, action))["outcome"] == outcome


# --- usage.categories ------------------------------------------------------------------------

@pytest.mark.parametrize(("category", "reason"), [("fitness", "category_prohibited"), ("public_health", "category_prohibited"),
                                                  ("physical_exam", "category_not_listed")])
def test_what_the_account_may_not_pay(category: str, reason: str) -> None:
    world = [person("A", "420100", personal=5000)]
    result = decide(case("2025-03-01", "420100", world, settle("A", 1000, category=category, venue="designated_institution")))
    assert result["outcome"] == "rejected" and reason in result["reasons"]


def test_hangzhou_vaccines_only_from_historical_funds() -> None:
    # 「历年结余资金……可用于支付使用除国家扩大免疫规划以外的预防性免疫疫苗费用」
    world = [person("A", "330100", accounts={"current_year": 5000, "historical": 3000})]
    result = decide(case("2023-06-01", "330100", world, settle("A", 4000, category="vaccine.non_nip",
                                                             venue="designated_institution")))
    assert result["allocation"] == [{"person": "A", "account": "historical", "fen": 3000},
                                    {"person": None, "account": "cash", "fen": 1000}]


def test_hangzhou_relatives_share_historical_funds_only() -> None:
    world = [person("A", "330100", accounts={"current_year": 5000, "historical": 2000}), person("B", "330100", personal=0)]
    result = decide(case("2023-06-01", "330100", world, settle("B", 4000), relations=[relation("B", "A", "parent")],
                         bindings=[binding("A", "B")]))
    assert {"person": "A", "account": "current_year", "fen": 5000} not in result["allocation"]
    assert {"person": "A", "account": "historical", "fen": 2000} in result["allocation"]


def test_resident_contribution_for_relatives_from_the_2024_rule() -> None:
    # 38号: the account pays close relatives' resident contributions; the relative need not be enrolled yet.
    world = [person("A", "420100", personal=50000), person("B", "420100", scheme="none", status="not_enrolled")]
    pay = {"kind": "pay_contribution", "payer": "A", "beneficiary": "B", "category": "contribution.resident_basic",
           "amount_fen": 40000}
    rel = [relation("B", "A", "sibling")]
    assert decide(case("2025-03-01", "420100", world, pay, relations=rel))["outcome"] == "accepted"
    assert decide(case("2022-03-01", "420100", world, pay, relations=[relation("B", "A", "parent")]))["outcome"] == "rejected"


def test_shenzhen_exclusive_medical_insurance_limits() -> None:
    # 「余额超过……平均工资5%的，可将……不高于余额的30%的部分用于购买专属医疗险」
    figures = {"prev_year_avg_wage_fen": 10_000_000}  # threshold 500,000 fen
    world = [person("A", "440300", personal=1_000_000)]
    buy = {"kind": "pay_contribution", "payer": "A", "beneficiary": "A", "category": "premium.commercial_health"}
    ok = decide(case("2024-03-01", "440300", world, {**buy, "amount_fen": 300_000}, regional_figures=figures))
    assert ok["outcome"] == "accepted" and ok["unverified"] is True
    over = decide(case("2024-03-01", "440300", world, {**buy, "amount_fen": 300_001}, regional_figures=figures))
    assert "commercial_share_exceeded" in over["reasons"]


# --- wallet ----------------------------------------------------------------------------------

def transfer_case(at: str, amount: int = 100_000, today: int = 0, region_b: str = "620000") -> dict[str, object]:
    world = [person("A", "620000", personal=1_000_000), person("B", region_b)]
    sent = [{"from": "A", "to": "B", "amount_fen": 100} for _ in range(today)]
    return case(at, "620000", world, {"kind": "wallet_transfer", "from": "A", "to": "B", "amount_fen": amount},
                relations=[relation("B", "A", "parent")], wallet={"transfers_today": sent})


@pytest.mark.parametrize(("at", "amount", "today", "reason"), [
    ("2025-06-01T10:00:00+08:00", 200_001, 0, "wallet_amount_exceeded"),
    ("2025-06-01T10:00:00+08:00", 100_000, 3, "wallet_daily_count_exceeded"),
    ("2025-06-01T22:00:00+08:00", 100_000, 0, "wallet_blackout_hours"),
    ("2025-06-01T05:59:00+08:00", 100_000, 0, "wallet_blackout_hours"),
    ("2026-01-09T10:00:00+08:00", 100_000, 0, "wallet_model_changed"),
])
def test_wallet_transfer_limits(at: str, amount: int, today: int, reason: str) -> None:
    # 「单日限额三笔转账，每笔转账金额不超过2000元，每日22:00-次日6:00不能进行转账」
    result = decide(transfer_case(at, amount, today))
    assert result["outcome"] == "rejected" and reason in result["reasons"]


def test_wallet_transfer_within_limits() -> None:
    result = decide(transfer_case("2025-06-01T06:00:00+08:00", 200_000, 2))
    assert result["outcome"] == "accepted"
    assert result["allocation"] == [{"person": "A", "account": "personal", "fen": 200_000}]


def test_wallet_needs_both_regions_enabled() -> None:
    # Guangdong 「暂未上线」 in 2025.
    result = decide(transfer_case("2025-06-01T10:00:00+08:00", region_b="440300"))
    assert "wallet_not_enabled" in result["reasons"]


def test_unreceived_transfer_returns_at_six_next_day() -> None:
    world = [person("A", "620000", personal=0), person("B", "620000")]
    pending = {"pending": [{"from": "A", "to": "B", "amount_fen": 500, "at": "2025-06-01T15:00:00+08:00"}]}
    early = decide(case("2025-06-02T05:59:00+08:00", "620000", world, {"kind": "wallet_refund"}, wallet=pending))
    due = decide(case("2025-06-02T06:00:00+08:00", "620000", world, {"kind": "wallet_refund"}, wallet=pending))
    assert early["values"]["refunded"] == [] and len(due["values"]["refunded"]) == 1


def test_quota_model_locks_and_returns_on_dissolution() -> None:
    # 「在共济额度内，共济人不能再使用该额度的个人账户资金。关系解除后未使用额度返还共济人账户。」
    world = [person("A", "620000", personal=300_000), person("B", "370100", scheme="resident_basic")]
    rel = [relation("B", "A", "grandparent_maternal")]
    quota = {"kind": "wallet_set_quota", "authorizer": "A", "beneficiary": "B", "quota_fen": 100_000}
    result = decide(case("2026-02-01", "620000", world, quota, relations=rel))
    assert result["outcome"] == "accepted" and result["values"]["authorizer_usable_after_fen"] == 200_000
    too_much = decide(case("2026-02-01", "620000", world, {**quota, "quota_fen": 300_001}, relations=rel))
    assert "wallet_quota_exceeds_balance" in too_much["reasons"]
    relation_state = [{"kind": "wallet_relation", "authorizer": "A", "beneficiary": "B",
                       "quota_fen": 100_000, "quota_used_fen": 30_000}]
    ended = decide(case("2026-03-01", "620000", world, {"kind": "wallet_status_change", "person": "B",
                                                        "change": "insurance_terminated"}, bindings=relation_state))
    assert ended["values"]["returned_fen"] == 70_000


# --- withdrawal ------------------------------------------------------------------------------

def test_beijing_withdrawal_before_and_after_2022_09_01() -> None:
    world = [person("A", "110000", accounts={"personal": 8000, "legacy_passbook": 3000})]
    free = decide(case("2022-08-31", "110000", world, {"kind": "withdraw", "person": "A", "reason": "voluntary_exit"}))
    assert free["outcome"] == "accepted"
    after = decide(case("2022-09-01", "110000", world, {"kind": "withdraw", "person": "A", "reason": "voluntary_exit"}))
    assert after["outcome"] == "rejected"
    passbook = decide(case("2022-09-01", "110000", world, {"kind": "withdraw", "person": "A", "reason": "legacy_passbook_funds"}))
    assert passbook["values"]["paid_fen"] == 3000


def test_major_disease_is_no_withdrawal_reason() -> None:
    world = [person("A", "420100", personal=8000)]
    result = decide(case("2025-03-01", "420100", world, {"kind": "withdraw", "person": "A", "reason": "major_disease"}))
    assert result["outcome"] == "rejected"


def test_hangzhou_deceased_overdraft_is_written_off_after_costs() -> None:
    world = [person("A", "330100", status="deceased", accounts={"current_year": 0, "historical": 1000})]
    action = {"kind": "withdraw", "person": "A", "reason": "death_inheritance", "outstanding_costs_fen": 800,
              "current_year_overdraft_fen": 500}
    result = decide(case("2023-06-01", "330100", world, action))
    assert result["values"] == {"outstanding_costs_settled_fen": 800, "overdraft_offset_fen": 500, "shortfall_fen": 300,
                                "paid_fen": 0, "payout": "heirs"}
    assert "shortfall_written_off" in result["reasons"]


# --- contributions ---------------------------------------------------------------------------

def test_jiangmen_2021_contribution_on_a_wage_below_the_base() -> None:
    # 江府办〔2021〕14号: base 3505–17565; employer 5.5%, maternity 0.5%, individual 2.0%.
    world = [person("A", "440700")]
    result = decide(case("2021-08-01", "440700", world, {"kind": "compute_contribution", "wage_fen": 300_000}))
    assert result["values"] == {"base_fen": 350_500, "employer_fen": 19_278, "maternity_fen": 1_753,
                                "individual_fen": 7_010, "total_fen": 28_041}
    assert "base_raised_to_minimum" in result["reasons"]


def test_guangdong_minimum_years_by_2030_and_unknown_before() -> None:
    world = [person("M", "440600", sex="male")]
    check = {"kind": "check_minimum_years", "person": "M", "cumulative_years": 29, "local_actual_years": 12}
    assert decide(case("2030-01-01", "440600", world, check))["reasons"] == ["minimum_years_not_met"]
    assert decide(case("2025-01-01", "440600", world, check))["outcome"] == "undetermined"


def test_resident_funding_2023_notice() -> None:
    result = decide(case("2023-09-01", "420100", [], {"kind": "resident_funding"}))
    assert result["values"]["fiscal_subsidy_min_yuan"] == 640
    assert result["values"]["individual_contribution_yuan"] == 380


# --- bad input -------------------------------------------------------------------------------

@pytest.mark.parametrize(("mutate", "path"), [
    (lambda c: c["action"].update(amount_fen=-5), "$.action.amount_fen"),
    (lambda c: c["action"].update(amount_fen=10.5), "$.action.amount_fen"),
    (lambda c: c["action"].update(patient="Z"), "$.action.patient"),
    (lambda c: c.update(region="999999"), "$.region"),
    (lambda c: c["action"].update(category="karaoke"), "$.action.category"),
    (lambda c: c.update(as_of="1990-01-01T10:00:00+08:00"), "$.as_of"),
    (lambda c: c.update(as_of="2025-13-01T10:00:00+08:00"), "$.as_of"),
])
def test_bad_cases_get_a_structured_error(mutate, path: str) -> None:  # type: ignore[no-untyped-def]
    bad = case("2025-03-01", "420100", [person("A", "420100", personal=5000)], settle("A", 1000))
    mutate(bad)
    result = decide(bad)
    assert result["outcome"] == "error"
    assert result["error"]["path"] == path
    assert result["error"]["message"]


def test_hangzhou_clearing_is_for_non_local_household_registration_only() -> None:
    # 杭州: non-local 户籍 people who leave and do not re-insure may have the account cleared (清算).
    action = {"kind": "withdraw", "person": "A", "reason": "nonlocal_exit_not_reinsured"}
    local = [person("A", "330100", status="terminated", hukou_local=True, accounts={"historical": 1000})]
    nonlocal_ = [person("A", "330100", status="terminated", hukou_local=False, accounts={"historical": 1000})]
    assert decide(case("2023-06-01", "330100", local, action))["outcome"] == "rejected"
    cleared = decide(case("2023-06-01", "330100", nonlocal_, action))
    assert cleared["outcome"] == "accepted" and cleared["values"]["paid_fen"] == 1000


# --- relations hold both ways; the explanation; the widened case model ------------------------

def _bound_parent_world(relations: list[dict[str, str]]) -> dict[str, object]:
    persons = [person("A", "110000", personal=10_000), person("B", "110000", personal=0)]
    return case("2023-05-01", "110000", persons, settle("B", 3000), relations=relations, bindings=[binding("A", "B")])


@pytest.mark.parametrize("stated", [relation("A", "B", "parent"), relation("B", "A", "child")])
def test_a_relation_holds_from_either_side(stated: dict[str, str]) -> None:
    result = decide(_bound_parent_world([stated]))
    assert result["allocation"] == [{"person": "A", "account": "personal", "fen": 3000}]


@pytest.mark.parametrize(("term", "inverse"), [("grandparent_paternal", "grandchild_paternal"),
                                               ("grandparent_maternal", "grandchild_maternal"),
                                               ("parent_in_law", "child_in_law"), ("spouse", "spouse")])
def test_inverse_terms_decide_alike(term: str, inverse: str) -> None:
    world = [person("A", "370100", personal=1000), person("B", "370100")]
    ways = [decide(case("2021-06-01", "370100", world, bind(), relations=[r]))
            for r in (relation("B", "A", term), relation("A", "B", inverse))]
    assert ways[0] == ways[1]


def test_contradictory_relations_are_an_error_naming_both_paths() -> None:
    result = decide(_bound_parent_world([relation("A", "B", "parent"), relation("B", "A", "spouse")]))
    assert result["outcome"] == "error"
    assert "$.relations[0]" in result["error"]["message"] and result["error"]["path"] == "$.relations[1]"
    same_twice = decide(_bound_parent_world([relation("A", "B", "parent"), relation("B", "A", "child")]))
    assert same_twice["outcome"] == "accepted"


def test_every_bound_account_is_explained_drawn_or_not() -> None:
    persons = [person("A", "440300", personal=2000, tier="tier1"), person("C", "440300", personal=8000, status="terminated"),
               person("B", "440300", scheme="resident_basic")]
    result = decide(case("2024-03-01", "440300", persons, settle("B", 9000), relations=[
        relation("A", "B", "parent"), relation("C", "B", "parent")], bindings=[binding("A", "B"), binding("C", "B")]))
    by_person = {s["person"]: s for s in result["explanation"]}
    assert by_person["A"]["drawn"] and by_person["A"]["fen"] == 2000
    assert not by_person["C"]["drawn"] and by_person["C"]["reason"] == "authorizer_not_enrolled"
    assert by_person["C"]["rule"] in result["rules"] and by_person["C"]["rule"].startswith("family_aid.scope@")
    assert by_person["C"]["fact"] == {"path": "$.persons[1].status", "value": "terminated"}
    assert "authorizer_not_enrolled" in result["reasons"]


def test_an_unenrolled_patient_is_told_why_relatives_do_not_pay() -> None:
    persons = [person("A", "420100", personal=10_000), person("B", "420100", status="terminated", personal=0)]
    result = decide(case("2025-03-01", "420100", persons, settle("B", 3000), relations=[relation("B", "A", "child")],
                         bindings=[binding("A", "B")]))
    assert result["outcome"] == "accepted" and "beneficiary_not_enrolled" in result["reasons"]
    step = next(s for s in result["explanation"] if s["person"] == "A")
    assert step["fact"] == {"path": "$.persons[1].status", "value": "terminated"} and not step["drawn"]


@pytest.mark.parametrize(("used", "own_pays"), [(0, 2000), (3000, 5000), (5000, 5000)])
def test_quota_lock_applies_when_the_giver_settles(used: int, own_pays: int) -> None:
    # 「在共济额度内，共济人不能再使用该额度的个人账户资金」 (from 2026-01-09)
    persons = [person("A", "620000", personal=5000), person("B", "620000")]
    quota = {"kind": "wallet_relation", "authorizer": "A", "beneficiary": "B", "quota_fen": 3000, "quota_used_fen": used}
    result = decide(case("2026-02-01", "620000", persons, settle("A", 6000), relations=[relation("B", "A", "child")],
                         bindings=[quota]))
    assert result["allocation"][0] == {"person": "A", "account": "personal", "fen": own_pays}
    assert ("wallet_quota_locked" in {s["reason"] for s in result["explanation"]}) == (used < 3000)
    before = decide(case("2026-01-08", "620000", persons, settle("A", 6000), bindings=[quota]))
    assert before["allocation"][0]["fen"] == 5000, "no lock under the transfer model"


def test_beijing_passbook_cutoff_from_credit_dates() -> None:
    # 「9月1日前已划入医保专用存折中的个人账户资金，参保人员今后仍可随时取现使用」
    credits = [{"on": "2022-08-31", "fen": 1200}, {"on": "2022-09-01", "fen": 3400}, {"on": "2021-01-05", "fen": 100}]
    result = decide(case("2024-01-10", "110000", [person("A", "110000", credits=credits)],
                         {"kind": "withdraw", "person": "A", "reason": "legacy_passbook_funds"}))
    assert result["values"]["paid_fen"] == 1300


def test_hangzhou_overdraft_as_a_negative_balance() -> None:
    stated = decide(case("2024-06-01", "330100", [person("A", "330100", status="deceased", accounts={"historical": 5000})],
                         {"kind": "withdraw", "person": "A", "reason": "death_inheritance", "current_year_overdraft_fen": 2000}))
    negative = decide(case("2024-06-01", "330100",
                           [person("A", "330100", status="deceased", accounts={"historical": 5000, "current_year": -2000})],
                           {"kind": "withdraw", "person": "A", "reason": "death_inheritance"}))
    assert negative["values"] == stated["values"] and negative["values"]["paid_fen"] == 3000


def test_a_national_question_needs_no_region() -> None:
    result = decide({"as_of": "2024-06-01T10:00:00+08:00", "region": "national", "action": {"kind": "resident_funding"}})
    assert result["outcome"] == "computed" and all("@" in r and "-" not in r.split("@")[1][:6] for r in result["rules"])


def test_case_version_outside_the_known_ones_is_an_error() -> None:
    result = decide({**_bound_parent_world([]), "case_version": 3})
    assert result["outcome"] == "error" and result["error"]["path"] == "$.case_version"
    assert decide({**_bound_parent_world([]), "case_version": 1})["outcome"] == "accepted"


# --- `yibao decide`: input limits, through the command users run -------------------------------

def _decide_cli(yibao, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:  # type: ignore[no-untyped-def]
    from tests.conftest import yibao_command

    return subprocess.run([*yibao_command(), "decide", *args], input=stdin, capture_output=True, timeout=120)


def test_decide_reads_at_most_a_megabyte_of_stdin(yibao) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import yibao_command

    with subprocess.Popen([*yibao_command(), "decide"], stdin=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdin is not None and proc.stderr is not None
        sent = 0
        try:
            for _ in range(1500):  # 1.5 GB offered; the command stops reading after 1 MB
                proc.stdin.write(b" " * 1_000_000)
                sent += 1
        except BrokenPipeError:
            pass
        proc.stdin.close() if not proc.stdin.closed else None
        error = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 2
    assert sent < 50 and "more than 1,000,000 bytes" in error and "Traceback" not in error


@pytest.mark.parametrize(("body", "message"), [
    (b'{"as_of": ' + b"9" * 5000 + b"}", "an integer of 5,000 digits"),
    (b"as_of: " + b"9" * 5000 + b"\n", "integer with 5,000 digits"),
    (b'{"as_of": "2025-01-01T10:00', "<stdin>:1:11: not valid JSON"),
])
def test_decide_refuses_unreadable_input_in_one_line(yibao, body: bytes, message: str) -> None:  # type: ignore[no-untyped-def]
    run = _decide_cli(yibao, stdin=body)
    assert run.returncode == 2 and message in run.stderr.decode() and b"Traceback" not in run.stderr


def test_decide_refuses_float_amounts(yibao) -> None:  # type: ignore[no-untyped-def]
    document = json.dumps(_bound_parent_world([relation("A", "B", "parent")])).replace('"amount_fen": 3000', '"amount_fen": 1.0e+30')
    run = _decide_cli(yibao, stdin=document.encode())
    result = json.loads(run.stdout)
    assert run.returncode == 1 and result["error"]["path"] == "$.action.amount_fen"
    assert "not a whole number" in result["error"]["message"]


def test_decide_reports_an_unreadable_file_as_file_and_message(yibao, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    import yibao.case_input
    from yibao.cli import main

    target = tmp_path / "case.json"
    target.write_text("{}")
    opener = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == target:
            raise PermissionError(13, "Permission denied", str(self))
        return opener(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse)  # as root, chmod cannot make a file unreadable
    assert yibao.case_input.MAX_CASE_BYTES and main(["decide", str(target)]) == 2
    assert capsys.readouterr().err.strip() == f"yibao decide: {target}: Permission denied"
    run = _decide_cli(yibao, str(tmp_path))
    assert run.returncode == 2 and run.stderr.decode().strip() == f"yibao decide: {tmp_path}: Is a directory"


def test_decide_explain_in_chinese_and_english(yibao) -> None:  # type: ignore[no-untyped-def]
    persons = [person("A", "440300", personal=2000, tier="tier1"), person("C", "440300", personal=8000, status="terminated"),
               person("B", "440300", scheme="resident_basic")]
    document = case("2024-03-01", "440300", persons, settle("B", 9000), relations=[
        relation("A", "B", "parent"), relation("C", "B", "parent")], bindings=[binding("A", "B"), binding("C", "B")])
    zh = _decide_cli(yibao, "--explain", stdin=json.dumps(document).encode()).stdout.decode()
    assert "A · 个人账户: 扣款 20.00 元" in zh and "C · 个人账户: 未扣款" in zh
    assert "family_aid.scope@440300-2023-10" in zh and "(T" in zh and "$.persons[1].status = \"terminated\"" in zh
    en = _decide_cli(yibao, "--explain", "--lang", "en", stdin=json.dumps(document).encode()).stdout.decode()
    assert "A · personal account: drawn 20.00 yuan" in en and "C · personal account: not drawn" in en


# --- a float at every integer place of the case schema -----------------------------------------

def _integer_places(node: Any, place: tuple[str, ...], schemas_root: Any, document: str) -> set[tuple[str, ...]]:
    """Where case.schema.json lets a number stand: each place as keys, "*" for any item or key."""
    found: set[tuple[str, ...]] = set()
    if "$ref" in node:
        file, _, pointer = node["$ref"].partition("#")
        document = file or document
        target: Any = json.loads((schemas_root / document).read_text())
        for part in pointer.strip("/").split("/"):
            target = target[part]
        found |= _integer_places(target, place, schemas_root, document)
    if node.get("type") == "integer" or any(type(v) is int for v in node.get("enum", [])):
        found.add(place)
    for key, child in node.get("properties", {}).items():
        if isinstance(child, dict):
            found |= _integer_places(child, (*place, key), schemas_root, document)
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            found |= _integer_places(node[key], (*place, "*"), schemas_root, document)
    for branch in node.get("allOf", []) + node.get("anyOf", []):
        found |= _integer_places(branch.get("then", branch), place, schemas_root, document)
    return found


def _places_in(value: Any, place: tuple[str, ...], at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The concrete paths in a case that match a place."""
    if not place:
        return [at]
    head, rest = place[0], place[1:]
    if head == "*":
        keys = range(len(value)) if isinstance(value, list) else list(value) if isinstance(value, dict) else []
        return [p for k in keys for p in _places_in(value[k], rest, (*at, k))]
    return _places_in(value[head], rest, (*at, head)) if isinstance(value, dict) and head in value else []


def test_a_whole_float_is_refused_at_every_integer_place_of_the_schema() -> None:
    """150.0 passes JSON Schema's "integer"; the engine must still refuse it, wherever the schema puts a number.
    Each place is taken from the schema, and filled in a valid case of the suite that has a value there."""
    from reference_impl.engine import bundled
    from yibao import paths
    from yibao.conformance.features import load_suite

    schema = json.loads((paths.schemas_dir() / "case.schema.json").read_text())
    places = _integer_places(schema, (), paths.schemas_dir(), "case.schema.json")
    cases = [s.case for s in load_suite(paths.features_dir(), bundled().spec).scenarios if s.expect.outcome != "error"]
    untested = []
    for place in sorted(places):
        found = next(((c, p[0]) for c in cases if (p := _places_in(c, place))), None)
        if found is None and place[-1] != "*":  # no case writes it: add it where its parent is (case_version: 1)
            found = next(((c, (*p[0], place[-1])) for c in cases if (p := _places_in(c, place[:-1]))), None)
        if found is None:
            untested.append(place)
            continue
        document, at = json.loads(json.dumps(found[0])), found[1]
        node = document
        for key in at[:-1]:
            node = node[key]
        node[at[-1]] = float(node.get(at[-1], 1))
        result = decide(document)
        path = "$" + "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in at)
        assert result["outcome"] == "error" and result["error"]["path"] == path, (place, result)
        assert "not a whole number" in result["error"]["message"]
    assert len(places) >= 20 and not untested, f"no scenario case has a value at {untested}"
