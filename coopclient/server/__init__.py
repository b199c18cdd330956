"""The co-op's ledger server: an append-only, signed, Merkle-hashed log of members' day statistics and the
treasurer's policies (docs/ledger.md), stored in SQLite or PostgreSQL and served over HTTP."""
