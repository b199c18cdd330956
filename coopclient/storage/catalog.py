"""SQL for accounts, projects, batches and tasks. Callers wrap writes in ``db.atomic()``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils

FILE_PLATFORM = "file"


@dataclass(frozen=True)
class ProjectRow:
    """A project as stored."""

    id: int
    account_id: int
    platform: str
    name: str
    config_xml: str
    task_type: str
    rate_micros: int | None
    rate_currency: str | None


@dataclass(frozen=True)
class TaskRow:
    """A task as stored, with what the UI and the validators need from its project."""

    id: int
    batch_id: int
    project_id: int
    seq: int
    platform_ref: str | None
    data: dict[str, Any]
    task_type: str
    unsupported_reason: str | None
    status: str


@dataclass(frozen=True)
class AccountRow:
    """An account as stored."""

    id: int
    platform: str
    name: str
    url: str


@dataclass(frozen=True)
class ExportRow:
    """A task's result with what an export of it needs."""

    task_id: int
    platform_ref: str | None
    payload: str
    project: str
    config_xml: str
    result_id: str
    result: str
    was_cancelled: bool
    created_ms: int
    updated_ms: int


_PROJECT_SELECT = (
    "SELECT p.id, p.account_id, a.platform, p.name, p.config_xml, p.task_type, p.rate_micros, "
    "p.rate_currency FROM projects p JOIN accounts a ON a.id = p.account_id"
)
_TASK_SELECT = (
    "SELECT t.id, t.batch_id, b.project_id, t.seq, t.platform_ref, t.payload, t.task_type, "
    "t.unsupported_reason, t.status FROM tasks t JOIN batches b ON b.id = t.batch_id"
)


def task_data(payload: str) -> dict[str, Any]:
    """The task data inside a stored payload (Label Studio's shape or bare data)."""
    value = json.loads(payload)
    if isinstance(value, dict) and isinstance(value.get("data"), dict):
        return dict(value["data"])
    return dict(value)


def _task(row: Any) -> TaskRow:
    values = list(row)
    values[5] = task_data(values[5])
    return TaskRow(*values)


