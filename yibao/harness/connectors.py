"""How the harness talks to an implementation: in process, as a command, or over HTTP.

Every connector turns a batch of cases into one Reply per case. Supervision of a command
(timeouts, restarts, garbage) lives in supervise.py.
"""

from __future__ import annotations

import contextlib
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from .messages import MAX_LINE, PROTOCOL, Hello, Rejected, encode, parse_line, reply_from, shown
from .outcome import Reply

__all__ = ["PROTOCOL", "Batch", "Connector", "Hello", "Http", "InProcess", "reply_from"]

Batch = list[tuple[int, str, dict[str, Any]]]  # (seq, scenario id, case)


class Connector(Protocol):
    """What every way of reaching an implementation offers; the harness and the trust tools use only this.

    start(suite_version) -> Hello: the handshake (never raises; a failure is Hello.problem).
    run(batch) -> {seq: Reply}: one Reply per case answered; a case missing from the dict is errored.
    run_batches(batches) -> the replies of each batch, in order; the connector may take the next batch
        before it yields this one's replies (sequence numbers are unique across the batches).
    stop(): end the implementation (and everything it started).
    diagnostics() -> str: a bounded, escaped text for the report (log lines, stderr tail).
    """

    def start(self, suite_version: str) -> Hello: ...
    def run(self, batch: Batch) -> dict[int, Reply]: ...
    def run_batches(self, batches: Iterable[Batch]) -> Iterator[dict[int, Reply]]:
        """By default one batch at a time (connectors that subclass this protocol inherit it)."""
        return map(self.run, batches)

    def stop(self) -> None: ...
    def diagnostics(self) -> str: ...


class InProcess(Connector):
    """The reference implementation, called directly: the fastest way to run the suite against it."""

    def __init__(self) -> None:
        from reference_impl import decide  # the harness meets the reference only through this connector

        self._decide = decide

    def start(self, suite_version: str) -> Hello:
        from yibao import __version__

        return Hello("yibao-reference", __version__, "python", protocol=PROTOCOL)

    def run(self, batch: Batch) -> dict[int, Reply]:
        return {seq: Reply("result", result=self._decide(case)) for seq, _, case in batch}

    def stop(self) -> None:
        return None

    def diagnostics(self) -> str:
        return ""


class Http(Connector):
    """An implementation behind a URL: each protocol message is POSTed as JSON; run answers are JSON lines."""

    def __init__(self, url: str, timeout: float) -> None:
        self.url = url
        self.timeout = timeout
        self.log: deque[str] = deque(maxlen=50)  # the last lines that broke the protocol, for the report
        self.max_body = 1000 * MAX_LINE

    def _post(self, message: dict[str, Any]) -> bytes:
        request = urllib.request.Request(self.url, data=encode(message),
                                         headers={"Content-Type": "application/json"}, method="POST")
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            body: bytes = response.read(self.max_body + 1)
        if len(body) > self.max_body:
            raise Rejected(f"an answer of more than {self.max_body} bytes")
        return body

    def start(self, suite_version: str) -> Hello:
        try:
            return Hello.parse(parse_line(self._post({"cmd": "start", "protocol": PROTOCOL, "suite": suite_version}).strip()))
        except (OSError, ValueError, Rejected) as exc:
            return Hello.failed(f"start failed: {shown(str(exc))}")

    def run(self, batch: Batch) -> dict[int, Reply]:
        message = {"cmd": "run", "cases": [{"seq": s, "id": i, "case": c} for s, i, c in batch]}
        try:
            body = self._post(message)
        except TimeoutError:
            return {seq: Reply("timed_out", message=f"no answer within {self.timeout:g} s") for seq, _, _ in batch}
        except (OSError, urllib.error.URLError, ValueError, Rejected) as exc:
            return {seq: Reply("errored", message=f"HTTP request failed: {shown(str(exc))}") for seq, _, _ in batch}
        replies: dict[int, Reply] = {}
        for line in body.splitlines():
            if not line.strip():
                continue
            try:
                seq, reply = reply_from(parse_line(line))
            except Rejected as exc:
                self.log.append(str(exc))
                seq, reply = exc.seq, Reply("errored", message=f"reply breaks the protocol: {exc}")
            if seq is None:
                self.log.append(reply.message)
            else:
                replies.setdefault(seq, reply)
        return replies

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._post({"cmd": "stop"})

    def diagnostics(self) -> str:
        return "\n".join(self.log)
