"""The session's one PostgreSQL cluster (Debian's package, a temp dir, 127.0.0.1), shared by every test folder.

The cluster starts only when a PostgreSQL case first needs it. Without PostgreSQL binaries those cases are
skipped with the reason in the summary (`-ra`), except under CI (`CI=true`), where a missing server fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.server.pg import PostgresCluster, PostgresUnavailable


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
