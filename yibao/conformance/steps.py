"""The step language of the features: each Chinese sentence and what it does to the World.

One table serves both runners: `yibao conform` matches steps itself, and the pytest plugin
registers the same sentences with pytest-bdd.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, TypeVar

import parse  # type: ignore[import-untyped]

from yibao.spec.model import Spec

from .world import INVARIANTS, OUTCOMES, World

T = TypeVar("T")
SCHEMES = {"职工医保": "employee_basic", "居民医保": "resident_basic"}
VENUES = {"定点医疗机构": "designated_institution", "定点零售药店": "designated_pharmacy", "非定点机构": "other"}
SETTINGS = {"门诊": "outpatient", "住院": "inpatient", "购药": "pharmacy"}
STATUS = {"已死亡": "deceased", "已终止参保": "terminated"}
ACCOUNTS = {"个人账户": "personal", "当年资金": "current_year", "历年资金": "historical", "存折资金": "legacy_passbook",
            "医保钱包": "mi_wallet", "账户": None}
CHANGES = {"医保关系终止": "insurance_terminated", "跨统筹区转移": "transferred_across_pooling_areas",
           "统筹区内变动": "moved_within_pooling_area"}
TIERS = {"一档": "tier1", "二档": "tier2"}


class StepError(Exception):
    """A step the suite cannot understand: a bad feature, reported with its line."""


@dataclass(frozen=True)
class Labels:
    """Chinese labels of the vocabulary, so that features speak the articles' terms."""

    relationships: dict[str, str]
    categories: dict[str, str]
    reasons: dict[str, str]
    withdrawal: dict[str, str]
    regions: dict[str, str]

    @classmethod
    def of(cls, spec: Spec) -> Labels:
        def table(vocabulary: str) -> dict[str, str]:
            terms = spec.vocab[vocabulary]
            return {**{t.label.zh: t.id for t in terms.values()}, **{t.id: t.id for t in terms.values()}}

        regions = {r.label.zh: r.code for r in spec.regions.values()} | {code: code for code in spec.regions}
        return cls(table("relationships"), table("expense_categories"), table("reason_codes"),
                   table("withdrawal_reasons"), regions)


def lookup(table: dict[str, T], label: str, what: str) -> T:
    if label not in table:
        raise StepError(f"unknown {what} {label!r}")
    return table[label]


def fen(yuan: str) -> int:
    try:
        amount = Decimal(yuan) * 100
    except InvalidOperation:
        raise StepError(f"{yuan!r} is not an amount in yuan") from None
    if amount != amount.to_integral_value():
        raise StepError(f"{yuan} yuan is not a whole number of fen")
    return int(amount)


def _choice(table: dict[str, Any]) -> Callable[[str], str]:
    """A parse type that matches exactly one of the table's words, so adjacent fields cannot blur."""

    def word(text: str) -> str:
        return text

    word.pattern = "|".join(sorted(map(str, table), key=len, reverse=True))  # type: ignore[attr-defined]
    return word


def _quoted(text: str) -> str:
    return text


_quoted.pattern = '[^"]+'  # type: ignore[attr-defined]
TYPES = {"Q": _quoted, "Venue": _choice(VENUES), "Setting": _choice(SETTINGS), "Status": _choice(STATUS),
         "Change": _choice(CHANGES)}
Handler = Callable[..., None]
STEPS: list[tuple[str, parse.Parser, Handler]] = []


def sentence_format(pattern: str) -> str:
    """A quoted field never spans a quote, so "甲" 是 "乙" 的父母 cannot be read as one long name."""
    return re.sub(r'"\{(\w+)\}"', r'"{\1:Q}"', pattern)


def step(pattern: str) -> Callable[[Handler], Handler]:
    compiled = parse.compile(sentence_format(pattern), extra_types=TYPES)

    def register(handler: Handler) -> Handler:
        STEPS.append((pattern, compiled, handler))
        return handler

    return register


def apply(world: World, labels: Labels, text: str) -> None:
    """Run the one step whose sentence matches text exactly; no match or two matches is a feature error."""
    handler, fields = _match(text)
    handler(world, labels, **fields)


