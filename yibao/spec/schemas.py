"""JSON Schema validation of spec files, with errors mapped back to file:line:col."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .load import Document, Pointer
from .problems import Problem

if TYPE_CHECKING:  # pure-Python jsonschema only explains errors: imported on the error path alone
    from jsonschema import Draft202012Validator, ValidationError
    from referencing import Registry

BASE_URI = "https://yibao.invalid/schemas/"


@cache
def registry(schemas_root: Path) -> Registry:
    """Every schema under schemas_root, registered by its $id so that $refs resolve across files."""
    from referencing import Registry, Resource

    resources = [(uri, Resource.from_contents(schema)) for uri, schema in _schema_contents(schemas_root).items()]
    return Registry().with_resources(resources)


@cache
def _schema_contents(schemas_root: Path) -> dict[str, Any]:
    """Every schema under schemas_root by its $id, read once."""
    contents = {}
    for path in sorted(schemas_root.rglob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        contents[schema["$id"]] = schema
    return contents


@cache
def fast_validator(schemas_root: Path, relative: str) -> Any:
    """jsonschema-rs over the same schemas: about 100x faster, so valid documents take the fast path."""
    import jsonschema_rs

    contents = _schema_contents(schemas_root)
    return jsonschema_rs.validator_for(contents[BASE_URI + relative],
                                       registry=jsonschema_rs.Registry(list(contents.items())), validate_formats=True)


def errors(schemas_root: Path, relative: str, instance: Any) -> list[tuple[Pointer, bool, str]]:
    """Every schema error in instance as (pointer, points-at-key, message); empty when valid."""
    if fast_validator(schemas_root, relative).is_valid(instance):
        return []
    found = [line for error in validator(schemas_root, relative).iter_errors(instance) for line in _explain(error)]
    if not found:  # the two libraries disagree only on formats python's checker cannot test
        found = [(tuple(e.instance_path), False, e.message) for e in fast_validator(schemas_root, relative).iter_errors(instance)]
    return found


@cache
def validator(schemas_root: Path, relative: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    schema = registry(schemas_root).contents(BASE_URI + relative)
    return Draft202012Validator(
        schema, registry=registry(schemas_root), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def validate(doc: Document, shown: str, schemas_root: Path, relative: str) -> list[Problem]:
    """All schema problems in doc, each at the line of the value (or key) concerned."""
    problems = []
    for pointer, is_key, message in errors(schemas_root, relative, doc.data):
        mark = doc.mark(pointer, key=is_key)
        problems.append(Problem(shown, mark.line, mark.col, f"{where(pointer)}: {message}"))
    return problems


def _explain(error: ValidationError) -> Iterator[tuple[Pointer, bool, str]]:
    """Turn one jsonschema error into (pointer, points-at-key, message) lines a contributor can act on."""
    pointer: Pointer = tuple(error.absolute_path)
    kind = error.validator
    schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    value: Any = error.validator_value
    if kind == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(schema.get("properties", {}))
        for key in sorted(set(error.instance) - set(allowed)):
            yield (*pointer, key), True, f"unknown key {key!r} (expected one of: {', '.join(allowed)})"
        return
    if kind == "required":
        yield pointer, False, f"missing required key {error.message.split(' ')[0]}"
        return
    if kind == "format" and value == "date":
        yield pointer, False, f"invalid date {error.instance!r}: expected a real calendar date as YYYY-MM-DD"
        return
    if kind == "anyOf" and all(sub.validator == "required" for sub in error.context):
        keys = sorted({str(sub.validator_value[0]) for sub in error.context})  # type: ignore[index]
        yield pointer, False, f"needs one of the keys: {', '.join(keys)}"
        return
    if kind == "enum":
        options = [str(o) for o in value]
        given = json.dumps(error.instance, ensure_ascii=False)
        if len(options) <= 8:
            yield pointer, False, f"{given} is not one of: {', '.join(options)}"
        else:
            import difflib

            close = difflib.get_close_matches(str(error.instance), options, n=3)
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            yield pointer, False, f"{given} is not an allowed value{hint}"
        return
    if kind == "pattern" and "description" in schema:
        description = str(schema["description"])
        yield pointer, False, f"{error.instance!r} does not fit: expected {description[0].lower()}{description[1:]}"
        return
    if kind == "type":
        yield pointer, False, f"expected {value}, got {json.dumps(error.instance, ensure_ascii=False)}"
        return
    yield pointer, False, error.message


def where(pointer: Pointer) -> str:
    """A pointer as a readable path: rules[0].versions[1].params."""
    text = ""
    for part in pointer:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(document)"


def schema_for(relative_path: str) -> str | None:
    """Which schema (relative to schemas/) a spec file follows, by where it lives in spec/."""
    parts = Path(relative_path).parts
    if parts == ("sources.yaml",):
        return "sources.schema.json"
    if parts == ("vocabulary", "regions.yaml"):
        return "vocabulary/regions.schema.json"
    if parts == ("vocabulary", "counties.yaml"):
        return "vocabulary/counties.schema.json"
    if len(parts) == 2 and parts[0] == "vocabulary":
        return "vocabulary/terms.schema.json"
    if len(parts) == 2 and parts[0] in ("national", "regions"):
        return "rules.schema.json"
    if len(parts) == 2 and parts[0] == "claims":
        return "claims.schema.json"
    return None


def expected_modeline(relative_path: str, schema: str) -> str:
    """The yaml-language-server comment that lets an editor autocomplete this file."""
    depth = len(Path(relative_path).parts)  # spec/<...>/file.yaml → ../ per folder, plus one for spec/
    return f"# yaml-language-server: $schema={'../' * depth}schemas/{schema}"
