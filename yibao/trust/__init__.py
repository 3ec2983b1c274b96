"""Tools that measure how far the suite can be trusted: spec and code mutants, and differential fuzzing.

They stand beside the harness and drive it like any user: the reference engine is reached only
through a connector, and never learns that it is being mutated.
"""
