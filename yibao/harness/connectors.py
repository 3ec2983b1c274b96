"""How the harness talks to an implementation: in process, as a command, or over HTTP.

Every connector turns a batch of cases into one Reply per case. Supervision of a command
(timeouts, restarts, garbage) lives in supervise.py.
"""

from __future__ import annotations

import contextlib
import json
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Protocol

from .outcome import Reply

PROTOCOL = 1


@dataclass
class Hello:
    name: str
    version: str
    language: str | None = None
    regions: list[str] | None = None  # None: all
    unsupported: set[str] = field(default_factory=set)
    problem: str | None = None  # set when start failed: every case then errors with it

    @classmethod
    def parse(cls, answer: Any) -> Hello:
        """Read a start answer; a malformed one becomes a Hello with a problem, never an exception."""
        if not isinstance(answer, dict) or not isinstance(answer.get("implementation"), dict):
            return cls("unknown", "unknown", problem=f"start answer is not a valid hello: {str(answer)[:200]}")
        impl = answer["implementation"]
        regions = answer.get("regions", "all")
        return cls(str(impl.get("name", "unknown")), str(impl.get("version", "unknown")), impl.get("language"),
                   None if regions == "all" else [str(r) for r in regions],
                   {str(s) for s in answer.get("unsupported", [])})


Batch = list[tuple[int, str, dict[str, Any]]]  # (seq, scenario id, case)


class Connector(Protocol):
    def start(self, suite_version: str) -> Hello: ...
    def run(self, batch: Batch) -> dict[int, Reply]: ...
    def stop(self) -> None: ...
    def diagnostics(self) -> str: ...


def reply_from(message: Any) -> tuple[int | None, Reply]:
    """One line of a run answer as (seq, Reply); a line that breaks the protocol has seq None."""
    if not isinstance(message, dict) or not isinstance(message.get("seq"), int):
        return None, Reply("errored", message=f"not a reply with a seq: {str(message)[:200]}")
    seq = message["seq"]
    if isinstance(message.get("result"), dict):
        return seq, Reply("result", result=message["result"])
    if "skipped" in message:
        skipped = message["skipped"]
        return seq, Reply("skipped", message=str(skipped.get("reason", "")) if isinstance(skipped, dict) else str(skipped))
    if "errored" in message:
        errored = message["errored"]
        return seq, Reply("errored", message=str(errored.get("message", "")) if isinstance(errored, dict) else str(errored))
    return seq, Reply("errored", message=f"reply has no result, skipped or errored: {str(message)[:200]}")


class InProcess:
    """The reference implementation, called directly: the fastest way to run the suite against it."""

    def __init__(self) -> None:
        from reference_impl import decide  # the harness meets the reference only through this connector

        self._decide = decide

    def start(self, suite_version: str) -> Hello:
        from yibao import __version__

        return Hello("yibao-reference", __version__, "python")

    def run(self, batch: Batch) -> dict[int, Reply]:
        return {seq: Reply("result", result=self._decide(case)) for seq, _, case in batch}

    def stop(self) -> None:
        return None

    def diagnostics(self) -> str:
        return ""


class Http:
    """An implementation behind a URL: each protocol message is POSTed as JSON; run answers are JSON lines."""

    def __init__(self, url: str, timeout: float) -> None:
        self.url = url
        self.timeout = timeout
        self.log: list[str] = []

    def _post(self, message: dict[str, Any]) -> str:
        request = urllib.request.Request(self.url, data=json.dumps(message, ensure_ascii=False).encode(),
                                         headers={"Content-Type": "application/json"}, method="POST")
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            body: str = response.read().decode("utf-8", errors="replace")
            return body

    def start(self, suite_version: str) -> Hello:
        try:
            return Hello.parse(json.loads(self._post({"cmd": "start", "protocol": PROTOCOL, "suite": suite_version})))
        except (OSError, ValueError) as exc:
            return Hello("unknown", "unknown", problem=f"start failed: {exc}")

    def run(self, batch: Batch) -> dict[int, Reply]:
        message = {"cmd": "run", "cases": [{"seq": s, "id": i, "case": c} for s, i, c in batch]}
        try:
            body = self._post(message)
        except TimeoutError:
            return {seq: Reply("timed_out", message=f"no answer within {self.timeout:g} s") for seq, _, _ in batch}
        except (OSError, urllib.error.URLError) as exc:
            return {seq: Reply("errored", message=f"HTTP request failed: {exc}") for seq, _, _ in batch}
        replies: dict[int, Reply] = {}
        for line in body.splitlines():
            if not line.strip():
                continue
            try:
                seq, reply = reply_from(json.loads(line))
            except ValueError:
                self.log.append(f"not JSON: {line[:200]}")
                continue
            if seq is None:
                self.log.append(reply.message)
            else:
                replies.setdefault(seq, reply)
        return replies

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._post({"cmd": "stop"})

    def diagnostics(self) -> str:
        return "\n".join(self.log[-50:])
