"""Writing report files: each is written beside its final name and renamed into place, so a reader
never sees half a file and nothing else in the folder is touched."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_files(directory: Path, files: dict[str, str]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{name}.")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, directory / name)
