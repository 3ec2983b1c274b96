"""Compiling feature files: a sentence no step knows is a problem at its line, however often it is read."""

from __future__ import annotations

from pathlib import Path

from reference_impl import engine
from yibao.conformance.features import compile_feature
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
