"""The reference implementation speaks the harness protocol as a real subprocess."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from reference_impl import decide
from tests.cases import case, person, settle

ROOT = Path(__file__).resolve().parent.parent


def protocol_validator(name: str, part: str) -> Draft202012Validator:
    resources = []
    for path in (ROOT / "schemas").rglob("*.schema.json"):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["$id"], Resource.from_contents(contents)))
    registry = Registry().with_resources(resources)
    uri = f"https://yibao.invalid/schemas/protocol/{name}.schema.json#/$defs/{part}"
    return Draft202012Validator({"$ref": uri}, registry=registry)


def exchange(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    run = subprocess.run([sys.executable, "-m", "reference_impl.serve"], cwd=ROOT, text=True, capture_output=True, timeout=120,
                         input="".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages))
    assert run.returncode == 0, run.stderr
    return [json.loads(line) for line in run.stdout.splitlines()]


def test_start_run_stop_over_stdin_and_stdout() -> None:
    cases = [
        case("2025-03-01", "420100", [person("A", "420100", personal=5000)], settle("A", 1000)),
        case("2025-03-01", "420100", [person("A", "420100", personal=5000)], settle("A", 1000, category="fitness")),
        {"as_of": "nonsense"},
    ]
    start = {"cmd": "start", "protocol": 1, "suite": "0.1.0"}
    run = {"cmd": "run", "cases": [{"seq": i, "id": f"s{i}", "case": c} for i, c in enumerate(cases)]}
    replies = exchange([start, run, {"cmd": "stop"}])
    protocol_validator("start", "request").validate(start)
    protocol_validator("start", "response").validate(replies[0])
    protocol_validator("run", "request").validate({**run, "cases": run["cases"][:2]})
    for reply in replies[1:4]:
        protocol_validator("run", "response").validate(reply)
    protocol_validator("stop", "response").validate(replies[4])
    assert [r["seq"] for r in replies[1:4]] == [0, 1, 2]
    assert [r["result"] for r in replies[1:4]] == [decide(c) for c in cases]
    assert replies[3]["result"]["outcome"] == "error"


# --- hardening: the stdio server and the HTTP server face untrusted input ------------------------

def test_stdio_server_answers_a_malformed_line_and_goes_on() -> None:
    start = json.dumps({"cmd": "start", "protocol": 1, "suite": "0.1.0"})
    run = subprocess.run([sys.executable, "-m", "reference_impl.serve"], cwd=ROOT, capture_output=True, timeout=120,
                         input=f"{start}\n{{not json\n[1,2]\n\xff\n{json.dumps({'cmd': 'stop'})}\n".encode("latin-1"))
    replies = [json.loads(line) for line in run.stdout.decode().splitlines()]
    assert run.returncode == 0, run.stderr
    assert "implementation" in replies[0]
    assert [set(r) for r in replies[1:4]] == [{"errored"}] * 3
    assert replies[4] == {"ok": True}



def test_stdio_server_ends_quietly_when_its_reader_leaves() -> None:
    """`python -m reference_impl.serve < cases | head`: no traceback, the exit status of a closed pipe."""
    start = json.dumps({"cmd": "start", "protocol": 1, "suite": "0.1.0"})
    one = case("2025-03-01", "420100", [person("A", "420100", personal=5000)], settle("A", 1000))
    run = json.dumps({"cmd": "run", "cases": [{"seq": n, "case": one} for n in range(2000)]})  # answers far beyond a pipe's buffer
    server = subprocess.Popen([sys.executable, "-m", "reference_impl.serve"], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert server.stdin is not None and server.stdout is not None and server.stderr is not None
    server.stdin.write(f"{start}\n{run}\n".encode())
    server.stdin.close()
    assert "implementation" in json.loads(server.stdout.readline())
    server.stdout.close()  # the reader leaves while the answers are being written
    assert server.wait(timeout=120) == 141
    assert server.stderr.read() == b""

@contextmanager
def http_server(*args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    server = subprocess.Popen([sys.executable, "-m", "reference_impl.serve", "--http", *args], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        assert line.startswith("serving on "), server.stderr.read() if server.stderr else line
        yield server, line.split()[-1]
    finally:
        server.terminate()
        server.wait(timeout=10)


def post(url: str, body: bytes, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    request = urllib.request.Request(url, data=body, method="POST", headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_http_bad_requests_get_json_4xx_answers() -> None:
    with http_server("127.0.0.1:0") as (_, url):
        assert post(url, b"[1,2]") == (400, {"errored": {"message": "a message is a JSON object, not list"}})
        status, reply = post(url, b"{not json")
        assert status == 400 and reply["errored"]["message"].startswith("not JSON")
        status, reply = post(url, b"\xff\xfe")
        assert status == 400
        status, reply = post(url, json.dumps({"cmd": "run", "cases": 5}).encode())
        assert status == 200 and json.loads(reply) == {"errored": {"message": "run: `cases` must be a list"}}
        with pytest.raises(urllib.error.HTTPError) as got:
            urllib.request.urlopen(url, timeout=30)
        assert got.value.code == 405 and "errored" in json.loads(got.value.read())


def test_http_body_over_the_limit_is_refused_unread() -> None:
    with http_server("127.0.0.1:0") as (_, url):
        host, port = url.split("//")[1].rstrip("/").split(":")
        with socket.create_connection((host, int(port)), timeout=30) as raw:
            raw.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n\r\n")  # 1 GB announced, none sent
            received = b""
            while chunk := raw.recv(65536):  # the server answers and closes: the body is never read
                received += chunk
            answer = received.decode()
        assert answer.startswith("HTTP/1.0 413") or answer.startswith("HTTP/1.1 413")
        assert json.loads(answer.split("\r\n\r\n", 1)[1])["errored"]["message"].startswith("the body has 1073741824 bytes")
        status, _ = post(url, json.dumps({"cmd": "stop"}).encode())  # and the server still serves
        assert status == 200


def test_http_half_sent_body_times_out_and_frees_the_worker() -> None:
    with http_server("127.0.0.1:0", "--workers", "1", "--socket-timeout", "1.5") as (_, url):
        host, port = url.split("//")[1].rstrip("/").split(":")
        with socket.create_connection((host, int(port)), timeout=60) as raw:
            raw.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")  # and then nothing
            begin = time.monotonic()
            assert raw.recv(100) == b""  # the server hangs up after its socket timeout, and not before
            assert 1.4 < time.monotonic() - begin < 15
        assert post(url, json.dumps({"cmd": "stop"}).encode())[0] == 200  # the only worker is free again


@pytest.mark.parametrize("seconds", ["0", "-1", "nan", "inf", "soon"])
def test_http_socket_timeout_must_be_a_positive_number_of_seconds(seconds: str) -> None:
    run = subprocess.run([sys.executable, "-m", "reference_impl.serve", "--http", "0", "--socket-timeout", seconds],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "--socket-timeout" in run.stderr and "Traceback" not in run.stderr


def test_http_fifty_parallel_clients_all_answered() -> None:
    start = json.dumps({"cmd": "start", "protocol": 1, "suite": "0.1.0"}).encode()
    with http_server("127.0.0.1:0") as (_, url), ThreadPoolExecutor(50) as pool:
        statuses = list(pool.map(lambda _: post(url, start)[0], range(200)))
    assert statuses == [200] * 200


@pytest.mark.parametrize(("arg", "shown"), [("0", "127.0.0.1"), (":0", "127.0.0.1"), ("localhost:0", "localhost")])
def test_http_address_without_a_host_is_loopback(arg: str, shown: str) -> None:
    with http_server(arg) as (server, url):
        assert url.startswith(f"http://{shown}:")
    assert server.stderr is not None and "warning" not in server.stderr.read()


def test_http_binding_elsewhere_warns() -> None:
    with http_server("0.0.0.0:0") as (server, _):
        server.terminate()
        server.wait(timeout=10)
        assert server.stderr is not None and "warning: serving on 0.0.0.0" in server.stderr.read()


@pytest.mark.parametrize("arg", ["8080x", "host:", "127.0.0.1:70000", "no.such.host.invalid:0"])
def test_http_bad_address_is_one_line_not_a_traceback(arg: str) -> None:
    run = subprocess.run([sys.executable, "-m", "reference_impl.serve", "--http", arg], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr and "--http" in run.stderr.splitlines()[-1]


def test_stdio_server_refuses_a_bad_case_on_its_own_with_its_path() -> None:
    """What the fast JSON reader refuses (an integer beyond 64 bits, NaN, a lone surrogate) is read as the
    standard library reads it: the one case is an error with its path, and its neighbours are decided."""
    good = case("2025-03-01", "420100", [person("A", "420100", personal=5000)], settle("A", 1000))
    text = json.dumps({"cmd": "run", "cases": [{"seq": i, "id": f"s{i}", "case": good} for i in range(4)]}, ensure_ascii=False)
    text = (text.replace('"amount_fen": 1000', '"amount_fen": 123456789012345678901', 1)
            .replace('"personal": 5000', '"personal": NaN', 2).replace('"personal": NaN', '"personal": 5000', 1)
            .replace('"holder": "A"', '"holder": "\\ud800"', 3).replace('"holder": "\\ud800"', '"holder": "A"', 2))
    start, stop = json.dumps({"cmd": "start", "protocol": 1, "suite": "0.1.0"}), json.dumps({"cmd": "stop"})
    run = subprocess.run([sys.executable, "-m", "reference_impl.serve"], cwd=ROOT, capture_output=True, timeout=120,
                         input=f"{start}\n{text}\n{stop}\n".encode())
    assert run.returncode == 0, run.stderr
    results = {r["seq"]: r["result"] for r in map(json.loads, run.stdout.decode().splitlines()[1:5])}
    assert {seq: (r["outcome"], r.get("error", {}).get("path")) for seq, r in results.items()} == {
        0: ("error", "$.action.amount_fen"), 1: ("error", "$.persons[0].accounts.personal"),
        2: ("error", "$.action.credential.holder"), 3: ("accepted", None)}
