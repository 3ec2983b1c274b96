"""An implementation that checks the harness sends each batch ahead, for tests/test_pipelining.py.

    python tests/impls/wants_ahead.py

Before it answers a run message, it waits up to WAIT seconds for the next message to arrive. A batch
whose next message came answers with the reference's results; a batch left alone answers each case
as errored with "no batch was sent ahead". Against a harness that sends one batch ahead, only the
last batch is left alone.
"""

from __future__ import annotations

import json
import os
import select
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

from reference_impl import decide

WAIT = 3.0
HELLO = {"implementation": {"name": "wants-ahead", "version": "0"}, "protocol": 1, "regions": "all", "unsupported": []}


class Lines:
    """Lines of standard input, read from its file descriptor, so that select() sees what is buffered."""

    def __init__(self) -> None:
        self.buffer = b""
        self.closed = False

    def _fill(self, timeout: float | None) -> None:
        if self.closed or not select.select([0], [], [], timeout)[0]:
            return
        chunk = os.read(0, 1 << 16)
        self.closed = not chunk
        self.buffer += chunk

    def ready(self, timeout: float) -> bool:
        """Whether a whole line has arrived, waiting at most timeout seconds."""
        if b"\n" not in self.buffer:
            self._fill(timeout)
        return b"\n" in self.buffer

    def next(self) -> bytes | None:
        while b"\n" not in self.buffer and not self.closed:
            self._fill(None)
        if b"\n" not in self.buffer:
            return None
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line


def say(message: object) -> None:
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main() -> None:
    lines = Lines()
    while (line := lines.next()) is not None:
        message = json.loads(line)
        if message["cmd"] == "start":
            say(HELLO)
        elif message["cmd"] == "run":
            ahead = lines.ready(WAIT)
            for item in message["cases"]:
                if ahead:
                    say({"seq": item["seq"], "result": decide(item["case"])})
                else:
                    say({"seq": item["seq"], "errored": {"message": "no batch was sent ahead"}})
        elif message["cmd"] == "stop":
            say({"ok": True})
            return


if __name__ == "__main__":
    main()
