"""Settling a payment at a designated provider: who may pay, and how the amount is split."""

from __future__ import annotations

import random
from typing import Any

from .case import Person
from .context import Decision
from .family import authorizer_problems, beneficiary_problems
from .result import Draw, Result, Unknown

VENUE_CATEGORY_PREFIX = {"designated_institution": "designated_institution.", "designated_pharmacy": "designated_pharmacy."}


def credential_problems(d: Decision) -> tuple[list[str], list[str]]:
    """(rejections, notes) from the rule that patients present their own credential."""
    action = d.case.action
    rule = d.rule("credential.own_only")
    notes = []
    if action["credential"].get("via_display_binding"):
        display = d.rule("family_display.binding")
        if display and not display.get("shares_funds", True):
            notes.append("display_binding_shares_no_funds")
    own_only = d.param("credential.own_only", rule, "patient_must_present_own_credential")
    if own_only and action["credential"]["holder"] != action["patient"]:
        return ["credential_not_own"], notes
    proxy = action.get("proxy")
    if proxy and proxy["agent"] != action["patient"]:
        allowed = d.param("credential.own_only", rule, "proxy_purchase_with_both_ids")
        if not (allowed and proxy["both_ids_provided"] and action["venue"] == "designated_pharmacy"):
            return ["proxy_purchase_ids_missing"], notes
        notes.append("proxy_purchase_with_ids")
    return [], notes


def category_lists(d: Decision) -> tuple[list[str], list[str], list[str]]:
    usage = d.rule("usage.categories")
    return (
        d.param("usage.categories", usage, "for_self"),
        d.param("usage.categories", usage, "for_family"),
        (usage or {}).get("prohibited", []),
    )


def own_kinds(d: Decision, category: str) -> tuple[str, ...]:
    """Which parts of the patient's own account pay this category, in order."""
    split = d.rule("usage.account_split") or {}
    if not split.get("split"):
        return ("personal", "current_year", "historical")
    if category in split.get("historical_only", []):
        return ("historical",)
    return ("current_year", "historical")


def shared_kinds(d: Decision) -> tuple[str, ...]:
    shared = d.rule("family_aid.shared_funds") or {}
    return ("historical",) if shared.get("shared_account") == "historical" else ("personal", "current_year", "historical")


def settle(d: Decision) -> Result:
    action = d.case.action
    patient = d.case.persons[action["patient"]]
    category = "non_designated_provider" if action["venue"] == "other" else action["category"]
    rejections, notes = credential_problems(d)
    for_self, for_family, prohibited = category_lists(d)
    if category in prohibited:
        rejections.append("category_prohibited")
    elif category not in for_self and category not in for_family:
        rejections.append("category_not_listed")
    if rejections:
        return Result("rejected", rejections + notes, allocation=[])

    remaining = action["amount_fen"]
    draws: list[Draw] = []
    reasons = ["category_allowed", *notes]
    if category in for_self:
        for kind in own_kinds(d, category):
            take = min(remaining, patient.accounts.get(kind, 0))
            if take:
                draws.append(Draw(patient.id, kind, take))
                remaining -= take
        if draws:
            reasons.append("paid_from_own_account")
    if remaining and wallet_pays(d, patient):
        take = min(remaining, patient.accounts.get("mi_wallet", 0))
        if take:
            draws.append(Draw(patient.id, "mi_wallet", take))
            remaining -= take
            reasons.append("paid_from_wallet")
    if remaining:
        shared, shared_reasons = draw_shared(d, patient, category in for_family, remaining)
        draws += shared
        remaining -= sum(s.fen for s in shared)
        reasons += shared_reasons
    if remaining:
        draws.append(Draw(None, "cash", remaining))
        reasons.append("remainder_in_cash")
    return Result("accepted", reasons, allocation=draws)


def wallet_pays(d: Decision, patient: Person) -> bool:
    """Where the region says so (Fujian), the wallet pays after the personal account, in the insured place only."""
    order = d.peek("settlement.deduction_order") or {}
    return bool(order.get("wallet_after_personal_account")) and patient.insured_region == d.case.region


def draw_shared(d: Decision, patient: Person, family_category: bool, amount: int) -> tuple[list[Draw], list[str]]:
    """Draw from authorizers' accounts for what the patient's own funds did not cover."""
    bound = [b for b in d.case.family_bindings() if b.beneficiary == patient.id]
    if not bound:
        return [], []
    if not family_category:
        return [], ["category_not_for_family"]
    gate = (d.peek("settlement.deduction_order") or {}).get("own_balance_gate")
    setting = d.case.action.get("setting", "pharmacy" if d.case.action["venue"] == "designated_pharmacy" else "outpatient")
    if gate and setting in gate["settings"] and patient.balance() > 0:
        return [], ["own_balance_gate"]
    kinds = shared_kinds(d)
    candidates = []
    for binding in bound:
        authorizer = d.case.persons[binding.authorizer]
        if authorizer_problems(d, authorizer) or beneficiary_problems(d, authorizer, patient):
            continue
        if authorizer.balance(kinds) > 0:
            candidates.append((binding, authorizer))
    ordered = _order(d, candidates, kinds, amount)
    draws = []
    for _, authorizer in ordered:
        if not amount:
            break
        for kind in kinds:
            take = min(amount, authorizer.accounts.get(kind, 0))
            if take:
                draws.append(Draw(authorizer.id, kind, take))
                amount -= take
    return draws, (["paid_from_shared_account"] if draws else [])


def _order(d: Decision, candidates: list[Any], kinds: tuple[str, ...], amount: int) -> list[Any]:
    """Authorizers in the order the region draws them; Unknown when it matters and the spec does not say."""
    if len(candidates) <= 1:
        return candidates
    rule = d.rule("settlement.deduction_order")
    strategy = (rule or {}).get("between_authorizers", "unspecified")
    limit = (rule or {}).get("max_shared_accounts")
    if strategy == "balance_desc":
        ordered = sorted(candidates, key=lambda c: (-c[1].balance(kinds), c[1].id))
    elif strategy == "filing_order":
        ordered = sorted(candidates, key=lambda c: (c[0].order or 10**9, c[0].since or d.case.day, c[1].id))
    elif strategy == "random":
        ordered = sorted(candidates, key=lambda c: c[1].id)
        random.Random(d.case.action.get("random_seed", 0)).shuffle(ordered)
    else:  # several authorizers and no known order: who pays what is exactly what the spec does not know
        raise Unknown("settlement.deduction_order")
    return ordered[:limit] if limit else ordered
