"""Contributions: paying a relative's contribution or premium from the account, computing an
employee's contribution, checking minimum contribution years, and resident-insurance funding."""

from __future__ import annotations

from typing import Any

from .case import SHARED_KINDS, Person
from .context import Decision
from .family import beneficiary_problems
from .result import Fact, Result, Step
from .settle import Purse, category_lists, locked_quota


def round_half_up(numerator: int, denominator: int) -> int:
    """Integer division rounded half up; amounts are exact fen, so no float enters."""
    return (2 * numerator + denominator) // (2 * denominator)


def pay_contribution(d: Decision) -> Result:
    action = d.case.action
    payer = d.case.persons[action["payer"]]
    beneficiary = d.case.persons[action["beneficiary"]]
    category = action["category"]
    for_self, for_family, prohibited = category_lists(d)
    product = _product(d, category)
    allowed = for_self if payer.id == beneficiary.id else for_family
    problems: list[Step] = []
    if payer.scheme != "employee_basic" or payer.status != "enrolled":
        problems.append(Step("authorizer_not_employee_insured", d.version("family_aid.scope"), d.fact(payer.id, "scheme")))
    if category in prohibited:
        problems.append(d.why("category_prohibited", "usage.categories", "$.action.category", category))
    elif product is not None:
        problems += _product_problems(d, product, payer, beneficiary, action["amount_fen"])
    elif category not in allowed:
        problems.append(d.why("category_not_for_family" if category in for_self else "category_not_listed",
                              "usage.categories", "$.action.category", category))
    if payer.id != beneficiary.id:
        # A contribution may be for a relative who is not yet enrolled: the point is to enrol them.
        problems += beneficiary_problems(d, payer, beneficiary, needs_enrolment=False)
    lock = locked_quota(d, payer)
    if action["amount_fen"] > payer.balance():
        problems.append(Step("balance_insufficient", d.version("usage.categories"), d.fact(payer.id, "accounts")))
    elif lock and action["amount_fen"] > payer.balance() - lock[0]:
        problems.append(lock[1])
    if problems:
        return Result.rejected(problems, allocation=True)
    purse = Purse(action["amount_fen"])
    purse.draw(d, payer, SHARED_KINDS, "category_allowed", d.version("usage.categories"))
    return Result("accepted", ["category_allowed"], allocation=purse.draws, explanation=purse.steps)


def _product(d: Decision, category: str) -> dict[str, Any] | None:
    products = (d.rule("usage.commercial_insurance") or {}).get("products", {})
    return next((p for p in products.values() if p.get("category") == category), None)


def _product_problems(d: Decision, product: dict[str, Any], payer: Person, beneficiary: Person, amount: int) -> list[Step]:
    """Shenzhen-style conditions on buying commercial insurance from the account."""
    rule = "usage.commercial_insurance"
    problems = []

    def fails(reason: str, fact: Fact) -> None:
        problems.append(Step(reason, d.version(rule), fact))

    if payer.id != beneficiary.id and not product.get("for_family"):
        fails("commercial_self_only", Fact("$.action.beneficiary", beneficiary.id))
    if product.get("required_tier") and payer.tier != product["required_tier"]:
        fails("authorizer_tier_not_eligible", d.fact(payer.id, "tier"))
    if "threshold_percent" not in product:
        return problems  # no balance conditions (Shanghai's 沪惠保)
    balance = payer.balance()
    balance_fact = d.fact(payer.id, "accounts")
    threshold_x100 = product["threshold_percent"] * d.figure(
        "prev_year_avg_wage_fen" if product["threshold_basis"] == "prev_year_avg_wage" else "monthly_avg_wage_fen", rule)
    meets = balance * 100 >= threshold_x100 if product.get("threshold_inclusive") else balance * 100 > threshold_x100
    if not meets:
        fails("commercial_threshold_not_met", balance_fact)
    share = product.get("max_share_of_balance_percent")
    if share is not None and amount * 100 > balance * share:
        fails("commercial_share_exceeded", Fact("$.action.amount_fen", amount))
    if product.get("keep_balance_at_threshold") and (balance - amount) * 100 < threshold_x100:
        fails("commercial_remaining_below_floor", Fact("$.action.amount_fen", amount))
    cap = product.get("annual_cap_fen")
    if cap is not None and payer.commercial_spent_this_year_fen + amount > cap:
        fails("commercial_annual_cap_exceeded", d.fact(payer.id, "commercial_spent_this_year_fen"))
    return problems


