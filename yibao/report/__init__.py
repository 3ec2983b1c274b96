"""Reports of a run: summary.json, JUnit XML, Cucumber JSON, an HTML compliance matrix and a badge."""
