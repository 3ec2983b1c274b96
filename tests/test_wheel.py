"""The suite works from an installed wheel, not only from a checkout: features, spec and schemas ship inside.

The wheel goes into a fresh virtual environment without its dependencies; those are taken from the
environment running the tests (a .pth line, read after the new environment's own site-packages, so the
wheel's yibao wins), and `pip check` proves that they satisfy what the wheel declares. No package
index is needed, and nothing is installed twice: not even pip, whose copy here installs and checks there.
"""

from __future__ import annotations

import json
import site
import subprocess
import sys
from pathlib import Path


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=900)


def test_wheel_in_a_fresh_virtual_environment(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", "--without-pip", str(venv), cwd=tmp_path).returncode == 0
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python)]  # saves installing pip there (seconds of ensurepip)
    installed = run(*pip, "install", "--quiet", "--no-deps", "--no-index", str(wheel), cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    purelib = run(str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path).stdout.strip()
    (Path(purelib) / "zz_test_dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    checked = run(*pip, "check", cwd=tmp_path)
    assert checked.returncode == 0 or "yibao" not in checked.stdout, checked.stdout
    elsewhere = tmp_path / "elsewhere"  # no checkout in sight
    elsewhere.mkdir()
    where = run(str(python), "-c", "import yibao, yibao.paths; print(yibao.__file__); print(yibao.paths.spec_dir())", cwd=elsewhere)
    assert all(line.startswith(purelib) for line in where.stdout.split()), where.stdout + where.stderr
    suite = run(str(python), "-m", "pytest", "--pyargs", "yibao.conformance.suite", "-q", "-p", "no:cacheprovider", cwd=elsewhere)
    assert suite.returncode == 0, suite.stdout[-3000:] + suite.stderr[-3000:]
    assert " passed" in suite.stdout
    conform = run(str(venv / "bin" / "yibao"), "conform", "--report", "out", cwd=elsewhere)
    assert conform.returncode == 0, conform.stderr
    summary = json.loads((elsewhere / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["footer"]["passed"] == summary["footer"]["total"] >= 150
    validate = run(str(venv / "bin" / "yibao"), "validate", cwd=elsewhere)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    coverage = run(str(venv / "bin" / "yibao"), "coverage", "--format", "json", cwd=elsewhere)
    assert coverage.returncode == 0 and json.loads(coverage.stdout)["regions"], coverage.stderr
