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
import zlib
from pathlib import Path
from typing import Any

from .. import __version__
from .load import Document, pointer_key

_FORMAT = 1


def _cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("yibao", appauthor=False)


def _schemas_stamp(schemas_root: Path) -> list[Any]:
    return sorted([p.relative_to(schemas_root).as_posix(), *DocumentCache.stamp(p.stat())]
                  for p in schemas_root.rglob("*.schema.json"))


class DocumentCache:
    def __init__(self, spec_root: Path, schemas_root: Path) -> None:
        name = str(spec_root).encode("utf-8", "surrogateescape")
        self.file = _cache_dir() / f"spec-{zlib.crc32(name):08x}-{len(name)}.json"  # the full key is inside
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
        wanted = _container_pointers(doc.data) + [pointer_key((key,)) for key in doc.data]  # and top-level values
        marks = {key: doc.marks[key] for key in wanted if key in doc.marks}
        self.entries[relative] = {"stamp": self.stamp(info), "first_line": doc.first_line, "data": doc.data, "marks": marks}
        self.dirty = True

    def keep_only(self, relatives: set[str]) -> None:
        for gone in set(self.entries) - relatives:
            del self.entries[gone]
            self.dirty = True

    def save(self) -> None:
        """Write the cache atomically (a temporary file renamed into place); give up quietly on any error."""
        if not self.dirty:
            return
        import tempfile

        with contextlib.suppress(OSError, ValueError, AttributeError):
            payload = json.dumps({"key": self.key, "files": self.entries}, ensure_ascii=False,
                                 separators=(",", ":")).encode("utf-8")
            self.file.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.file.parent, prefix=".spec-", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(payload)
                os.replace(temporary, self.file)
            except OSError:
                os.unlink(temporary)
                raise


def _container_pointers(data: Any, pointer: tuple[str | int, ...] = ()) -> list[str]:
    """The pointer keys of every mapping and list in data."""
    found = [pointer_key(pointer)]
    if isinstance(data, dict):
        items: Any = data.items()
    elif isinstance(data, list):
        items = enumerate(data)
    else:
        return []
    for key, value in items:
        if isinstance(value, dict | list):
            found += _container_pointers(value, (*pointer, key))
    return found
