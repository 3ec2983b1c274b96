"""What the planted implementations share: the reference engine, served over the protocol under another name.

Each planted_*.py changes one thing, the way a vendor's system might get it wrong, and then serves.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

from reference_impl import serve
from reference_impl.engine import Engine, bundled
from yibao.spec.model import Spec, Version


def with_version(spec: Spec, ref: str, **changes: Any) -> Spec:
    """The spec with one version's fields changed, as a vendor's copy of the rules might differ."""
    version: Version = next(v for v in spec.all_versions() if v.ref == ref)
    by_rule = dict(spec.versions[version.scope])
    by_rule[version.rule_id] = [replace(v, **changes) if v.ref == ref else v for v in by_rule[version.rule_id]]
    return replace(spec, versions={**spec.versions, version.scope: by_rule})


def serve_as(name: str, decide: Callable[[Any], dict[str, Any]] | None = None) -> None:
    if decide is not None:
        serve.decide = decide
    answer = serve.answer

    def renamed(message: dict[str, Any]) -> list[dict[str, Any]]:
        replies = answer(message)
        if message.get("cmd") == "start":
            replies[0]["implementation"] = {"name": name, "version": "0", "language": "python"}
        return replies

    serve.answer = renamed
    serve.serve(sys.stdin, sys.stdout)


def engine_for(spec: Spec) -> Engine:
    return Engine(spec)


SPEC = bundled().spec
