"""The reference engine over any Spec, behind the harness's connector interface: the oracle.

The harness's own in-process connector always uses the bundled spec; mutants and the fuzzer need
the engine over a Spec held in memory, and a crash of a mutated engine must read as an errored case.
"""

from __future__ import annotations

from reference_impl.engine import Engine, bundled
from yibao import __version__
from yibao.harness.connectors import Batch, Connector, Hello
from yibao.harness.outcome import Reply
from yibao.spec.model import Spec


class Reference(Connector):
    def __init__(self, spec: Spec | None = None) -> None:
        self.engine = Engine(spec) if spec is not None else bundled()

    def start(self, suite_version: str) -> Hello:
        return Hello("yibao-reference", __version__, "python")

    def run(self, batch: Batch) -> dict[int, Reply]:
        replies = {}
        for seq, _, case in batch:
            try:
                replies[seq] = Reply("result", result=self.engine.decide(case))
            except Exception as exc:  # a mutated engine may break anywhere; that is a noticed mutant
                replies[seq] = Reply("errored", message=repr(exc))
        return replies

    def stop(self) -> None:
        return None

    def diagnostics(self) -> str:
        return ""
