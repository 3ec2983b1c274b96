"""An implementation that misbehaves in one chosen way, for the harness's robustness tests.

    python tests/impls/misbehave.py MODE

It wraps the reference implementation and breaks the protocol as MODE says.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

from reference_impl import decide

MODE = sys.argv[1]
HELLO = {"implementation": {"name": f"misbehave-{MODE}", "version": "0"}, "protocol": 1, "regions": "all", "unsupported": []}
answered = 0


def say(message: object) -> None:
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def raw(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def with_values(seq: int, values: str) -> str:
    """A reply line whose result carries `values` as raw JSON text, so that it can be anything."""
    return '{"seq": ' + str(seq) + ', "result": {"outcome": "accepted", "reasons": [], "rules": [], "values": ' + values + "}}"


# Replies that break the protocol on every third case: mode → the line sent for a seq
BROKEN = {
    "reasons_5": lambda seq: json.dumps({"seq": seq, "result": {"outcome": "accepted", "reasons": 5, "rules": []}}),
    "allocation_1": lambda seq: json.dumps({"seq": seq, "result": {"outcome": "accepted", "reasons": [], "rules": [], "allocation": [1]}}),
    "deep_100000": lambda seq: with_values(seq, '{"x": ' + nested(100_000) + "}"),
    "deep_900": lambda seq: with_values(seq, '{"x": ' + nested(900) + "}"),
    "surrogate": lambda seq: '{"seq": ' + str(seq) + ', "errored": {"message": "bad \\ud800 text"}}',
    "surrogate_result": lambda seq: with_values(seq, '{"\\udfff": 1}'),
    "control": lambda seq: json.dumps({"seq": seq, "errored": {"message": "bell \u0007 escape \u001b[31m nul \u0000 end"}}),
    "control_result": lambda seq: json.dumps({"seq": seq, "result": {"outcome": "accepted", "reasons": [], "rules": [],
                                                                     "values": {"text": "\u0001\u001b[2J"}}}),
    "nan": lambda seq: with_values(seq, '{"x": NaN}'),
    "huge_number": lambda seq: with_values(seq, '{"x": 1e999}'),
    "many_digits": lambda seq: with_values(seq, '{"x": ' + "9" * 5000 + "}"),
}


def reply(item: dict) -> None:
    global answered
    answered += 1
    seq = item["seq"]
    if MODE in BROKEN and answered % 3 == 0:
        raw(BROKEN[MODE](seq))
        return
    if MODE == "huge" and answered % 3 == 0:  # a valid result too large to keep in the report
        result = decide(item["case"])
        result["values"] = {"blob": "x" * 900_000}
        say({"seq": seq, "result": result})
        return
    if MODE == "crash_midway" and answered == 4:
        os._exit(1)
    if MODE == "hang" and item["id"].endswith("-2"):
        if "HANG_MARK" in os.environ:  # tells a test that every reply before this case is sent
            open(os.environ["HANG_MARK"], "w").close()
        time.sleep(3600)
    if MODE == "garbage" and answered % 3 == 0:
        raw("this is not json")
        return
    if MODE == "wrong_seq" and answered % 3 == 0:
        say({"seq": seq + 1000, "result": decide(item["case"])})
        return
    if MODE == "half_line" and answered == 3:
        sys.stdout.write('{"seq": ' + str(seq) + ', "resu')
        sys.stdout.flush()
        os._exit(0)
    if MODE == "stderr":
        sys.stderr.write("warning: " + "x" * 10_000 + "\n")
    if MODE == "liar":  # a plausible but wrong answer for every case
        result = decide(item["case"])
        result["outcome"] = {"accepted": "rejected"}.get(result["outcome"], "accepted")
        say({"seq": seq, "result": result})
        return
    if MODE == "lenient":  # accepts invalid cases instead of answering 出错 with the path
        result = decide(item["case"])
        if result["outcome"] == "error":
            result = {"outcome": "accepted", "reasons": [], "rules": []}
        say({"seq": seq, "result": result})
        return
    if MODE == "region_error" and item["case"].get("region") == "440300":
        say({"seq": seq, "errored": {"message": "not implemented for Shenzhen", "context": item["id"]}})
        return
    say({"seq": seq, "result": decide(item["case"])})


def hello() -> None:
    if MODE == "hello_regions_5":
        say({**HELLO, "regions": 5})
    elif MODE == "region_error":
        say({**HELLO, "regions": ["440300", "110000"]})
    elif MODE == "supports_nothing":
        say({**HELLO, "regions": []})
    elif MODE == "capabilities":  # protocol 2: declares only settle, in Beijing and Shenzhen
        say({"implementation": HELLO["implementation"], "protocol": 2,
             "capabilities": {"actions": ["settle"], "regions": ["110000", "440300"]}})
    else:
        say(HELLO)


if MODE == "stderr_flood":  # a gigabyte-class stream on standard error before anything else
    chunk = b"e" * (1 << 20)
    for _ in range(int(os.environ.get("FLOOD_MB", "512"))):
        sys.stderr.buffer.write(chunk)
    sys.stderr.buffer.write(b"\nlast words\n")
    sys.stderr.flush()
if MODE == "grandchild":  # starts a process that would outlive the run if only the direct child were ended
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    with open(os.environ["GRANDCHILD_PID_FILE"], "w") as out:
        out.write(str(sleeper.pid))

for line in sys.stdin:
    message = json.loads(line)
    if message["cmd"] == "start":
        if MODE == "crash_on_start":
            sys.exit(3)
        hello()
    elif message["cmd"] == "run":
        if MODE == "exit_early":
            sys.exit(0)
        if MODE == "flood":
            while True:
                sys.stdout.write("junk " * 100 + "\n")
        for item in message["cases"]:
            reply(item)
    elif message["cmd"] == "stop":
        if MODE == "grandchild":
            os._exit(0)  # leaves the sleeper behind
        say({"ok": True})
        break
