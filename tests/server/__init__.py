"""Tests of the co-op ledger server: storage on SQLite and PostgreSQL, the HTTP API, the aggregates."""
