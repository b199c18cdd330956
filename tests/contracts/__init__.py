"""Contract tests: adapters checked against the platforms' published API descriptions."""
