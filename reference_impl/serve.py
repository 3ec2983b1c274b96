"""The reference implementation as an external implementation: the harness protocol over stdin/stdout,
or over HTTP (each message POSTed as JSON; the answer is JSON lines).

    python -m reference_impl.serve
    python -m reference_impl.serve --http 8765            # 127.0.0.1:8765
    python -m reference_impl.serve --http 0.0.0.0:8765    # every interface, with a warning
    python -m reference_impl.serve --http 8765 --socket-timeout 5   # seconds a client may take to send a request (10)

Reads one JSON message per line and answers per docs/protocol.md: `start` gets the implementation's
name, version and what it supports; each case of a `run` gets one line with its `seq`; `stop` ends.
A line or body that is not a protocol message gets an error reply, and the server goes on.

The HTTP server is the standard library's, configured to face a network: bodies over MAX_BODY are
refused (413) before they are read, every socket has a timeout, a fixed pool of worker threads serves
the connections (the accept loop waits when all are busy, and the kernel's backlog holds the rest),
and every bad request gets a JSON answer. An ASGI server would bring a dependency and an event loop
for what is one CPU-bound call per request; the standard library, configured, is enough here.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import math
import os
import socket
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, BinaryIO, TextIO

import orjson

from yibao import __version__

from .engine import ACTIONS, decide

PROTOCOL = 2  # capabilities in the start answer
MAX_BODY = 8 * 1024 * 1024  # a run of a few thousand cases; the harness sends 50 at a time
MAX_LINE = MAX_BODY
SOCKET_TIMEOUT = 10.0  # seconds a client may take to send its request
WORKERS = 8  # the work is CPU-bound under one interpreter lock: more threads only contend (see bench_serve.py)
BACKLOG = 128


def answer(message: Any) -> list[dict[str, Any]]:
    if not isinstance(message, dict):
        return [_errored(f"a message is a JSON object, not {type(message).__name__}")]
    command = message.get("cmd")
    if command == "start":
        return [{"implementation": {"name": "yibao-reference", "version": __version__, "language": "python"},
                 "protocol": PROTOCOL, "capabilities": {"actions": sorted(ACTIONS), "regions": "all"}, "unsupported": []}]
    if command == "run":
        cases = message.get("cases")
        if not isinstance(cases, list):
            return [_errored("run: `cases` must be a list")]
        return [_run_one(item) for item in cases]
    if command == "stop":
        return [{"ok": True}]
    return [_errored(f"unknown command {command!r}")]


def _errored(message: str) -> dict[str, Any]:
    return {"errored": {"message": message}}


def _run_one(item: Any) -> dict[str, Any]:
    if not isinstance(item, dict) or not isinstance(item.get("seq"), int) or "case" not in item:
        return _errored("run: each case is an object with an integer `seq` and a `case`")
    try:
        return {"seq": item["seq"], "result": decide(item["case"])}
    except Exception as exc:  # an engine bug must not take the whole run down
        return {"seq": item["seq"], "errored": {"message": repr(exc)}}


def _parse(raw: bytes) -> tuple[Any, str | None]:
    """The message in raw, or why it is not one.

    orjson reads a message several times faster than the standard library, which counts when the
    protocol's cost is set against deciding in process. What orjson refuses (NaN, an integer beyond
    64 bits, a lone surrogate, UTF-16) is read as the standard library reads it, so that the case,
    not the whole message, is refused, with its JSON path.
    """
    try:
        return orjson.loads(raw), None
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(raw), None
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return None, f"not JSON: {exc}"


def _line(reply: dict[str, Any]) -> str:
    """A reply as one line of JSON (orjson, as _parse; the standard library for what orjson cannot write)."""
    try:
        return orjson.dumps(reply).decode() + "\n"
    except TypeError:  # orjson.JSONEncodeError
        return json.dumps(reply, ensure_ascii=False) + "\n"


def _lines(stdin: BinaryIO) -> Any:
    """Lines of at most MAX_LINE bytes; a longer one is skipped to its end and reported as None."""
    while True:
        line = stdin.readline(MAX_LINE + 1)
        if not line:
            return
        if len(line) > MAX_LINE and not line.endswith(b"\n"):
            while (rest := stdin.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def serve(stdin: BinaryIO, stdout: TextIO) -> None:
    for line in _lines(stdin):
        if line is None:
            replies, message = [_errored(f"a line longer than {MAX_LINE} bytes")], None
        elif not line.strip():
            continue
        else:
            message, problem = _parse(line)
            replies = [_errored(problem)] if problem else answer(message)
        stdout.write("".join(map(_line, replies)))
        stdout.flush()
        if isinstance(message, dict) and message.get("cmd") == "stop":
            return


class _Handler(BaseHTTPRequestHandler):
    server: PooledHTTPServer

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.socket_timeout)  # a half-sent request cannot hold a worker

    def do_POST(self) -> None:
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self._json(411, _errored("a Content-Length header with the body's size in bytes is required"))
            return
        if int(length) > MAX_BODY:
            self.close_connection = True  # the body is never read
            self._json(413, _errored(f"the body has {length} bytes; at most {MAX_BODY} are accepted"))
            return
        message, problem = _parse(self.rfile.read(int(length)))
        if problem is None and not isinstance(message, dict):
            problem = f"a message is a JSON object, not {type(message).__name__}"
        if problem:
            self._json(400, _errored(problem))
            return
        body = "".join(map(_line, answer(message))).encode()
        self._send(200, "application/x-ndjson", body)

    def do_GET(self) -> None:
        self._json(405, _errored("POST a protocol message as JSON"))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's errors (a malformed request line, an unknown method), as JSON."""
        self._json(code, _errored(f"{code} {message or self.responses.get(code, ('',))[0]}"))

    def _json(self, status: int, reply: dict[str, Any]) -> None:
        self.close_connection = True  # the rest of a bad request is never read
        self._send(status, "application/json", json.dumps(reply, ensure_ascii=False).encode())

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return None


