"""The reference implementation as an external implementation: the harness protocol over stdin/stdout,
or over HTTP (each message POSTed as JSON; the answer is JSON lines).

    python -m reference_impl.serve
    python -m reference_impl.serve --http 127.0.0.1:8765

Reads one JSON message per line and answers per docs/protocol.md: `start` gets the implementation's
name, version and what it supports; each case of a `run` gets one line with its `seq`; `stop` ends.
"""

from __future__ import annotations

import argparse
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        try:
            message = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        except ValueError:
            self.send_error(400, "the body is not JSON")
            return
        body = "".join(json.dumps(reply, ensure_ascii=False) + "\n" for reply in answer(message)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--http", metavar="HOST:PORT", help="serve over HTTP instead of stdin/stdout")
    args = parser.parse_args()
    if not args.http:
        serve(sys.stdin, sys.stdout)
        return
    host, port = args.http.rsplit(":", 1)
    server = ThreadingHTTPServer((host, int(port)), _Handler)
    print(f"serving on http://{host}:{server.server_port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
