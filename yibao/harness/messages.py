"""The gate for everything an implementation says: each line is checked here, once, before use.

An implementation under test is untrusted. A line it prints becomes a message only if it is UTF-8,
strict JSON (no NaN or Infinity), at most MAX_LINE bytes and MAX_DEPTH levels deep, free of lone
surrogates, and valid against its schema under schemas/protocol/. Anything else is rejected with a
short diagnostic in which every character that could upset a terminal or a report is escaped.
Past this module, the harness trusts what it holds.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import jsonschema_rs
import orjson

from yibao import paths

from .outcome import Reply

PROTOCOL = 2  # what the harness speaks
ACCEPTED_PROTOCOLS = (1, 2)  # what it accepts in a start answer: version 1 has no capabilities
MAX_LINE = 1_000_000  # bytes in one line of output
MAX_DEPTH = 32  # nesting of arrays and objects in one message
BASE_URI = "https://yibao.invalid/schemas/"
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


_SEQ_FIRST = re.compile(rb'\A\s*\{\s*"seq"\s*:\s*(\d{1,9})\s*,')


class Rejected(Exception):
    """A line or message that breaks the protocol; str() is a short, escaped diagnostic.

    seq is the case the line claims to answer, when it begins as a reply does ({"seq": N, …}),
    so that the case is charged with the diagnostic rather than left to time out.
    """

    def __init__(self, diagnostic: str, seq: int | None = None) -> None:
        super().__init__(diagnostic)
        self.seq = seq


def shown(text: str, limit: int = 200) -> str:
    """Text from an implementation, safe to print and to store: non-printable characters escaped, bounded."""
    out = "".join(c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii") for c in text[:limit])
    return out + (f"… ({len(text)} characters)" if len(text) > limit else "")


def _reject_constant(name: str) -> Any:
    raise Rejected(f"{name} is not JSON")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise Rejected(f"number {shown(text, 40)} is out of range")
    return number


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite)  # built once: json.loads with options builds one per call


def encode(message: dict[str, Any]) -> bytes:
    """A message to an implementation as JSON (UTF-8, not ASCII-escaped): orjson, several times faster
    than the standard library, which writes what orjson cannot (an integer beyond 64 bits in a case)."""
    try:
        return orjson.dumps(message)
    except TypeError:  # orjson.JSONEncodeError
        return json.dumps(message, ensure_ascii=False).encode()


def parse_line(raw: bytes) -> Any:
    """One line of output as a JSON value, or Rejected (with the seq the line claims, if any)."""
    try:
        return _parse(raw)
    except Rejected as exc:
        claimed = _SEQ_FIRST.match(raw[:100])
        raise Rejected(str(exc), int(claimed.group(1)) if claimed else None) from None


def _parse(raw: bytes) -> Any:
    if len(raw) > MAX_LINE:
        raise Rejected(f"a line of {len(raw)} bytes (limit {MAX_LINE})")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Rejected(f"not UTF-8: {shown(raw.decode('utf-8', 'backslashreplace'))}") from None
    try:
        value = _DECODER.decode(text)
    except RecursionError:
        raise Rejected(f"nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:
        raise Rejected(f"not JSON ({shown(str(exc), 100)}): {shown(text, 120)}") from None
    if text.count("[") + text.count("{") > MAX_DEPTH or _SURROGATE_ESCAPE.search(text):
        _check_shape(value)
    return value


def _check_shape(value: Any) -> None:
    """Depth within MAX_DEPTH and no lone surrogate in any string; iterative, so any depth is safe."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise Rejected(f"a string with a lone surrogate: {shown(item)}") from None
        elif isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                raise Rejected(f"nested deeper than {MAX_DEPTH} levels")
            children = [*item.keys(), *item.values()] if isinstance(item, dict) else item
            stack += [(child, depth + 1) for child in children]


@cache
def _validator(definition: str) -> Any:
    """A validator for one $defs entry of a protocol schema, with every schema registered for $refs."""
    contents = {}
    for path in sorted(paths.schemas_dir().rglob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        contents[schema["$id"]] = schema
    return jsonschema_rs.validator_for({"$ref": BASE_URI + definition}, registry=jsonschema_rs.Registry(list(contents.items())))


def problem(definition: str, message: Any) -> str | None:
    """The first way message breaks the schema at definition (e.g. protocol/run.schema.json#/$defs/response)."""
    validator = _validator(definition)
    if validator.is_valid(message):
        return None
    error = next(iter(validator.iter_errors(message)), None)
    if error is None:
        return "does not fit the protocol schema"
    where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.instance_path)
    return shown(f"{where}: {error.message}")


@dataclass
class Hello:
    """The implementation's answer to start: who it is and what it supports."""

    name: str
    version: str
    language: str | None = None
    regions: list[str] | None = None  # None: all
    unsupported: set[str] = field(default_factory=set)
    actions: set[str] | None = None  # action kinds it implements; None: all (protocol 1, or undeclared)
    protocol: int = 1
    problem: str | None = None  # set when start failed: every case then errors with it

    @classmethod
    def failed(cls, problem: str) -> Hello:
        return cls("unknown", "unknown", problem=problem)

    @classmethod
    def parse(cls, answer: Any) -> Hello:
        """Read a start answer (protocol 1 or 2); a malformed one becomes a Hello with a problem."""
        trouble = problem("protocol/start.schema.json#/$defs/response", answer)
        if trouble is not None:
            return cls.failed(f"start answer breaks the protocol: {trouble}")
        impl = answer["implementation"]
        capabilities = answer.get("capabilities", {})
        regions = capabilities.get("regions", answer.get("regions", "all"))
        actions = capabilities.get("actions")
        return cls(impl["name"], impl["version"], impl.get("language"), None if regions == "all" else list(regions),
                   set(answer.get("unsupported", [])), None if actions is None else set(actions), answer["protocol"])


def reply_from(message: Any) -> tuple[int | None, Reply]:
    """One line of a run answer as (seq, Reply); a line without a usable seq has seq None.

    A line that names its seq but breaks the schema makes that case errored, with the reason.
    """
    seq = message.get("seq") if isinstance(message, dict) else None
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        return None, Reply("errored", message=f"not a reply with a seq: {shown(json.dumps(message, ensure_ascii=False))}")
    trouble = problem("protocol/run.schema.json#/$defs/response", message)
    if trouble is not None:
        return seq, Reply("errored", message=f"reply breaks the protocol: {trouble}")
    if "result" in message:
        return seq, Reply("result", result=message["result"])
    if "skipped" in message:
        return seq, Reply("skipped", message=shown(message["skipped"]["reason"], 500))
    return seq, Reply("errored", message=shown(message["errored"]["message"], 500))
