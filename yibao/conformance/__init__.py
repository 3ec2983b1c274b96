"""The conformance suite: Chinese Gherkin scenarios compiled into cases and expectations."""
