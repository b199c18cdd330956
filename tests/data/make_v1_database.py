"""Writes ``coopclient-v1.sqlite3``: a store as the first schema version left it, with some work in it.

Run once to (re)create the fixture; the migration test opens a copy of the committed file, so it checks
that real old files keep their data, not just that today's code can create a fresh database.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coopclient.storage.db import _statements
from coopclient.storage.migrations import SCHEMA_V1

HERE = Path(__file__).parent


def main() -> None:
    path = HERE / "coopclient-v1.sqlite3"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    for statement in _statements(SCHEMA_V1):
        conn.execute(statement)
    conn.executescript(
        """
        PRAGMA user_version = 1;
        INSERT INTO accounts VALUES (1, 'file', 'Batch files', '', 1772438400000);
        INSERT INTO projects VALUES (1, 1, NULL, 'Old sentiment',
          '<View><Text name="text" value="$text"/><Choices name="s" toName="text"><Choice value="Yes"/>'
          || '<Choice value="No"/></Choices></View>', 'choices', 40000, 'EUR', 1772438400000);
        INSERT INTO batches VALUES (1, 1, 'old.jsonl', NULL, 1772438400000, 2);
        INSERT INTO tasks VALUES (1, 1, 1, '7', '{"data": {"text": "first"}}', 'choices', NULL, 'done', NULL);
        INSERT INTO tasks VALUES (2, 1, 2, '8', '{"data": {"text": "second"}}', 'choices', NULL, 'todo', NULL);
        INSERT INTO results VALUES (1, 'r-1', '[{"from_name": "s", "to_name": "text", "type": "choices", '
          || '"value": {"choices": ["Yes"]}}]', 0, 42000, 1, 1772438500000, 1772438500000);
        INSERT INTO work_sessions VALUES ('s-1', 0, 'file', 'annotating', 1772438400000, 'UTC', 1772438460000,
          1772438460000, 'user', 'closed', NULL);
        INSERT INTO activity_spans VALUES (1, 's-1', 1, 'active', 'annotating', 1, 1, 'file', '2026-03-02',
          1772438400000, 1772438442000, NULL, 0, NULL, 0);
        INSERT INTO activity_spans VALUES (2, 's-1', 2, 'idle', 'annotating', 1, 1, 'file', '2026-03-02',
          1772438442000, 1772438460000, 0, 0, 'pending', 0);
        INSERT INTO earnings VALUES (1, 'e-1', 'piece_rate', 40000, 'EUR', '2026-03-02', 1, 1, 'file', NULL,
          NULL, 1772438500000);
        """
    )
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    main()
