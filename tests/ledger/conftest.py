"""Ledger fixtures: a real PostgreSQL cluster for the session, and `ledger_url` on both engines.

Every test that takes `ledger_url` runs twice, on a fresh SQLite file and on a fresh PostgreSQL database, so
the whole server suite covers both engines. The cluster starts only when a PostgreSQL case first needs it
(`-k sqlite` runs never start it). Without PostgreSQL binaries the PostgreSQL cases are skipped with the
reason in the summary (`-ra`) — except under CI (`CI=true`), where a missing server is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ledger.pg import PostgresCluster, PostgresUnavailable


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """A temporary PostgreSQL cluster on 127.0.0.1, stopped and removed at the end of the session."""
    try:
        cluster = PostgresCluster()
    except PostgresUnavailable as exc:
        if _in_ci():
            pytest.fail(f"CI=true but PostgreSQL is unavailable: {exc}", pytrace=False)
        pytest.skip(f"PostgreSQL cases skipped: {exc}")
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster) -> str:
    """A fresh, empty PostgreSQL database."""
    return postgres_cluster.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty ledger database URL, once per engine."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.sqlite3")
    return str(request.getfixturevalue("postgres_url"))
