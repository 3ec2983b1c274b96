"""A planted bug, a date off by one day: Shenzhen's wider circle of relatives starts on 2024-11-02, not 2024-11-01.

    python tests/impls/planted_date.py
"""

from __future__ import annotations

from datetime import date

from planted_common import SPEC, engine_for, serve_as, with_version

spec = with_version(SPEC, "family_aid.scope@440300-2023-10", effective_to=date(2024, 11, 1))
spec = with_version(spec, "family_aid.scope@440300-2024-11", effective_from=date(2024, 11, 2))
serve_as("planted-date", engine_for(spec).decide)
