"""Feature files as gherkin parses and compiles them, kept between runs.

Parsing and compiling the suite's Gherkin is most of what `yibao conform` does before its first
case. One JSON file per features folder, beside the spec's cache (yibao/spec/cache.py). An entry
is found by the SHA-256 of the file's text and of the name it is shown under, so an edited file is
never taken for its old self; the whole cache is dropped when yibao or gherkin's parser or compiler
changes. Only files gherkin read without error are kept, so every error is found afresh. A cache
that cannot be read or written is ignored; YIBAO_NO_CACHE (`yibao --no-cache`) turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path
from typing import Any

import gherkin.parser
import gherkin.pickles.compiler
import orjson
from gherkin.parser import Parser
from gherkin.pickles.compiler import Compiler

from .. import __version__
from ..spec import cache

_FORMAT = 1
Parsed = tuple[dict[str, Any], list[dict[str, Any]]]  # gherkin's document, and its pickles


class ParsedFeatures:
    def __init__(self, features_root: Path, *, enabled: bool = True) -> None:
        self.enabled = enabled and not os.environ.get("YIBAO_NO_CACHE")
        self.entries: dict[str, Any] = {}
        self.used: set[str] = set()
        self.dirty = False
        if not self.enabled:  # nothing read or written: no file to name, no key to make
            return
        self.file = cache.cache_file("features", features_root.resolve())
        self.key = [_FORMAT, __version__, *(_stamp(Path(str(m.__file__))) for m in (gherkin.parser, gherkin.pickles.compiler))]
        with contextlib.suppress(OSError, ValueError):
            stored = orjson.loads(self.file.read_bytes())
            if isinstance(stored, dict) and stored.get("key") == self.key and isinstance(stored.get("files"), dict):
                self.entries = stored["files"]

    def parse(self, text: str, shown: str) -> Parsed:
        """The document and pickles of a feature file shown as `shown`; raises as gherkin's Parser does."""
        digest = hashlib.sha256(f"{shown}\0{text}".encode("utf-8", "surrogateescape")).hexdigest()
        self.used.add(digest)
        entry = self.entries.get(digest)
        if isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], dict) and isinstance(entry[1], list):
            return entry[0], entry[1]
        document: Any = {**Parser().parse(text), "uri": shown}  # gherkin's typed dicts, read as plain JSON
        pickles: Any = Compiler().compile(document) if document.get("feature") else []
        self.entries[digest] = [document, pickles]
        self.dirty = True
        return document, pickles

    def save(self) -> None:
        """Keep the entries of the files read in this run, and only those."""
        if self.enabled and (self.dirty or set(self.entries) != self.used):
            cache.write_atomically(self.file, {"key": self.key, "files": {d: e for d, e in self.entries.items() if d in self.used}})


def _stamp(path: Path) -> list[Any]:
    info = path.stat()
    return [path.name, info.st_size, info.st_mtime_ns]
