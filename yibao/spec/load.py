"""Safe YAML loading with line marks.

PyYAML's safe loader is not safe enough for a spec that strangers edit: it turns
`2024-13-45` into a crash, keeps the last of duplicate keys, and expands aliases
without limit. We compose the node graph with libyaml (fast, no construction),
then build plain Python values ourselves, which lets us refuse unknown tags,
count alias expansion, reject duplicate keys, and remember where every value
and key came from.
"""

from __future__ import annotations

import math
import os
import stat
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .problems import Problem

if TYPE_CHECKING:  # PyYAML is imported only when a file is parsed: a spec read from the cache never needs it
    import yaml

MAX_FILE_BYTES = 1_000_000
MAX_NODES = 200_000  # values built from one file, counting every alias expansion
MAX_DEPTH = 64
MAX_INT_DIGITS = 18  # every integer in the spec (fen, years, percentages) fits in 18 digits

Pointer = tuple[str | int, ...]


@cache
def _loader() -> Any:
    """libyaml's safe loader (PyYAML's when libyaml is missing) without the timestamp resolver: dates stay strings."""
    import yaml

    loader: Any = type("_Loader", (getattr(yaml, "CSafeLoader", yaml.SafeLoader),), {})
    loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return loader


@cache
def _constructor() -> Any:
    """A safe loader whose scalar constructors turn a scalar node into its value."""
    import yaml

    return yaml.SafeLoader("")

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_SCALAR_TAGS = {_STR, _INT, _FLOAT, "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"}
_COLS = 1 << 20  # a mark is packed into one int: line * _COLS + col


@dataclass(frozen=True)
class Mark:
    line: int  # 1-based
    col: int  # 1-based


def pointer_key(pointer: Pointer) -> str:
    """A pointer as a JSON Pointer string (RFC 6901), the key of the marks tables."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in pointer)


@dataclass
class Document:
    """One YAML file's data, with the mark of every value and of every mapping key.

    Marks are packed ints keyed by JSON Pointer strings: compact in memory and in the cache,
    and turned into a Mark only when a message needs one.
    """

    path: Path
    shown: str  # the path printed in messages
    first_line: str
    data: Any
    marks: dict[str, int] = field(default_factory=dict)
    key_marks: dict[str, int] = field(default_factory=dict)

    def line_col(self, key: str) -> tuple[int, int]:
        """(line, col) of the value at a JSON Pointer string that needs no escaping; (1, 1) when unknown."""
        return divmod(self.marks.get(key, _COLS + 1), _COLS)

    def mark(self, pointer: Pointer, *, key: bool = False) -> Mark:
        """The mark of the value at pointer, or of its nearest ancestor that has one."""
        if key and (packed := self.key_marks.get(pointer_key(pointer))) is not None:
            return _unpack(packed)
        while pointer:
            if (packed := self.marks.get(pointer_key(pointer))) is not None:
                return _unpack(packed)
            pointer = pointer[:-1]
        return _unpack(self.marks.get("", _COLS + 1))


def _unpack(packed: int) -> Mark:
    return Mark(packed // _COLS, packed % _COLS)


class LoadError(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def read_regular_file(path: Path, shown: str) -> bytes:
    """The bytes of a regular file, never through a symlink and never more than MAX_FILE_BYTES.

    O_NOFOLLOW refuses a symlink swapped in after the folder was listed; O_NONBLOCK keeps a FIFO
    from hanging the open; the size is checked on the open file before anything is read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise LoadError(Problem(shown, 0, 0, f"cannot read: {exc.strerror or exc}")) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(Problem(shown, 0, 0, "not a regular file; spec/ holds only YAML files"))
        if info.st_size > MAX_FILE_BYTES:
            raise LoadError(Problem(shown, 1, 1, f"file is {info.st_size:,} bytes; a spec file may be at most {MAX_FILE_BYTES:,} bytes"))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise LoadError(Problem(shown, 0, 0, f"cannot read: {exc.strerror or exc}")) from None
    finally:
        os.close(fd)
    return raw


def load_file(path: Path, shown: str) -> Document:
    """Read and parse one YAML file; raise LoadError with file:line:col on any problem."""
    return load_bytes(read_regular_file(path, shown), shown, path)


