"""Supervise an implementation that runs as a command speaking JSON lines.

A reader thread turns the process's standard output into a queue of lines, so that every wait
has a deadline. A crash is seen as end of output or exit, never from standard error, which goes
to a file for the report. After a crash or a hang the first unanswered case is charged with it,
the process is restarted (start is replayed) and the other unanswered cases are retried one at a time.
run_batches keeps one batch sent ahead, so that the implementation decides the next batch while the
harness reads and judges this one: two processes on two cores, working at once.

The implementation runs in a process group of its own, and the whole group is ended, so that nothing
it started outlives the run. Its standard error is drained as it comes and only a bounded tail kept.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shlex
import shutil
import signal
import subprocess
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .connectors import Batch, Connector
from .messages import MAX_LINE, PROTOCOL, Hello, Rejected, encode, parse_line, reply_from, shown
from .outcome import Reply

MAX_GARBAGE = 200  # junk lines tolerated per batch before the process is deemed flooding
STDERR_TAIL = 64_000  # bytes of standard error kept for the report
LOG_LINES = 200  # harness log lines kept for the report
_EOF = object()


class CommandNotFound(ValueError):
    """The command to run does not exist: a usage error, not a run."""


def argv_of(command: str) -> list[str]:
    """The command line split as a shell would, with its program found on PATH; CommandNotFound otherwise."""
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise CommandNotFound(f"cannot read the command {command!r}: {exc}") from None
    if not argv or shutil.which(argv[0]) is None:
        raise CommandNotFound(f"no such command: {argv[0] if argv else command!r}")
    return argv


class StderrTail:
    """Drains a stream in a thread and keeps only its last STDERR_TAIL bytes."""

    def __init__(self) -> None:
        self._chunks: deque[bytes] = deque()
        self._size = 0
        self._lock = threading.Lock()

    def follow(self, stream: IO[bytes]) -> None:
        threading.Thread(target=self._drain, args=(stream,), daemon=True).start()

    def _drain(self, stream: IO[bytes]) -> None:
        for chunk in iter(lambda: stream.read1(65536), b""):  # type: ignore[attr-defined]
            with self._lock:
                self._chunks.append(chunk)
                self._size += len(chunk)
                while self._size - len(self._chunks[0]) >= STDERR_TAIL:
                    self._size -= len(self._chunks.popleft())

    def text(self) -> str:
        with self._lock:
            data = b"".join(self._chunks)[-STDERR_TAIL:]
        lines = data.decode("utf-8", errors="replace").splitlines()
        return "\n".join(shown(line, 2000) for line in lines)


class ProcessDied(Exception):
    pass


class Command(Connector):
    """An implementation run as a command; raises CommandNotFound when there is no such program."""

    def __init__(self, command: str, timeout: float, max_restarts: int) -> None:
        self.argv = argv_of(command)
        self.timeout = timeout
        self.max_restarts = max_restarts
        self.restarts = 0
        self.suite_version = ""
        self.log: deque[str] = deque(maxlen=LOG_LINES)
        self._stderr = StderrTail()
        self._process: subprocess.Popen[bytes] | None = None
        self._lines: queue.Queue[Any] = queue.Queue()
        self._pending: deque[Any] = deque()  # lines taken from the queue, not yet read
        self.hello = Hello.failed("not started")
        self._fault = Reply("errored", message="no reply")  # what unanswered cases of the last exchange get
        self.received: dict[int, Reply] = {}  # replies of the exchange in flight, kept if the run is interrupted
        self._early: dict[int, Reply] = {}  # replies that came for the batch sent ahead, while reading another
        self._spawns = 0  # which process a batch was sent to: a batch sent ahead to a process since ended is sent again

    # --- process life ---------------------------------------------------------------------

    def _spawn(self) -> None:
        self._spawns += 1
        self._lines = queue.Queue()
        self._pending = deque()
        self._process = subprocess.Popen(self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                         start_new_session=True)  # its own process group, ended as a whole
        assert self._process.stderr is not None
        self._stderr.follow(self._process.stderr)
        threading.Thread(target=self._read, args=(self._process, self._lines), daemon=True).start()

    @staticmethod
    def _read(process: subprocess.Popen[bytes], lines: queue.Queue[Any]) -> None:
        """Hand over output as lists of lines, one list per read: a queue operation per line would cost more
        than the line. A line grown past MAX_LINE without an end is handed over as it stands, and dropped."""
        stdout = process.stdout
        assert stdout is not None
        partial = b""
        for chunk in iter(lambda: stdout.read1(65536), b""):  # type: ignore[attr-defined]
            complete = (partial + chunk).split(b"\n")
            partial = complete.pop()
            found = [line + b"\n" for line in complete]
            if len(partial) > MAX_LINE:
                found.append(partial)
                partial = b""
            if found:
                lines.put(found)
        lines.put([partial, _EOF] if partial else [_EOF])

    def _kill(self) -> None:
        """End the implementation and every process it started (its process group)."""
        if self._process is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self._process.pid, signal.SIGKILL)
        self._process.wait(timeout=10)
        self._process = None

    def _send(self, message: dict[str, Any]) -> None:
        if self._process is None or self._process.stdin is None:
            raise ProcessDied("not running")
        try:
            self._process.stdin.write(encode(message) + b"\n")
            self._process.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise ProcessDied(f"cannot write to the implementation: {exc}") from None

    def _next(self, deadline: float) -> Any:
        """The next parsed line (None for a line without an end, Rejected for one that breaks the protocol);
        TimeoutError at the deadline; ProcessDied at end of output."""
        while True:
            if not self._pending:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                try:
                    self._pending.extend(self._lines.get(timeout=remaining))
                except queue.Empty:
                    raise TimeoutError from None
            raw = self._pending.popleft()
            if raw is _EOF:
                code = self._process.wait(timeout=10) if self._process else None
                raise ProcessDied(f"the implementation exited (code {code})")
            if len(raw) > MAX_LINE or not raw.endswith(b"\n"):
                self.log.append(f"garbage: a line of {len(raw)} bytes without an end")
                return None
            try:
                return parse_line(raw)
            except Rejected as exc:
                self.log.append(f"rejected: {exc}")
                return exc

    def _handshake(self) -> Hello:
        self._spawn()
        try:
            self._send({"cmd": "start", "protocol": PROTOCOL, "suite": self.suite_version})
            deadline = time.monotonic() + self.timeout
            answer = None
            while answer is None:
                answer = self._next(deadline)
            if isinstance(answer, Rejected):
                return Hello.failed(f"start answer breaks the protocol: {answer}")
            return Hello.parse(answer)
        except TimeoutError:
            return Hello.failed(f"no answer to start within {self.timeout:g} s")
        except ProcessDied as exc:
            return Hello.failed(f"crashed on start: {exc}")

    def _restart(self) -> bool:
        """Kill and start again, replaying start; False once the cap on restarts is reached."""
        self._kill()
        while self.restarts < self.max_restarts:
            self.restarts += 1
            self.log.append(f"restart {self.restarts}")
            hello = self._handshake()
            if hello.problem is None:
                return True
            self.log.append(hello.problem)
            self._kill()
        return False

    # --- the connector ------------------------------------------------------------------------

    def start(self, suite_version: str) -> Hello:
        self.suite_version = suite_version
        self.hello = self._handshake()
        while self.hello.problem is not None and self.restarts < self.max_restarts:
            self.log.append(self.hello.problem)
            self._kill()
            self.restarts += 1
            self.hello = self._handshake()
        return self.hello

    def run(self, batch: Batch) -> dict[int, Reply]:
        return self._finish(batch, self._answered(batch))

    def run_batches(self, batches: Iterable[Batch]) -> Iterator[dict[int, Reply]]:
        """The replies of each batch, in order, with the next batch sent before this one is read.
        Sequence numbers must be unique across the batches."""
        ahead: tuple[Batch, int] | None = None  # the batch sent ahead, and to which process
        self._early = {}
        for batch in batches:
            sent = (batch, self._spawns) if self._send_run(batch) else (batch, -1)
            if ahead is not None:
                yield self._read_ahead(*ahead, also=batch)
            ahead = sent
        if ahead is not None:
            yield self._read_ahead(*ahead, also=[])

    def _read_ahead(self, batch: Batch, sent_to: int, also: Batch) -> dict[int, Reply]:
        """Read the replies of a batch sent ahead; replies for `also` (sent after it) are kept for later.
        If its process has ended since, the batch is sent again, as run() would."""
        early = {seq: self._early.pop(seq) for seq, _, _ in batch if seq in self._early}
        rest = [item for item in batch if item[0] not in early]
        if not rest:
            return early
        if sent_to != self._spawns or self._process is None:
            return early | self.run(rest)
        replies = self._collect(rest, {seq for seq, _, _ in also})
        if replies:
            self.restarts = 0
        return early | self._finish(rest, replies)

    def _finish(self, batch: Batch, replies: dict[int, Reply]) -> dict[int, Reply]:
        missing = [item for item in batch if item[0] not in replies]
        if not missing:
            return replies
        # Something went wrong. The first unanswered case, in the order sent, is the one the implementation
        # was on when it failed: it is charged with the fault. The others are retried one by one on a fresh
        # process, so that a case is charged only by its own answer.
        replies[missing[0][0]] = self._fault
        for item in missing[1:]:
            replies[item[0]] = self._answered([item], restart=True).get(item[0]) or self._fault
        return replies

    def _answered(self, batch: Batch, restart: bool = False) -> dict[int, Reply]:
        """One exchange, on a fresh process if asked or if the last one died. The cap on restarts counts
        restarts in a row that bring no answer, not a whole run's."""
        if (restart or self._process is None) and not self._restart():
            self._fault = Reply("errored", message=f"gave up after {self.max_restarts} restarts in a row without an answer")
            return {}
        replies = self._collect(batch, set()) if self._send_run(batch) else {}
        if replies:
            self.restarts = 0
        return replies

    def _send_run(self, batch: Batch) -> bool:
        """Send one run message; False (and the process ended, the fault noted) when it cannot be sent."""
        if self._process is None:
            self._fault = Reply("errored", message="the implementation is not running")
            return False
        try:
            self._send({"cmd": "run", "cases": [{"seq": s, "id": i, "case": c} for s, i, c in batch]})
        except ProcessDied as exc:  # the process is ended when its output is read to the end
            self._fault = Reply("errored", message=str(exc))
            return False
        return True

    def _collect(self, batch: Batch, later: set[int]) -> dict[int, Reply]:
        """Collect the replies to a batch sent, until all arrive or something fails. Replies for `later`
        (a batch sent after it) are kept in _early; any other line is garbage."""
        self._fault = Reply("errored", message="no reply")
        replies: dict[int, Reply] = {}
        self.received = replies
        wanted = {seq for seq, _, _ in batch}
        garbage = 0
        try:
            while wanted - set(replies):
                message = self._next(time.monotonic() + self.timeout)
                seq: int | None = None
                reply: Reply | None = None
                if isinstance(message, Rejected):  # charge the case it claims to answer, if any
                    seq, reply = message.seq, Reply("errored", message=f"reply breaks the protocol: {message}")
                    message = None
                elif message is not None:
                    seq, reply = reply_from(message)
                if seq in later and seq not in self._early:
                    assert reply is not None
                    self._early[seq] = reply
                    continue
                if seq is None or seq not in wanted or seq in replies:
                    garbage += 1
                    if message is not None:
                        self.log.append(f"unexpected reply: {shown(json.dumps(message, ensure_ascii=False))}")
                    if garbage > MAX_GARBAGE:
                        self._fault = Reply("errored", message="the implementation flooded its output with junk")
                        self._kill()
                        break
                    continue
                assert reply is not None
                replies[seq] = reply
        except TimeoutError:
            ignored = f" ({garbage} line(s) that are not a reply to a case in flight were ignored)" if garbage else ""
            self._fault = Reply("timed_out", message=f"no reply within {self.timeout:g} s{ignored}")
            self._kill()
        except ProcessDied as exc:
            self._fault = Reply("errored", message=str(exc))
            self._kill()
        return replies

    def stop(self) -> None:
        if self._process is not None:
            try:
                self._send({"cmd": "stop"})
                self._process.wait(timeout=2)
            except (ProcessDied, subprocess.TimeoutExpired):
                pass
        self._kill()

    def diagnostics(self) -> str:
        tail = self._stderr.text()
        return "\n".join(self.log) + ("\n--- stderr (tail) ---\n" + tail if tail else "")
