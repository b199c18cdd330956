"""The composition root: the program's collaborators (:class:`Environment`) and the services built from them.

The desktop app and both command lines are built here, from one environment: the real world by default, a
test's fakes when it passes its own. Nothing else in coopclient constructs these collaborators; everything
receives them through constructors.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from coopclient.core.ids import IdSource, random_ids

if TYPE_CHECKING:
    import httpx
    import sqlite_utils

    from coopclient.coop.sharing import SharingService
    from coopclient.core.clock import ZonedClock
    from coopclient.services.container import DeferredCredentials, Services
    from coopclient.storage.credentials import CredentialStore
    from coopclient.treasury.service import TreasuryService

DATA_DIR_VARIABLE = "COOPCLIENT_DATA_DIR"


def the_network() -> httpx.BaseTransport | None:
    """The default transport factory: None, which every adapter and ledger client reads as the network."""
    return None


def ask_on_the_terminal(prompt: str) -> str:
    """The default ``ask_secret``: ``getpass.getpass`` (imported when asked, not when the window starts)."""
    import getpass

    return getpass.getpass(prompt)


@dataclass(frozen=True)
class Environment:
    """What the program takes from the world: every collaborator the app and both command lines are built with.

    Made with the real defaults here, once; a test makes one with its fakes instead (nothing is patched).
    The factories are called at each ``build``, so one environment serves several runs of the command line.

    Attributes:
        clock: the clock; None is the system's (made by ``build``, which sets its zone from the settings).
        ids: the id source of the store's rows.
        entry_ids: the ids the co-op ledger requires to be uuid4s (its entries and batch keys).
        transport: makes the httpx transport of the platform adapters and of the ledger's clients (None: the
            network; tests return an ``httpx.MockTransport``).
        secrets: makes the store of tokens and keys; None chooses the OS keyring, or memory for this session
            with a warning (``storage.credentials.choose_store``). Called the first time a secret is needed.
        wait: sleeps the given seconds, within a pull's or a sync's time budget (tests move their clock).
        jitter: floats in [0, 1) for the retries' backoff jitter; None gives each relay its own
            ``random.Random`` (tests pass a constant, so when the next try falls is known).
        variables: the environment variables ($COOPCLIENT_DATA_DIR, $COOPCLIENT_TOKEN).
        stdin, stdout, stderr: the command line's streams.
        ask_secret: asks for a secret on the terminal without showing it (``getpass.getpass``).
    """

    clock: ZonedClock | None = None
    ids: IdSource = random_ids
    entry_ids: IdSource = random_ids
    transport: Callable[[], httpx.BaseTransport | None] = the_network
    secrets: Callable[[], CredentialStore] | None = None
    wait: Callable[[float], None] = time.sleep
    jitter: Callable[[], float] | None = None
    variables: Mapping[str, str] = field(default_factory=lambda: os.environ)
    # The streams are read when the environment is made, not imported: a caller that redirects sys.stdout
    # (pytest's capsys, contextlib.redirect_stdout) before making it is written to.
    stdin: IO[str] = field(default_factory=lambda: sys.stdin)
    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    ask_secret: Callable[[str], str] = ask_on_the_terminal

    def out(self, text: str = "") -> None:
        """Write a line of the command's output."""
        print(text, file=self.stdout)

    def err(self, text: str) -> None:
        """Write a line for the member on the error stream (warnings, errors)."""
        print(text, file=self.stderr)


def resolve_data_dir(option: str | os.PathLike[str] | None = None, env: Environment | None = None) -> Path:
    """The data folder: ``--data-dir``, else $COOPCLIENT_DATA_DIR, else the platform's user data folder."""
    import platformdirs

    variables = os.environ if env is None else env.variables
    chosen = option or variables.get(DATA_DIR_VARIABLE) or platformdirs.user_data_dir("coopclient", "coop")
    return Path(chosen).expanduser()


