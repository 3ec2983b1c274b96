"""The suite works from an installed wheel, not only from a checkout: features, spec and schemas ship inside."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=900)


def test_wheel_in_a_fresh_virtual_environment(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(ROOT), cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    wheel = next(dist.glob("yibao-*.whl"))
    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", str(venv), cwd=tmp_path).returncode == 0
    python = venv / "bin" / "python"
    installed = run(str(python), "-m", "pip", "install", "--quiet", str(wheel), cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    elsewhere = tmp_path / "elsewhere"  # no checkout in sight
    elsewhere.mkdir()
    suite = run(str(python), "-m", "pytest", "--pyargs", "yibao.conformance.suite", "-q", "-p", "no:cacheprovider", cwd=elsewhere)
    assert suite.returncode == 0, suite.stdout[-3000:] + suite.stderr[-3000:]
    assert " passed" in suite.stdout
    conform = run(str(venv / "bin" / "yibao"), "conform", "--report", "out", cwd=elsewhere)
    assert conform.returncode == 0, conform.stderr
    summary = json.loads((elsewhere / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["footer"]["passed"] == summary["footer"]["total"] >= 150
    validate = run(str(venv / "bin" / "yibao"), "validate", cwd=elsewhere)
    assert validate.returncode == 0, validate.stdout + validate.stderr
