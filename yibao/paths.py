"""Where the spec, schemas and features live: in a checkout, or inside the installed wheel."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    """The folder holding spec/, schemas/ and features/.

    A wheel ships them under yibao/data/; a checkout (or an editable install) has them
    at the repository root, one level above the package.
    """
    packaged = _PACKAGE / "data"
    return packaged if (packaged / "spec").is_dir() else _PACKAGE.parent


@cache
def spec_dir() -> Path:
    """The bundled spec, or the folder named by YIBAO_SPEC_DIR (benchmarks use it for generated specs)."""
    chosen = os.environ.get("YIBAO_SPEC_DIR")
    return Path(chosen) if chosen else data_root() / "spec"


@cache
def schemas_dir() -> Path:
    return data_root() / "schemas"


@cache
def features_dir() -> Path:
    return data_root() / "features"
