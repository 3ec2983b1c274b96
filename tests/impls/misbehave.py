"""An implementation that misbehaves in one chosen way, for the harness's robustness tests.

    python tests/impls/misbehave.py MODE

It wraps the reference implementation and breaks the protocol as MODE says.
"""

from __future__ import annotations

import json
import os
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


def reply(item: dict) -> None:
    global answered
    answered += 1
    seq = item["seq"]
    if MODE == "crash_midway" and answered == 4:
        os._exit(1)
    if MODE == "hang" and item["id"].endswith("-2"):
        time.sleep(3600)
    if MODE == "garbage" and answered % 3 == 0:
        sys.stdout.write("this is not json\n")
        sys.stdout.flush()
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
    if MODE == "region_error" and item["case"].get("region") == "440300":
        say({"seq": seq, "errored": {"message": "not implemented for Shenzhen", "context": item["id"]}})
        return
    say({"seq": seq, "result": decide(item["case"])})


for line in sys.stdin:
    message = json.loads(line)
    if message["cmd"] == "start":
        if MODE == "crash_on_start":
            sys.exit(3)
        say(HELLO if MODE != "region_error" else {**HELLO, "regions": ["440300", "110000"]})
    elif message["cmd"] == "run":
        if MODE == "exit_early":
            sys.exit(0)
        if MODE == "flood":
            while True:
                sys.stdout.write("junk " * 100 + "\n")
        for item in message["cases"]:
            reply(item)
    elif message["cmd"] == "stop":
        say({"ok": True})
        break
