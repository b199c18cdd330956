"""The set of services the UI and the CLI use, built once by the composition root (``coopclient.app``)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from coopclient.core.clock import ZonedClock
from coopclient.services.batches import BatchService
from coopclient.services.earnings import EarningsService
from coopclient.services.estimates import EstimateService
from coopclient.services.evidence import EvidenceService
from coopclient.services.platform_sync import PlatformSync
from coopclient.services.reports import ReportService
from coopclient.services.results import ResultService
from coopclient.services.settings import SettingsService
from coopclient.services.statements import StatementService
from coopclient.services.timer import TimerService
from coopclient.storage.credentials import CredentialStore

if TYPE_CHECKING:  # its import pulls in the ledger's crypto: paid by build(), not by importing this module
    from coopclient.coop.sharing import SharingService
    from coopclient.readmodels.workbench import Workbench
    from coopclient.services.backup import BackupService

Chooser = Callable[[], tuple[CredentialStore, str | None]]


class DeferredCredentials:
    """A credential store chosen the first time a token or the warning is needed, then kept.

    Choosing (``storage.credentials.choose_store``) probes the OS keyring, which can be slow or ask the member
    to unlock it: commands that never touch a token do not pay for it, and the desktop app reads tokens on
    its background worker only. Thread-safe.

    Args:
        choose: returns the store and a warning for the member (None when tokens outlive the session).
    """

    def __init__(self, choose: Chooser) -> None:
        self._choose = choose
        self._chosen: tuple[CredentialStore, str | None] | None = None
        self._lock = threading.Lock()

    def chosen(self) -> tuple[CredentialStore, str | None]:
        """The store and its warning (chosen now if not yet)."""
        with self._lock:
            if self._chosen is None:
                self._chosen = self._choose()
            return self._chosen

    @property
    def warning(self) -> str | None:
        """Why tokens last this session only, or None when they are kept in a keyring."""
        return self.chosen()[1]

    @property
    def persistent(self) -> bool:
        """Whether tokens outlive this run of the app."""
        return self.chosen()[0].persistent

    @persistent.setter
    def persistent(self, value: bool) -> None:  # settable only to satisfy the CredentialStore protocol
        raise AttributeError("persistence is decided by the store chosen, not set")

    def get(self, service: str, account: str) -> str | None:
        """The secret for ``account`` at ``service``, or None."""
        return self.chosen()[0].get(service, account)

    def set(self, service: str, account: str, secret: str) -> None:
        """Store (or replace) the secret."""
        self.chosen()[0].set(service, account, secret)

    def delete(self, service: str, account: str) -> None:
        """Forget the secret, if any."""
        self.chosen()[0].delete(service, account)

    def __repr__(self) -> str:
        """The chosen store's repr (which never shows a secret), or that none is chosen yet."""
        chosen = self._chosen
        return f"<DeferredCredentials: {chosen[0]!r}>" if chosen else "<DeferredCredentials: not chosen yet>"


@dataclass
class Services:
    """Everything the UI and the CLI use, built once."""

    data_dir: Path
    db: sqlite_utils.Database
    clock: ZonedClock
    settings: SettingsService
    timer: TimerService
    batches: BatchService
    results: ResultService
    earnings: EarningsService
    reports: ReportService
    platforms: PlatformSync
    credentials: DeferredCredentials
    make_sharing: Callable[[], SharingService] = field(repr=False)
    """Builds the co-op side when it is first used (`sharing`): its imports (the ledger's crypto, its client)
    cost a fifth of a second, which the window's start-up should not wait for."""
    workbench: Workbench  # the desktop's read models, built here so the window never touches the store
    backup: BackupService
    evidence: EvidenceService
    estimates: EstimateService  # the wage a batch is estimated to pay before it is taken (issue 15)
    statements: StatementService  # statement and earnings-record imports, column mappings (issues 12, 13)
    _sharing: SharingService | None = field(default=None, init=False, repr=False)
    _sharing_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @property
    def sharing(self) -> SharingService:
        """The member's co-op side (sharing with the ledger), built on first use; thread-safe."""
        with self._sharing_lock:
            if self._sharing is None:
                self._sharing = self.make_sharing()
            return self._sharing

    @sharing.setter
    def sharing(self, service: SharingService) -> None:
        """Put another service in its place (tests give a fake); it is then never built."""
        with self._sharing_lock:
            self._sharing = service

    @property
    def credentials_warning(self) -> str | None:
        """Shown to the member when tokens are kept for this session only (no usable keyring), else None.

        The first read may probe the keyring: read it off the GUI thread.
        """
        return self.credentials.warning

    def close(self) -> None:
        """Close the platforms' connections, then the store."""
        try:
            self.platforms.close()
        finally:
            self.db.close()
