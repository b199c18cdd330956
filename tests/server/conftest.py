"""Ledger fixtures: `ledger_url` on both engines (the PostgreSQL cluster is in tests/conftest.py).

Every test that takes `ledger_url` runs twice, on a fresh SQLite file and on a fresh PostgreSQL database, so
the whole server suite covers both engines. The cluster starts only when a PostgreSQL case first needs it
(`-k sqlite` runs never start it). Without PostgreSQL binaries the PostgreSQL cases are skipped with the
reason in the summary (`-ra`) — except under CI (`CI=true`), where a missing server is a failure.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty ledger database URL, once per engine."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.sqlite3")
    return str(request.getfixturevalue("postgres_url"))
