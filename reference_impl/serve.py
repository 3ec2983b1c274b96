"""The reference implementation as an external implementation: the harness protocol over stdin/stdout.

    python -m reference_impl.serve

Reads one JSON message per line and answers per docs/protocol.md: `start` gets the implementation's
name, version and what it supports; each case of a `run` gets one line with its `seq`; `stop` ends.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from yibao import __version__

from .engine import decide

PROTOCOL = 1


def answer(message: dict[str, Any]) -> list[dict[str, Any]]:
    command = message.get("cmd")
    if command == "start":
        return [{"implementation": {"name": "yibao-reference", "version": __version__, "language": "python"},
                 "protocol": PROTOCOL, "regions": "all", "unsupported": []}]
    if command == "run":
        return [_run_one(item) for item in message.get("cases", [])]
    if command == "stop":
        return [{"ok": True}]
    return [{"errored": {"message": f"unknown command {command!r}"}}]


def _run_one(item: dict[str, Any]) -> dict[str, Any]:
    try:
        return {"seq": item["seq"], "result": decide(item["case"])}
    except Exception as exc:  # an engine bug must not take the whole run down
        return {"seq": item.get("seq"), "errored": {"message": repr(exc)}}


def serve(stdin: TextIO, stdout: TextIO) -> None:
    for line in stdin:
        if not line.strip():
            continue
        message = json.loads(line)
        for reply in answer(message):
            stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
        stdout.flush()
        if message.get("cmd") == "stop":
            return


if __name__ == "__main__":
    serve(sys.stdin, sys.stdout)
