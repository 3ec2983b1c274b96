"""Reviewing rule changes: a semantic diff between two revisions of the spec."""
