"""Family mutual aid (家庭共济): who may share whose account, binding and unbinding.

Each check returns the problems it finds as explanation steps: the reason code, the rule version
that sets the condition, and the fact of the case that fails it.
"""

from __future__ import annotations

from .case import Binding, Person
from .context import Decision
from .result import Fact, Result, Step


def province_of(d: Decision, code: str) -> str:
    chain = d.spec.chain(code)
    return chain[1] if len(chain) > 1 else code


def beneficiary_problems(d: Decision, authorizer: Person, beneficiary: Person, *, needs_enrolment: bool = True) -> list[Step]:
    """Why beneficiary may not use authorizer's account under the rules in force (empty: they may)."""
    problems = []
    scope = d.rule("family_aid.scope")
    relationship = d.case.relationship(beneficiary.id, authorizer.id)
    if relationship not in d.param("family_aid.scope", scope, "relationships"):
        problems.append(d.why("relationship_not_in_scope", "family_aid.scope", "$.relations",
                              f"{beneficiary.id} is {relationship} of {authorizer.id}"))
    if needs_enrolment and d.param("family_aid.scope", scope, "beneficiary_must_be_enrolled") and not beneficiary.enrolled:
        problems.append(Step("beneficiary_not_enrolled", d.version("family_aid.scope"), d.fact(beneficiary.id, "status")))
    problems += area_problems(d, authorizer, beneficiary)
    return problems


def area_problems(d: Decision, authorizer: Person, beneficiary: Person) -> list[Step]:
    """Family mutual aid works within a pooling area, or a province where intra-province aid is in force."""
    if beneficiary.insured_region == authorizer.insured_region:
        return []
    fact = d.fact(beneficiary.id, "insured_region")
    if province_of(d, beneficiary.insured_region) != province_of(d, authorizer.insured_region):
        return [Step("beneficiary_outside_area", d.version("family_aid.scope"), fact)]  # across provinces only the wallet works
    area = d.rule("intra_province.mutual_aid")
    if d.param("intra_province.mutual_aid", area, "beneficiary_insured_within") != "province":
        return [Step("beneficiary_outside_area", d.version("intra_province.mutual_aid"), fact)]
    return []


def authorizer_problems(d: Decision, authorizer: Person) -> list[Step]:
    if authorizer.scheme != "employee_basic":
        return [Step("authorizer_not_employee_insured", d.version("family_aid.scope"), d.fact(authorizer.id, "scheme"))]
    if authorizer.status != "enrolled":
        return [Step("authorizer_not_enrolled", d.version("family_aid.scope"), d.fact(authorizer.id, "status"))]
    rule = "family_aid.authorizer_conditions"
    conditions = d.rule(rule) or {}
    problems = []
    if conditions.get("required_tier") and authorizer.tier != conditions["required_tier"]:
        problems.append(Step("authorizer_tier_not_eligible", d.version(rule), d.fact(authorizer.id, "tier")))
    balance_kind = conditions.get("positive_balance_in")
    if balance_kind == "historical" and authorizer.accounts.get("historical", 0) <= 0:
        problems.append(Step("authorizer_balance_too_low", d.version(rule), d.fact(authorizer.id, "accounts", "historical")))
    if balance_kind == "personal" and authorizer.balance() <= 0:
        problems.append(Step("authorizer_balance_too_low", d.version(rule), d.fact(authorizer.id, "accounts")))
    percent = conditions.get("min_balance_percent_of_prev_year_avg_wage")
    if percent is not None and authorizer.balance() * 100 <= percent * d.figure("prev_year_avg_wage_fen", rule):
        problems.append(Step("authorizer_balance_too_low", d.version(rule), d.fact(authorizer.id, "accounts")))
    return problems


def role_problems(d: Decision, authorizer: str, beneficiary: str) -> list[Step]:
    rule = "family_aid.roles"
    roles = d.rule(rule) or {}
    existing = d.case.family_bindings()
    problems = []
    if roles.get("exclusive_roles"):
        conflict = next((b for b in existing if b.beneficiary == authorizer or b.authorizer == beneficiary
                         or (b.beneficiary == beneficiary and b.authorizer != authorizer)), None)
        if conflict is not None:
            problems.append(d.why("exclusive_role_conflict", rule, f"$.bindings[{conflict.index}]",
                                  f"{conflict.authorizer} → {conflict.beneficiary}"))
    limit = roles.get("max_beneficiaries_per_authorizer")
    count = sum(b.authorizer == authorizer for b in existing)
    if limit is not None and count >= limit:
        problems.append(d.why("too_many_beneficiaries", rule, "$.bindings", f"{authorizer} already has {count}"))
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
        problems.append(d.why("relationship_proof_missing", "family_aid.binding", "$.action.proof_provided",
                              action.get("proof_provided", False)))
    existing = find_binding(d, authorizer.id, beneficiary.id)
    if existing:
        problems.append(Step("binding_already_exists", d.version("family_aid.binding"),
                             Fact(f"$.bindings[{existing.index}]", f"{existing.authorizer} → {existing.beneficiary}")))
    if problems:
        return Result.rejected(problems)
    return Result("accepted", ["relationship_in_scope"], explanation=[
        d.why("relationship_in_scope", "family_aid.scope", "$.relations",
              f"{beneficiary.id} is {d.case.relationship(beneficiary.id, authorizer.id)} of {authorizer.id}")])


def unbind(d: Decision) -> Result:
    action = d.case.action
    if find_binding(d, action["authorizer"], action["beneficiary"]) is None:
        return Result.rejected([d.why("binding_not_found", "family_aid.binding", "$.bindings",
                                      f"{action['authorizer']} → {action['beneficiary']}")])
    return Result("accepted", ["binding_removed"])
