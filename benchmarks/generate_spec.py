"""Generate a large spec for benchmarks: the real spec plus N synthetic regional overlays.

The synthetic regions are marked as such (code_verified: false, a note) and each overlay holds
a few rules with two dated versions, shaped like the real Shenzhen overlay. The first 400 are
prefectures under real provinces; beyond that come counties under those prefectures, as China
has about 3,000. The output is a valid spec: `yibao validate OUT/spec` is clean.

    python benchmarks/generate_spec.py OUT [--regions 400]    # the real regions and 400 more
    python benchmarks/generate_spec.py OUT --regions 3000     # the real regions and 3,000 more
"""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROVINCES = ["110000", "310000", "320000", "330000", "370000", "420000", "440000", "620000"]

OVERLAY = """# yaml-language-server: $schema=../../schemas/rules.schema.json
scope: "{code}"
rules:
  - id: family_aid.scope
    versions:
      - version: {code}-a
        effective_from: "2023-10-01"
        effective_to: "2024-10-31"
        params:
          relationships: [spouse, parent, child]
        citations:
          - source: bendibao_sz_635961
            tier: T3
            paraphrase: Synthetic benchmark data.
        verification:
          status: unverified
      - version: {code}-b
        effective_from: "2024-11-01"
        supersedes: family_aid.scope@{code}-a
        params:
          relationships: [spouse, parent, child, sibling]
        citations:
          - source: wenxiaobai_shenzhen_2024_11
            tier: T3
            paraphrase: Synthetic benchmark data.
        verification:
          status: unverified
  - id: settlement.deduction_order
    versions:
      - version: {code}-a
        effective_from: "2023-10-01"
        params:
          own_account_first: true
          between_authorizers: balance_desc
          own_balance_gate: {{settings: [outpatient], own_balance: zero_or_absent}}
          remainder: cash
        citations:
          - source: bendibao_sz_635961
            tier: T3
            paraphrase: Synthetic benchmark data.
        verification:
          status: unverified
  - id: wallet.availability
    versions:
      - version: {code}-a
        effective_from: "2025-05-08"
        from_certainty: no_later_than
        params:
          enabled: true
        citations:
          - source: zysbs_2025_05_08_wallet
            tier: T2
            paraphrase: Synthetic benchmark data.
        verification:
          status: unverified
"""

REGION = """  - code: "{code}"
    level: {level}
    parent: "{parent}"
    label: {{zh: 合成{n}市, en: Synthetic city {n}}}
    code_verified: false
    note: Synthetic region for benchmarks.
"""


def real_codes() -> set[str]:
    """Every code the real vocabulary names, as a region or as a county."""
    text = "".join((ROOT / "spec" / "vocabulary" / name).read_text(encoding="utf-8") for name in ("regions.yaml", "counties.yaml"))
    return set(re.findall(r'"(\d{6})"', text))


def real_region_count(tree: Path = ROOT) -> int:
    """How many regions the spec of a checkout has (the counties file only maps codes to them)."""
    text = (tree / "spec" / "vocabulary" / "regions.yaml").read_text(encoding="utf-8")
    return len(re.findall(r"^  - code:", text, re.M))


def synthetic_codes(count: int) -> list[tuple[str, str]]:
    """(code, parent) pairs that no real region or county uses: prefixes 50–99 under a few provinces, then their counties."""
    taken = real_codes()
    prefectures = [(f"{p[:2]}{n:02d}00", p) for n in range(50, 100) for p in PROVINCES if f"{p[:2]}{n:02d}00" not in taken]
    counties = [(f"{code[:4]}{m:02d}", code) for m in range(1, 100) for code, _ in prefectures if f"{code[:4]}{m:02d}" not in taken]
    codes = prefectures + counties
    if count > len(codes):
        raise SystemExit(f"at most {len(codes)} synthetic regions")
    return codes[:count]


def generate(out: Path, count: int) -> Path:
    spec = out / "spec"
    if spec.exists():
        shutil.rmtree(spec)
    shutil.copytree(ROOT / "spec", spec)
    regions = spec / "vocabulary" / "regions.yaml"
    with regions.open("a", encoding="utf-8") as handle:
        for n, (code, parent) in enumerate(synthetic_codes(count)):
            level = "county" if code[4:] != "00" else "prefecture"
            handle.write(REGION.format(code=code, parent=parent, n=n, level=level))
    for code, _ in synthetic_codes(count):
        (spec / "regions" / f"{code}-synthetic.yaml").write_text(OVERLAY.format(code=code), encoding="utf-8")
    return spec


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--regions", type=int, default=400)
    args = parser.parse_args()
    print(generate(args.out, args.regions))


if __name__ == "__main__":
    main()
