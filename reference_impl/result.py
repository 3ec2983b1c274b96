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


@dataclass
class Result:
    outcome: str
    reasons: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    allocation: list[Draw] | None = None
    values: dict[str, Any] | None = None
    unverified: bool = False
    error: dict[str, str] | None = None

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
        return data


class Unknown(Exception):
    """The spec has no rule (or no value) in force that this decision needs."""

    def __init__(self, rule_id: str, reason: str = "rule_unknown") -> None:
        super().__init__(rule_id)
        self.rule_id = rule_id
        self.reason = reason


class InvalidCase(Exception):
    def __init__(self, message: str, path: str) -> None:
        super().__init__(f"{path}: {message}")
        self.message = message
        self.path = path