def compute_contribution(d: Decision) -> Result:
    rule = d.rule("contribution.employee")
    low = int(d.param("contribution.employee", rule, "base_min_fen"))
    high = int(d.param("contribution.employee", rule, "base_max_fen"))
    wage = d.case.action["wage_fen"]
    base = min(max(wage, low), high)
    reasons = ["contribution_computed"]
    if wage < low:
        reasons.append("base_raised_to_minimum")
    elif wage > high:
        reasons.append("base_capped_at_maximum")
    parts = {
        name: round_half_up(base * int(d.param("contribution.employee", rule, f"{name}_rate_bp")), 10_000)
        for name in ("employer", "maternity", "individual")
    }
    values = {"base_fen": base, **{f"{k}_fen": v for k, v in parts.items()}, "total_fen": sum(parts.values())}
    return Result("computed", reasons, values=values)


def check_minimum_years(d: Decision) -> Result:
    action = d.case.action
    person = d.case.persons[action["person"]]
    rule = d.rule("contribution.minimum_years")
    if person.sex is None:
        return Result("error", [], error={"message": "the person's sex is needed for minimum years",
                                          "path": d.case.person_path(person.id, "sex")})
    required = int(d.param("contribution.minimum_years", rule, f"{person.sex}_years"))
    local = int(d.param("contribution.minimum_years", rule, "local_actual_years"))
    problems = []
    if action["cumulative_years"] < required:
        problems.append(d.why("minimum_years_not_met", "contribution.minimum_years", "$.action.cumulative_years",
                              action["cumulative_years"]))
    if action["local_actual_years"] < local:
        problems.append(d.why("local_years_not_met", "contribution.minimum_years", "$.action.local_actual_years",
                              action["local_actual_years"]))
    values = {"required_years": required, "required_local_years": local}
    if problems:
        rejected = Result.rejected(problems)
        rejected.values = values
        return rejected
    return Result("accepted", ["minimum_years_met"], values=values)


def resident_funding(d: Decision) -> Result:
    rule = d.rule("resident.funding") or {}
    values = {key: rule.get(key) for key in
              ("funding_year", "fiscal_subsidy_min_yuan", "individual_contribution_yuan", "individual_contribution_for_year")}
    return Result("computed", ["funding_found"], values=values)


def resident_incentive(d: Decision) -> Result:
    """国办发〔2024〕38号: each continuous year past the threshold, and each year without reimbursement, raises the
    major-illness limit by the province's amount, up to a share of the original limit (a city figure)."""
    action = d.case.action
    rule = d.rule("resident.continuity")
    per_year_fen = int(d.param("resident.continuity", rule, "incentive_per_year_yuan")) * 100
    after = int(d.param("resident.continuity", rule, "incentive_after_continuous_years"))
    cap_bp = round(float(d.param("resident.continuity", rule, "incentive_cap_percent_of_limit")) * 100)
    steps = max(0, action["continuous_years"] - after) + action.get("zero_reimbursement_years", 0)
    cap_fen = round_half_up(d.figure("major_illness_limit_fen", "resident.continuity") * cap_bp, 10_000)
    earned = steps * per_year_fen
    reasons = ["incentive_computed"] + (["incentive_capped"] if earned > cap_fen else [])
    return Result("computed", reasons, values={"increases": steps, "increase_fen": min(earned, cap_fen)})
