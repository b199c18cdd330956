"""Every SQL statement of the member's store lives in ``coopclient/storage/``, behind repositories.

Counted by ``tools/count_sql.py`` (the ledger server, ``coopclient/server/``, is its own program with its own
database and is left out). Nothing is allowed outside storage: a use case that needs a new query gets a
repository method that says what it does.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "count_sql.py"
ALLOWED: dict[str, str] = {}  # path -> why its SQL must stay outside storage (none today)


@pytest.fixture(scope="module")
def count_sql() -> ModuleType:
    spec = importlib.util.spec_from_file_location("count_sql", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["count_sql"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_no_sql_of_the_members_store_outside_storage(count_sql: ModuleType) -> None:
    found = [hit for hit in count_sql.hits() if hit.path not in ALLOWED]
    assert [f"{h.path}:{h.line}: {h.text}" for h in found] == []


@pytest.mark.parametrize(
    "source",
    [
        'db.execute("SELECT 1 FROM tasks")',
        'x = "UPDATE outbox SET parked = 1"',
        'x = f"DELETE FROM {table} WHERE id = ?"',
        "x = (\n  'INSERT INTO results '\n  'VALUES (?)')",
        "db.execute(sql, [1])",
        "db.conn.executemany(statement, rows)",
        'db["tasks"].insert({})',
        'db.table("tasks")',
    ],
)
def test_the_count_sees_sql_however_it_is_written(count_sql: ModuleType, source: str) -> None:
    assert len(count_sql.hits_in(source, "m.py")) == 1


@pytest.mark.parametrize(
    "source",
    ['x = "Select the label that fits"', 'log.info("updated %d rows", n)', "with db.atomic(): pass", "d[k] = v"],
)
def test_prose_and_transactions_are_not_sql(count_sql: ModuleType, source: str) -> None:
    assert count_sql.hits_in(source, "m.py") == []
