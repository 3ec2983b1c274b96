"""`yibao conform --smoke`: does the implementation speak the protocol? The handshake, then one case per action kind.

As Bowtie's `smoke`, this checks the plumbing before a full run: that start is answered, and
that a case of each kind gets a well-formed answer. Whether the answers are right is the suite's job;
they are shown, not judged, and a kind the implementation declares unsupported is fine.
"""

from __future__ import annotations

from yibao.conformance.features import Scenario
from yibao.report.summary import SUITE_VERSION

from .connectors import Connector
from .messages import Hello
from .outcome import Reply
from .run import judge, skip_reason


def one_per_kind(scenarios: list[Scenario], hello: Hello) -> dict[str, Scenario]:
    """For each action kind, the first scenario the implementation supports (else the first of that kind)."""
    chosen: dict[str, Scenario] = {}
    for scenario in (s for s in scenarios if s.expect.outcome != "error"):  # a valid case of each kind
        kind = str(scenario.case["action"]["kind"])
        if kind not in chosen or (skip_reason(chosen[kind], hello) is not None and skip_reason(scenario, hello) is None):
            chosen[kind] = scenario
    return chosen


def smoke(connector: Connector, scenarios: list[Scenario]) -> int:
    hello = connector.start(SUITE_VERSION)
    try:
        if hello.problem is not None:
            print(f"✗ start: {hello.problem}")
            return 1
        declared = "all" if hello.actions is None else ", ".join(sorted(hello.actions)) or "none"
        print(f"✓ start: {hello.name} {hello.version} (protocol {hello.protocol}; actions: {declared}; "
              f"regions: {'all' if hello.regions is None else len(hello.regions)})")
        kinds = one_per_kind(scenarios, hello)
        to_send = {kind: s for kind, s in kinds.items() if skip_reason(s, hello) is None}
        replies = connector.run([(n, s.id, s.case) for n, s in enumerate(to_send.values())]) if to_send else {}
        broken = 0
        for kind, scenario in sorted(kinds.items()):
            if kind not in to_send:
                print(f"- {kind}: not sent ({skip_reason(scenario, hello)})")
                continue
            reply = replies.get(list(to_send).index(kind), Reply("errored", message="no reply for this case"))
            outcome = judge(scenario, reply, 0.0)
            ok = reply.state in ("result", "skipped")
            broken += not ok
            detail = f"outcome {reply.result.get('outcome')!r} ({outcome.state} against {scenario.id})" if reply.result else \
                f"{reply.state}: {reply.message}"
            print(f"{'✓' if ok else '✗'} {kind}: {detail}")
        print(f"smoke: {len(to_send) - broken} of {len(to_send)} action kinds answered within the protocol")
        return 1 if broken or not to_send else 0
    finally:
        connector.stop()
