"""`yibao diff`: a reviewer-ready Markdown of what a change means; non-zero when NEW does not validate."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.conftest import yibao_command

ROOT = Path(__file__).resolve().parent.parent


def copy_side(tmp_path: Path, name: str) -> Path:
    side = tmp_path / name
    for folder in ("spec", "schemas", "features"):
        shutil.copytree(ROOT / folder, side / folder)
    return side


def diff(old: str | Path, new: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*yibao_command(), "diff", str(old), str(new)], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_a_moved_date_shows_the_value_and_the_scenarios_that_change(tmp_path: Path) -> None:
    new = copy_side(tmp_path, "new")
    shenzhen = new / "spec" / "regions" / "440300-shenzhen.yaml"
    text = shenzhen.read_text(encoding="utf-8")
    text = text.replace('effective_to: "2024-10-31"', 'effective_to: "2024-11-30"', 1)
    text = text.replace('version: 440300-2024-11\n        effective_from: "2024-11-01"',
                        'version: 440300-2024-11\n        effective_from: "2024-12-01"', 1)
    shenzhen.write_text(text, encoding="utf-8")
    run = diff(ROOT, new)
    assert run.returncode == 0, run.stderr
    assert "`family_aid.scope@440300-2024-11` (440300, spec/regions/440300-shenzhen.yaml:" in run.stdout
    assert "effective_from: `2024-11-01` → `2024-12-01`" in run.stdout
    assert "`scope-shenzhen-2024-11-2`" in run.stdout
    assert "accepted ['relationship_in_scope'] → rejected ['relationship_not_in_scope']" in run.stdout


def test_added_source_and_changed_verdict(tmp_path: Path) -> None:
    new = copy_side(tmp_path, "new")
    with (new / "spec" / "sources.yaml").open("a", encoding="utf-8") as handle:
        handle.write("  - id: test_new_source\n    title: A newly read page\n    issuer: test\n"
                     "    kind: official\n    tier: T1\n")
    ledger = new / "spec" / "claims" / "002_7566d80554cea844.yaml"
    text = ledger.read_text(encoding="utf-8").replace("verdict: unsupported", "verdict: refines", 1)
    ledger.write_text(text, encoding="utf-8")
    run = diff(ROOT, new)
    assert "**新增 · added** `test_new_source` A newly read page [T1]" in run.stdout
    assert "结论 · verdict: unsupported → refines" in run.stdout


def test_no_change_between_a_revision_and_itself() -> None:
    run = diff("HEAD", "HEAD")
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("无变化 · no change") == 4


def test_an_invalid_new_side_fails_the_gate(tmp_path: Path) -> None:
    new = copy_side(tmp_path, "new")
    (new / "spec" / "national" / "wallet.yaml").write_text("scope: [\n", encoding="utf-8")
    run = diff(ROOT, new)
    assert run.returncode == 1
    assert "wallet.yaml:2:1: YAML syntax error" in run.stderr


def test_an_unknown_revision_is_a_usage_error() -> None:
    run = diff("no-such-revision-xyz", "HEAD")
    assert run.returncode == 2 and "Traceback" not in run.stderr


def test_an_option_like_revision_never_reaches_git_as_an_option(tmp_path: Path) -> None:
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me", encoding="utf-8")
    for old, new in ((f"--output={victim}", "HEAD"), ("HEAD", f"--output={victim}")):
        run = subprocess.run([*yibao_command(), "diff", "--", old, new], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert run.returncode == 2 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr, run.stderr
        assert victim.read_text(encoding="utf-8") == "keep me"


def test_a_revision_is_resolved_before_use(tmp_path: Path) -> None:
    from yibao.review.diff import resolve_revision

    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    assert resolve_revision("HEAD") == head
