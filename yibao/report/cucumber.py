"""Cucumber JSON: features with their scenarios and a status for each, as Cucumber reporters read it."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

STATUS = {"passed": "passed", "failed": "failed", "skipped": "skipped", "errored": "failed", "timed_out": "failed"}


def render(summary: dict[str, Any]) -> list[dict[str, Any]]:
    by_uri: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for result in summary["results"]:
        by_uri[result["uri"]].append(result)
    features = []
    for uri, results in sorted(by_uri.items()):
        features.append({
            "uri": uri, "id": uri, "keyword": "功能", "name": results[0]["feature"], "line": 1, "description": "",
            "elements": [{
                "id": r["id"], "keyword": "场景", "type": "scenario", "name": r["name"], "line": r["line"],
                "tags": [{"name": "@" + t, "line": r["line"]} for t in r["tags"]],
                "steps": [{"keyword": "那么 ", "name": "结果符合规范", "line": r["line"],
                           "result": {"status": STATUS[r["state"]], "duration": int(r["seconds"] * 1e9),
                                      **({"error_message": "\n".join(r["messages"])} if r["messages"] else {})}}],
            } for r in results],
        })
    return features
