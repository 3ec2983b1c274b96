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
