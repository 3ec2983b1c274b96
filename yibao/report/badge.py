"""A small SVG badge with the pass rate beside the coverage, drawn by hand: it is a dozen lines of markup.

A badge never shows a pass rate alone: 43 of 164 scenarios passed and the rest skipped reads
"43/43 passed · 26% tested", and is not green.
"""

from __future__ import annotations

from html import escape
from typing import Any


def value(footer: dict[str, Any]) -> str:
    if not footer["tested"]:
        return f"nothing tested of {footer['total']}"
    return f"{footer['passed']}/{footer['tested']} passed · {footer['coverage'] * 100:.0f}% tested"


def colour(footer: dict[str, Any]) -> str:
    if not footer["tested"]:
        return "#9f9f9f"
    score = min(footer["pass_rate"], footer["coverage"])
    return "#4c1" if score == 1 else "#dfb317" if score >= 0.8 else "#e05d44"


def render(footer: dict[str, Any]) -> str:
    label, text = "yibao conformance", value(footer)
    left, right = 7 * len(label) + 10, 7 * len(text) + 10
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + right}" height="20" role="img" '
        f'aria-label="{escape(label)}: {escape(text)}">'
        f'<rect width="{left}" height="20" fill="#555"/><rect x="{left}" width="{right}" height="20" fill="{colour(footer)}"/>'
        f'<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">'
        f'<text x="5" y="14">{escape(label)}</text><text x="{left + 5}" y="14">{escape(text)}</text></g></svg>\n'
    )
