"""Cucumber JSON: features with their scenarios and each real Given/When/Then step with its status."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .junit import details


def render(summary: dict[str, Any]) -> list[dict[str, Any]]:
    by_uri: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for result in summary["results"]:
        by_uri[result["uri"]].append(result)
    return [{
        "uri": uri, "id": uri, "keyword": "功能", "name": results[0]["feature"], "line": 1, "description": "",
        "elements": [_scenario(r) for r in results],
    } for uri, results in sorted(by_uri.items())]


def _scenario(r: dict[str, Any]) -> dict[str, Any]:
    failure = "\n".join([*r["messages"], details(r)])
    steps = []
    for step in r["steps"]:
        outcome: dict[str, Any] = {"status": step["status"]}
        if step["status"] == "failed":
            outcome["error_message"] = failure
        steps.append({"keyword": step["keyword"] + " ", "name": step["text"], "line": step["line"], "result": outcome})
    if steps:
        steps[-1]["result"]["duration"] = int(r["seconds"] * 1e9)
    return {"id": r["id"], "keyword": "场景", "type": "scenario", "name": r["name"], "line": r["line"],
            "tags": [{"name": "@" + t, "line": r["line"]} for t in r["tags"]], "steps": steps}
