"""A small SVG badge with the pass rate, drawn by hand: it is a dozen lines of markup."""

from __future__ import annotations

from html import escape


def render(pass_rate: float | None) -> str:
    label, value = "yibao conformance", "n/a" if pass_rate is None else f"{pass_rate * 100:.1f}%"
    colour = "#9f9f9f" if pass_rate is None else "#4c1" if pass_rate == 1 else "#dfb317" if pass_rate >= 0.8 else "#e05d44"
    left, right = 7 * len(label) + 10, 7 * len(value) + 10
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + right}" height="20" role="img" '
        f'aria-label="{escape(label)}: {escape(value)}">'
        f'<rect width="{left}" height="20" fill="#555"/><rect x="{left}" width="{right}" height="20" fill="{colour}"/>'
        f'<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">'
        f'<text x="5" y="14">{escape(label)}</text><text x="{left + 5}" y="14">{escape(value)}</text></g></svg>\n'
    )
