"""Load on the reference server: 50 parallel HTTP clients against one stdio client, same cases.

Each HTTP client POSTs `run` messages of --batch cases over its own connection; the stdio
contender sends the same messages, one after another, to one `python -m reference_impl.serve`.
Both are real subprocesses. Reported: errors (must be 0), p50/p99 latency per message, and cases
per second, with the ratio of the two. Both must return the same result for every case.

    python benchmarks/bench_serve.py [--clients 50] [--messages 20] [--batch 10]
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_decide import generate  # noqa: E402
from benchmarks.timing import machine  # noqa: E402

Outcome = tuple[list[float], list[list[Any]], int, float]  # latencies, first client's results, errors, seconds


def messages(count: int, batch: int, seed: int) -> list[bytes]:
    cases = generate(count * batch, seed)
    return [json.dumps({"cmd": "run", "cases": [{"seq": j, "id": f"c{j}", "case": c}
                                                for j, c in enumerate(cases[i * batch:(i + 1) * batch])]},
                       ensure_ascii=False).encode() for i in range(count)]


def http_client(host: str, port: int, bodies: list[bytes]) -> tuple[list[float], list[list[Any]], int]:
    """One client, one keep-alive connection (reopened after the server closes it); latency per message."""
    latencies, replies, errors = [], [], 0
    connection = http.client.HTTPConnection(host, port, timeout=60)
    for body in bodies:
        begin = time.perf_counter()
        try:
            connection.request("POST", "/", body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            data = response.read()
            if response.status != 200:
                errors += 1
                continue
            replies.append([json.loads(line)["result"] for line in data.splitlines()])
        except (OSError, http.client.HTTPException, ValueError, KeyError):
            errors += 1
            connection.close()
            connection = http.client.HTTPConnection(host, port, timeout=60)
            continue
        latencies.append(time.perf_counter() - begin)
    connection.close()
    return latencies, replies, errors


def over_http(clients: int, bodies: list[bytes]) -> Outcome:
    server = subprocess.Popen([sys.executable, "-m", "reference_impl.serve", "--http", "127.0.0.1:0"], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        host, port = server.stdout.readline().split("//")[1].rstrip("/\n").split(":")
        begin = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            done = list(pool.map(lambda _: http_client(host, int(port), bodies), range(clients)))
        seconds = time.perf_counter() - begin
    finally:
        server.terminate()
        server.wait(timeout=10)
    latencies = [x for lat, _, _ in done for x in lat]
    return latencies, done[0][1], sum(e for _, _, e in done), seconds


def over_stdio(bodies: list[bytes], rounds: int) -> Outcome:
    server = subprocess.Popen([sys.executable, "-m", "reference_impl.serve"], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE)
    assert server.stdin is not None and server.stdout is not None
    latencies, replies, errors = [], [], 0
    begin = time.perf_counter()
    for round_ in range(rounds):
        for body in bodies:
            sent = time.perf_counter()
            server.stdin.write(body + b"\n")
            server.stdin.flush()
            count = len(json.loads(body)["cases"])
            lines = [json.loads(server.stdout.readline()) for _ in range(count)]
            latencies.append(time.perf_counter() - sent)
            if any("result" not in line for line in lines):
                errors += 1
            elif round_ == 0:
                replies.append([line["result"] for line in lines])
    seconds = time.perf_counter() - begin
    server.stdin.write(b'{"cmd": "stop"}\n')
    server.stdin.close()
    server.wait(timeout=10)
    return latencies, replies, errors, seconds


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--messages", type=int, default=20, help="messages per client")
    parser.add_argument("--batch", type=int, default=10, help="cases per message")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    bodies = messages(args.messages, args.batch, args.seed)
    total = args.clients * args.messages * args.batch
    print(f"{machine()}; {args.clients} clients × {args.messages} messages × {args.batch} cases = {total} cases each way")
    rows = {}
    contenders: list[tuple[str, Callable[[], Outcome]]] = [
        (f"HTTP, {args.clients} parallel clients", lambda: over_http(args.clients, bodies)),
        ("stdio, one client", lambda: over_stdio(bodies, args.clients))]
    for name, run in contenders:
        latencies, replies, errors, seconds = run()
        rows[name] = (latencies, replies, errors, seconds)
        print(f"{name:28} errors {errors}   p50 {statistics.median(latencies) * 1000:7.1f} ms   "
              f"p99 {p99(latencies) * 1000:7.1f} ms   {total / seconds:8,.0f} cases/s")
    (http_rows, stdio_rows) = rows.values()
    if http_rows[1] != stdio_rows[1]:
        raise AssertionError("the HTTP and stdio servers gave different results for the same cases")
    print(f"throughput ratio, HTTP against stdio: {(total / http_rows[3]) / (total / stdio_rows[3]):.2f}x "
          f"(one engine process each; the HTTP server's threads share one interpreter)")
    if http_rows[2] or stdio_rows[2]:
        sys.exit(1)


if __name__ == "__main__":
    main()
