"""The harness: runs the suite against an implementation under test and records what happened."""