class CatalogRepo:
    """Accounts, projects, batches, tasks."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def ensure_account(self, platform: str, name: str, url: str, now_ms: int) -> int:
        """The id of an account, created if new."""
        self.db.execute(
            "INSERT INTO accounts (platform, name, url, created_ms) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (platform, name, url) DO NOTHING",
            [platform, name, url, now_ms],
        )
        row = self.db.execute(
            "SELECT id FROM accounts WHERE platform = ? AND name = ? AND url = ?", [platform, name, url]
        ).fetchone()
        return int(row[0])

    def accounts_on(self, platforms: Iterable[str]) -> list[AccountRow]:
        """The accounts on some platforms, oldest first."""
        names = list(platforms)
        marks = ", ".join("?" for _ in names)
        rows = self.db.execute(
            f"SELECT id, platform, name, url FROM accounts WHERE platform IN ({marks}) ORDER BY id", names
        ).fetchall()
        return [AccountRow(*row) for row in rows]

    def project_by_ref(self, account_id: int, platform_ref: str) -> int | None:
        """The project of an account that mirrors the platform's project ``platform_ref``, if pulled before."""
        row = self._db_row(
            "SELECT id FROM projects WHERE account_id = ? AND platform_ref = ?", account_id, platform_ref
        )
        return None if row is None else int(row[0])

    def update_project(self, project_id: int, name: str, config_xml: str, task_type: str) -> None:
        """Take a project's name and config as the platform now has them."""
        self.db.execute(
            "UPDATE projects SET name = ?, config_xml = ?, task_type = ? WHERE id = ?",
            [name, config_xml, task_type, project_id],
        )

    def insert_project(
        self,
        account_id: int,
        name: str,
        config_xml: str,
        task_type: str,
        rate: tuple[int, str] | None,
        now_ms: int,
        platform_ref: str | None = None,
    ) -> int:
        """Record a project."""
        cursor = self.db.execute(
            "INSERT INTO projects (account_id, platform_ref, name, config_xml, task_type, rate_micros, "
            "rate_currency, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                account_id,
                platform_ref,
                name,
                config_xml,
                task_type,
                rate[0] if rate else None,
                rate[1] if rate else None,
                now_ms,
            ],
        )
        return int(cursor.lastrowid or 0)

    def project_names(self) -> dict[int, str]:
        """Every project's name, by id."""
        return {int(i): str(n) for i, n in self.db.execute("SELECT id, name FROM projects").fetchall()}

    def find_project(self, account_id: int, name: str, config_xml: str) -> int | None:
        """A project with this name and the very same config, to add batches to."""
        row = self.db.execute(
            "SELECT id FROM projects WHERE account_id = ? AND name = ? AND config_xml = ?",
            [account_id, name, config_xml],
        ).fetchone()
        return None if row is None else int(row[0])

    def project(self, project_id: int) -> ProjectRow:
        """One project."""
        row = self.db.execute(f"{_PROJECT_SELECT} WHERE p.id = ?", [project_id]).fetchone()
        if row is None:
            raise KeyError(project_id)
        return ProjectRow(*row)

    def projects(self) -> list[ProjectRow]:
        """All projects."""
        return [ProjectRow(*r) for r in self.db.execute(f"{_PROJECT_SELECT} ORDER BY p.id").fetchall()]

    def batch_with_source(self, project_id: int, sha256: str) -> int | None:
        """A batch of this project imported from a file with this content, if any."""
        row = self.db.execute(
            "SELECT id FROM batches WHERE project_id = ? AND source_sha256 = ?", [project_id, sha256]
        ).fetchone()
        return None if row is None else int(row[0])

    def insert_batch(self, project_id: int, source: str, sha256: str | None, now_ms: int) -> int:
        """Record a batch."""
        cursor = self.db.execute(
            "INSERT INTO batches (project_id, source, source_sha256, imported_ms) VALUES (?, ?, ?, ?)",
            [project_id, source, sha256, now_ms],
        )
        return int(cursor.lastrowid or 0)

    def insert_tasks(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Insert (batch_id, seq, platform_ref, payload, task_type, unsupported_reason) rows."""
        self.db.conn.executemany(
            "INSERT INTO tasks (batch_id, seq, platform_ref, payload, task_type, unsupported_reason) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )

    def set_batch_count(self, batch_id: int) -> int:
        """Store and return a batch's task count."""
        self.db.execute(
            "UPDATE batches SET task_count = (SELECT count(*) FROM tasks WHERE batch_id = ?) WHERE id = ?",
            [batch_id, batch_id],
        )
        return int(self.db.execute("SELECT task_count FROM batches WHERE id = ?", [batch_id]).fetchone()[0])

    def project_of_task(self, task_id: int) -> int | None:
        """The project a task belongs to; None if there is no such task."""
        row = self._db_row(
            "SELECT b.project_id FROM tasks t JOIN batches b ON b.id = t.batch_id WHERE t.id = ?", task_id
        )
        return None if row is None else int(row[0])

    def has_tasks(self) -> bool:
        """Whether any task was imported or pulled."""
        return bool(self._db_row("SELECT EXISTS (SELECT 1 FROM tasks)")[0])

    def unsupported_count(self, batch_id: int) -> int:
        """How many tasks of a batch cannot be annotated here."""
        sql = "SELECT count(*) FROM tasks WHERE batch_id = ? AND unsupported_reason IS NOT NULL"
        return int(self._db_row(sql, batch_id)[0])

    def platform_refs(self, account_id: int, project_ref: str) -> set[str]:
        """The platform's ids of the tasks held here from one platform project."""
        rows = self.db.execute(
            "SELECT t.platform_ref FROM tasks t JOIN batches b ON b.id = t.batch_id "
            "JOIN projects p ON p.id = b.project_id WHERE p.account_id = ? AND p.platform_ref = ?",
            [account_id, project_ref],
        ).fetchall()
        return {row[0] for row in rows}

    def task_context(self, task_id: int) -> tuple[int, str] | None:
        """(project id, platform) of a task; None if there is no such task."""
        row = self._db_row(
            "SELECT p.id, a.platform FROM tasks t JOIN batches b ON b.id = t.batch_id "
            "JOIN projects p ON p.id = b.project_id JOIN accounts a ON a.id = p.account_id WHERE t.id = ?",
            task_id,
        )
        return None if row is None else (int(row[0]), str(row[1]))

    def tasks_to_check(
        self, platforms: Iterable[str], state_key: str, checked_before_ms: int, limit: int
    ) -> list[tuple[int, str, int]]:
        """(task id, platform ref, account id) of to-do platform tasks whose payload's ``state_key`` was last
        checked at or before ``checked_before_ms`` (or never), least recently checked first."""
        checked = f"coalesce(json_extract(t.payload, '$.\"{state_key}\".checked_ms'), 0)"
        rows = self.db.execute(
            "SELECT t.id, t.platform_ref, p.account_id FROM tasks t JOIN batches b ON b.id = t.batch_id "
            "JOIN projects p ON p.id = b.project_id JOIN accounts a ON a.id = p.account_id "
            "WHERE t.status = 'todo' AND t.platform_ref IS NOT NULL AND a.platform IN (SELECT value FROM json_each(?)) "
            f"AND {checked} <= ? ORDER BY {checked}, t.id LIMIT ?",
            [json.dumps(list(platforms)), checked_before_ms, limit],
        ).fetchall()
        return [(int(task_id), str(ref), int(account_id)) for task_id, ref, account_id in rows]

    def set_payload_key(self, task_id: int, key: str, value_json: str) -> None:
        """Set one key of a task's stored payload in place (the rest may have changed since it was read)."""
        self.db.execute(
            f"UPDATE tasks SET payload = json_set(payload, '$.\"{key}\"', json(?)) WHERE id = ?", [value_json, task_id]
        )

    def export_rows(self) -> Iterator[ExportRow]:
        """Every task's result, in import order (streamed)."""
        rows = self.db.execute(
            "SELECT t.id, t.platform_ref, t.payload, p.name, p.config_xml, r.result_id, r.result, r.was_cancelled, "
            "r.created_ms, r.updated_ms FROM results r JOIN tasks t ON t.id = r.task_id "
            "JOIN batches b ON b.id = t.batch_id JOIN projects p ON p.id = b.project_id "
            "ORDER BY t.batch_id, t.seq"
        )
        for row in rows:
            values = list(row)
            values[7] = bool(values[7])
            yield ExportRow(*values)

    def task(self, task_id: int) -> TaskRow:
        """One task."""
        row = self.db.execute(f"{_TASK_SELECT} WHERE t.id = ?", [task_id]).fetchone()
        if row is None:
            raise KeyError(task_id)
        return _task(row)

    def tasks(self, status: str | None = None, batch_id: int | None = None, limit: int = -1) -> list[TaskRow]:
        """Tasks in import order, optionally filtered."""
        where: list[str] = []
        params: list[object] = []
        if status:
            where.append("t.status = ?")
            params.append(status)
        if batch_id is not None:
            where.append("t.batch_id = ?")
            params.append(batch_id)
        sql = _TASK_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        rows = self.db.execute(sql + " ORDER BY t.batch_id, t.seq LIMIT ?", [*params, limit]).fetchall()
        return [_task(r) for r in rows]

    def _db_row(self, sql: str, *params: object) -> Any:
        return self.db.execute(sql, list(params)).fetchone()

    def set_status(self, task_id: int, status: str, now_ms: int) -> None:
        """Mark a task to-do, done or skipped."""
        self.db.execute("UPDATE tasks SET status = ?, updated_ms = ? WHERE id = ?", [status, now_ms, task_id])
