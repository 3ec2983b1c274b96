"""The conformance suite as pytest tests (pytest-bdd): `pytest --pyargs yibao.conformance.suite`."""
