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


# Files of long tests, collected first: after the xdist groups, a worker takes the next tests in collection order,
# and a long test taken last keeps one worker busy while the other has nothing left to take.
LONG_FIRST = ("test_trust_planted.py", "test_wheel.py", "test_serve.py")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.path.name not in LONG_FIRST)  # stable: each file's order is kept
    # Under `--dist loadgroup`, xdist sends a test to its group's worker by the `@group` it appends to the test's
    # id, but it writes a field that pytest 9.2 no longer reads, so every group was split across the workers and
    # its module fixtures made on each (pytest-dev/pytest-xdist#1386). Append it where pytest keeps it.
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        groups = sorted({str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
                         for mark in item.iter_markers("xdist_group")})
        if groups and "@" not in item.nodeid and hasattr(item, "_id"):
            item._id = type(item._id).parse(f"{item.nodeid}@{'_'.join(groups)}")


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
