"""The pre-commit hook, as .pre-commit-hooks.yaml defines it, validates the spec of another repository.

Offline and with nothing to install: the hook's definition (entry, files, pass_filenames) is run by real
pre-commit as a local `system` hook, with the `yibao` of the environment running the tests first on PATH.
That the package installs and runs from its wheel is what test_wheel.py proves.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=300, env=env)


def test_hook_in_a_scratch_repository(tmp_path: Path) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.invalid", "PRE_COMMIT_HOME": str(tmp_path / "cache"),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    scratch = tmp_path / "scratch"
    shutil.copytree(ROOT / "spec", scratch / "spec")
    local = {**hook, "language": "system"}
    (scratch / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}),
                                                    encoding="utf-8")
    run("git", "init", "-q", cwd=scratch, env=env)
    run("git", "add", "-A", cwd=scratch, env=env)
    run("git", "commit", "-qm", "spec", cwd=scratch, env=env)
    hook_run = [sys.executable, "-m", "pre_commit", "run", hook["id"], "--all-files"]
    clean = run(*hook_run, cwd=scratch, env=env)
    assert clean.returncode == 0, clean.stdout[-3000:] + clean.stderr[-3000:]
    assert "Passed" in clean.stdout
    (scratch / "spec" / "national" / "wallet.yaml").write_text("scope: [\n", encoding="utf-8")
    run("git", "add", "-A", cwd=scratch, env=env)
    broken = run(*hook_run, cwd=scratch, env=env)
    assert broken.returncode == 1
    assert "spec/national/wallet.yaml:2:1: YAML syntax error" in broken.stdout
