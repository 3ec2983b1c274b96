"""The conformance report says, for each region the run tested, what the spec knows there: the same
coverage object as `yibao coverage`, so a vendor sees which answers rest on regional evidence."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from yibao.spec.coverage import STATES, coverage


def test_the_report_shows_the_spec_coverage_of_the_regions_tested(yibao, spec, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    done = yibao("conform", "--region", "440300", "--report", str(tmp_path / "r"))
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    section = page[page.index("规范覆盖"):page.index("规则来源")]
    day = re.search(r"\((\d{4}-\d{2}-\d{2})\)", section)
    assert day is not None
    shenzhen = next(row for row in coverage(spec, date.fromisoformat(day[1])).regions if row.code == "440300")
    counts = shenzhen.counts()
    assert f"<td>440300 深圳市</td>{''.join(f'<td>{counts[s]}</td>' for s in STATES)}</tr>" in section
    assert counts["own"] > 0 and sum(counts.values()) == len(spec.rules)
    assert "110000" not in section  # only the regions the run tested
