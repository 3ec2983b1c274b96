"""A case, parsed and checked: the world at one moment, plus one action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from yibao import paths
from yibao.spec import schemas
from yibao.spec.model import Spec

from .result import InvalidCase

SHARED_KINDS = ("personal", "current_year", "historical")
CASE_VERSIONS = (1, 2)  # 2 added credits, negative balances, the national scope and inverse relation terms
MAX_DIGITS = 15  # no amount, count or seed in a case needs more; a longer integer is a mistake or an attack
MAX_DEPTH = 32
# What B is to A, when A is `relationship` to B. A relation stated once holds both ways.
INVERSE = {
    "self": "self", "spouse": "spouse", "sibling": "sibling", "other": "other",
    "parent": "child", "child": "parent",
    "grandparent_paternal": "grandchild_paternal", "grandchild_paternal": "grandparent_paternal",
    "grandparent_maternal": "grandchild_maternal", "grandchild_maternal": "grandparent_maternal",
    "parent_in_law": "child_in_law", "child_in_law": "parent_in_law",
}


@dataclass(slots=True)  # not frozen: built for every person of every case, and frozen __init__ costs twice
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
    credits: tuple[Credit, ...] = ()

    @property
    def enrolled(self) -> bool:
        return self.status == "enrolled" and self.scheme in ("employee_basic", "resident_basic")

    def balance(self, kinds: tuple[str, ...] = SHARED_KINDS) -> int:
        """The sum of those accounts; negative where an overdraft outweighs the rest."""
        return sum(self.accounts.get(k, 0) for k in kinds)

    def available(self, kind: str) -> int:
        """What an account can pay: its balance, and nothing when overdrawn."""
        return max(0, self.accounts.get(kind, 0))


@dataclass(slots=True)
class Credit:
    """Money credited to a person's account on a day, where the day decides what it may be used for."""

    on: date
    fen: int
    account: str


@dataclass(slots=True)
class Binding:
    index: int
    kind: str
    authorizer: str
    beneficiary: str
    since: date | None
    order: int | None
    quota_fen: int
    quota_used_fen: int


@dataclass(slots=True)  # not frozen, for the same reason as Person: one per decision
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
    where: dict[str, int]  # person id → index in $.persons, for the explanation's facts

    @property
    def national(self) -> bool:
        """A national-only question: no region's overlay applies."""
        return self.region == "national"

    def person_path(self, pid: str, *parts: str) -> str:
        return f"$.persons[{self.where[pid]}]" + "".join("." + p for p in parts)

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


def check_values(data: Any) -> None:
    """What a schema cannot say about JSON values: whole fen only, bounded digits and depth, real Unicode."""
    if not (type(data) in (dict, list) and _clean(data, 0)):
        _find_unclean(data)


def _clean(value: Any, depth: int) -> bool:
    """The fast test, without paths. Every case goes through it, so leaves are tested inline."""
    if depth >= MAX_DEPTH:
        return False
    items = value.values() if type(value) is dict else value
    if type(value) is dict:
        for key in value:
            if type(key) is not str or not (key.isascii() or _encodable(key)):
                return False
    for item in items:
        kind = type(item)
        if kind is str:
            if not (item.isascii() or _encodable(item)):
                return False
        elif kind is int:
            if not -_LIMIT < item < _LIMIT:
                return False
        elif kind is dict or kind is list:
            if not _clean(item, depth + 1):
                return False
        elif item is not None and kind is not bool:
            return False
    return True


_LIMIT = 10**MAX_DIGITS


