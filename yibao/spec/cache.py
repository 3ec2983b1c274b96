"""A cache of parsed spec documents, so that an unchanged file is not parsed twice.

One JSON file per spec folder, in the user's cache directory. An entry is used only while the
file's size, mtime and inode match, and the cache was written by this version of yibao with the
same schema files; only documents that passed their schema are stored, so a cached one needs no
second validation. JSON, not pickle: loading it can never run code. Only the marks of mappings
and lists are kept (what provenance needs). A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import zlib
from pathlib import Path
from typing import Any

from .. import __version__
from .load import Document

_FORMAT = 2
KEEP = 16  # cache files kept, the most recently written; every spec folder read has its own
# The marks that provenance needs (read.py's _where): top-level values and the items of the lists
# that become model objects. A cached document is schema-valid, so no error message needs the rest.
_PROVENANCE = re.compile(r"(/[^/]*|(/(sources|regions|terms|claims|rules)/\d+)(/versions/\d+(/citations/\d+)?)?)")


def cache_file(kind: str, folder: Path) -> Path:
    """Where the cache of one folder's files of one kind ("spec", "features") lives; the full key is inside."""
    from platformdirs import user_cache_path

    name = str(folder).encode("utf-8", "surrogateescape")
    return user_cache_path("yibao", appauthor=False) / f"{kind}-{zlib.crc32(name):08x}-{len(name)}.json"


def write_atomically(file: Path, data: Any) -> None:
    """Write data as JSON atomically (a temporary file renamed into place), then keep only the KEEP most
    recently written cache files of its kind; give up quietly on any error."""
    import tempfile

    kind = file.name.split("-", 1)[0]
    with contextlib.suppress(OSError, ValueError, AttributeError):
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(payload)
            os.replace(temporary, file)
        except OSError:
            os.unlink(temporary)
            raise
        _evict(file.parent, kind)


def _schemas_stamp(schemas_root: Path) -> list[Any]:
    return sorted([p.relative_to(schemas_root).as_posix(), *DocumentCache.stamp(p.stat())]
                  for p in schemas_root.rglob("*.schema.json"))


class DocumentCache:
    def __init__(self, spec_root: Path, schemas_root: Path) -> None:
        self.file = cache_file("spec", spec_root)
        self.entries: dict[str, Any] = {}
        self.dirty = False
        with contextlib.suppress(OSError, ValueError):
            self.key = [_FORMAT, __version__, str(spec_root), _schemas_stamp(schemas_root)]
            stored = json.loads(self.file.read_bytes())
            if isinstance(stored, dict) and stored.get("key") == self.key and isinstance(stored.get("files"), dict):
                self.entries = stored["files"]

    @staticmethod
    def stamp(info: os.stat_result) -> list[int]:
        return [info.st_size, info.st_mtime_ns, info.st_ino]

    def get(self, relative: str, info: os.stat_result, path: Path, shown: str) -> Document | None:
        entry = self.entries.get(relative)
        if not isinstance(entry, dict) or entry.get("stamp") != self.stamp(info):
            return None
        return Document(path, shown, entry["first_line"], entry["data"], entry["marks"], {})

    def put(self, relative: str, info: os.stat_result, doc: Document) -> None:
        marks = {key: mark for key, mark in doc.marks.items() if _PROVENANCE.fullmatch(key)}
        self.entries[relative] = {"stamp": self.stamp(info), "first_line": doc.first_line, "data": doc.data, "marks": marks}
        self.dirty = True

    def keep_only(self, relatives: set[str]) -> None:
        for gone in set(self.entries) - relatives:
            del self.entries[gone]
            self.dirty = True

    def save(self) -> None:
        if self.dirty:
            write_atomically(self.file, {"key": self.key, "files": self.entries})


def _evict(folder: Path, kind: str) -> None:
    """Delete the oldest of our own cache files of a kind beyond KEEP (temporary folders each leave one)."""
    ours = sorted(folder.glob(f"{kind}-*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in ours[KEEP:]:
        old.unlink(missing_ok=True)