def load_bytes(raw: bytes, shown: str, path: Path | None = None) -> Document:
    """Parse YAML (or JSON, which is YAML) from bytes; raise LoadError with line:col on any problem."""

    def fail(line: int, col: int, message: str) -> LoadError:
        return LoadError(Problem(shown, line, col, message))

    if len(raw) > MAX_FILE_BYTES:
        raise fail(1, 1, f"input is {len(raw):,} bytes; at most {MAX_FILE_BYTES:,} bytes are read")
    if raw.startswith(b"\xef\xbb\xbf"):
        raise fail(1, 1, "file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise fail(line, col, f"byte 0x{raw[exc.start]:02x} is not valid UTF-8; spec files must be UTF-8") from None
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        raise fail(1, 1, "file is empty; expected a YAML mapping")
    import yaml

    try:
        node = yaml.compose(text, Loader=_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise fail(*where, f"YAML syntax error: {what}") from None
    except yaml.YAMLError as exc:
        raise fail(1, 1, f"YAML error: {exc}") from None
    except RecursionError:
        raise fail(1, 1, f"nested too deeply to parse; a spec file may nest at most {MAX_DEPTH} levels") from None
    if node is None:
        raise fail(1, 1, "file is empty; expected a YAML mapping")
    builder = _Builder(shown)
    data = builder.build(node, "", 0)
    return Document(path or Path(shown), shown, text.split("\n", 1)[0].rstrip("\r"), data,
                    builder.marks, builder.key_marks)


class _Builder:
    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.count = 0
        self.marks: dict[str, int] = {}
        self.key_marks: dict[str, int] = {}

    def _fail(self, node: yaml.Node, message: str) -> LoadError:
        return LoadError(Problem(self.shown, node.start_mark.line + 1, node.start_mark.column + 1, message))

    def build(self, node: Any, pointer: str, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise self._fail(node, f"more than {MAX_NODES:,} values after alias expansion (alias bomb?)")
        if depth > MAX_DEPTH:
            raise self._fail(node, f"nested more than {MAX_DEPTH} levels deep")
        start = node.start_mark
        self.marks.setdefault(pointer, (start.line + 1) * _COLS + start.column + 1)
        kind = node.id  # "scalar", "sequence" or "mapping": the class attribute of every PyYAML node
        if kind == "scalar":
            return self._scalar(node)
        if kind == "sequence":
            if node.tag != "tag:yaml.org,2002:seq":
                raise self._fail(node, f"tag {node.tag!r} is not allowed")
            return [self.build(item, f"{pointer}/{i}", depth + 1) for i, item in enumerate(node.value)]
        if kind == "mapping":
            if node.tag != "tag:yaml.org,2002:map":
                raise self._fail(node, f"tag {node.tag!r} is not allowed")
            return self._mapping(node, pointer, depth)
        raise self._fail(node, "unsupported YAML node")

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        if tag == _STR:  # the common case, without the constructor's overhead
            return node.value
        if tag not in _SCALAR_TAGS:
            raise self._fail(node, f"tag {tag!r} is not allowed; use plain YAML scalars")
        if tag == _INT and sum(c.isdigit() for c in node.value) > MAX_INT_DIGITS:
            digits = sum(c.isdigit() for c in node.value)
            raise self._fail(node, f"integer with {digits:,} digits; at most {MAX_INT_DIGITS} are allowed")
        constructor = _constructor()
        value = constructor.yaml_constructors[tag](constructor, node)
        if tag == _FLOAT and not math.isfinite(value):
            raise self._fail(node, f"{node.value!r} is not a finite number")
        return value

    def _mapping(self, node: yaml.MappingNode, pointer: str, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self._fail(key_node, "merge keys (<<) are not allowed; write the values out")
            key = self.build(key_node, pointer + "/<key>", depth + 1)
            if not isinstance(key, str):
                key = str(key)
            child = pointer + "/" + key.replace("~", "~0").replace("/", "~1")
            if key in result:
                first = self.key_marks[child] // _COLS
                raise self._fail(key_node, f"duplicate key {key!r} (first defined at line {first})")
            self.key_marks[child] = (key_node.start_mark.line + 1) * _COLS + key_node.start_mark.column + 1
            result[key] = self.build(value_node, child, depth + 1)
        self.marks.pop(pointer + "/<key>", None)
        return result
