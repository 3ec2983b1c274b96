"""A planted bug, a swapped order: where the rule says highest balance first (Shenzhen), it draws the lowest first.

    python tests/impls/planted_order.py
"""

from __future__ import annotations

from typing import Any

from planted_common import serve_as

from reference_impl import settle

reference_order = settle._order


def lowest_balance_first(d: Any, candidates: list[Any], kinds: tuple[str, ...]) -> list[Any]:
    ordered = reference_order(d, candidates, kinds)
    if len(ordered) > 1 and (d.peek("settlement.deduction_order") or {}).get("between_authorizers") == "balance_desc":
        return sorted(ordered, key=lambda c: c[1].balance(kinds))
    return ordered


settle._order = lowest_balance_first
serve_as("planted-order")
