"""A case, parsed and checked: the world at one moment, plus one action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from yibao import paths
from yibao.spec import schemas
from yibao.spec.model import Spec

from .result import InvalidCase

SHARED_KINDS = ("personal", "current_year", "historical")


@dataclass(frozen=True)
class Person:
    id: str
    scheme: str
    insured_region: str
    status: str
    tier: str | None
    sex: str | None
    hukou_local: bool | None
    accounts: dict[str, int]
    commercial_spent_this_year_fen: int

    @property
    def enrolled(self) -> bool:
        return self.status == "enrolled" and self.scheme in ("employee_basic", "resident_basic")

    def balance(self, kinds: tuple[str, ...] = SHARED_KINDS) -> int:
        return sum(self.accounts.get(k, 0) for k in kinds)


@dataclass(frozen=True)
class Binding:
    kind: str
    authorizer: str
    beneficiary: str
    since: date | None
    order: int | None
    quota_fen: int
    quota_used_fen: int


@dataclass(frozen=True)
class Case:
    as_of: datetime
    region: str
    persons: dict[str, Person]
    relations: dict[tuple[str, str], str]  # (person, of) → relationship
    bindings: tuple[Binding, ...]
    transfers_today: tuple[dict[str, Any], ...]
    pending: tuple[dict[str, Any], ...]
    figures: dict[str, int]
    action: dict[str, Any]

    @property
    def day(self) -> date:
        return self.as_of.date()

    def relationship(self, person: str, of: str) -> str:
        """What person is to `of` (spouse, parent, …), or "other" when the case says nothing."""
        return self.relations.get((person, of), "other")

    def family_bindings(self) -> list[Binding]:
        return [b for b in self.bindings if b.kind == "family_mutual_aid"]


def _json_path(parts: Any) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def parse_case(data: Any, spec: Spec) -> Case:
    """Check the case against its schema and the spec's vocabulary; raise InvalidCase on the first problem."""
    found = schemas.errors(paths.schemas_dir(), "case.schema.json", data)
    if found:
        pointer, _, message = max(found, key=lambda e: len(e[0]))  # the deepest error is the most precise
        raise InvalidCase(message, _json_path(pointer))
    persons = {}
    for i, p in enumerate(data.get("persons", [])):
        if p["id"] in persons:
            raise InvalidCase(f"person id {p['id']!r} is used twice", f"$.persons[{i}].id")
        _known_region(spec, p["insured_region"], f"$.persons[{i}].insured_region")
        persons[p["id"]] = Person(
            p["id"], p["scheme"], p["insured_region"], p["status"], p.get("tier"), p.get("sex"),
            p.get("hukou_local"), dict(p.get("accounts", {})), p.get("commercial_spent_this_year_fen", 0),
        )
    _known_region(spec, data["region"], "$.region")

    def person(pid: str, path: str) -> str:
        if pid not in persons:
            raise InvalidCase(f"unknown person {pid!r}", path)
        return pid

    relations = {}
    for i, r in enumerate(data.get("relations", [])):
        if r["relationship"] not in spec.vocab["relationships"]:
            raise InvalidCase(f"unknown relationship {r['relationship']!r}", f"$.relations[{i}].relationship")
        relations[(person(r["person"], f"$.relations[{i}].person"), person(r["of"], f"$.relations[{i}].of"))] = r["relationship"]
    bindings = tuple(
        Binding(b["kind"], person(b["authorizer"], f"$.bindings[{i}].authorizer"),
                person(b["beneficiary"], f"$.bindings[{i}].beneficiary"),
                date.fromisoformat(b["since"]) if "since" in b else None, b.get("order"),
                b.get("quota_fen", 0), b.get("quota_used_fen", 0))
        for i, b in enumerate(data.get("bindings", []))
    )
    wallet = data.get("wallet", {})
    for key in ("transfers_today", "pending"):
        for i, t in enumerate(wallet.get(key, [])):
            person(t["from"], f"$.wallet.{key}[{i}].from")
            person(t["to"], f"$.wallet.{key}[{i}].to")
    action = data["action"]
    for key in ("authorizer", "beneficiary", "patient", "payer", "person", "from", "to"):
        if key in action:
            person(action[key], f"$.action.{key}")
    if "credential" in action:
        person(action["credential"]["holder"], "$.action.credential.holder")
    if "proxy" in action:
        person(action["proxy"]["agent"], "$.action.proxy.agent")
    if "category" in action and action["category"] not in spec.vocab["expense_categories"]:
        raise InvalidCase(f"unknown expense category {action['category']!r}", "$.action.category")
    if action["kind"] == "withdraw" and action["reason"] not in spec.vocab["withdrawal_reasons"]:
        raise InvalidCase(f"unknown withdrawal reason {action['reason']!r}", "$.action.reason")
    try:
        as_of = datetime.fromisoformat(data["as_of"])
    except ValueError:
        raise InvalidCase(f"{data['as_of']!r} is not a real moment: expected YYYY-MM-DDTHH:MM[:SS]+08:00", "$.as_of") from None
    return Case(
        as_of=as_of,
        region=data["region"],
        persons=persons,
        relations=relations,
        bindings=bindings,
        transfers_today=tuple(wallet.get("transfers_today", [])),
        pending=tuple(wallet.get("pending", [])),
        figures=dict(data.get("regional_figures", {})),
        action=action,
    )


def _known_region(spec: Spec, code: str, path: str) -> None:
    if code not in spec.regions:
        raise InvalidCase(f"unknown region {code!r} (not in spec/vocabulary/regions.yaml)", path)
