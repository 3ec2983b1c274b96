"""Loading, validating, linting and resolving the rule specification."""
