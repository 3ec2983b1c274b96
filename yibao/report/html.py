"""index.html: the compliance matrix, rule × region, readable offline (inline CSS, no scripts).

Every piece of text that comes from the spec, the features or the implementation is escaped.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape
from typing import Any

from yibao.spec.model import Spec

CSS = """
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}
th{background:#f4f4f4;text-align:left}.passed{background:#e6f4ea}.failed{background:#fce8e6}.mixed{background:#fef7e0}
.skipped{background:#f1f3f4;color:#666}.errored,.timed_out{background:#fce8e6}code{font-size:.9em}
.small{font-size:.85em;color:#555}
"""


def _cell_class(states: list[str]) -> str:
    if all(s == "passed" for s in states):
        return "passed"
    if all(s == "skipped" for s in states):
        return "skipped"
    if any(s == "passed" for s in states):
        return "mixed"
    return "failed"


def render(summary: dict[str, Any], spec: Spec) -> str:
    header, footer = summary["header"], summary["footer"]
    cells: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for result in summary["results"]:
        for rule in result["rules"] or ["(none)"]:
            for region in result["regions"] or ["(none)"]:
                cells[(rule.split("@")[0], region)].append(result)
    rules = sorted({r for r, _ in cells})
    regions = sorted({g for _, g in cells})
    e = escape
    out = [f"<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>yibao conformance report</title>"
           f"<style>{CSS}</style></head><body>"]
    impl = header["implementation"]
    out.append(f"<h1>合规报告 · Conformance report</h1><p>{e(impl['name'])} {e(impl['version'])} · suite {e(header['suite'])}"
               f" · <code>{e(header['fingerprint'])}</code> · {e(header['started'])}"
               f"{' · <strong>interrupted</strong>' if header['interrupted'] else ''}</p>")
    out.append("<p>" + " · ".join(f"{e(k)}: {e(str(footer[k]))}" for k in
                                  ("total", "passed", "failed", "skipped", "errored", "timed_out", "pass_rate")) + "</p>")
    out.append("<h2>规则 × 地区 · Rules by region</h2><table><tr><th>rule</th>")
    out += [f"<th>{e(_region_name(spec, g))}</th>" for g in regions]
    out.append("</tr>")
    for rule in rules:
        title = spec.rules[rule].title.zh if rule in spec.rules else ""
        out.append(f"<tr><th><a href=\"#rule-{e(rule)}\">{e(rule)}</a><br><span class=small>{e(title)}</span></th>")
        for region in regions:
            results = cells.get((rule, region), [])
            if not results:
                out.append("<td></td>")
                continue
            passed = sum(r["state"] == "passed" for r in results)
            links = " ".join(f"<a href=\"#s-{e(r['id'])}\">{e(r['id'])}</a>" for r in results if r["state"] != "passed")
            out.append(f"<td class=\"{_cell_class([r['state'] for r in results])}\">{passed}/{len(results)}"
                       f"{'<br><span class=small>' + links + '</span>' if links else ''}</td>")
        out.append("</tr>")
    out.append("</table><h2>场景 · Scenarios</h2><table><tr><th>id</th><th>scenario</th><th>state</th><th>details</th></tr>")
    for r in summary["results"]:
        details = "<br>".join(e(m) for m in r["messages"])
        out.append(f"<tr id=\"s-{e(r['id'])}\" class=\"{e(r['state'])}\"><td><code>{e(r['id'])}</code></td>"
                   f"<td>{e(r['name'])}<br><span class=small>{e(r['uri'])}:{r['line']}</span></td>"
                   f"<td>{e(r['state'])}</td><td>{details}</td></tr>")
    out.append("</table><h2>规则来源 · Sources of the rules</h2>")
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


def _region_name(spec: Spec, code: str) -> str:
    return f"{spec.regions[code].label.zh} {code}" if code in spec.regions else code


def _source_link(spec: Spec, source_id: str) -> str:
    source = spec.sources.get(source_id)
    if source is None:
        return escape(source_id)
    label = f"{escape(source.title)} [{escape(source.tier)}]"
    return f"<a href=\"{escape(source.url)}\">{label}</a>" if source.url else label
