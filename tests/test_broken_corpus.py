"""Every file in tests/broken/ must fail validation with its precise FILE:LINE:COL message.

Each case is a folder of files laid over a copy of the real spec/: a file replaces or adds the
file at the same path, and a `NAME.append` file is appended to NAME. `expected.txt` lists lines
that `yibao validate` must print, word for word; in an appended file's lines, `{base+N}` stands
for the line N lines below the end of the file it was appended to.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "broken"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
YIBAO = [sys.executable, "-m", "yibao.cli"]


def build_case(case: str, workdir: Path) -> dict[str, int]:
    """Lay the case over a copy of spec/ in workdir; return the original length of appended files."""
    bases: dict[str, int] = {}
    spec = workdir / "spec"
    shutil.copytree(ROOT / "spec", spec)
    for path in sorted((CORPUS / case).rglob("*")):
        relative = path.relative_to(CORPUS / case)
        if path.is_dir() or relative.name in ("expected.txt", "GENERATED"):
            continue
        if relative.suffix == ".append":
            target = spec / relative.with_suffix("")
            original = target.read_bytes()
            bases["base"] = original.count(b"\n")
            target.write_bytes(original + path.read_bytes())
        else:
            (spec / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, spec / relative)
    if case == "five_mb_file":
        big = spec / "regions" / "999001-x.yaml"
        big.write_text("# yaml-language-server: $schema=../../schemas/rules.schema.json\n" + "#" * 5_000_000 + "\n")
    return bases


def expand(line: str, bases: dict[str, int]) -> str:
    return re.sub(r"\{base\+(\d+)\}", lambda m: str(bases["base"] + int(m.group(1))), line)


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES)
def test_broken_file_gives_its_precise_error(case: str, tmp_path: Path) -> None:
    bases = build_case(case, tmp_path)
    run = subprocess.run([*YIBAO, "validate", "spec"], cwd=tmp_path, capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    printed = run.stdout.splitlines()
    expected = [expand(line, bases) for line in (CORPUS / case / "expected.txt").read_text(encoding="utf-8").splitlines()]
    assert expected, f"{case}: expected.txt is empty"
    for line in expected:
        assert line in printed, f"{case}: missing line\n  {line}\nprinted:\n" + "\n".join(printed)
