"""`yibao diff OLD NEW`: what a change to the spec means, as Markdown for a pull request.

OLD and NEW are git revisions or directories that hold spec/ (and schemas/, features/). The diff
lists rules, versions, values and sources that changed, and the scenarios whose expected outcome
changes, found by running the reference implementation against both sides.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yibao import paths
from yibao.conformance.features import load_suite
from yibao.spec.lint import lint
from yibao.spec.model import Spec, Version
from yibao.spec.problems import Problem
from yibao.spec.read import read_spec


@dataclass
class Side:
    label: str
    spec: Spec
    root: Path
    problems: list[Problem] = field(default_factory=list)


def resolve_revision(revision: str) -> str:
    """The commit a revision names. The revision is passed after --end-of-options, so text such as
    `--output=FILE` is looked up as a name, never read by git as an option."""
    found = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"],
                           capture_output=True, text=True, check=False)
    if found.returncode != 0:
        raise ValueError(f"{revision!r} is neither a directory nor a git revision")
    return found.stdout.strip()


def checkout(revision: str, into: Path) -> Path:
    """A directory holding spec/, schemas/ and features/ as they are at revision (or revision itself, if a folder)."""
    if Path(revision).is_dir():
        return Path(revision)
    commit = resolve_revision(revision)
    archive = subprocess.run(["git", "archive", "--format=tar", commit, "--", "spec", "schemas", "features"],
                             capture_output=True, check=False)
    if archive.returncode != 0:
        raise ValueError(f"{revision!r}: git archive failed: {archive.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def load_side(revision: str, into: Path) -> Side:
    root = checkout(revision, into)
    spec_dir = root / "spec" if (root / "spec").is_dir() else root
    schemas_dir = spec_dir.parent / "schemas"
    if not schemas_dir.is_dir():  # a bare spec folder: use the schemas this toolkit ships
        schemas_dir = paths.schemas_dir()
    read = read_spec(spec_dir, schemas_dir)
    problems = read.problems if read.foundations_broken else read.problems + lint(read.spec)
    return Side(revision, read.spec, spec_dir.parent, sorted(problems))


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict) and value:
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(_flatten(item, f"{prefix}{key}."))
        return out
    return {prefix.rstrip("."): value}


def _short(path: str) -> str:
    """spec/… or features/… whatever folder the side was read from."""
    for marker in ("spec/", "features/"):
        if marker in path:
            return path[path.rfind(marker):]
    return path


def _fmt(value: Any) -> str:
    return "—" if value is None else f"`{value}`"


def _version_line(v: Version, spec: Spec) -> str:
    period = f"{v.effective_from} → {v.effective_to or '…'}"
    sources = ", ".join(f"{c.source} ({c.tier})" for c in v.citations)
    return f"`{v.ref}` · {v.scope} · {period} · {v.status} · {sources}"


def rule_changes(old: Spec, new: Spec) -> list[str]:
    lines: list[str] = []
    for rule_id in sorted(set(new.rules) - set(old.rules)):
        lines.append(f"- **新增规则 · rule added** `{rule_id}` — {new.rules[rule_id].title.zh} / {new.rules[rule_id].title.en}")
    for rule_id in sorted(set(old.rules) - set(new.rules)):
        lines.append(f"- **删除规则 · rule removed** `{rule_id}`")
    before = {v.ref: v for v in old.all_versions()}
    after = {v.ref: v for v in new.all_versions()}
    for ref in sorted(set(after) - set(before)):
        lines.append(f"- **新增版本 · version added** {_version_line(after[ref], new)}")
    for ref in sorted(set(before) - set(after)):
        lines.append(f"- **删除版本 · version removed** {_version_line(before[ref], old)}")
    for ref in sorted(set(before) & set(after)):
        lines += _version_changes(before[ref], after[ref])
    return lines


def _version_changes(a: Version, b: Version) -> list[str]:
    changes = []
    for name in ("effective_from", "effective_to", "from_certainty", "to_certainty", "status", "scope"):
        if getattr(a, name) != getattr(b, name):
            changes.append(f"  - {name}: {_fmt(getattr(a, name))} → {_fmt(getattr(b, name))}")
    pa, pb = _flatten(a.params), _flatten(b.params)
    for path in sorted(set(pa) | set(pb)):
        if pa.get(path) != pb.get(path):
            changes.append(f"  - `{path}`: {_fmt(pa.get(path))} → {_fmt(pb.get(path))}")
    ca = {(c.source, c.tier) for c in a.citations}
    cb = {(c.source, c.tier) for c in b.citations}
    changes += [f"  - 新增引用 · citation added: {s} ({t})" for s, t in sorted(cb - ca)]
    changes += [f"  - 删除引用 · citation removed: {s} ({t})" for s, t in sorted(ca - cb)]
    if not changes:
        return []
    cited = ", ".join(f"{c.source} ({c.tier})" for c in b.citations)
    where = f"{_short(b.where.file)}:{b.where.line}"
    return [f"- **修改 · changed** `{b.ref}` ({b.scope}, {where}) — 依据 · cites {cited}", *changes]


def source_changes(old: Spec, new: Spec) -> list[str]:
    added = sorted(set(new.sources) - set(old.sources))
    lines = [f"- **新增 · added** `{s}` {new.sources[s].title} [{new.sources[s].tier}]" for s in added]
    lines += [f"- **删除 · removed** `{s}` {old.sources[s].title}" for s in sorted(set(old.sources) - set(new.sources))]
    lines += [f"- **改级 · tier** `{s}`: {old.sources[s].tier} → {new.sources[s].tier}"
              for s in sorted(set(old.sources) & set(new.sources)) if old.sources[s].tier != new.sources[s].tier]
    return lines


def claim_changes(old: Spec, new: Spec) -> list[str]:
    before = {(c.seed, c.id): c for c in old.claims}
    after = {(c.seed, c.id): c for c in new.claims}
    lines = [f"- `{k[0]}:{k[1]}` 新增 · added: {after[k].verdict}" for k in sorted(set(after) - set(before))]
    lines += [f"- `{k[0]}:{k[1]}` 删除 · removed" for k in sorted(set(before) - set(after))]
    lines += [f"- `{k[0]}:{k[1]}` 结论 · verdict: {before[k].verdict} → {after[k].verdict}"
              for k in sorted(set(before) & set(after)) if before[k].verdict != after[k].verdict]
    return lines


def outcome_changes(old: Side, new: Side) -> list[str]:
    """Scenarios of NEW whose reference result differs between the two specs."""
    from reference_impl.engine import Engine  # the diff uses the reference as the oracle, on both sides

    features = new.root / "features"
    if not features.is_dir():
        return []
    suite = load_suite(features, new.spec)
    engines = Engine(old.spec), Engine(new.spec)
    lines = []
    for scenario in suite.scenarios:
        a, b = (engine.decide(scenario.case) for engine in engines)
        if (a["outcome"], a["reasons"], a.get("allocation"), a.get("values")) != \
           (b["outcome"], b["reasons"], b.get("allocation"), b.get("values")):
            lines.append(f"- `{scenario.id}` {scenario.name} ({_short(scenario.uri)}:{scenario.line}): "
                         f"{a['outcome']} {a['reasons']} → {b['outcome']} {b['reasons']}")
    return lines


def render(old: Side, new: Side) -> str:
    sections = [
        ("规则与取值 · Rules and values", rule_changes(old.spec, new.spec)),
        ("来源 · Sources", source_changes(old.spec, new.spec)),
        ("文章论断 · Claims ledger", claim_changes(old.spec, new.spec)),
        ("结果改变的场景 · Scenarios whose outcome changes", outcome_changes(old, new)),
    ]
    out = [f"# 规则变更 · Rule changes: `{old.label}` → `{new.label}`", ""]
    for title, lines in sections:
        out += [f"## {title}", "", *(lines or ["无变化 · no change"]), ""]
    return "\n".join(out)


def diff(old_revision: str, new_revision: str) -> tuple[str, list[Problem]]:
    """Markdown for the change, and NEW's problems (a non-empty list means NEW does not validate)."""
    with tempfile.TemporaryDirectory() as tmp:
        old = load_side(old_revision, Path(tmp) / "old")
        new = load_side(new_revision, Path(tmp) / "new")
        if new.problems:
            return "", new.problems
        return render(old, new), []
