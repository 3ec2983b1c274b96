from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def yibao_command() -> list[str]:
    """The installed `yibao` console script, as users run it (falls back to the module in a bare checkout)."""
    script = Path(sys.executable).parent / "yibao"
    return [str(script)] if script.exists() else [sys.executable, "-m", "yibao.cli"]


@pytest.fixture
def yibao() -> object:
    def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*yibao_command(), *args], cwd=cwd, capture_output=True, text=True, timeout=300)

    return run


@pytest.fixture(scope="session")
def spec():  # type: ignore[no-untyped-def]
    from yibao.spec.read import read_spec

    result = read_spec(ROOT / "spec", ROOT / "schemas")
    assert not result.problems, result.problems[:5]
    return result.spec


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built once per test run and shared by every test that installs it."""
    dist = tmp_path_factory.mktemp("dist")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(ROOT)],
                           capture_output=True, text=True, timeout=900)
    assert built.returncode == 0, built.stderr
    return next(dist.glob("yibao-*.whl"))
