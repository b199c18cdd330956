"""The pay known before the work is taken, through the store and the command line: `import-batch --rate`
prints the estimate from the member's finished tasks of the kind (or that there are not enough yet) before
importing, and keeps it with the batch to compare with what it really paid."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coopclient.cli import main
from coopclient.core.estimate import MIN_TASKS, Estimate
from coopclient.core.piece_rate import PieceRate
from coopclient.storage.db import DB_FILENAME, open_database
from coopclient.storage.estimates import EstimateRepo
from tests.history import finish_tasks

CONFIG = (
    '<View><Text name="text" value="$text"/>'
    '<Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices></View>'
)
TIMES_S = [20, 22, 24, 25, 30, 30, 35, 40, 45, 60, 30, 28]  # median 30 s; quartiles 24.75 s and 36.25 s


def finish(data: Path, batch_id: int, times_s: list[int], idle_s: int = 0) -> None:
    conn = sqlite3.connect(data / DB_FILENAME)
    with conn:
        finish_tasks(conn, batch_id, times_s, idle_s)
    conn.close()


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def batch_file(path: Path, n: int, word: str) -> Path:
    path.write_text("".join(f'{{"text": "{word} {i}"}}\n' for i in range(n)), encoding="utf-8")
    return path


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.xml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_import_batch_prints_the_estimate_before_importing_and_keeps_it(
    tmp_path: Path, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    first = batch_file(tmp_path / "a.jsonl", len(TIMES_S), "first")
    assert run(data, "import-batch", str(first), "--config", str(config), "--rate", "0.04 EUR per task") == 0
    out = capsys.readouterr().out
    assert f"estimate: not enough history yet (0 of {MIN_TASKS} choices tasks finished" in out
    assert out.index("estimate:") < out.index("imported 12 tasks")

    finish(data, 1, TIMES_S, idle_s=600)  # idle time awaiting a decision is not pace
    assert run(data, "floor", "set", "12", "EUR", "--effective", "2020-01-01") == 0
    capsys.readouterr()
    second = batch_file(tmp_path / "b.jsonl", 5, "second")
    assert run(data, "import-batch", str(second), "--config", str(config), "--rate", "0.04 EUR per task") == 0
    out = capsys.readouterr().out
    assert (
        "estimate: about 4.80 EUR/h (3.97 EUR/h to 5.82 EUR/h for half your tasks; your pace on 12 choices tasks)"
        " — 7.20 EUR/h below the floor"
    ) in out

    db = open_database(data / DB_FILENAME)
    try:
        repo = EstimateRepo(db)
        assert repo.of_batch(1) is None  # no history when it was imported: nothing to compare with later
        kept = repo.of_batch(2)
        assert kept == Estimate("choices", 12, 30_000, 24_750, 36_250, PieceRate.parse("0.04 EUR per task"))
    finally:
        db.close()


def test_only_finished_tasks_of_the_same_kind_count(tmp_path: Path, config: Path) -> None:
    data = tmp_path / "data"
    first = batch_file(tmp_path / "a.jsonl", 12, "first")
    assert run(data, "import-batch", str(first), "--config", str(config)) == 0
    finish(data, 1, [30] * 9)  # nine done, three left to do
    db = open_database(data / DB_FILENAME)
    try:
        repo = EstimateRepo(db)
        assert repo.task_times("choices") == [30_000] * 9
        assert repo.task_times("labels") == []
    finally:
        db.close()
