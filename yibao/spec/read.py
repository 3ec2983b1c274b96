"""Read a spec directory: parse every YAML file, validate it against its schema, build a Spec."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from . import schemas
from .cache import DocumentCache
from .load import Document, LoadError, load_bytes, read_regular_file
from .model import Citation, Claim, Label, Region, RuleDecl, Source, Spec, Term, Version, Where
from .problems import Problem, display_path


@dataclass
class ReadResult:
    spec: Spec
    problems: list[Problem] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)  # by path relative to spec/
    failed: list[str] = field(default_factory=list)  # files left out of the Spec because of problems

    @property
    def foundations_broken(self) -> list[str]:
        """Failed files that other files refer to: lint against a partial vocabulary would only mislead."""
        return [f for f in self.failed if f == "sources.yaml" or f.startswith("vocabulary/")]


@cache
def read_bundled() -> ReadResult:
    """The spec that ships with the package, read once per process and shared by every caller.

    Callers must not change it: anything that alters a Spec works on a copy.
    """
    from .. import paths

    return read_spec(paths.spec_dir(), paths.schemas_dir())


def read_spec(spec_root: Path, schemas_root: Path, *, cache: bool = True) -> ReadResult:
    """Load every file under spec_root. Files with problems are reported and left out of the Spec.

    Parsed documents are cached between runs (see cache.py); the garbage collector is paused
    while the many small objects of a large spec are built, since none of them is garbage yet.
    """
    root = spec_root.resolve()
    result = ReadResult(Spec())
    store = DocumentCache(root, schemas_root) if cache and not os.environ.get("YIBAO_NO_CACHE") else None
    base = display_path(spec_root)
    with _gc_paused():
        for relative, path, problem in _spec_files(root, base):
            if problem is not None:
                result.problems.append(problem)
                result.failed.append(relative)
                continue
            doc = _read_document(relative, path, f"{base}/{relative}", schemas_root, result, store)
            if doc is not None:
                result.documents[relative] = doc
        for relative, doc in result.documents.items():
            result.problems += add_document(result.spec, relative, doc)
    if store is not None:
        store.keep_only(set(result.documents))
        store.save()
    return result


def _read_document(relative: str, path: Path, shown: str, schemas_root: Path, result: ReadResult,
                   store: DocumentCache | None) -> Document | None:
    """Parse (or take from the cache) and validate one file; record its problems; None when it failed."""
    schema = schemas.schema_for(relative)
    if schema is None or not relative.endswith(".yaml"):
        result.problems.append(Problem(shown, 1, 1, "unexpected file: spec/ holds only the YAML files its layout names"))
        return None
    try:
        info = os.stat(path, follow_symlinks=False)
        doc = store.get(relative, info, path, shown) if store else None
        schema_problems: list[Problem] = []
        if doc is None:  # new or changed: parse and validate (a cached document passed its schema already)
            doc = load_bytes(read_regular_file(path, shown), shown, path)
            schema_problems = schemas.validate(doc, shown, schemas_root, schema)
            if store is not None and not schema_problems:
                store.put(relative, info, doc)
    except LoadError as exc:
        result.problems.append(exc.problem)
        result.failed.append(relative)
        return None
    except OSError as exc:
        result.problems.append(Problem(shown, 0, 0, f"cannot read: {exc.strerror or exc}"))
        result.failed.append(relative)
        return None
    result.problems += schema_problems + _check_modeline(doc, relative, schema)
    if schema_problems:  # only schema-valid files feed the Spec, so lint can trust their shape
        result.failed.append(relative)
        return None
    return doc


def _spec_files(root: Path, base: str) -> list[tuple[str, Path, Problem | None]]:
    """(path relative to root, path to read, problem) for every file under root, in sorted order.

    Symlinks are never followed out of the folder: one pointing outside is refused, and its
    target is neither read nor named. A symlinked folder is not walked.
    """
    found: list[tuple[str, Path, Problem | None]] = []

    def walk(folder: Path, prefix: str) -> None:
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            found.append((prefix.rstrip("/"), folder, Problem(f"{base}/{prefix.rstrip('/')}", 0, 0,
                                                              f"cannot read folder: {exc.strerror or exc}")))
            return
        for entry in entries:
            relative = prefix + entry.name
            path = folder / entry.name
            if not entry.is_symlink():
                if entry.is_dir():
                    walk(path, relative + "/")
                else:
                    found.append((relative, path, None))
                continue
            target = path.resolve()
            if not target.is_relative_to(root):
                found.append((relative, path, Problem(f"{base}/{relative}", 1, 1,
                                                      "symlink to a path outside the spec folder; refused, not followed")))
            elif target.is_dir():
                found.append((relative, path, Problem(f"{base}/{relative}", 1, 1,
                                                      "symlinked folder; spec/ is read without following folder links")))
            else:
                found.append((relative, target, None))

    walk(root, "")
    return sorted(found, key=lambda item: item[0])


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No collection while the spec is built; then the survivors move to the permanent generation
    (gc.freeze), so that later collections do not walk the whole spec again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _check_modeline(doc: Document, relative: str, schema: str) -> list[Problem]:
    expected = schemas.expected_modeline(relative, schema)
    if doc.first_line != expected:
        return [Problem(doc.shown, 1, 1, f"first line should name the schema for editors: {expected!r}")]
    return []


def _where(doc: Document, pointer: str) -> Where:
    return Where(doc.shown, *doc.line_col(pointer))


def _label(data: dict[str, str]) -> Label:
    return Label(zh=data["zh"], en=data["en"])


def _put(table: dict[str, Any], key: str, item: Any, what: str) -> list[Problem]:
    """Add item under key, or report the duplicate id where it stands."""
    if key in table:
        where = item.where
        return [Problem(where.file, where.line, where.col, f"duplicate {what} id {key!r} (first at {table[key].where})")]
    table[key] = item
    return []


def add_document(spec: Spec, relative: str, doc: Document) -> list[Problem]:
    """Add a schema-valid document (at relative, its path under spec/) to spec; problems are duplicate ids."""
    data: dict[str, Any] = doc.data
    problems: list[Problem] = []
    if relative == "sources.yaml":
        for i, s in enumerate(data["sources"]):
            problems += _put(spec.sources, s["id"], Source(
                s["id"], s["title"], s["issuer"], s["kind"], s["tier"], s.get("url"),
                s.get("doc_number"), s.get("published"), _where(doc, f"/sources/{i}"),
            ), "source")
    elif relative == "vocabulary/regions.yaml":
        for i, r in enumerate(data["regions"]):
            problems += _put(spec.regions, r["code"], Region(
                r["code"], r["level"], r["parent"], _label(r["label"]), r["code_verified"],
                r.get("local_code", False), _where(doc, f"/regions/{i}"),
            ), "region")
    elif relative == "vocabulary/counties.yaml":
        spec.counties.update(data["counties"])
        spec.counties_source = (data["source"], _where(doc, "/source"))
    elif relative.startswith("vocabulary/"):
        terms = spec.vocab.setdefault(data["vocabulary"], {})
        for i, t in enumerate(data["terms"]):
            term = Term(t["id"], _label(t["label"]), t.get("note"), _where(doc, f"/terms/{i}"))
            problems += _put(terms, t["id"], term, data["vocabulary"])
    elif relative.startswith(("national/", "regions/")):
        problems += _add_rules(spec, doc)
    elif relative.startswith("claims/"):
        for i, c in enumerate(data["claims"]):
            spec.claims.append(Claim(
                c["id"], data["seed"], c.get("scorecard"), c["quote"], _label(c["claim"]), c["verdict"],
                _label(c["evidence"]), tuple(c["rules"]), tuple(c["sources"]), _where(doc, f"/claims/{i}"),
            ))
    return problems


def _add_rules(spec: Spec, doc: Document) -> list[Problem]:
    data: dict[str, Any] = doc.data
    scope: str = data["scope"]
    problems: list[Problem] = []
    for i, rule in enumerate(data["rules"]):
        if scope == "national":
            problems += _put(spec.rules, rule["id"], RuleDecl(
                rule["id"], data.get("topic", ""), _label(rule.get("title", {"zh": "", "en": ""})),
                _label(rule["description"]) if "description" in rule else None,
                rule.get("when_silent", "unknown"), _where(doc, f"/rules/{i}"),
            ), "rule")
        target = spec.versions.setdefault(scope, {}).setdefault(rule["id"], [])
        for j, v in enumerate(rule["versions"]):
            target.append(_version(doc, scope, rule["id"], f"/rules/{i}/versions/{j}", v))
    return problems


def _version(doc: Document, scope: str, rule_id: str, pointer: str, v: dict[str, Any]) -> Version:
    citations = tuple(
        Citation(c["source"], c["tier"], c.get("quote"), c.get("paraphrase"), _where(doc, f"{pointer}/citations/{k}"))
        for k, c in enumerate(v["citations"])
    )
    verification = v["verification"]
    checked = v.get("checked")
    return Version(
        rule_id=rule_id,
        label=v["version"],
        scope=scope,
        effective_from=date.fromisoformat(v["effective_from"]),
        effective_to=date.fromisoformat(v["effective_to"]) if "effective_to" in v else None,
        from_certainty=v.get("from_certainty", "exact"),
        to_certainty=v.get("to_certainty", "exact"),
        params=v["params"],
        citations=citations,
        status=verification["status"],
        note=verification.get("note") or v.get("note"),
        supersedes=v.get("supersedes"),
        disagreement=v.get("disagreement"),
        where=_where(doc, pointer),
        checked_on=date.fromisoformat(checked["date"]) if checked else None,
        checked_source=checked["source"] if checked else None,
    )