def build(
    data_dir: Path,
    env: Environment | None = None,
    *,
    clock: ZonedClock | None = None,
    ids: IdSource | None = None,
    transport: httpx.BaseTransport | None = None,
    credentials: CredentialStore | None = None,
    entry_ids: IdSource | None = None,
    wait: Callable[[float], None] | None = None,
) -> Services:
    """Open the store in ``data_dir`` and build the services around it, from ``env``'s collaborators.

    The imports are here, not at the top, so the desktop app can show its window before paying for them
    (the store is then opened on the background worker).

    Args:
        data_dir: the data folder (the store, and pulled media in ``media/``).
        env: the collaborators (see :class:`Environment`); the real ones by default.
        clock, ids, transport, credentials, entry_ids, wait: each, when given, replaces that collaborator of
            ``env`` (``transport`` and ``credentials`` are the objects themselves, not factories).
    """
    env = _overridden(env or Environment(), clock, ids, transport, credentials, entry_ids, wait)
    from coopclient import __version__
    from coopclient.readmodels.workbench import Workbench
    from coopclient.services.backup import BackupService
    from coopclient.services.batches import BatchService
    from coopclient.services.container import Services
    from coopclient.services.earnings import EarningsService
    from coopclient.services.estimates import EstimateService
    from coopclient.services.evidence import EvidenceService
    from coopclient.services.platform_sync import PlatformSync
    from coopclient.services.reports import ReportService
    from coopclient.services.results import ResultService
    from coopclient.services.settings import SettingsService
    from coopclient.services.statements import StatementService
    from coopclient.services.timer import TimerService
    from coopclient.storage.db import DB_FILENAME, open_database
    from coopclient.storage.settings import SettingsRepo

    db = open_database(data_dir / DB_FILENAME)
    stored = SettingsRepo(db)
    clock, ids = _clock(env), env.ids
    timer = TimerService(db, clock, ids)
    settings = SettingsService(stored, timer, clock, language_dir=data_dir)
    settings.put_in_effect()  # the timer's rules, its session gap and the clock's zone, as stored
    earnings = EarningsService(db, clock, ids)
    store = _credentials(env)
    the_transport = env.transport()  # one for the platforms and the ledger: as before, one per build
    media = data_dir / "media"
    platforms = PlatformSync(db, clock, ids, store, the_transport, media_root=media, rng=env.jitter, wait=env.wait)
    results, reports = ResultService(db, clock, ids), ReportService(db, earnings, stored)

    def sharing() -> SharingService:
        from coopclient.coop.ledger_client import client_factory
        from coopclient.coop.sharing import SharingService

        ledger = client_factory(the_transport, clock)
        return SharingService(db, clock, ids, store, ledger, rng=env.jitter, entry_ids=env.entry_ids)

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
        make_sharing=sharing,
        workbench=Workbench(db, results, reports),
        backup=BackupService(data_dir, store, keyring_entries, __version__),
        evidence=EvidenceService(db, clock),
        estimates=EstimateService(db, earnings, stored, clock),
        statements=StatementService(db, clock),
    )


def keyring_entries(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """The keyring entries (service, account) a store uses: its platform accounts' tokens, the ledger key."""
    from coopclient.coop.invites import KEYRING_SERVICE, key_account
    from coopclient.services.platform_sync import PLATFORMS
    from coopclient.storage.catalog import CatalogRepo
    from coopclient.storage.credentials import service_name
    from coopclient.storage.ledger import LedgerRepo

    entries = [(service_name(a.platform, a.url), a.name) for a in CatalogRepo(db).accounts_on(PLATFORMS)]
    link = LedgerRepo(db).link()
    if link is not None:
        entries.append((KEYRING_SERVICE, key_account(link.server_url)))
    return entries


def secret_store(env: Environment) -> DeferredCredentials:
    """The secret store of ``env`` (the OS keyring unless the environment brings its own), chosen when first used."""
    return _credentials(env)


@dataclass(frozen=True)
class Treasurer:
    """The treasurer's tools, which need no local store: the service and the store its key is kept in."""

    service: TreasuryService
    credentials: DeferredCredentials


def build_treasurer(env: Environment) -> Treasurer:
    """The treasurer's service from ``env``'s clock, transport, secret store and entry ids."""
    from coopclient.coop.ledger_client import client_factory
    from coopclient.treasury.service import TreasuryService

    clock, store = _clock(env), _credentials(env)
    service = TreasuryService(store, client_factory(env.transport(), clock), clock, entry_ids=env.entry_ids)
    return Treasurer(service, store)


def _overridden(env: Environment, *given: Any) -> Environment:
    """``env`` with the collaborators given to ``build`` by keyword in place of its own."""
    clock, ids, transport, credentials, entry_ids, wait = given
    changes: dict[str, Any] = {"clock": clock, "ids": ids, "entry_ids": entry_ids, "wait": wait}
    if transport is not None:
        changes["transport"] = lambda: transport
    if credentials is not None:
        changes["secrets"] = lambda: credentials
    return replace(env, **{name: value for name, value in changes.items() if value is not None})


def _clock(env: Environment) -> ZonedClock:
    from coopclient.system.clock import SystemClock

    return env.clock or SystemClock()


def _credentials(env: Environment) -> DeferredCredentials:
    """The secret store, chosen the first time a secret is needed, with the warning shown to the member."""
    from coopclient.services.container import DeferredCredentials
    from coopclient.storage.credentials import NO_KEYRING_WARNING, choose_store

    make = env.secrets
    if make is None:
        return DeferredCredentials(choose_store)

    def chosen() -> tuple[CredentialStore, str | None]:
        store = make()
        return store, None if store.persistent else NO_KEYRING_WARNING

    return DeferredCredentials(chosen)


def run_desktop(data_dir: Path, env: Environment | None = None) -> int:
    """Start the desktop app (imports Qt only now, so the CLI runs without a display)."""
    import getpass

    from coopclient import __version__
    from coopclient.storage.copies import apply_pending_restore
    from coopclient.storage.language import read_language
    from coopclient.system.crashlog import CrashLog, Trail
    from coopclient.ui.desktop import run
    from coopclient.ui.single_instance import instance_name

    given = env or Environment()
    language = read_language(data_dir)  # one small file, before Qt starts: the window is built in it
    crash = CrashLog(data_dir, __version__, Trail())

    def claimed() -> None:
        with contextlib.suppress(OSError):  # if it cannot be swapped in, it waits; today's folder is used
            apply_pending_restore(data_dir)  # a restore made in the app, before anything opens the folder
        crash.install()  # before the window: a crash while starting is logged too (logs/, never sent)

    try:
        # One app per member and data folder: a second launch brings the running window forward.
        instance = instance_name(getpass.getuser(), str(data_dir.resolve()))
        return run(lambda: build(data_dir, given), instance, crash, claimed, language=language)
    finally:
        crash.uninstall()
