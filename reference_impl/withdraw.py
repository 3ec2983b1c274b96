"""Withdrawal (提取) and inheritance of the balance."""

from __future__ import annotations

from datetime import date
from typing import Any

from .case import Person
from .context import Decision
from .result import Fact, Result, Unknown


def reasons_in_force(d: Decision) -> dict[str, Any]:
    """The withdrawal rule merged with the foreigners' rule, where that one is in force."""
    params = dict(d.rule("withdrawal.reasons") or {})
    foreigners = d.rule("withdrawal.foreigners") or {}
    params["reasons"] = {**foreigners.get("reasons", {}), **params.get("reasons", {})}
    return params


def withdraw(d: Decision) -> Result:
    action = d.case.action
    person = d.case.persons[action["person"]]
    rule = reasons_in_force(d)
    reason = action["reason"]
    if "cash_withdrawal_allowed" not in rule and reason not in rule["reasons"]:
        raise Unknown("withdrawal.reasons")  # the rule in force says nothing of cash (1998 to mid-2022)
    entry = rule["reasons"].get(reason, {"allowed": False})
    if rule.get("cash_withdrawal_allowed"):
        return _pay(d, max(0, person.balance()), "cash", ["withdrawal_reason_recognised"])
    # Reasons that describe the person must be true of the person in the case.
    untrue = (reason == "death_inheritance" and person.status != "deceased") or \
             (reason == "nonlocal_exit_not_reinsured" and person.hukou_local is True)
    if not entry["allowed"] or untrue:
        fact = (d.fact(person.id, "status") if reason == "death_inheritance" and untrue else
                d.fact(person.id, "hukou_local") if untrue else Fact("$.action.reason", reason))
        return Result.rejected([d.why(code, "withdrawal.reasons", fact.path, fact.value)
                                for code in ("withdrawal_not_allowed", "withdrawal_reason_not_recognised")])
    if reason == "legacy_passbook_funds":
        return _pay(d, passbook_funds(person, rule.get("legacy_passbook_cutoff")), "cash", ["legacy_passbook_withdrawable"])

    reasons = ["withdrawal_reason_recognised"]
    balance = person.balance()
    values: dict[str, Any] = {}
    outstanding = action.get("outstanding_costs_fen", 0)
    # An overdraft is stated on the action, or as a negative current-year balance (already in the balance).
    stated_overdraft = action.get("current_year_overdraft_fen", 0)
    overdraft = stated_overdraft + max(0, -person.accounts.get("current_year", 0))
    if outstanding and rule.get("settle_outstanding_costs_first"):
        values["outstanding_costs_settled_fen"] = outstanding
        balance -= outstanding
        reasons.append("outstanding_costs_settled_first")
    if overdraft and rule.get("overdraft_offset_from_historical"):
        values["overdraft_offset_fen"] = overdraft
        balance -= stated_overdraft
        reasons.append("overdraft_offset_from_historical")
    if balance < 0:
        values["shortfall_fen"] = -balance
        written_off = person.status == "deceased" and rule.get("deceased_shortfall_written_off")
        reasons.append("shortfall_written_off" if written_off else "shortfall_repaid_by_person")
        balance = 0
    return _pay(d, balance, entry.get("payout", "cash"), reasons, values)


def passbook_funds(person: Person, cutoff: str | None) -> int:
    """Beijing: what was credited to the passbook before the cut-off stays withdrawable in cash.

    From the credits' dates where the case gives them (never more than the passbook balance, when
    that is stated too); otherwise the passbook balance as stated.
    """
    stated = person.accounts.get("legacy_passbook")
    if not person.credits or cutoff is None:
        return max(0, stated or 0)
    before = sum(c.fen for c in person.credits if c.on < date.fromisoformat(cutoff))
    return max(0, before if stated is None else min(before, stated))


def _pay(d: Decision, amount: int, payout: str, reasons: list[str], values: dict[str, Any] | None = None) -> Result:
    step = d.why(reasons[0], "withdrawal.reasons", "$.action.reason", d.case.action["reason"])
    return Result("accepted", reasons, values={**(values or {}), "paid_fen": amount, "payout": payout}, explanation=[step])
