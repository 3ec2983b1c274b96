"""Family mutual aid (家庭共济): who may share whose account, binding and unbinding."""

from __future__ import annotations

from .case import Binding, Person
from .context import Decision
from .result import Result


def province_of(d: Decision, code: str) -> str:
    chain = d.spec.chain(code)
    return chain[1] if len(chain) > 1 else code


def beneficiary_problems(d: Decision, authorizer: Person, beneficiary: Person, *, needs_enrolment: bool = True) -> list[str]:
    """Why beneficiary may not use authorizer's account under the rules in force (empty: they may)."""
    problems = []
    scope = d.rule("family_aid.scope")
    relationship = d.case.relationship(beneficiary.id, authorizer.id)
    if relationship not in d.param("family_aid.scope", scope, "relationships"):
        problems.append("relationship_not_in_scope")
    if needs_enrolment and d.param("family_aid.scope", scope, "beneficiary_must_be_enrolled") and not beneficiary.enrolled:
        problems.append("beneficiary_not_enrolled")
    problems += area_problems(d, authorizer, beneficiary)
    return problems


def area_problems(d: Decision, authorizer: Person, beneficiary: Person) -> list[str]:
    """Family mutual aid works within a pooling area, or a province where intra-province aid is in force."""
    if beneficiary.insured_region == authorizer.insured_region:
        return []
    if province_of(d, beneficiary.insured_region) != province_of(d, authorizer.insured_region):
        return ["beneficiary_outside_area"]  # across provinces only the wallet works
    area = d.rule("intra_province.mutual_aid")
    if d.param("intra_province.mutual_aid", area, "beneficiary_insured_within") != "province":
        return ["beneficiary_outside_area"]
    return []


def authorizer_problems(d: Decision, authorizer: Person) -> list[str]:
    if authorizer.scheme != "employee_basic":
        return ["authorizer_not_employee_insured"]
    if authorizer.status != "enrolled":
        return ["authorizer_not_enrolled"]
    conditions = d.rule("family_aid.authorizer_conditions") or {}
    problems = []
    if conditions.get("required_tier") and authorizer.tier != conditions["required_tier"]:
        problems.append("authorizer_tier_not_eligible")
    balance_kind = conditions.get("positive_balance_in")
    if balance_kind == "historical" and authorizer.accounts.get("historical", 0) <= 0:
        problems.append("authorizer_balance_too_low")
    if balance_kind == "personal" and authorizer.balance() <= 0:
        problems.append("authorizer_balance_too_low")
    percent = conditions.get("min_balance_percent_of_prev_year_avg_wage")
    if percent is not None and authorizer.balance() * 100 <= percent * d.figure("prev_year_avg_wage_fen"):
        problems.append("authorizer_balance_too_low")
    return problems


def role_problems(d: Decision, authorizer: str, beneficiary: str) -> list[str]:
    roles = d.rule("family_aid.roles") or {}
    existing = d.case.family_bindings()
    problems = []
    if roles.get("exclusive_roles"):
        authorizer_is_beneficiary = any(b.beneficiary == authorizer for b in existing)
        beneficiary_is_authorizer = any(b.authorizer == beneficiary for b in existing)
        bound_elsewhere = any(b.beneficiary == beneficiary and b.authorizer != authorizer for b in existing)
        if authorizer_is_beneficiary or beneficiary_is_authorizer or bound_elsewhere:
            problems.append("exclusive_role_conflict")
    limit = roles.get("max_beneficiaries_per_authorizer")
    if limit is not None and sum(b.authorizer == authorizer for b in existing) >= limit:
        problems.append("too_many_beneficiaries")
    return problems


def find_binding(d: Decision, authorizer: str, beneficiary: str) -> Binding | None:
    return next((b for b in d.case.family_bindings() if (b.authorizer, b.beneficiary) == (authorizer, beneficiary)), None)


def bind(d: Decision) -> Result:
    action = d.case.action
    authorizer = d.case.persons[action["authorizer"]]
    beneficiary = d.case.persons[action["beneficiary"]]
    problems = authorizer_problems(d, authorizer)
    problems += beneficiary_problems(d, authorizer, beneficiary)
    problems += role_problems(d, authorizer.id, beneficiary.id)
    binding = d.rule("family_aid.binding") or {}
    if binding.get("relationship_proof_required") and not action.get("proof_provided", False):
        problems.append("relationship_proof_missing")
    if find_binding(d, authorizer.id, beneficiary.id):
        problems.append("binding_already_exists")
    if problems:
        return Result("rejected", problems)
    return Result("accepted", ["relationship_in_scope"])


def unbind(d: Decision) -> Result:
    action = d.case.action
    if find_binding(d, action["authorizer"], action["beneficiary"]) is None:
        return Result("rejected", ["binding_not_found"])
    return Result("accepted", ["binding_removed"])