@lru_cache(maxsize=4096)
def _match(text: str) -> tuple[Handler, dict[str, Any]]:
    """The step whose sentence matches text, and its fields. Kept per sentence: the suite says the
    same few sentences again and again (9,404 steps, 798 different sentences)."""
    matches = [(pattern, handler, found) for pattern, parser, handler in STEPS if (found := parser.parse(text)) is not None]
    if not matches:
        raise StepError(f"no step matches: {text}")
    if len(matches) > 1:
        raise StepError(f"ambiguous step: {text} (matches {' and '.join(m[0] for m in matches)})")
    _, handler, found = matches[0]
    return handler, found.named


# --- the world ---------------------------------------------------------------------------------

@step('日期是 "{day}"')
def _date(world: World, labels: Labels, day: str) -> None:
    world.case["as_of"] = f"{day}T10:00:00+08:00"


@step('时间是 "{moment}"')
def _time(world: World, labels: Labels, moment: str) -> None:
    world.case["as_of"] = f"{moment.replace(' ', 'T')}:00+08:00"


@step('业务在 "{region}" 办理')
def _region(world: World, labels: Labels, region: str) -> None:
    world.case["region"] = lookup(labels.regions, region, "region")


@step('"{name}" 在 "{region}" 参加{scheme}')
def _insured(world: World, labels: Labels, name: str, region: str, scheme: str) -> None:
    code = lookup(labels.regions, region, "region")
    world.add_person(name, scheme=lookup(SCHEMES, scheme, "scheme"), insured_region=code, status="enrolled")
    world.case.setdefault("region", code)


@step('"{name}" 在 "{region}" 未参保')
def _uninsured(world: World, labels: Labels, name: str, region: str) -> None:
    world.add_person(name, scheme="none", insured_region=lookup(labels.regions, region, "region"), status="not_enrolled")


@step('"{name}" {status:Status}')
def _status(world: World, labels: Labels, name: str, status: str) -> None:
    world.person(name)["status"] = STATUS[status]


@step('"{name}" 的{account}余额 {yuan} 元')
def _balance(world: World, labels: Labels, name: str, account: str, yuan: str) -> None:
    kind = lookup(ACCOUNTS, account, "account")
    world.person(name).setdefault("accounts", {})[kind or "personal"] = fen(yuan)


@step('"{name}" 的参保档次是{tier}')
def _tier(world: World, labels: Labels, name: str, tier: str) -> None:
    world.person(name)["tier"] = lookup(TIERS, tier, "tier")


@step('"{name}" 是{sex}性')
def _sex(world: World, labels: Labels, name: str, sex: str) -> None:
    world.person(name)["sex"] = lookup({"男": "male", "女": "female"}, sex, "sex")


@step('"{name}" 是{where}户籍')
def _hukou(world: World, labels: Labels, name: str, where: str) -> None:
    world.person(name)["hukou_local"] = lookup({"本地": True, "非本地": False}, where, "household registration")


@step('"{name}" 是 "{other}" 的{relationship}')
def _relation(world: World, labels: Labels, name: str, other: str, relationship: str) -> None:
    world.case["relations"].append({"person": name, "of": other,
                                    "relationship": lookup(labels.relationships, relationship, "relationship")})


@step('"{authorizer}" 已为 "{beneficiary}" 办理家庭共济')
def _bound(world: World, labels: Labels, authorizer: str, beneficiary: str) -> None:
    world.case["bindings"].append({"kind": "family_mutual_aid", "authorizer": authorizer, "beneficiary": beneficiary})


@step('"{authorizer}" 已为 "{beneficiary}" 办理家庭共济，备案顺序 {order:d}')
def _bound_in_order(world: World, labels: Labels, authorizer: str, beneficiary: str, order: int) -> None:
    world.case["bindings"].append({"kind": "family_mutual_aid", "authorizer": authorizer, "beneficiary": beneficiary,
                                   "order": order})


@step('"{owner}" 已为 "{relative}" 开通亲情账户')
def _display(world: World, labels: Labels, owner: str, relative: str) -> None:
    world.case["bindings"].append({"kind": "family_display", "authorizer": relative, "beneficiary": owner})


@step('"{authorizer}" 已为 "{beneficiary}" 设定共济额度 {yuan} 元，已用 {used} 元')
def _quota_state(world: World, labels: Labels, authorizer: str, beneficiary: str, yuan: str, used: str) -> None:
    world.case["bindings"].append({"kind": "wallet_relation", "authorizer": authorizer, "beneficiary": beneficiary,
                                   "quota_fen": fen(yuan), "quota_used_fen": fen(used)})


