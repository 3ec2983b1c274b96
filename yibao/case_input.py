"""Where a case enters from outside (`yibao decide FILE` or standard input): read within a size limit,
parse JSON or YAML with a digit limit, and turn every failure into one line naming the file.

What the JSON values may be (whole fen, bounded integers, real Unicode) is checked by the engine's
case parser, so that decide() callers get the same answer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, BinaryIO

from .spec.load import LoadError, load_bytes

MAX_CASE_BYTES = 1_000_000
MAX_INT_DIGITS = 20  # the engine accepts 15; a little more here so that the engine names the path


class CaseInputError(Exception):
    """A case that cannot be read; the message is `file: what is wrong`."""


def read_case(source: str) -> Any:
    shown = "<stdin>" if source == "-" else source
    try:
        if source == "-":
            raw = _read_limited(sys.stdin.buffer, shown)
        else:
            with Path(source).open("rb") as stream:
                raw = _read_limited(stream, shown)
    except OSError as exc:
        raise CaseInputError(f"{shown}: {exc.strerror or exc}") from None
    if raw.lstrip()[:1] in (b"{", b"["):
        return _json(raw, shown)
    try:
        return load_bytes(raw, shown).data
    except LoadError as exc:
        raise CaseInputError(str(exc.problem)) from None
    except ValueError:  # the YAML reader's int() on a number of thousands of digits
        raise CaseInputError(f"{shown}: a number of thousands of digits; amounts are fen, at most 15 digits") from None


def _read_limited(stream: BinaryIO, shown: str) -> bytes:
    """At most MAX_CASE_BYTES: a larger input is refused after reading one byte more, never in full."""
    raw = stream.read(MAX_CASE_BYTES + 1)
    if len(raw) > MAX_CASE_BYTES:
        raise CaseInputError(f"{shown}: more than {MAX_CASE_BYTES:,} bytes; a case is at most {MAX_CASE_BYTES:,}")
    return raw


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _TooLong(f"an integer of {len(text.lstrip('-')):,} digits; amounts are fen, at most 15 digits")
    return int(text)


class _TooLong(ValueError):
    pass


def _json(raw: bytes, shown: str) -> Any:
    try:
        return json.loads(raw, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise CaseInputError(f"{shown}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    except _TooLong as exc:
        raise CaseInputError(f"{shown}: {exc}") from None
    except (ValueError, RecursionError) as exc:  # bytes that are not UTF-8; nesting deeper than Python recurses
        raise CaseInputError(f"{shown}: not valid JSON: {exc}") from None
