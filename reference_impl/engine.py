"""decide(case) -> result: parse the case, resolve the rules in force, and apply them."""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import cache
from typing import Any

from yibao.spec.model import Spec
from yibao.spec.policy import Resolver
from yibao.spec.read import read_bundled

from . import contributions, family, settle, wallet, withdraw
from .case import parse_case
from .context import Decision
from .result import InvalidCase, Result, Step, Unknown

ACTIONS: dict[str, Callable[[Decision], Result]] = {
    "bind": family.bind,
    "unbind": family.unbind,
    "settle": settle.settle,
    "pay_contribution": contributions.pay_contribution,
    "wallet_transfer": wallet.transfer,
    "wallet_refund": wallet.refund,
    "wallet_set_quota": wallet.set_quota,
    "wallet_status_change": wallet.status_change,
    "wallet_change_use_place": wallet.change_use_place,
    "withdraw": withdraw.withdraw,
    "compute_contribution": contributions.compute_contribution,
    "check_minimum_years": contributions.check_minimum_years,
    "resident_funding": contributions.resident_funding,
    "resident_incentive": contributions.resident_incentive,
}


class Engine:
    """Decides cases against one spec (the bundled one, or another revision for a diff)."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.resolver = Resolver(spec)

    def decide(self, case: Any) -> dict[str, Any]:
        """Decide one case (a JSON-like mapping). Never raises for a bad case: it returns an error result."""
        try:
            parsed = parse_case(case, self.spec)
        except InvalidCase as exc:
            return Result("error", [], error={"message": exc.message, "path": exc.path}).to_json()
        decision = Decision(self.spec, self.resolver, parsed)
        if not decision.policy().rules:
            return Result("error", [], error={"message": f"no rule of the spec is in force on {parsed.day}",
                                              "path": "$.as_of"}).to_json()
        try:
            result = ACTIONS[parsed.action["kind"]](decision)
        except Unknown as unknown:
            result = Result("undetermined", [unknown.reason],
                            explanation=[Step(unknown.reason, decision.version(unknown.rule_id), unknown.fact)])
        result.rules = list(decision.used)
        result.unverified = decision.unverified
        if result.unverified and "unverified_rule_relied_on" not in result.reasons:
            result.reasons.append("unverified_rule_relied_on")
        return result.to_json()


@cache
def bundled() -> Engine:
    """The engine over the spec that ships with the package."""
    result = read_bundled()  # shared with the harness and the CLI: one read per process
    if result.problems:
        raise RuntimeError(f"the bundled spec does not validate: {result.problems[0]}")
    engine = Engine(result.spec)
    # The spec lives as long as the process: keep its many objects out of every later garbage
    # collection, which would otherwise walk them again and again while cases are decided.
    gc.freeze()
    return engine


def decide(case: Any) -> dict[str, Any]:
    """Decide one case with the bundled spec."""
    return bundled().decide(case)
