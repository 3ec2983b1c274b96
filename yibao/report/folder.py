"""Write a folder of files as one piece: into a fresh temporary folder beside it, then swapped into place.

A reader never sees half a report, or one report's summary beside another's page. The folder
carries a marker listing the files we wrote; we replace only a folder that is empty or carries
that marker and holds nothing else, so that nothing we did not write is ever deleted.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from pathlib import Path

MARKER = ".yibao-report"


class FolderRefused(ValueError):
    """The folder holds files that we did not write; str() says which folder and why."""


def _ours(directory: Path) -> set[str] | None:
    """The names our marker lists, or None when the folder has no readable marker."""
    try:
        names = json.loads((directory / MARKER).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return {str(n) for n in names} if isinstance(names, list) else None


def check_target(directory: Path) -> None:
    """Refuse a folder we may not replace: a file, or a folder holding anything we did not write."""
    if not directory.exists() and not directory.is_symlink():
        return
    if directory.is_symlink() or not directory.is_dir():
        raise FolderRefused(f"{directory} exists and is not a folder")
    present = {p.name for p in directory.iterdir()}
    if not present:
        return
    ours = _ours(directory)
    if ours is None:
        raise FolderRefused(f"{directory} is not empty and is not a previous yibao report (no {MARKER}); "
                            "choose another folder or empty it yourself")
    strangers = sorted(present - ours - {MARKER})
    if strangers:
        raise FolderRefused(f"{directory} holds files yibao did not write ({', '.join(strangers[:3])}); "
                            "move them away or choose another folder")


def write_folder(directory: Path, files: dict[str, bytes]) -> None:
    """Replace directory with exactly these files (flat names), all at once."""
    check_target(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    fresh = _sibling(directory, "new")
    try:
        for name, data in files.items():
            (fresh / name).write_bytes(data)
        (fresh / MARKER).write_text(json.dumps({"files": sorted(files)}, ensure_ascii=False) + "\n", encoding="utf-8")
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    if not directory.exists():
        os.rename(fresh, directory)
        return
    aside = _sibling(directory, "old")
    os.rename(directory, aside / "previous")
    os.rename(fresh, directory)
    _remove_ours(aside / "previous")
    with contextlib.suppress(OSError):  # left in place if anything else appeared there meanwhile
        aside.rmdir()


def _sibling(directory: Path, role: str) -> Path:
    """A new hidden folder beside directory (on the same file system, so renames are atomic), with the usual permissions."""
    path = directory.parent / f".{directory.name}.{uuid.uuid4().hex[:12]}.{role}"
    path.mkdir()
    return path


def _remove_ours(directory: Path) -> None:
    """Delete a previous folder of ours: only the plain file names its marker lists, then the folder if empty."""
    for name in _ours(directory) or set():
        if name not in ("", ".", "..") and "/" not in name and "\\" not in name:
            (directory / name).unlink(missing_ok=True)
    (directory / MARKER).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        directory.rmdir()
