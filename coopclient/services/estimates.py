"""The pay known before the work is taken (issue 15, part 2): the wage a batch file is estimated to pay, from
the member's own pace on its kind of task and its piece rate, beside the floor in force today; and, after the
batch, the estimate made at its import. Reads the store: run it off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from coopclient.core.clock import ZonedClock, local_day
from coopclient.core.estimate import Estimate, NotEnoughHistory, estimate
from coopclient.core.money import Money
from coopclient.core.piece_rate import PieceRate
from coopclient.core.wages import floor_on
from coopclient.services.batches import read_config
from coopclient.services.earnings import EarningsService
from coopclient.storage.estimates import EstimateRepo
from coopclient.storage.settings import SettingsRepo


@dataclass(frozen=True, slots=True)
class Quote:
    """An estimate (or why there is none) and the floor it is judged against (None: no floor set)."""

    result: Estimate | NotEnoughHistory
    floor: Money | None

    def below_floor_by(self) -> Money | None:
        """How far the median wage falls below the floor (negative: above it); None when it cannot be said
        (no estimate, no floor, or a floor in another currency)."""
        if not isinstance(self.result, Estimate) or self.floor is None:
            return None
        if self.floor.currency != self.result.median.currency:
            return None
        return self.floor - self.result.median


class EstimateService:
    """Estimates for a kind of task and a rate, and the estimate kept with each batch."""

    def __init__(
        self, db: sqlite_utils.Database, earnings: EarningsService, settings: SettingsRepo, clock: ZonedClock
    ) -> None:
        self._repo = EstimateRepo(db)
        self._earnings = earnings
        self._settings = settings
        self._clock = clock

    def quote(self, task_type: str, rate: PieceRate) -> Quote:
        """The wage estimated for a batch of this kind at this rate, with today's floor."""
        return Quote(estimate(task_type, self._repo.task_times(task_type), rate), self.floor())

    def quote_file(self, config_path: Path, rate: PieceRate) -> Quote:
        """The estimate for a batch whose labeling config is this file (its kind of task); reads the file."""
        return self.quote(read_config(config_path).task_type, rate)

    def floor(self) -> Money | None:
        """The hourly floor in force today for the member's region, or None when none is set."""
        today = local_day(self._clock.now().wall_ms, self._clock.tz)
        floor = floor_on(self._earnings.floors(), today)
        return None if floor is None else floor.for_region(self._settings.get("region") or None)

    def of_batch(self, batch_id: int) -> Estimate | None:
        """The estimate made when the batch was imported (None: no rate, or too little history then)."""
        return self._repo.of_batch(batch_id)