def _find_unclean(data: Any) -> None:
    """The slow walk that names the path of what _clean refused."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]
    while stack:
        value, where = stack.pop()
        if len(where) > MAX_DEPTH:
            raise InvalidCase(f"nested deeper than {MAX_DEPTH} levels", _json_path(where))
        if isinstance(value, float):
            raise InvalidCase(f"{value!r} is not a whole number: amounts are integer fen (write 150 for 1.50 yuan)",
                              _json_path(where))
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _LIMIT:
            raise InvalidCase(f"an integer of more than {MAX_DIGITS} digits", _json_path(where))
        if isinstance(value, str) and not _encodable(value):
            raise InvalidCase("not valid Unicode (a lone surrogate)", _json_path(where))
        if isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str) or not _encodable(key):
                    raise InvalidCase(f"a key must be a Unicode string, not {key!r}", _json_path(where))
                stack.append((item, (*where, key)))
        elif isinstance(value, list):
            stack.extend((item, (*where, i)) for i, item in enumerate(value))
        elif type(value) not in (str, int, bool, type(None)):
            raise InvalidCase(f"{type(value).__name__} is not a JSON value", _json_path(where))


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _case_validator() -> Any:
    return schemas.fast_validator(paths.schemas_dir(), "case.schema.json")


def schema_valid(data: Any) -> bool:
    """True when the compiled validator (quick) finds data a valid case; False says nothing:
    check_case then finds and names the problem, in its own order.

    It raises on a key that is not a string, a lone surrogate or a value of no JSON type, and so
    settles types, depth, keys and Unicode. What it lets pass that check_values refuses is a float
    of no fraction (150.0, an "integer" to JSON Schema) or an integer of too many digits; as the
    schema is closed, those can stand only at its integer places, which parse_case reads through
    _whole as it builds the case. (A tuple for an array, or a subclass of str or dict, is read as
    what JSON would write for it.)
    """
    if type(data) is not dict:
        return False
    try:
        return bool(_case_validator().is_valid(data))
    except (ValueError, UnicodeError):
        return False


def _whole(values: Any) -> bool:
    """No float and no integer of more than MAX_DIGITS digits among these values."""
    for n in values:  # noqa: SIM110 (not all(): this runs for every case, and a generator costs more)
        if type(n) is float or (type(n) is int and not -_LIMIT < n < _LIMIT):
            return False
    return True


def check_case(data: Any) -> None:
    """The values, the case version and the schema, in that order: InvalidCase on the first problem."""
    check_values(data)
    if isinstance(data, dict) and data.get("case_version", 1) not in CASE_VERSIONS:
        raise InvalidCase(f"case_version {data['case_version']!r} is not one this engine reads ({CASE_VERSIONS})",
                          "$.case_version")
    found = schemas.errors(paths.schemas_dir(), "case.schema.json", data)
    if found:
        pointer, _, message = max(found, key=lambda e: len(e[0]))  # the deepest error is the most precise
        raise InvalidCase(message, _json_path(pointer))


def parse_case(data: Any, spec: Spec) -> Case:
    """Check the case against its schema and the spec's vocabulary; raise InvalidCase on the first problem.

    Every integer place of case.schema.json passes through _whole on the way (tests/test_engine.py
    puts a float at each place the schema declares): on a schema-valid case, that is all check_values
    would add.
    """
    if not schema_valid(data):
        check_case(data)
    action = data["action"]
    figures = data.get("regional_figures", {})
    version = data.get("case_version", 1)
    if not (_whole(action.values()) and _whole(figures.values()) and type(version) is int and version in CASE_VERSIONS):
        check_case(data)
    persons, where = {}, {}
    for i, p in enumerate(data.get("persons", [])):
        if p["id"] in persons:
            raise InvalidCase(f"person id {p['id']!r} is used twice", f"$.persons[{i}].id")
        if p["insured_region"] not in spec.regions:
            _known_region(spec, p["insured_region"], f"$.persons[{i}].insured_region")
        accounts = p.get("accounts", {})
        commercial = p.get("commercial_spent_this_year_fen", 0)
        credits = tuple([Credit(date.fromisoformat(c["on"]), c["fen"], c.get("account", "personal"))
                         for c in p["credits"]]) if "credits" in p else ()
        if not (_whole(accounts.values()) and _whole([commercial, *(c.fen for c in credits)])):
            check_case(data)
        persons[p["id"]] = Person(p["id"], p["scheme"], p["insured_region"], p["status"], p.get("tier"), p.get("sex"),
                                  p.get("hukou_local"), dict(accounts), commercial, credits)
        where[p["id"]] = i
    if data["region"] != "national":
        _known_region(spec, data["region"], "$.region")

    def person(pid: str, *where: str | int) -> str:
        if pid not in persons:
            raise InvalidCase(f"unknown person {pid!r}", _json_path(where))
        return pid

    relations = _relations(data.get("relations", []), spec, persons)
    bindings = []
    for i, b in enumerate(data.get("bindings", [])):
        numbers = (b.get("order"), b.get("quota_fen", 0), b.get("quota_used_fen", 0))
        if not _whole(numbers):
            check_case(data)
        bindings.append(Binding(i, b["kind"], person(b["authorizer"], "bindings", i, "authorizer"),
                                person(b["beneficiary"], "bindings", i, "beneficiary"),
                                date.fromisoformat(b["since"]) if "since" in b else None, *numbers))
    wallet = data.get("wallet", {})
    for key in ("transfers_today", "pending"):
        for i, t in enumerate(wallet.get(key, [])):
            person(t["from"], "wallet", key, i, "from")
            person(t["to"], "wallet", key, i, "to")
            if not _whole((t["amount_fen"],)):
                check_case(data)
    for key in ("authorizer", "beneficiary", "patient", "payer", "person", "from", "to"):
        if key in action:
            person(action[key], "action", key)
    if "credential" in action:
        person(action["credential"]["holder"], "action", "credential", "holder")
    if "proxy" in action:
        person(action["proxy"]["agent"], "action", "proxy", "agent")
    if "category" in action and action["category"] not in spec.vocab["expense_categories"]:
        raise InvalidCase(f"unknown expense category {action['category']!r}", "$.action.category")
    if action["kind"] == "withdraw" and action["reason"] not in spec.vocab["withdrawal_reasons"]:
        raise InvalidCase(f"unknown withdrawal reason {action['reason']!r}", "$.action.reason")
    try:
        as_of = datetime.fromisoformat(data["as_of"])
    except ValueError:
        raise InvalidCase(f"{data['as_of']!r} is not a real moment: expected YYYY-MM-DDTHH:MM[:SS]+08:00", "$.as_of") from None
    return Case(as_of, data["region"], persons, relations, tuple(bindings), tuple(wallet.get("transfers_today", [])),
                tuple(wallet.get("pending", [])), dict(figures), action, where)


def _relations(stated: list[dict[str, str]], spec: Spec, persons: dict[str, Person]) -> dict[tuple[str, str], str]:
    """Each relation both ways; two statements of one pair that disagree are an error naming both."""
    relations: dict[tuple[str, str], str] = {}
    for i, r in enumerate(stated):
        relationship, a, b = r["relationship"], r["person"], r["of"]
        inverse = INVERSE.get(relationship)
        if inverse is None or relationship not in spec.vocab["relationships"]:
            raise InvalidCase(f"unknown relationship {relationship!r}", f"$.relations[{i}].relationship")
        for key in ("person", "of"):
            if r[key] not in persons:
                raise InvalidCase(f"unknown person {r[key]!r}", f"$.relations[{i}].{key}")
        if relations.setdefault((a, b), relationship) != relationship or relations.setdefault((b, a), inverse) != inverse:
            j = next(j for j, s in enumerate(stated) if {s["person"], s["of"]} == {a, b})  # the first statement of the pair
            raise InvalidCase(f"contradicts $.relations[{j}]: {stated[j]['person']} is {stated[j]['of']}'s "
                              f"{stated[j]['relationship']} there, so not {relationship} here "
                              f"(paths $.relations[{j}] and $.relations[{i}])", f"$.relations[{i}]")
    return relations


def _known_region(spec: Spec, code: str, path: str) -> None:
    if code not in spec.regions:
        raise InvalidCase(f"unknown region {code!r} (not in spec/vocabulary/regions.yaml)", path)
