"""The 医保钱包: transfers (2024-12 to 2026-01-08), quotas (from 2026-01-09), refunds and dissolution."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from .context import Decision
from .family import province_of
from .result import Draw, Fact, Result, Step, Unknown


def _clock(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def in_blackout(moment: time, start: str, end: str) -> bool:
    """True inside [start, end), a window that may run past midnight (22:00–06:00)."""
    begin, finish = _clock(start), _clock(end)
    if begin <= finish:
        return begin <= moment < finish
    return moment >= begin or moment < finish


def availability_problems(d: Decision, *person_ids: str) -> list[Step]:
    for pid in person_ids:
        region = d.case.persons[pid].insured_region
        if not d.param("wallet.availability", d.rule("wallet.availability", region), "enabled"):
            return [Step("wallet_not_enabled", d.version("wallet.availability", region), d.fact(pid, "insured_region"))]
    return []


def _model(d: Decision, expected: str) -> tuple[dict[str, object], list[Step]]:
    model = d.rule("wallet.model") or {}
    if d.param("wallet.model", model, "model") != expected:
        return model, [d.why("wallet_model_changed", "wallet.model", "$.as_of", d.case.as_of.isoformat())]
    return model, []


def transfer(d: Decision) -> Result:
    action = d.case.action
    model, problems = _model(d, "transfer")
    if problems:
        return Result.rejected(problems, allocation=True)
    sender = d.case.persons[action["from"]]
    both = model.get("both_sides_enabled", True)
    problems = availability_problems(d, *((action["from"], action["to"]) if both else (action["from"],)))

    def fails(reason: str, path: str, value: object) -> None:
        problems.append(d.why(reason, "wallet.model", path, value))

    if action.get("target", "mi_wallet") == "personal" and not model.get("can_return_to_personal_account", False):
        fails("wallet_not_to_personal_account", "$.action.target", action["target"])
    relationship = d.case.relationship(action["to"], action["from"])
    if relationship not in d.param("wallet.model", model, "relationships"):
        fails("relationship_not_in_scope", "$.relations", f"{action['to']} is {relationship} of {action['from']}")
    if in_blackout(d.case.as_of.time(), str(d.param("wallet.model", model, "blackout_start")),
                   str(d.param("wallet.model", model, "blackout_end"))):
        fails("wallet_blackout_hours", "$.as_of", d.case.as_of.isoformat())
    sent_today = sum(t["from"] == sender.id for t in d.case.transfers_today)
    if sent_today >= int(str(d.param("wallet.model", model, "max_transfers_per_day"))):
        fails("wallet_daily_count_exceeded", "$.wallet.transfers_today", sent_today)
    if action["amount_fen"] > int(str(d.param("wallet.model", model, "max_fen_per_transfer"))):
        fails("wallet_amount_exceeded", "$.action.amount_fen", action["amount_fen"])
    if action["amount_fen"] > sender.balance():
        fails("balance_insufficient", d.case.person_path(sender.id, "accounts"), sender.balance())
    problems += pending_problems(d, model, sender.id)
    if problems:
        return Result.rejected(problems, allocation=True)
    step = Step("in_scope", d.version("wallet.model"), Fact("$.action.amount_fen", action["amount_fen"]),
                sender.id, "personal", action["amount_fen"])
    return Result("accepted", ["in_scope"], allocation=[Draw(sender.id, "personal", action["amount_fen"])],
                  values={"to_wallet_of": action["to"], "amount_fen": action["amount_fen"]}, explanation=[step])


def refund(d: Decision) -> Result:
    """Unreceived transfers go back to the sender at the refund time on the day after they were sent."""
    model, problems = _model(d, "transfer")
    if problems:
        return Result.rejected(problems)
    at = _clock(str(d.param("wallet.model", model, "unreceived_refund_at")))
    refunded: list[dict[str, object]] = []
    pending: list[dict[str, object]] = []
    for t in d.case.pending:
        sent = datetime.fromisoformat(t["at"]) if "at" in t else None
        if sent is None:
            raise Unknown("wallet.model", "regional_figure_missing", Fact("$.wallet.pending", "a transfer without `at`"))
        due = datetime.combine(sent.date() + timedelta(days=1), at, tzinfo=sent.tzinfo)
        entry = {"from": t["from"], "to": t["to"], "amount_fen": t["amount_fen"], "due": due.isoformat()}
        (refunded if d.case.as_of >= due else pending).append(entry)
    reasons = (["wallet_transfer_refunded"] if refunded else []) + (["wallet_transfer_pending"] if pending else [])
    return Result("computed", reasons, values={"refunded": refunded, "pending": pending})


def set_quota(d: Decision) -> Result:
    action = d.case.action
    model, problems = _model(d, "quota")
    if problems:
        return Result.rejected(problems)
    authorizer = d.case.persons[action["authorizer"]]
    beneficiary = d.case.persons[action["beneficiary"]]
    problems = availability_problems(d, authorizer.id, beneficiary.id)
    relationship = d.case.relationship(beneficiary.id, authorizer.id)
    if relationship not in d.param("wallet.model", model, "relationships"):
        problems.append(d.why("relationship_not_in_scope", "wallet.model", "$.relations",
                              f"{beneficiary.id} is {relationship} of {authorizer.id}"))
    schemes = d.param("wallet.model", model, "beneficiary_schemes")
    if beneficiary.status != "enrolled" or beneficiary.scheme not in schemes:
        problems.append(Step("beneficiary_not_enrolled", d.version("wallet.model"), d.fact(beneficiary.id, "status")))
    if authorizer.scheme != "employee_basic" or authorizer.status != "enrolled":
        problems.append(Step("authorizer_not_employee_insured", d.version("wallet.model"), d.fact(authorizer.id, "scheme")))
    locked = sum(b.quota_fen - b.quota_used_fen for b in d.case.bindings
                 if b.kind == "wallet_relation" and b.authorizer == authorizer.id and b.beneficiary != beneficiary.id)
    available = authorizer.balance() - locked
    if action["quota_fen"] > available:
        problems.append(d.why("wallet_quota_exceeds_balance", "wallet.model", "$.action.quota_fen", action["quota_fen"]))
    problems += other_authorizer_problems(d, model, authorizer.id, beneficiary.id)
    if problems:
        return Result.rejected(problems)
    return Result("accepted", ["wallet_quota_set"], values={
        "quota_fen": action["quota_fen"],
        "authorizer_usable_after_fen": available - action["quota_fen"] if model.get("quota_locked_for_authorizer") else available,
    })


def status_change(d: Decision) -> Result:
    """A relation dissolves by itself when either party's insurance ends or moves across pooling areas."""
    action = d.case.action
    model = d.rule("wallet.model") or {}
    triggers = d.param("wallet.model", model, "auto_dissolve_on")
    relations = [b for b in d.case.bindings if b.kind == "wallet_relation" and action["person"] in (b.authorizer, b.beneficiary)]
    if action["change"] not in triggers:
        return Result("computed", ["wallet_relation_kept"], values={"dissolved": [], "returned_fen": 0})
    returns = model.get("unused_quota_returns_on_dissolution", False)
    dissolved = [{"authorizer": b.authorizer, "beneficiary": b.beneficiary,
                  "returned_fen": b.quota_fen - b.quota_used_fen if returns else 0} for b in relations]
    return Result("computed", ["wallet_relation_dissolved"],
                  values={"dissolved": dissolved, "returned_fen": sum(x["returned_fen"] for x in dissolved)})


