"""The JavaScript example implementation: its report shows exactly its honest partial compliance."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from tests.conftest import yibao_command

ROOT = Path(__file__).resolve().parent.parent


def test_node_example_passes_what_it_implements_and_skips_the_rest(tmp_path: Path) -> None:
    node = shutil.which("node")
    assert node, "Node.js is needed for the third-party example"
    run = subprocess.run([*yibao_command(), "conform", "--impl", f"{node} examples/node/impl.js", "--report", str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    footer = summary["footer"]
    assert summary["header"]["implementation"] == {"name": "node-example", "version": "0.1.0", "language": "javascript"}
    assert footer["failed"] == footer["errored"] == footer["timed_out"] == 0
    assert footer["passed"] >= 25 and footer["skipped"] >= 100
    assert footer["passed"] + footer["skipped"] == footer["total"]
    for result in summary["results"]:
        if result["state"] == "passed":
            assert result["regions"] == ["420100"], result["id"]
        else:
            reason = result["messages"][0]
            assert "not supported by the implementation" in reason or reason.startswith("not implemented"), reason
    assert run.returncode == 0