class PooledHTTPServer(HTTPServer):
    """HTTPServer with a fixed pool of worker threads and a realistic listen backlog."""

    request_queue_size = BACKLOG
    daemon_threads = True

    def __init__(self, address: tuple[str, int], workers: int = WORKERS, socket_timeout: float = SOCKET_TIMEOUT) -> None:
        self.socket_timeout = socket_timeout
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="yibao-http")
        self._free = threading.BoundedSemaphore(workers)
        super().__init__(address, _Handler)  # binds, or closes (and so shuts the pool) and raises

    def process_request(self, request: Any, client_address: Any) -> None:
        self._free.acquire()  # all workers busy: stop accepting, and let the backlog queue the clients
        self._pool.submit(self._work, request, client_address)

    def _work(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            self._free.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        return None  # a client that hangs up or times out is not the server's problem to print

    def server_close(self) -> None:
        super().server_close()
        self._pool.shutdown(wait=False)


def parse_address(text: str) -> tuple[str, int]:
    """HOST:PORT, :PORT or PORT (loopback when no host is named); ValueError with the reason."""
    host, sep, port = text.rpartition(":")
    if not sep:
        host = ""
    host = host.strip("[]") or "127.0.0.1"
    if not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"{text!r}: expected PORT, :PORT or HOST:PORT with a port from 0 to 65535")
    return host, int(port)


def loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--http", metavar="[HOST:]PORT", help="serve over HTTP instead of stdin/stdout (host: 127.0.0.1)")
    parser.add_argument("--workers", type=int, default=WORKERS, help=f"HTTP worker threads ({WORKERS})")
    parser.add_argument("--socket-timeout", type=float, default=SOCKET_TIMEOUT, metavar="SECONDS",
                        help=f"how long a client may take to send its request ({SOCKET_TIMEOUT:g} s)")
    args = parser.parse_args()
    if not 0 < args.socket_timeout < math.inf:  # also refuses nan
        parser.error(f"--socket-timeout {args.socket_timeout}: expected a positive number of seconds")
    if not args.http:
        try:
            serve(sys.stdin.buffer, sys.stdout)
        except BrokenPipeError:  # the reader left (the harness ended, or `| head`): end quietly, as cat does
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(141)
        return
    try:
        host, port = parse_address(args.http)
    except ValueError as exc:
        parser.error(f"--http {exc}")
    if not loopback(host):
        print(f"warning: serving on {host}, reachable from other machines; the protocol has no authentication",
              file=sys.stderr, flush=True)
    try:
        server = PooledHTTPServer((host, port), max(1, args.workers), args.socket_timeout)
    except (OSError, socket.gaierror) as exc:
        parser.error(f"--http {args.http}: cannot listen there: {exc.strerror or exc}")
    print(f"serving on http://{host}:{server.server_port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.server_close()


if __name__ == "__main__":
    main()
