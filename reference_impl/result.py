"""What a decision returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Draw:
    """Money taken from one account (or paid in cash) for a settlement or payment."""

    person: str | None
    account: str
    fen: int

    def to_json(self) -> dict[str, Any]:
        return {"person": self.person, "account": self.account, "fen": self.fen}


@dataclass(slots=True)
class Fact:
    """The fact of the case that decided a step: its JSON path and its value there."""

    path: str
    value: Any


@dataclass(slots=True)
class Step:
    """One line of the explanation: an account drawn or not, or a reason, with the rule version and fact behind it.

    `rule` is the version relied on (rule@version), or the bare rule id when no version is in force.
    """

    reason: str
    rule: str
    fact: Fact
    person: str | None = None
    account: str | None = None
    fen: int | None = None  # drawn: how much; None: not drawn

    def on(self, person: str | None, account: str) -> Step:
        """The same reason, rule and fact, for one account that was not drawn."""
        return Step(self.reason, self.rule, self.fact, person, account)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"reason": self.reason, "rule": self.rule,
                                "fact": {"path": self.fact.path, "value": self.fact.value}}
        if self.account is not None:
            data.update(person=self.person, account=self.account, drawn=self.fen is not None)
            if self.fen is not None:
                data["fen"] = self.fen
        return data


@dataclass
class Result:
    outcome: str
    reasons: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    allocation: list[Draw] | None = None
    values: dict[str, Any] | None = None
    unverified: bool = False
    error: dict[str, str] | None = None
    explanation: list[Step] = field(default_factory=list)

    @classmethod
    def rejected(cls, problems: list[Step], *, allocation: bool = False, notes: tuple[str, ...] = ()) -> Result:
        """A rejection whose reasons are the problems' codes, each explained by its step."""
        reasons = list(dict.fromkeys(p.reason for p in problems)) + list(notes)
        return cls("rejected", reasons, allocation=[] if allocation else None, explanation=problems)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"outcome": self.outcome, "reasons": self.reasons, "rules": self.rules}
        if self.allocation is not None:
            data["allocation"] = [d.to_json() for d in self.allocation]
        if self.values is not None:
            data["values"] = self.values
        if self.unverified:
            data["unverified"] = True
        if self.error is not None:
            data["error"] = self.error
        data["explanation"] = [s.to_json() for s in self.explanation]
        return data


class Unknown(Exception):
    """The spec has no rule (or no value) in force that this decision needs; `fact` is what asked for it."""

    def __init__(self, rule_id: str, reason: str = "rule_unknown", fact: Fact | None = None) -> None:
        super().__init__(rule_id)
        self.rule_id = rule_id
        self.reason = reason
        self.fact = fact or Fact("$.as_of", None)


class InvalidCase(Exception):
    def __init__(self, message: str, path: str) -> None:
        super().__init__(f"{path}: {message}")
        self.message = message
        self.path = path
