"""Backup and restore of a year of work (the report benchmark's store: 1,000,000 spans, 200,000 tasks) plus
50 MB of pulled media: time and file size, against a bare copy in the same run.

The backup is :meth:`BackupService.write` as ``coopclient backup`` runs it (Scrypt at its real cost, 2**17);
the restore is :func:`restore` into a fresh folder (integrity check of the store included). Baseline: SQLite's
``Connection.backup`` of the store into a new file plus ``shutil.copytree`` of the media folder, the least a
consistent copy costs, unencrypted. Runs interleaved, median of 3.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from coopclient.app import build
from coopclient.services.backup import restore
from coopclient.storage.credentials import MemoryStore
from coopclient.storage.db import DB_FILENAME
from tests.benchmarks._timing import median, ms, report_line
from tests.benchmarks._year_data import cached_year_dir

pytestmark = pytest.mark.benchmark

RUNS = 3
MEDIA_FILES, MEDIA_BYTES = 250, 200_000  # 50 MB of images (random: they do not compress either)


def _bare_copy(data_dir: Path, target: Path) -> int:
    start = time.perf_counter_ns()
    target.mkdir()
    src, dst = sqlite3.connect(str(data_dir / DB_FILENAME)), sqlite3.connect(str(target / DB_FILENAME))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    shutil.copytree(data_dir / "media", target / "media")
    return time.perf_counter_ns() - start


def test_backup_and_restore_of_a_year(tmp_path: Path) -> None:
    year, _generated = cached_year_dir()
    data = tmp_path / "year"
    shutil.copytree(year, data)
    media = data / "media" / "account-1"
    media.mkdir(parents=True)
    for n in range(MEDIA_FILES):
        (media / f"{n:04d}.png").write_bytes(os.urandom(MEDIA_BYTES))
    keyring = MemoryStore(persistent=True)
    s = build(data, credentials=keyring)
    backups, restores, bares = [], [], []
    try:
        for run in range(RUNS):
            out = tmp_path / f"year-{run}.coopbackup"
            start = time.perf_counter_ns()
            summary = s.backup.write(out, "a year of work, kept safe")
            backups.append(time.perf_counter_ns() - start)
            start = time.perf_counter_ns()
            restore(out, tmp_path / f"restored-{run}", "a year of work, kept safe", keyring)
            restores.append(time.perf_counter_ns() - start)
            bares.append(_bare_copy(data, tmp_path / f"bare-{run}"))
            shutil.rmtree(tmp_path / f"restored-{run}")
            shutil.rmtree(tmp_path / f"bare-{run}")
            size = summary.size
            out.unlink()
    finally:
        s.close()
    store = (data / DB_FILENAME).stat().st_size
    bare = median(bares)
    report_line(
        "backup-year",
        f"store {store / 1e6:.0f} MB + media {MEDIA_FILES * MEDIA_BYTES / 1e6:.0f} MB",
        f"backup median {ms(median(backups)):.0f} ms ({median(backups) / bare:.2f}x bare)",
        f"restore median {ms(median(restores)):.0f} ms ({median(restores) / bare:.2f}x bare)",
        f"file {size / 1e6:.0f} MB",
        f"bare sqlite3 backup + copytree median {ms(bare):.0f} ms",
    )
    assert size > store  # everything is in it, uncompressed
