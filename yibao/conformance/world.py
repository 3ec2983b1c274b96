"""What a scenario builds: one case, and what its result must show."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

OUTCOMES = {"受理": "accepted", "拒绝": "rejected", "无法确定": "undetermined", "已计算": "computed", "出错": "error"}


@dataclass
class Expectation:
    outcome: str | None = None
    reasons: list[str] = field(default_factory=list)  # each must be among the result's reasons
    absent_reasons: list[str] = field(default_factory=list)
    paid: dict[tuple[str | None, str | None], int] = field(default_factory=dict)  # (person, account|None) → fen
    untouched: list[str] = field(default_factory=list)  # persons whose accounts must not be drawn
    not_drawn: dict[str, str] = field(default_factory=dict)  # person → the reason their explanation step must give
    values: dict[str, Any] = field(default_factory=dict)
    rules: list[str] = field(default_factory=list)
    invariants: list[str] = field(default_factory=list)  # named checks for random outcomes
    error_path: str | None = None  # for an invalid case: the JSON path the error must name

    def merge(self, other: Expectation) -> None:
        """Add what one then step expects to what the scenario expects."""
        self.outcome = other.outcome or self.outcome
        self.error_path = other.error_path or self.error_path
        self.reasons += other.reasons
        self.absent_reasons += other.absent_reasons
        self.paid.update(other.paid)
        self.untouched += other.untouched
        self.not_drawn.update(other.not_drawn)
        self.values.update(other.values)
        self.rules += other.rules
        self.invariants += other.invariants

    def __bool__(self) -> bool:
        return self != Expectation()

    def to_json(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "reasons": self.reasons,
            "absent_reasons": self.absent_reasons,
            "paid": [{"person": p, "account": a, "fen": f} for (p, a), f in self.paid.items()],
            "untouched": self.untouched,
            "not_drawn": [{"person": p, "reason": r} for p, r in self.not_drawn.items()],
            "values": self.values,
            "rules": self.rules,
            "invariants": self.invariants,
            **({"error_path": self.error_path} if self.error_path else {}),
        }


@dataclass
class World:
    """The case under construction. Person names (甲, 乙…) are the person ids."""

    case: dict[str, Any] = field(default_factory=lambda: {"persons": [], "relations": [], "bindings": []})
    expect: Expectation = field(default_factory=Expectation)
    result: dict[str, Any] | None = None  # set by the pytest-bdd runner at the first then step

    def person(self, name: str) -> dict[str, Any]:
        for p in self.case["persons"]:
            if p["id"] == name:
                found: dict[str, Any] = p
                return found
        raise KeyError(name)

    def add_person(self, name: str, **fields: Any) -> dict[str, Any]:
        try:
            existing = self.person(name)
            existing.update(fields)
            return existing
        except KeyError:
            record = {"id": name, **fields}
            self.case["persons"].append(record)
            return record


def check(expect: Expectation, result: dict[str, Any], case: dict[str, Any]) -> list[str]:
    """Every way result departs from expect, in words; empty when it conforms."""
    problems = []
    if expect.outcome and result.get("outcome") != expect.outcome:
        problems.append(f"outcome is {result.get('outcome')!r}, expected {expect.outcome!r}")
    reasons = result.get("reasons", [])
    problems += [f"reason {r!r} missing (got {reasons})" for r in expect.reasons if r not in reasons]
    problems += [f"reason {r!r} should not be given" for r in expect.absent_reasons if r in reasons]
    problems += [f"rule {r!r} not among the rules relied on" for r in expect.rules if r not in result.get("rules", [])]
    allocation = result.get("allocation") or []
    for (person, account), fen in expect.paid.items():
        got = sum(d.get("fen", 0) for d in allocation
                  if d.get("person") == person and (account is None or d.get("account") == account))
        if got != fen:
            what = "cash" if person is None else f"{person}'s {account or 'account'}"
            problems.append(f"{what} pays {got} fen, expected {fen}")
    for person in expect.untouched:
        if any(d.get("person") == person and d.get("fen", 0) for d in allocation):
            problems.append(f"{person}'s account must not be drawn")
    for person, reason in expect.not_drawn.items():
        problems += _unexplained(person, reason, result)
    values = result.get("values") or {}
    for key, value in expect.values.items():
        if values.get(key) != value:
            problems.append(f"value {key} is {values.get(key)!r}, expected {value!r}")
    if expect.error_path is not None:
        error = result.get("error") or {}
        if error.get("path") != expect.error_path:
            problems.append(f"error path is {error.get('path')!r}, expected {expect.error_path!r}")
    for name in expect.invariants:
        problems += INVARIANTS[name](result, case)
    return problems


def _unexplained(person: str, reason: str, result: dict[str, Any]) -> list[str]:
    """A problem unless some step of the explanation says person's account was not drawn, for reason."""
    steps = result.get("explanation")
    given = {str(s.get("reason")) for s in (steps if isinstance(steps, list) else [])
             if isinstance(s, dict) and s.get("person") == person and s.get("drawn") is False}
    if reason in given:
        return []
    return [f"no explanation step says {person}'s account was not drawn for {reason!r} (its steps give {sorted(given) or 'none'})"]


def _conserved(result: dict[str, Any], case: dict[str, Any]) -> list[str]:
    total = sum(d.get("fen", 0) for d in result.get("allocation") or [])
    amount = case["action"]["amount_fen"]
    return [] if total == amount else [f"allocation sums to {total} fen, not the amount {amount}"]


def _within_balances(result: dict[str, Any], case: dict[str, Any]) -> list[str]:
    balances = {(p["id"], k): v for p in case["persons"] for k, v in p.get("accounts", {}).items()}
    problems = []
    for d in result.get("allocation") or []:
        if d.get("account") != "cash" and d.get("fen", 0) > balances.get((d.get("person"), d.get("account")), 0):
            problems.append(f"{d.get('person')}'s {d.get('account')} pays {d.get('fen')} fen, more than its balance")
    return problems


def _only_bound(result: dict[str, Any], case: dict[str, Any]) -> list[str]:
    patient = case["action"].get("patient")
    bound = {b["authorizer"] for b in case.get("bindings", []) if b.get("beneficiary") == patient}
    drawn = {d.get("person") for d in result.get("allocation") or [] if d.get("account") != "cash"}
    strangers = drawn - bound - {patient}
    return [f"accounts of unbound persons drawn: {sorted(strangers)}"] if strangers else []


def _own_first(result: dict[str, Any], case: dict[str, Any]) -> list[str]:
    patient = case["action"].get("patient")
    owners = [d.get("person") for d in result.get("allocation") or [] if d.get("account") != "cash"]
    if patient in owners and owners[0] != patient:
        return ["the patient's own account is not drawn first"]
    return []


INVARIANTS = {
    "金额守恒": _conserved,
    "不超过余额": _within_balances,
    "只动用已绑定账户": _only_bound,
    "先用本人账户": _own_first,
}
