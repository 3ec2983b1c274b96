"""Read a spec directory: parse every YAML file, validate it against its schema, build a Spec."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from . import schemas
from .load import Document, LoadError, load_file
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


def read_spec(spec_root: Path, schemas_root: Path) -> ReadResult:
    """Load every file under spec_root. Files with problems are reported and left out of the Spec."""
    result = ReadResult(Spec())
    files = sorted(p for p in spec_root.rglob("*") if p.is_file())
    for path in files:
        relative = path.relative_to(spec_root).as_posix()
        shown = display_path(path)
        schema = schemas.schema_for(relative)
        if schema is None or path.suffix != ".yaml":
            result.problems.append(Problem(shown, 1, 1, "unexpected file: spec/ holds only the YAML files its layout names"))
            continue
        try:
            doc = load_file(path, shown)
        except LoadError as exc:
            result.problems.append(exc.problem)
            result.failed.append(relative)
            continue
        schema_problems = schemas.validate(doc, shown, schemas_root, schema)
        result.problems += schema_problems + _check_modeline(doc, relative, schema)
        if schema_problems:  # only schema-valid files feed the Spec, so lint can trust their shape
            result.failed.append(relative)
        else:
            result.documents[relative] = doc
    for relative, doc in result.documents.items():
        result.problems += _add(result.spec, relative, doc)
    return result


def _check_modeline(doc: Document, relative: str, schema: str) -> list[Problem]:
    expected = schemas.expected_modeline(relative, schema)
    if doc.first_line != expected:
        return [Problem(doc.shown, 1, 1, f"first line should name the schema for editors: {expected!r}")]
    return []


def _where(doc: Document, pointer: tuple[str | int, ...]) -> Where:
    mark = doc.mark(pointer)
    return Where(doc.shown, mark.line, mark.col)


def _label(data: dict[str, str]) -> Label:
    return Label(zh=data["zh"], en=data["en"])


def _put(table: dict[str, Any], key: str, item: Any, what: str) -> list[Problem]:
    """Add item under key, or report the duplicate id where it stands."""
    if key in table:
        where = item.where
        return [Problem(where.file, where.line, where.col, f"duplicate {what} id {key!r} (first at {table[key].where})")]
    table[key] = item
    return []


def _add(spec: Spec, relative: str, doc: Document) -> list[Problem]:
    data: dict[str, Any] = doc.data
    problems: list[Problem] = []
    if relative == "sources.yaml":
        for i, s in enumerate(data["sources"]):
            problems += _put(spec.sources, s["id"], Source(
                s["id"], s["title"], s["issuer"], s["kind"], s["tier"], s.get("url"),
                s.get("doc_number"), s.get("published"), _where(doc, ("sources", i)),
            ), "source")
    elif relative == "vocabulary/regions.yaml":
        for i, r in enumerate(data["regions"]):
            problems += _put(spec.regions, r["code"], Region(
                r["code"], r["level"], r["parent"], _label(r["label"]), r["code_verified"],
                r.get("local_code", False), _where(doc, ("regions", i)),
            ), "region")
    elif relative.startswith("vocabulary/"):
        terms = spec.vocab.setdefault(data["vocabulary"], {})
        for i, t in enumerate(data["terms"]):
            term = Term(t["id"], _label(t["label"]), t.get("note"), _where(doc, ("terms", i)))
            problems += _put(terms, t["id"], term, data["vocabulary"])
    elif relative.startswith(("national/", "regions/")):
        problems += _add_rules(spec, doc)
    elif relative.startswith("claims/"):
        for i, c in enumerate(data["claims"]):
            spec.claims.append(Claim(
                c["id"], data["seed"], c.get("scorecard"), c["quote"], _label(c["claim"]), c["verdict"],
                _label(c["evidence"]), tuple(c["rules"]), tuple(c["sources"]), _where(doc, ("claims", i)),
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
                rule.get("when_silent", "unknown"), _where(doc, ("rules", i)),
            ), "rule")
        target = spec.versions.setdefault(scope, {}).setdefault(rule["id"], [])
        for j, v in enumerate(rule["versions"]):
            target.append(_version(doc, scope, rule["id"], ("rules", i, "versions", j), v))
    return problems


def _version(doc: Document, scope: str, rule_id: str, pointer: tuple[str | int, ...], v: dict[str, Any]) -> Version:
    citations = tuple(
        Citation(c["source"], c["tier"], c.get("quote"), c.get("paraphrase"), _where(doc, (*pointer, "citations", k)))
        for k, c in enumerate(v["citations"])
    )
    verification = v["verification"]
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
    )
