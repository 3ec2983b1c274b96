"""Small builders for cases, so that each test states only what matters to it."""

from __future__ import annotations

from typing import Any


def person(pid: str, region: str, *, scheme: str = "employee_basic", status: str = "enrolled",
           personal: int | None = None, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": pid, "scheme": scheme, "insured_region": region, "status": status}
    if personal is not None:
        data["accounts"] = {"personal": personal}
    data.update(extra)
    return data


def case(as_of: str, region: str, persons: list[dict[str, Any]], action: dict[str, Any], **world: Any) -> dict[str, Any]:
    if "T" not in as_of:
        as_of += "T10:00:00+08:00"
    return {"as_of": as_of, "region": region, "persons": persons, "action": action, **world}


def relation(person_id: str, of: str, relationship: str) -> dict[str, str]:
    return {"person": person_id, "of": of, "relationship": relationship}


def binding(authorizer: str, beneficiary: str, **extra: Any) -> dict[str, Any]:
    return {"kind": "family_mutual_aid", "authorizer": authorizer, "beneficiary": beneficiary, **extra}


def settle(patient: str, amount: int, *, category: str = "designated_pharmacy.drug", venue: str = "designated_pharmacy",
           holder: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"kind": "settle", "patient": patient, "venue": venue, "category": category, "amount_fen": amount,
            "credential": {"holder": holder or patient}, **extra}
