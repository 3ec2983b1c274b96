"""JUnit XML, for CI systems: one testsuite per topic, one testcase per scenario.

Text from an implementation may hold characters XML 1.0 cannot carry (control characters, lone
surrogates); they are replaced, so the file is always well-formed.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import Any

_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def details(result: dict[str, Any]) -> str:
    """The case sent, the expectation and the result received, for a reader of the CI log."""
    parts = {"case": result["case"], "expect": result["expect"], "result": result.get("result")}
    return "\n".join(f"{name}: {json.dumps(value, ensure_ascii=False)}" for name, value in parts.items())


def render(summary: dict[str, Any]) -> bytes:
    by_topic: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for result in summary["results"]:
        by_topic[result["topic"]].append(result)
    x = xml_text
    root = ET.Element("testsuites", name=x(f"yibao conformance {summary['header']['suite']}"))
    for topic, results in sorted(by_topic.items()):
        suite = ET.SubElement(root, "testsuite", name=x(topic), tests=str(len(results)),
                              failures=str(sum(r["state"] == "failed" for r in results)),
                              errors=str(sum(r["state"] in ("errored", "timed_out") for r in results)),
                              skipped=str(sum(r["state"] == "skipped" for r in results)))
        for r in results:
            case = ET.SubElement(suite, "testcase", classname=x(f"{topic}.{r['feature']}"), name=x(f"{r['id']}: {r['name']}"),
                                 file=x(r["uri"]), line=str(r["line"]), time=f"{r['seconds']:.6f}")
            text = x("\n".join(r["messages"]))
            if r["state"] == "failed":
                ET.SubElement(case, "failure", message=text[:500]).text = text
            elif r["state"] in ("errored", "timed_out"):
                ET.SubElement(case, "error", type=r["state"], message=text[:500]).text = text
            elif r["state"] == "skipped":
                ET.SubElement(case, "skipped", message=text[:500])
            ET.SubElement(case, "system-out").text = x(details(r))
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data
