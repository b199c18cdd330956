"""The composition root: builds the store, clock, id source and services, and hands them to the UI or CLI.

Nothing else in coopclient constructs these collaborators; everything receives them through constructors.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from coopclient.core.ids import IdSource, random_ids

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from coopclient.core.clock import ZonedClock
    from coopclient.services.container import Services
    from coopclient.storage.credentials import CredentialStore

DATA_DIR_VARIABLE = "COOPCLIENT_DATA_DIR"


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``--data-dir``, else $COOPCLIENT_DATA_DIR, else the platform's user data folder."""
    import platformdirs

    chosen = option or os.environ.get(DATA_DIR_VARIABLE) or platformdirs.user_data_dir("coopclient", "coop")
    return Path(chosen).expanduser()


def build(
    data_dir: Path,
    clock: ZonedClock | None = None,
    ids: IdSource = random_ids,
    transport: httpx.BaseTransport | None = None,
    credentials: CredentialStore | None = None,
    entry_ids: IdSource = random_ids,
    wait: Callable[[float], None] = time.sleep,
) -> Services:
    """Open the store in ``data_dir`` and build the services around it.

    The imports are here, not at the top, so the desktop app can show its window before paying for them
    (the store is then opened on the background worker).

    Args:
        data_dir: the data folder (the store, and pulled media in ``media/``).
        clock: the clock; the system's by default.
        ids: the id source.
        transport: the httpx transport of every platform adapter and of the co-op ledger's client; None is
            the network (tests pass ``httpx.MockTransport``).
        entry_ids: the ids the co-op ledger requires to be uuid4s (its entries and batch keys).
        credentials: where tokens live; by default the keyring, or memory for this session with a warning
            (``choose_store``), chosen the first time a token is needed.
        wait: sleeps the given seconds, within a pull's or a platform sync's time budget (tests pass a fake
            that moves their clock).
    """
    from coopclient.coop.ledger_client import client_factory
    from coopclient.coop.sharing import SharingService
    from coopclient.readmodels.workbench import Workbench
    from coopclient.services.batches import BatchService
    from coopclient.services.container import DeferredCredentials, Services
    from coopclient.services.earnings import EarningsService
    from coopclient.services.platform_sync import PlatformSync
    from coopclient.services.reports import ReportService
    from coopclient.services.results import ResultService
    from coopclient.services.settings import SettingsService
    from coopclient.services.timer import TimerService
    from coopclient.storage.credentials import NO_KEYRING_WARNING, choose_store
    from coopclient.storage.db import DB_FILENAME, open_database
    from coopclient.storage.settings import SettingsRepo
    from coopclient.system.clock import SystemClock

    db = open_database(data_dir / DB_FILENAME)
    stored = SettingsRepo(db)
    clock = clock or SystemClock()
    timer = TimerService(db, clock, ids)
    settings = SettingsService(stored, timer, clock)
    settings.put_in_effect()  # the timer's rules, its session gap and the clock's zone, as stored
    earnings = EarningsService(db, clock, ids)
    if credentials is None:
        store = DeferredCredentials(choose_store)
    else:
        given = credentials
        store = DeferredCredentials(lambda: (given, None if given.persistent else NO_KEYRING_WARNING))
    platforms = PlatformSync(db, clock, ids, store, transport, media_root=data_dir / "media", wait=wait)
    results, reports = ResultService(db, clock, ids), ReportService(db, earnings, stored)
    return Services(
        data_dir=data_dir,
        db=db,
        clock=clock,
        settings=settings,
        timer=timer,
        batches=BatchService(db, clock),
        results=results,
        earnings=earnings,
        reports=reports,
        platforms=platforms,
        credentials=store,
        sharing=SharingService(db, clock, ids, store, client_factory(transport, clock), entry_ids=entry_ids),
        workbench=Workbench(db, results, reports),
    )


def run_desktop(data_dir: Path) -> int:
    """Start the desktop app (imports Qt only now, so the CLI runs without a display)."""
    from coopclient.ui.main_window import run

    return run(lambda: build(data_dir))
