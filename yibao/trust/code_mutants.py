"""Code mutants of reference_impl/, made and run by mutmut, judged by the features (tests/test_trust_features.py).

mutmut (3.x) rather than cosmic-ray: it installs from PyPI with no service or database to set up,
is configured in pyproject.toml ([tool.mutmut]), mutates a copy in mutants/ so the working tree is
never edited in place, and runs only the tests that reach each mutated function.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

from .mutate import Score, Verdict

KILLED = {1, 3, 36, 37, 24, -24, 152, 255, -9, -11}  # a test failed, a type check caught it, or it hung or crashed
SURVIVED = {0, 5, 33}  # all tests passed, or no test reaches the code


def run_mutmut(root: Path, children: int) -> int:
    """Run mutmut in a checkout (it needs the sources and pyproject.toml); its own output is discarded."""
    return subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", str(children)], cwd=root,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False).returncode


def read_results(root: Path, seconds: float) -> Score:
    """The verdict of every mutant mutmut recorded in mutants/**/*.meta."""
    verdicts: list[Verdict] = []
    for meta in sorted((root / "mutants").rglob("*.py.meta")):
        source = meta.relative_to(root / "mutants").as_posix().removesuffix(".meta")
        codes = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
        for name, code in sorted(codes.items()):
            if code is None or (code not in KILLED and code not in SURVIVED):
                continue  # not run (yet), or a state mutmut cannot judge
            function = name.rsplit(".", 1)[-1].removeprefix("x_").split("__mutmut_")[0]
            verdicts.append(Verdict(name, f"{source}, function {function}", f"see `mutmut show {name}`",
                                    "a feature scenario" if code in KILLED else None))
    killed = sum(v.killed_by is not None for v in verdicts)
    return Score("code", len(verdicts), killed, 0, seconds, [v for v in verdicts if v.killed_by is None], tool="mutmut")


def run_code_mutants(root: Path, children: int = 2) -> tuple[Score | None, str | None]:
    if not (root / "pyproject.toml").is_file() or not (root / "reference_impl").is_dir():
        return None, "code mutants need a source checkout (pyproject.toml and reference_impl/ in the current folder)"
    if importlib.util.find_spec("mutmut") is None:
        return None, "code mutants need mutmut: pip install 'yibao[mutate]'"
    began = time.monotonic()
    run_mutmut(root, children)
    return read_results(root, time.monotonic() - began), None