@step('上年度在岗职工平均工资 {yuan} 元')
def _avg_wage(world: World, labels: Labels, yuan: str) -> None:
    world.case.setdefault("regional_figures", {})["prev_year_avg_wage_fen"] = fen(yuan)


@step('月平均工资 {yuan} 元')
def _monthly_wage(world: World, labels: Labels, yuan: str) -> None:
    world.case.setdefault("regional_figures", {})["monthly_avg_wage_fen"] = fen(yuan)


@step('"{name}" 本医保年度已用个人账户购买商业保险 {yuan} 元')
def _spent(world: World, labels: Labels, name: str, yuan: str) -> None:
    world.person(name)["commercial_spent_this_year_fen"] = fen(yuan)


@step('"{sender}" 今天已向 "{receiver}" 转账 {count:d} 笔')
def _sent_today(world: World, labels: Labels, sender: str, receiver: str, count: int) -> None:
    transfers = world.case.setdefault("wallet", {}).setdefault("transfers_today", [])
    transfers += [{"from": sender, "to": receiver, "amount_fen": 100} for _ in range(count)]


@step('"{sender}" 于 "{moment}" 向 "{receiver}" 转账 {yuan} 元，对方未接收')
def _pending(world: World, labels: Labels, sender: str, moment: str, receiver: str, yuan: str) -> None:
    world.case.setdefault("wallet", {}).setdefault("pending", []).append(
        {"from": sender, "to": receiver, "amount_fen": fen(yuan), "at": f"{moment.replace(' ', 'T')}:00+08:00"})


# --- the action --------------------------------------------------------------------------------

@step('"{authorizer}" 为 "{beneficiary}" 办理家庭共济绑定')
def _bind(world: World, labels: Labels, authorizer: str, beneficiary: str) -> None:
    world.case["action"] = {"kind": "bind", "authorizer": authorizer, "beneficiary": beneficiary}


@step('"{authorizer}" 提供亲属关系证明，为 "{beneficiary}" 办理家庭共济绑定')
def _bind_with_proof(world: World, labels: Labels, authorizer: str, beneficiary: str) -> None:
    world.case["action"] = {"kind": "bind", "authorizer": authorizer, "beneficiary": beneficiary, "proof_provided": True}


@step('"{authorizer}" 解除与 "{beneficiary}" 的家庭共济')
def _unbind(world: World, labels: Labels, authorizer: str, beneficiary: str) -> None:
    world.case["action"] = {"kind": "unbind", "authorizer": authorizer, "beneficiary": beneficiary}


def _settle_action(patient: str, venue: str, setting: str | None, category: str, yuan: str) -> dict[str, Any]:
    """A settlement; with no setting the case leaves it to the case model's default (docs/cases.md)."""
    action: dict[str, Any] = {"kind": "settle", "patient": patient, "venue": venue, "category": category,
                              "amount_fen": fen(yuan), "credential": {"holder": patient}}
    return action if setting is None else {**action, "setting": setting}


@step('"{patient}" 在定点零售药店购药 {yuan} 元')
def _buy_drugs(world: World, labels: Labels, patient: str, yuan: str) -> None:
    world.case["action"] = _settle_action(patient, "designated_pharmacy", "pharmacy", "designated_pharmacy.drug", yuan)


@step('"{patient}" 在定点医疗机构{setting:Setting}就医，个人负担 {yuan} 元')
def _see_doctor(world: World, labels: Labels, patient: str, setting: str, yuan: str) -> None:
    world.case["action"] = _settle_action(patient, "designated_institution", SETTINGS[setting],
                                          "designated_institution.personal_burden", yuan)


@step('"{patient}" 在{venue:Venue}支付{category} {yuan} 元')
def _settle(world: World, labels: Labels, patient: str, venue: str, category: str, yuan: str) -> None:
    # The step names no setting, so neither does the case: the default (pharmacy, else outpatient) is under test.
    world.case["action"] = _settle_action(patient, VENUES[venue], None, lookup(labels.categories, category, "category"), yuan)


@step('结算时出示的是 "{holder}" 的医保凭证')
def _credential(world: World, labels: Labels, holder: str) -> None:
    world.case["action"]["credential"]["holder"] = holder


@step('医保凭证通过亲情账户出示')
def _via_display(world: World, labels: Labels) -> None:
    world.case["action"]["credential"]["via_display_binding"] = True