def pending_problems(d: Decision, model: dict[str, object], sender: str) -> list[Step]:
    """While one of the sender's transfers is unreceived and not yet refunded, no new transfer (秦安县 guide)."""
    if not model.get("pending_blocks_new_transfer"):
        return []
    at = _clock(str(d.param("wallet.model", model, "unreceived_refund_at")))
    for i, t in enumerate(d.case.pending):
        if t["from"] != sender or "at" not in t:
            continue
        sent = datetime.fromisoformat(t["at"])
        if d.case.as_of < datetime.combine(sent.date() + timedelta(days=1), at, tzinfo=sent.tzinfo):
            return [d.why("wallet_transfer_pending", "wallet.model", f"$.wallet.pending[{i}].at", t["at"])]
    return []


def other_authorizer_problems(d: Decision, model: dict[str, object], authorizer: str, beneficiary: str) -> list[Step]:
    """Where the model does not allow it, a beneficiary cannot hold quotas from two authorizers."""
    if d.param("wallet.model", model, "beneficiary_multiple_authorizers"):
        return []
    others = [b for b in d.case.bindings
              if b.kind == "wallet_relation" and b.beneficiary == beneficiary and b.authorizer != authorizer]
    if not others:
        return []
    return [d.why("exclusive_role_conflict", "wallet.model", "$.bindings", f"{others[0].authorizer} already gives {beneficiary} a quota")]


def change_use_place(d: Decision) -> Result:
    """Changing the wallet's place of use (使用地变更): fixed to the insured place, or open in the listed provinces."""
    action = d.case.action
    person = d.case.persons[action["person"]]
    model = d.rule("wallet.model") or {}
    problems = availability_problems(d, person.id)
    if not problems and model.get("spend_only_in_insured_region"):
        problems.append(d.why("wallet_use_place_fixed", "wallet.model", "$.action.to_region", action["to_region"]))
    if problems:
        return Result.rejected(problems)
    if province_of(d, person.insured_region) not in d.param("wallet.model", model, "use_place_change_in"):
        raise Unknown("wallet.model")  # 15 provinces went first, only 13 are named
    step = d.why("wallet_use_place_changed", "wallet.model", "$.action.to_region", action["to_region"])
    return Result("accepted", ["wallet_use_place_changed"], values={"use_place": action["to_region"]}, explanation=[step])
