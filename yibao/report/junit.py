"""JUnit XML, for CI systems: one testsuite per topic, one testcase per scenario."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import Any


def render(summary: dict[str, Any]) -> bytes:
    by_topic: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for result in summary["results"]:
        by_topic[result["topic"]].append(result)
    root = ET.Element("testsuites", name=f"yibao conformance {summary['header']['suite']}")
    for topic, results in sorted(by_topic.items()):
        suite = ET.SubElement(root, "testsuite", name=topic, tests=str(len(results)),
                              failures=str(sum(r["state"] == "failed" for r in results)),
                              errors=str(sum(r["state"] in ("errored", "timed_out") for r in results)),
                              skipped=str(sum(r["state"] == "skipped" for r in results)))
        for r in results:
            case = ET.SubElement(suite, "testcase", classname=f"{topic}.{r['feature']}", name=f"{r['id']}: {r['name']}",
                                 file=r["uri"], line=str(r["line"]), time=f"{r['seconds']:.6f}")
            text = "\n".join(r["messages"])
            if r["state"] == "failed":
                ET.SubElement(case, "failure", message=text[:500]).text = text
            elif r["state"] in ("errored", "timed_out"):
                ET.SubElement(case, "error", type=r["state"], message=text[:500]).text = text
            elif r["state"] == "skipped":
                ET.SubElement(case, "skipped", message=text[:500])
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data
