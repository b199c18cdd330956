"""The set of services the UI and the CLI use, built once by the composition root (``coopclient.app``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from coopclient.core.clock import Clock
from coopclient.services.batches import BatchService
from coopclient.services.earnings import EarningsService
from coopclient.services.reports import ReportService
from coopclient.services.results import ResultService
from coopclient.services.timer import TimerService
from coopclient.storage.settings import SettingsRepo


@dataclass
class Services:
    """Everything the UI and the CLI use, built once."""

    data_dir: Path
    db: sqlite_utils.Database
    clock: Clock
    settings: SettingsRepo
    timer: TimerService
    batches: BatchService
    results: ResultService
    earnings: EarningsService
    reports: ReportService

    def close(self) -> None:
        """Close the store."""
        self.db.close()
