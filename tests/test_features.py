"""Compiling feature files: a sentence no step knows is a problem at its line, however often it is read;
what gherkin made of a file is kept between runs, and read afresh whenever the file changes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reference_impl import engine
from yibao.conformance.features import compile_feature, load_suite
from yibao.conformance.steps import Labels

FEATURE = """# language: zh-CN
功能: 试验

  @id:known @rule:family_aid.scope @source:wenxiaobai_2021_14 @region:440300
  场景: 句子都认得
    假如 日期是 "2025-01-01"
    而且 "甲" 在 "深圳市" 参加职工医保
    而且 "甲" 的个人账户余额 100.00 元
    当 "甲" 在定点零售药店购药 20.00 元
    那么 结果是 "受理"

  @id:unknown @rule:family_aid.scope @source:wenxiaobai_2021_14 @region:440300
  场景: 有一句不认得
    假如 日期是 "2025-01-01"
    而且 "甲" 在 "深圳市" 参加职工医保
    而且 "甲" 的个人账户余额 100.00 元
    而且 "甲" 今天心情很好
    当 "甲" 在定点零售药店购药 20.00 元
    那么 结果是 "受理"
"""


def test_an_unknown_sentence_is_a_problem_at_its_line_every_time(tmp_path: Path) -> None:
    path = tmp_path / "试验.feature"
    path.write_text(FEATURE, encoding="utf-8")
    labels = Labels.of(engine.bundled().spec)
    for _ in range(2):  # known sentences are matched once and remembered; an unknown one is never taken for known
        scenarios, problems = compile_feature(path, tmp_path, labels)
        assert [s.id for s in scenarios] == ["known"]
        assert scenarios[0].case["action"] == {"kind": "settle", "patient": "甲", "venue": "designated_pharmacy",
                                               "setting": "pharmacy", "category": "designated_pharmacy.drug",
                                               "amount_fen": 2000, "credential": {"holder": "甲"}}
        assert [(p.line, p.message) for p in problems] == [(17, "unknown: no step matches: \"甲\" 今天心情很好")]


def test_parsed_features_are_kept_between_runs_and_every_change_is_read_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gherkin.parser import Parser

    from yibao.conformance import parsed

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("YIBAO_NO_CACHE", raising=False)
    parses: list[str] = []

    class Counting(Parser):
        def parse(self, text: str) -> Any:  # type: ignore[override]
            parses.append(text)
            return super().parse(text)

    monkeypatch.setattr(parsed, "Parser", Counting)
    (tmp_path / "features" / "试验").mkdir(parents=True)
    path = tmp_path / "features" / "试验" / "试验.feature"
    path.write_text(FEATURE, encoding="utf-8")
    spec = engine.bundled().spec

    def amounts() -> list[int]:
        suite = load_suite(tmp_path / "features", spec)
        assert [p.message for p in suite.problems] == ["unknown: no step matches: \"甲\" 今天心情很好"]
        return [s.case["action"]["amount_fen"] for s in suite.scenarios]

    assert amounts() == [2000] and len(parses) == 1
    (stored,) = (tmp_path / "cache" / "yibao").glob("features-*.json")
    assert amounts() == [2000] and len(parses) == 1  # from the cache: not parsed again
    path.write_text(FEATURE.replace("购药 20.00 元", "购药 30.00 元", 1), encoding="utf-8")  # same path, new text
    assert amounts() == [3000] and len(parses) == 2
    stored.write_bytes(b"\x80 not json")
    assert amounts() == [3000] and len(parses) == 3  # a corrupt cache is ignored, and written anew
    assert amounts() == [3000] and len(parses) == 3
    kept = json.loads(stored.read_bytes())
    stored.write_text(json.dumps({**kept, "files": {digest: ["not a document", 1] for digest in kept["files"]}}), encoding="utf-8")
    assert amounts() == [3000] and len(parses) == 4  # an entry of the wrong shape is ignored too
    monkeypatch.setenv("YIBAO_NO_CACHE", "1")
    assert amounts() == [3000] and len(parses) == 5
    monkeypatch.delenv("YIBAO_NO_CACHE")
    path.write_text(FEATURE + "  这不是 Gherkin\n", encoding="utf-8")
    for n in (6, 7):  # a file gherkin cannot read is never kept: it is parsed, and its error found, every time
        assert load_suite(tmp_path / "features", spec).problems[0].message.startswith("Gherkin: ") and len(parses) == n
