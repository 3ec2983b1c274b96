"""The pre-commit hook validates the spec of another repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
       "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid", "PRE_COMMIT_HOME": ""}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=900, env=ENV)


def test_hook_in_a_scratch_repository(tmp_path: Path) -> None:
    ENV["PRE_COMMIT_HOME"] = str(tmp_path / "cache")
    scratch = tmp_path / "scratch"
    shutil.copytree(ROOT / "spec", scratch / "spec")
    run("git", "init", "-q", cwd=scratch)
    run("git", "add", "-A", cwd=scratch)
    run("git", "commit", "-qm", "spec", cwd=scratch)
    hook = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "yibao-validate", "--all-files"]
    clean = run(*hook, cwd=scratch)
    assert clean.returncode == 0, clean.stdout[-3000:] + clean.stderr[-3000:]
    (scratch / "spec" / "national" / "wallet.yaml").write_text("scope: [\n", encoding="utf-8")
    run("git", "add", "-A", cwd=scratch)
    broken = run(*hook, cwd=scratch)
    assert broken.returncode == 1
    assert "spec/national/wallet.yaml:2:1: YAML syntax error" in broken.stdout
