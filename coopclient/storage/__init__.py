"""Local persistence: the SQLite store (sqlite-utils), its schema migrations and repositories."""
