"""Batch files (JSONL or CSV, one task a line), as tasks arrive by e-mail."""
