"""index.html: the compliance matrix, rule × scope, readable offline (inline CSS, no scripts).

Each scenario is counted once per cell, in the column of the rule version it relies on: national
rules under 全国, regional overlays under their region. Failures come first; radio buttons filter the
scenario list by outcome with CSS alone. The page fits a 1366 px screen: the matrix scrolls inside
its own box. Every piece of text that comes from the spec, the features or the implementation is escaped.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from html import escape
from typing import Any

from yibao.spec.coverage import STATES as STATES_OF_COVERAGE
from yibao.spec.coverage import coverage
from yibao.spec.model import Spec

STATES = ("failed", "errored", "timed_out", "skipped", "passed")  # the order of the scenario list
NATIONAL = "national"
CSS = """
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:1rem auto;max-width:1320px;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .4rem;vertical-align:top}
th{background:#f4f4f4;text-align:left}.passed{background:#e6f4ea}.failed{background:#fce8e6}.mixed{background:#fef7e0}
.skipped{background:#f1f3f4;color:#666}.errored,.timed_out{background:#fce8e6}code,pre{font-size:.85em}
pre{white-space:pre-wrap;word-break:break-all;max-height:20rem;overflow:auto;margin:.2rem 0}
.small{font-size:.85em;color:#555}.scroll{overflow-x:auto;max-width:100%}.matrix td{text-align:center;min-width:3.2rem}
.figures{font-size:1.2rem}.figures strong{font-size:1.5rem}.legend span{padding:.1rem .5rem;margin-right:.4rem;border:1px solid #ccc}
.scenarios{width:100%;table-layout:fixed}.scenarios td{overflow-wrap:anywhere}
.filter input{margin-left:.8rem}
""" + "".join(
    f"#show-{s}:checked~.scroll tr.row:not(.{s}){{display:none}}" for s in STATES
)


def _cell_class(states: list[str]) -> str:
    """The colour of a cell, from the scenarios actually tested (skipped ones are counted apart)."""
    tested = [s for s in states if s != "skipped"]
    if not tested:
        return "skipped"
    if all(s == "passed" for s in tested):
        return "passed"
    if any(s == "passed" for s in tested):
        return "mixed"
    return "failed"


def _cell(results: list[dict[str, Any]]) -> str:
    """passed/tested, the number skipped, and links to what did not pass (a count when there are many)."""
    e = escape
    tested = [r for r in results if r["state"] != "skipped"]
    bad = [r for r in tested if r["state"] != "passed"]
    text = f"{len(tested) - len(bad)}/{len(tested)}" if tested else "–"
    skipped = len(results) - len(tested)
    if skipped:
        text += f"<br><span class=small>{skipped} skipped</span>"
    if 0 < len(bad) <= 2:
        text += "<br><span class=small>" + " ".join(f"<a href=\"#s-{e(r['id'])}\">{e(r['id'])}</a>" for r in bad) + "</span>"
    elif bad:
        text += f"<br><span class=small><a href=\"#s-{e(bad[0]['id'])}\">{len(bad)} not passed</a></span>"
    return f"<td class=\"{_cell_class([r['state'] for r in results])}\">{text}</td>"


def matrix(summary: dict[str, Any], spec: Spec) -> dict[tuple[str, str], dict[str, dict[str, Any]]]:
    """(rule, scope) → the scenarios relying on a version of that rule in that scope, each once."""
    scopes = {v.ref: v.scope for v in spec.all_versions()}
    cells: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for result in summary["results"]:
        for ref in result["rules"] or ["(none)"]:
            scope = scopes.get(ref, NATIONAL)
            cells[(ref.split("@")[0], scope)][result["id"]] = result
    return cells


def render(summary: dict[str, Any], spec: Spec) -> str:
    header, footer = summary["header"], summary["footer"]
    cells = matrix(summary, spec)
    rules = sorted({r for r, _ in cells})
    columns = sorted({g for _, g in cells}, key=lambda g: (g != NATIONAL, g))
    e = escape
    impl = header["implementation"]
    out = [f"<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
           f"<meta name=\"viewport\" content=\"width=device-width\"><title>yibao conformance report</title>"
           f"<style>{CSS}</style></head><body>"]
    out.append(f"<h1>合规报告 · Conformance report</h1><p>{e(impl['name'])} {e(impl['version'])} · suite {e(header['suite'])}"
               f" · protocol {e(str(header['protocol']))} · <code>{e(header['fingerprint'][:19])}…</code> · {e(header['started'])}"
               f"{' · <strong>interrupted</strong>' if header['interrupted'] else ''}</p>")
    out.append(_figures(footer))
    out.append("<p class=\"legend small\">图例 · Legend: <span class=passed>all passed</span><span class=mixed>some failed</span>"
               "<span class=failed>failed, errored or timed out</span><span class=skipped>skipped (not tested)</span>"
               " A cell reads passed/tested, with the number skipped; each scenario is counted once per cell, under the"
               " scope of the rule version it relies on (全国 national, or the region whose overlay it is).</p>")
    out.append("<h2>规则 × 适用范围 · Rules by scope</h2><div class=scroll><table class=matrix><tr><th>rule</th>")
    out += [f"<th>{e(_scope_name(spec, g))}</th>" for g in columns]
    out.append("</tr>")
    for rule in rules:
        title = spec.rules[rule].title.zh if rule in spec.rules else ""
        out.append(f"<tr><th><a href=\"#rule-{e(rule)}\">{e(rule)}</a><br><span class=small>{e(title)}</span></th>")
        for scope in columns:
            results = list(cells.get((rule, scope), {}).values())
            out.append(_cell(results) if results else "<td></td>")
        out.append("</tr>")
    out.append("</table></div><h2>场景 · Scenarios</h2>")
    out.append(_scenarios(summary["results"]))
    out.append(_spec_coverage(summary, spec))
    out.append("<h2>规则来源 · Sources of the rules</h2>")
    for rule in rules:
        out.append(f"<h3 id=\"rule-{e(rule)}\">{e(rule)}</h3><ul>")
        for v in (v for v in spec.all_versions() if v.rule_id == rule):
            sources = ", ".join(_source_link(spec, c.source) for c in v.citations)
            out.append(f"<li><code>{e(v.ref)}</code> ({e(v.scope)}, {e(str(v.effective_from))}–"
                       f"{e(str(v.effective_to or ''))}, {e(v.status)}): {sources}</li>")
        out.append("</ul>")
    if footer.get("diagnostics"):
        out.append(f"<h2>Diagnostics</h2><pre>{e(footer['diagnostics'])}</pre>")
    out.append("</body></html>\n")
    return "".join(out)


def _spec_coverage(summary: dict[str, Any], spec: Spec) -> str:
    """What the spec knows for each region the run tested, on the day the run started (yibao coverage):
    a vendor sees how many of its region's rules rest on regional evidence, and how many are silent."""
    tested = {code for r in summary["results"] if r["state"] != "skipped" for code in r["regions"]}
    day = date.fromisoformat(summary["header"]["started"][:10])
    rows = [row for row in coverage(spec, day).regions if row.code in tested]
    e = escape
    out = [f"<h2>规范覆盖 · What the spec knows for these regions ({e(day.isoformat())})</h2>"
           "<p class=small>Of each region's rules: own dated version, inherited from the region above, national rule only,"
           " or silent (no version in force; the rule says whether that means unknown). <code>yibao coverage</code>"
           " gives the whole matrix.</p><div class=scroll><table><tr><th>region</th>"]
    out += [f"<th>{state}</th>" for state in STATES_OF_COVERAGE]
    out.append("</tr>")
    for row in rows:
        counts = row.counts()
        out.append(f"<tr><td>{e(row.code)} {e(row.zh)}</td>" + "".join(f"<td>{counts[s]}</td>" for s in STATES_OF_COVERAGE) + "</tr>")
    out.append("</table></div>")
    return "".join(out)


def _figures(footer: dict[str, Any]) -> str:
    def percent(value: float | None) -> str:
        return "n/a" if value is None else f"{value * 100:.1f}%"

    counts = " · ".join(f"{escape(k)}: {footer[k]}" for k in ("total", "passed", "failed", "skipped", "errored", "timed_out"))
    return (f"<p class=figures>通过率 pass rate <strong>{percent(footer['pass_rate'])}</strong> "
            f"({footer['passed']} of {footer['tested']} tested) · 覆盖率 coverage <strong>{percent(footer['coverage'])}</strong> "
            f"({footer['tested']} of {footer['total']} selected tested)</p><p class=small>{counts}</p>")


def _scenarios(results: list[dict[str, Any]]) -> str:
    e = escape
    ordered = sorted(results, key=lambda r: STATES.index(r["state"]))
    # The radios precede the table as its siblings, so that CSS alone can filter the rows.
    out = ["<div class=filter>筛选 · Show: <input type=radio name=show id=show-all checked><label for=show-all>all</label>"]
    out += [f"<input type=radio name=show id=show-{s}><label for=show-{s}>{s} ({sum(r['state'] == s for r in results)})</label>"
            for s in STATES]
    out.append("<div class=scroll><table class=scenarios><colgroup><col style=\"width:14rem\"><col style=\"width:22rem\">"
               "<col style=\"width:6rem\"><col></colgroup><tr><th>id</th><th>scenario</th><th>state</th><th>details</th></tr>")
    for r in ordered:
        messages = "<br>".join(e(m) for m in r["messages"])
        data = {"case": r["case"], "expect": r["expect"], "result": r.get("result")}
        exchange = "".join(f"<details><summary>{name}</summary><pre>{e(json.dumps(value, ensure_ascii=False, indent=1))}</pre></details>"
                           for name, value in data.items())
        note = f"<br><span class=small>{e(r['result_note'])}</span>" if r.get("result_note") else ""
        out.append(f"<tr id=\"s-{e(r['id'])}\" class=\"row {e(r['state'])}\"><td><code>{e(r['id'])}</code></td>"
                   f"<td>{e(r['name'])}<br><span class=small>{e(r['uri'])}:{r['line']}</span></td>"
                   f"<td>{e(r['state'])}</td><td>{messages}{note}{exchange}</td></tr>")
    out.append("</table></div></div>")
    return "".join(out)


def _scope_name(spec: Spec, code: str) -> str:
    if code == NATIONAL:
        return "全国 national"
    return f"{spec.regions[code].label.zh} {code}" if code in spec.regions else code


def _source_link(spec: Spec, source_id: str) -> str:
    source = spec.sources.get(source_id)
    if source is None:
        return escape(source_id)
    label = f"{escape(source.title)} [{escape(source.tier)}]"
    safe = source.url is not None and source.url.startswith(("https://", "http://"))
    return f"<a href=\"{escape(source.url or '')}\">{label}</a>" if safe else label
