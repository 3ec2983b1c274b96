"""The harness sends the next batch before it reads the answers to the last (docs/protocol.md, run)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, yibao_command

WANTS_AHEAD = f"{sys.executable} {ROOT / 'tests' / 'impls' / 'wants_ahead.py'}"


def test_every_batch_but_the_last_finds_the_next_one_sent_ahead(tmp_path: Path) -> None:
    run = subprocess.run([*yibao_command(), "conform", "--impl", WANTS_AHEAD, "--batch-size", "7", "--region", "440300",
                          "--report", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    results = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))["results"]
    alone = [r for r in results if "no batch was sent ahead" in " ".join(r["messages"])]
    last = len(results) % 7 or 7
    assert run.returncode == 1 and len(results) > 3 * 7
    assert len(alone) == last, "only the last batch has no batch after it"
    assert all(r["state"] == "passed" for r in results if r not in alone)