@step('"{agent}" 受托代购，{ids}双方身份证明')
def _proxy(world: World, labels: Labels, agent: str, ids: str) -> None:
    world.case["action"]["proxy"] = {"agent": agent, "both_ids_provided": lookup({"提供": True, "未提供": False}, ids, "proxy")}


@step('随机种子是 {seed:d}')
def _seed(world: World, labels: Labels, seed: int) -> None:
    world.case["action"]["random_seed"] = seed


@step('"{payer}" 用个人账户为 "{beneficiary}" 支付{category} {yuan} 元')
def _pay(world: World, labels: Labels, payer: str, beneficiary: str, category: str, yuan: str) -> None:
    world.case["action"] = {"kind": "pay_contribution", "payer": payer, "beneficiary": beneficiary,
                            "category": lookup(labels.categories, category, "category"), "amount_fen": fen(yuan)}


@step('"{sender}" 通过医保钱包向 "{receiver}" 转账 {yuan} 元')
def _transfer(world: World, labels: Labels, sender: str, receiver: str, yuan: str) -> None:
    world.case["action"] = {"kind": "wallet_transfer", "from": sender, "to": receiver, "amount_fen": fen(yuan)}


@step('"{sender}" 把医保钱包资金 {yuan} 元转回 "{receiver}" 的个人账户')
def _transfer_back(world: World, labels: Labels, sender: str, yuan: str, receiver: str) -> None:
    world.case["action"] = {"kind": "wallet_transfer", "from": sender, "to": receiver, "amount_fen": fen(yuan),
                            "target": "personal"}


@step('核对未接收的医保钱包转账')
def _refund(world: World, labels: Labels) -> None:
    world.case["action"] = {"kind": "wallet_refund"}


@step('"{authorizer}" 为 "{beneficiary}" 设定共济额度 {yuan} 元')
def _set_quota(world: World, labels: Labels, authorizer: str, beneficiary: str, yuan: str) -> None:
    world.case["action"] = {"kind": "wallet_set_quota", "authorizer": authorizer, "beneficiary": beneficiary,
                            "quota_fen": fen(yuan)}


@step('"{name}" 发生{change:Change}')
def _status_change(world: World, labels: Labels, name: str, change: str) -> None:
    world.case["action"] = {"kind": "wallet_status_change", "person": name, "change": CHANGES[change]}


@step('以"{reason}"为由申请提取 "{name}" 的个人账户')
def _withdraw(world: World, labels: Labels, reason: str, name: str) -> None:
    world.case["action"] = {"kind": "withdraw", "person": name,
                            "reason": lookup(labels.withdrawal, reason, "withdrawal reason")}


@step('尚有未结清的医疗费用 {yuan} 元')
def _outstanding(world: World, labels: Labels, yuan: str) -> None:
    world.case["action"]["outstanding_costs_fen"] = fen(yuan)


@step('当年资金透支 {yuan} 元')
def _overdraft(world: World, labels: Labels, yuan: str) -> None:
    world.case["action"]["current_year_overdraft_fen"] = fen(yuan)


@step('按月工资 {yuan} 元计算职工医保缴费')
def _contribution(world: World, labels: Labels, yuan: str) -> None:
    world.case["action"] = {"kind": "compute_contribution", "wage_fen": fen(yuan)}


@step('核对 "{name}" 累计缴费 {years:d} 年、本地实际缴费 {local:d} 年')
def _years(world: World, labels: Labels, name: str, years: int, local: int) -> None:
    world.case["action"] = {"kind": "check_minimum_years", "person": name, "cumulative_years": years,
                            "local_actual_years": local}


@step('查询居民医保筹资标准')
def _funding(world: World, labels: Labels) -> None:
    world.case["action"] = {"kind": "resident_funding"}


# --- what must follow --------------------------------------------------------------------------

@step('结果是 "{outcome}"')
def _outcome(world: World, labels: Labels, outcome: str) -> None:
    world.expect.outcome = lookup(OUTCOMES, outcome, "outcome")


@step('原因包括 "{reason}"')
def _reason(world: World, labels: Labels, reason: str) -> None:
    world.expect.reasons.append(lookup(labels.reasons, reason, "reason code"))


@step('原因不包括 "{reason}"')
def _no_reason(world: World, labels: Labels, reason: str) -> None:
    world.expect.absent_reasons.append(lookup(labels.reasons, reason, "reason code"))


