"""The reference implementation: decides any case from the spec, with reasons, rules and allocations."""

from .engine import decide

__all__ = ["decide"]
