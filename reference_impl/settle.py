"""Settling a payment at a designated provider: who may pay, and how the amount is split."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from .case import SHARED_KINDS, Binding, Person
from .context import Decision
from .family import authorizer_problems, beneficiary_problems
from .result import Draw, Fact, Result, Step, Unknown

VENUE_CATEGORY_PREFIX = {"designated_institution": "designated_institution.", "designated_pharmacy": "designated_pharmacy."}


def credential_problems(d: Decision) -> tuple[list[Step], list[str]]:
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
        return [d.why("credential_not_own", "credential.own_only", "$.action.credential.holder",
                      action["credential"]["holder"])], notes
    proxy = action.get("proxy")
    if proxy and proxy["agent"] != action["patient"]:
        allowed = d.param("credential.own_only", rule, "proxy_purchase_with_both_ids")
        if not (allowed and proxy["both_ids_provided"] and action["venue"] == "designated_pharmacy"):
            return [d.why("proxy_purchase_ids_missing", "credential.own_only", "$.action.proxy", proxy)], notes
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


@dataclass
class Purse:
    """The money still to pay, and what has been drawn and explained so far."""

    remaining: int
    draws: list[Draw] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)

    def draw(self, d: Decision, person: Person, kinds: tuple[str, ...], reason: str, rule: str,
             cap: tuple[int, Step] | None = None) -> int:
        """Draw from person's accounts of these kinds in order, at most cap's amount when one is given
        (cap's step explains why the rest is held back); one step per account the person has."""
        drawn = 0
        for kind in kinds:
            if kind not in person.accounts:
                continue
            fact = d.fact(person.id, "accounts", kind)
            want = min(self.remaining, person.available(kind))
            take = want if cap is None else min(want, cap[0] - drawn)
            if take > 0:
                self.draws.append(Draw(person.id, kind, take))
                self.steps.append(Step(reason, rule, fact, person.id, kind, take))
                self.remaining -= take
                drawn += take
            if take < want and cap is not None:
                self.steps.append(cap[1].on(person.id, kind))
            elif take <= 0:
                why = "amount_already_covered" if not self.remaining else "account_empty"
                self.steps.append(Step(why, rule, fact, person.id, kind))
        return drawn


def locked_quota(d: Decision, person: Person) -> tuple[int, Step] | None:
    """Under the quota model, what person has reserved as quotas for others and may not spend (wallet.model)."""
    held = [b for b in d.case.bindings if b.kind == "wallet_relation" and b.authorizer == person.id
            and b.quota_fen > b.quota_used_fen]
    if not held:
        return None
    model = d.peek("wallet.model") or {}
    if model.get("model") != "quota" or not model.get("quota_locked_for_authorizer"):
        return None
    locked = sum(b.quota_fen - b.quota_used_fen for b in held)
    return locked, Step("wallet_quota_locked", d.version("wallet.model"),
                        Fact(f"$.bindings[{held[0].index}].quota_fen", locked))


def settle(d: Decision) -> Result:
    action = d.case.action
    patient = d.case.persons[action["patient"]]
    category = "non_designated_provider" if action["venue"] == "other" else action["category"]
    rejections, notes = credential_problems(d)
    for_self, for_family, prohibited = category_lists(d)
    if category in prohibited:
        rejections.append(d.why("category_prohibited", "usage.categories", "$.action.category", category))
    elif category not in for_self and category not in for_family:
        rejections.append(d.why("category_not_listed", "usage.categories", "$.action.category", category))
    if rejections:
        return Result.rejected(rejections, allocation=True, notes=tuple(notes))

    purse = Purse(action["amount_fen"])
    reasons = ["category_allowed", *notes]
    if category in for_self:
        kinds = own_kinds(d, category)
        rule = d.version("usage.account_split" if kinds != SHARED_KINDS else "usage.categories")
        lock = locked_quota(d, patient)
        cap = (max(0, sum(patient.available(k) for k in kinds) - lock[0]), lock[1]) if lock else None
        if purse.draw(d, patient, kinds, "paid_from_own_account", rule, cap):
            reasons.append("paid_from_own_account")
        if lock and lock[1].reason in {s.reason for s in purse.steps}:
            reasons.append(lock[1].reason)
    if purse.remaining and wallet_pays(d, patient, category) and \
            purse.draw(d, patient, ("mi_wallet",), "paid_from_wallet", d.version("settlement.deduction_order")):
        reasons.append("paid_from_wallet")
    reasons += draw_shared(d, patient, category in for_family, purse)
    if purse.remaining:
        purse.draws.append(Draw(None, "cash", purse.remaining))
        purse.steps.append(Step("remainder_in_cash", d.version("usage.categories"),
                                Fact("$.action.amount_fen", action["amount_fen"]), None, "cash", purse.remaining))
        reasons.append("remainder_in_cash")
    return Result("accepted", reasons, allocation=purse.draws, explanation=purse.steps)


def wallet_pays(d: Decision, patient: Person, category: str) -> bool:
    """Where the region says so (Fujian), the wallet pays after the personal account, for the uses and in
    the place the wallet rule allows (wallet.model: allowed_uses, spend_only_in_insured_region)."""
    order = d.peek("settlement.deduction_order") or {}
    if not order.get("wallet_after_personal_account"):
        return False
    model = d.peek("wallet.model") or {}
    if model.get("spend_only_in_insured_region", True) and patient.insured_region != d.case.region:
        return False
    return category in model.get("allowed_uses", (category,))


def draw_shared(d: Decision, patient: Person, family_category: bool, purse: Purse) -> list[str]:
    """Draw from authorizers' accounts for what the patient's own funds did not cover; the reasons to add.

    Every bound authorizer gets a step: drawn, or the first reason it was not.
    """
    bound = [b for b in d.case.family_bindings() if b.beneficiary == patient.id]
    if not bound:
        return []
    kinds = shared_kinds(d)

    def skip(binding: Binding, step: Step) -> None:
        authorizer = d.case.persons[binding.authorizer]
        account = next((k for k in kinds if k in authorizer.accounts), kinds[0])
        purse.steps.append(step.on(authorizer.id, account))

    if not purse.remaining:
        step = d.why("amount_already_covered", "usage.categories", "$.action.amount_fen", d.case.action["amount_fen"])
        for binding in bound:
            skip(binding, step)
        return []
    if not family_category:
        step = d.why("category_not_for_family", "usage.categories", "$.action.category", d.case.action["category"])
        for binding in bound:
            skip(binding, step)
        return ["category_not_for_family"]
    gate = (d.peek("settlement.deduction_order") or {}).get("own_balance_gate")
    setting = d.case.action.get("setting", "pharmacy" if d.case.action["venue"] == "designated_pharmacy" else "outpatient")
    if gate and setting in gate["settings"] and patient.balance() > 0:
        step = Step("own_balance_gate", d.version("settlement.deduction_order"), d.fact(patient.id, "accounts"))
        for binding in bound:
            skip(binding, step)
        return ["own_balance_gate"]
    candidates = []
    skipped: list[str] = []
    for binding in bound:
        authorizer = d.case.persons[binding.authorizer]
        problems = authorizer_problems(d, authorizer) or beneficiary_problems(d, authorizer, patient)
        if problems:
            skip(binding, problems[0])
            skipped.append(problems[0].reason)
        elif authorizer.balance(kinds) > 0:
            candidates.append((binding, authorizer))
        else:
            skip(binding, Step("account_empty", d.version("family_aid.scope"), d.fact(authorizer.id, "accounts")))
    ordered = _order(d, candidates, kinds)
    for binding, _ in (c for c in candidates if c not in ordered):
        skip(binding, d.why("shared_account_limit_reached", "settlement.deduction_order", "$.bindings", len(ordered)))
    rule = d.version("family_aid.scope")
    drawn = sum(purse.draw(d, authorizer, kinds, "paid_from_shared_account", rule) for _, authorizer in ordered)
    reasons = list(dict.fromkeys(skipped))
    return (["paid_from_shared_account"] if drawn else []) + reasons


def _order(d: Decision, candidates: list[Any], kinds: tuple[str, ...]) -> list[Any]:
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
        raise Unknown("settlement.deduction_order", fact=Fact("$.bindings", f"{len(candidates)} authorizers could pay"))
    return ordered[:limit] if limit else ordered