@step('依据的规则包括 "{rule}"')
def _rule(world: World, labels: Labels, rule: str) -> None:
    world.expect.rules.append(rule)


@step('"{name}" 的{account}支付 {yuan} 元')
def _paid(world: World, labels: Labels, name: str, account: str, yuan: str) -> None:
    world.expect.paid[(name, lookup(ACCOUNTS, account, "account"))] = fen(yuan)


@step('现金支付 {yuan} 元')
def _cash(world: World, labels: Labels, yuan: str) -> None:
    world.expect.paid[(None, "cash")] = fen(yuan)


@step('不动用 "{name}" 的账户')
def _untouched(world: World, labels: Labels, name: str) -> None:
    world.expect.untouched.append(name)


@step('"{name}" 的账户未动用，说明的原因是 "{reason}"')
def _not_drawn(world: World, labels: Labels, name: str, reason: str) -> None:
    world.expect.not_drawn[name] = lookup(labels.reasons, reason, "reason code")


@step('计算结果 "{key}" 为 {value}')
def _value(world: World, labels: Labels, key: str, value: str) -> None:
    world.expect.values[key] = fen(value[:-2]) if value.endswith(" 元") else _literal(value)


@step('满足不变式 "{name}"')
def _invariant(world: World, labels: Labels, name: str) -> None:
    if name not in INVARIANTS:
        raise StepError(f"unknown invariant {name!r} (known: {', '.join(INVARIANTS)})")
    world.expect.invariants.append(name)


def _literal(text: str) -> Any:
    if text.startswith('"') and text.endswith('"'):
        return text[1:-1]
    try:
        return int(text)
    except ValueError:
        raise StepError(f"{text!r}: write a whole number, an amount as 'N 元', or a quoted string") from None


@step('"{name}" 把医保钱包使用地变更为 "{region}"')
def _change_use_place(world: World, labels: Labels, name: str, region: str) -> None:
    world.case["action"] = {"kind": "wallet_change_use_place", "person": name,
                            "to_region": lookup(labels.regions, region, "region")}


@step('原大病保险最高支付限额 {yuan} 元')
def _major_illness_limit(world: World, labels: Labels, yuan: str) -> None:
    world.case.setdefault("regional_figures", {})["major_illness_limit_fen"] = fen(yuan)


@step('核对连续参保 {years:d} 年、零报销 {zero:d} 年的大病保险限额激励')
def _incentive(world: World, labels: Labels, years: int, zero: int) -> None:
    world.case["action"] = {"kind": "resident_incentive", "continuous_years": years, "zero_reimbursement_years": zero}


# --- the case model of version 2: dated credits --------------------------

@step('"{name}" 于 "{day}" 划入个人账户 {yuan} 元')
def _credit(world: World, labels: Labels, name: str, day: str, yuan: str) -> None:
    world.person(name).setdefault("credits", []).append({"on": day, "fen": fen(yuan)})


# --- invalid cases: edit the built case at a JSON path, and expect the error to name it -------

def _locate(world: World, path: str) -> tuple[Any, str | int]:
    """The container and key a JSON path such as $.persons[0].accounts.personal points at."""
    parts: list[str | int] = [int(index) if index else key for key, index in re.findall(r"\.([^.\[\]]+)|\[(\d+)\]", path)]
    if not path.startswith("$") or not parts:
        raise StepError(f"{path!r} is not a JSON path such as $.action.amount_fen")
    container: Any = world.case
    for part in parts[:-1]:
        try:
            container = container[part]
        except (KeyError, IndexError, TypeError):
            raise StepError(f"{path!r}: the case has nothing at {part!r}") from None
    return container, parts[-1]


@step('案例中 "{path}" 改为 {value}')
def _edit(world: World, labels: Labels, path: str, value: str) -> None:
    import json

    container, key = _locate(world, path)
    try:
        container[key] = json.loads(value)
    except ValueError:
        raise StepError(f"{value!r} is not a JSON value") from None
    except (IndexError, TypeError):
        raise StepError(f"{path!r}: the case has nothing there") from None


@step('案例中删去 "{path}"')
def _delete(world: World, labels: Labels, path: str) -> None:
    container, key = _locate(world, path)
    try:
        del container[key]
    except (KeyError, IndexError, TypeError):
        raise StepError(f"{path!r}: the case has nothing there") from None


@step('出错位置是 "{path}"')
def _error_path(world: World, labels: Labels, path: str) -> None:
    world.expect.error_path = path
