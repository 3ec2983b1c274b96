"""A planted bug, a limit off by one: the wallet allows four transfers a day instead of three.

    python tests/impls/planted_limit.py
"""

from __future__ import annotations

from planted_common import SPEC, engine_for, serve_as, with_version

model = next(v for v in SPEC.all_versions() if v.ref == "wallet.model@transfer-2024")
spec = with_version(SPEC, model.ref, params={**model.params, "max_transfers_per_day": 4})
serve_as("planted-limit", engine_for(spec).decide)
