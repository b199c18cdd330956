"""CSV batch files that the csv module refuses are refused naming their line (platforms.batchfile.reader)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from coopclient.platforms.batchfile.reader import BatchFileError, read_tasks

HUGE = "x" * (csv.field_size_limit() + 10)  # a field over the csv module's limit, a task under ours


@pytest.mark.parametrize(
    ("content", "where"),
    [
        (f"{HUGE}\n1\n", ":1: not valid CSV"),
        (f"id,text\n1,fine\n2,{HUGE}\n", ":3: not valid CSV"),
    ],
    ids=["header", "row"],
)
def test_a_csv_error_names_its_line(tmp_path: Path, content: str, where: str) -> None:
    path = tmp_path / "b.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BatchFileError, match=f"b.csv{where}"):
        list(read_tasks(path))


def test_a_csv_file_without_rows_holds_no_tasks(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text("", encoding="utf-8")
    assert list(read_tasks(path)) == []
    path.write_text("id,text\n\n", encoding="utf-8")
    assert list(read_tasks(path)) == []
