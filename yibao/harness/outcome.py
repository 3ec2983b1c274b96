"""What happened to each scenario."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STATES = ("passed", "failed", "skipped", "errored", "timed_out")


@dataclass
class Reply:
    """One implementation's answer for one case, before comparison."""

    state: str  # "result", "skipped", "errored", "timed_out"
    result: dict[str, Any] | None = None
    message: str = ""


@dataclass
class ScenarioOutcome:
    scenario_id: str
    state: str  # one of STATES
    messages: list[str] = field(default_factory=list)
    result: dict[str, Any] | None = None
    seconds: float = 0.0
