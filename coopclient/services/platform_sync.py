"""Platform accounts, locked batches pulled for offline work, and results synced back.

A token goes into the credential store only; the account row holds the platform, a name and the URL. A pull
stores each task in its own transaction as soon as the platform holds it for the member (the project, with its
labeling config, and the batch come with the first), so a kill or a lost answer mid-pull leaves no task locked
on the server and missing here; the next pull recovers any that still are. Each task's payload
is the platform's task verbatim plus keys of ours: ``_coopclient_media`` (data key -> local copy, or null
when the media is not available offline), ``_coopclient_lock`` (the platform's lock, e.g. a draft id) and,
once checked, ``_coopclient_remote_state`` (what the platform last said about the task, and when).

Locks can fail (Label Studio's own /next/ lock is not airtight on SQLite, and a lock expires): after each
sync that reached the server, a few tasks still to do are checked, and one annotated by someone else or
deleted there is shown as such. The member's work and time on it stay recorded.

Pulls, syncs and task checks take a :data:`DbCall`: every database step goes through it and none waits on
the network (``coopclient.core.lanes``), so the app can run them on a network thread. Pulls and syncs take a
time budget (seconds) within which they wait out a ``Retry-After`` or a backoff delay and go on.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import sqlite_utils

from coopclient.core.clock import Clock
from coopclient.core.ids import IdSource
from coopclient.core.labeling import ConfigError, LabelingConfig, parse_config, unsupported_reason
from coopclient.core.lanes import DbCall, inline
from coopclient.core.platform import (
    AuthFailed,
    PlatformAdapter,
    PlatformError,
    RemoteProject,
    RemoteTask,
    TaskState,
)
from coopclient.platforms.labelstudio.names import PLATFORM as LABEL_STUDIO
from coopclient.platforms.media import media_refs
from coopclient.relays.backoff import Budget
from coopclient.relays.outbox_records import LOCK_KEY
from coopclient.relays.platform import DestinationStatus, OutboxEntry, OutboxRelay, RelayReport
from coopclient.storage.catalog import CatalogRepo
from coopclient.storage.credentials import CredentialError, CredentialStore, service_name

if TYPE_CHECKING:
    import httpx

    from coopclient.platforms.labelstudio.adapter import LabelStudioAdapter

MEDIA_KEY = "_coopclient_media"
REMOTE_STATE_KEY = "_coopclient_remote_state"
CHECK_EVERY_MS = 10 * 60_000  # a task still to do is asked about at most this often
CHECKS_PER_SYNC = 20  # one GET each: keeps the automatic sync light on a large batch
_NOTES = {
    TaskState.DONE_BY_OTHERS.value: (
        "Someone else has already annotated this task on the platform. Your work and time on it stay "
        "recorded here; if you submit, your annotation is sent as well."
    ),
    TaskState.GONE.value: "This task was deleted on the platform. Your work and time on it stay recorded here.",
}


def remote_note(state: object) -> str | None:
    """The sentence to show for a task's stored remote state, or None when there is nothing to say."""
    return _NOTES.get(str(state.get("state"))) if isinstance(state, dict) else None


PLATFORMS = (LABEL_STUDIO,)


class PlatformSyncError(ValueError):
    """Bad input: an unknown platform or account, a malformed URL, a labeling config coopclient cannot use."""


@dataclass(frozen=True)
class Account:
    """A platform account as stored (its token is in the credential store)."""

    id: int
    platform: str
    name: str
    url: str


@dataclass(frozen=True)
class PullSummary:
    """What a pull stored. ``note`` says why there are fewer tasks than asked; ``offline_missing`` counts
    media references that are not available offline (another host, or the download failed). ``recovered`` of
    the ``tasks`` were held on the server from an earlier pull that never stored them; ``stopped_early``: an
    error (past the time budget) ended the pull before the count."""

    project_id: int
    batch_id: int | None
    project: str
    tasks: int
    unsupported: int
    task_type: str
    requested: int
    note: str | None
    offline_missing: int
    recovered: int = 0
    stopped_early: bool = False


@dataclass
class _Into:
    """Where a pull stores its tasks: the batch is made with the first task."""

    account_id: int
    remote: RemoteProject
    config: LabelingConfig
    source: str
    project_id: int | None = None
    batch_id: int | None = None
    stored: list[str] = field(default_factory=list)


class PlatformSync:
    """Accounts, pulls and the outbox relay.

    Args:
        db: the local store.
        clock: wall time for rows and retries.
        ids: names each pull (in the batch's source).
        credentials: where tokens live.
        transport: the httpx transport for every adapter (tests pass ``httpx.MockTransport``).
        media_root: media copies go to ``media_root/account-<id>/``.
        rng: backoff jitter source; a fresh ``random.Random`` by default.
        wait: sleeps the given seconds within a pull's or sync's time budget (``time.sleep`` in the app);
            None never waits, whatever the budget.
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        clock: Clock,
        ids: IdSource,
        credentials: CredentialStore,
        transport: httpx.BaseTransport | None = None,
        *,
        media_root: Path,
        rng: Callable[[], float] | None = None,
        timeout: float = 10.0,
        wait: Callable[[float], None] | None = None,
    ) -> None:
        self._db = db
        self._catalog = CatalogRepo(db)
        self._clock = clock
        self._ids = ids
        self._credentials = credentials
        self._transport = transport
        self._media_root = media_root
        self._timeout = timeout
        self._adapters: dict[int, LabelStudioAdapter] = {}
        self._rng = rng or random.Random().random
        self._wait = wait
        self._relay = OutboxRelay(db, self._adapter_for_destination, clock, self._rng)

    def add_account(self, platform: str, url: str, token: str, name: str | None = None) -> int:
        """Check the token with the server, then store the account (and the token, in the credential store).

        Returns:
            The account id (the same id when the account exists: its token is replaced).

        Raises:
            PlatformSyncError: unknown platform, malformed URL, empty token.
            PlatformError: the server refused the token or could not be reached; nothing is stored.
            CredentialError: the token could not be saved; nothing is stored.
        """
        if platform not in PLATFORMS:
            raise PlatformSyncError(f"unknown platform {platform!r}: expected one of {', '.join(PLATFORMS)}")
        url, token = _checked_url(url), token.strip()
        if not token:
            raise PlatformSyncError("no token given")
        from coopclient.platforms.labelstudio.adapter import LabelStudioAdapter  # httpx: not at start-up

        adapter = LabelStudioAdapter(url, token, self._transport, timeout=self._timeout)
        try:
            me = adapter.whoami()
        finally:
            adapter.close()
        name = (name or "").strip() or me.email or me.username or f"user {me.id}"
        with self._db.atomic():  # a failure to save the token rolls the account row back
            account_id = self._catalog.ensure_account(platform, name, url, self._clock.now().wall_ms)
            self._credentials.set(service_name(platform, url), name, token)
        self._forget_adapter(account_id)
        return account_id

    def accounts(self) -> list[Account]:
        """The platform accounts (batch files' pseudo-account excluded)."""
        return [Account(a.id, a.platform, a.name, a.url) for a in self._catalog.accounts_on(PLATFORMS)]

    def adapter_for(self, account_id: int, *, db: DbCall = inline) -> LabelStudioAdapter:
        """The adapter of an account, with its token from the credential store (kept for reuse).

        The account is read through ``db``.

        Raises:
            PlatformSyncError: no such account. AuthFailed: no token stored for it.
            PlatformError: the credential store failed (e.g. a locked keyring).
        """
        if account_id in self._adapters:
            return self._adapters[account_id]
        account = next((a for a in db(self.accounts) if a.id == account_id), None)
        if account is None:
            raise PlatformSyncError(f"no platform account {account_id}")
        try:
            token = self._credentials.get(service_name(account.platform, account.url), account.name)
        except CredentialError as exc:
            raise PlatformError(str(exc)) from None
        if not token:
            where = "" if self._credentials.persistent else " (no usable keyring: tokens last one session)"
            raise AuthFailed(f"no token stored for {account.name} at {account.url}{where}: add the account again", 401)
        media_dir = self._media_root / f"account-{account.id}"
        from coopclient.platforms.labelstudio.adapter import LabelStudioAdapter  # httpx: not at start-up

        adapter = LabelStudioAdapter(account.url, token, self._transport, timeout=self._timeout, media_dir=media_dir)
        self._adapters[account_id] = adapter
        return adapter

    def pull(
        self, account_id: int, project_ref: str, count: int, *, db: DbCall = inline, budget_s: float = 0.0
    ) -> PullSummary:
        """Hold up to ``count`` tasks of a project for offline work, storing each as soon as it is held.

        Tasks the member holds on the server but that are missing here come first (and count). Each request
        is tried again after a 429, a 5xx or a transport error while the wait fits in ``budget_s`` seconds.

        Raises:
            PlatformSyncError: ``count`` below 1, or a labeling config coopclient cannot parse or show (then
                nothing is locked).
            PlatformError: unknown project (Rejected 404), refused token, unreachable server before any task.
        """
        if count < 1:
            raise PlatformSyncError(f"count must be at least 1, not {count}")
        retry = Budget(self._clock, self._wait, budget_s, self._rng).retry
        adapter = self.adapter_for(account_id, db=db)
        remote = retry(lambda: adapter.project(project_ref))
        try:
            config = parse_config(remote.label_config)
        except ConfigError as exc:
            raise PlatformSyncError(f"project {remote.ref} ({remote.title}): unusable labeling config: {exc}") from None
        if config.unsupported:  # locking tasks nobody here can annotate would keep them from co-workers
            tags = ", ".join(config.unsupported)
            raise PlatformSyncError(f"project {remote.ref} ({remote.title}) uses {tags}, not supported yet")
        held = db(lambda: self._held(account_id, remote.ref))
        into = _Into(account_id, remote, config, f"{adapter.base_url}/projects/{remote.ref} (pull {self._ids()})")
        pulled = adapter.pull_locked(
            remote.ref, count, held=held, on_task=lambda task: db(partial(self._store_task, into, task)), retry=retry
        )
        project_id = into.project_id if into.project_id is not None else db(lambda: self._store_project(into))
        tasks = pulled.tasks
        unsupported = sum(unsupported_reason(config, t.data) is not None for t in tasks)
        missing = sum(len(media_refs(t.data).keys() - t.media.keys()) for t in tasks)
        return PullSummary(
            project_id,
            into.batch_id,
            remote.title,
            len(into.stored),
            unsupported,
            config.task_type,
            count,
            pulled.note,
            missing,
            pulled.recovered,
            pulled.stopped_early,
        )

    def _store_task(self, into: _Into, task: RemoteTask) -> None:
        """One held task, in its own transaction; the project and the batch come with the first."""
        now = self._clock.now().wall_ms
        project_id, batch_id = into.project_id, into.batch_id
        with self._db.atomic():
            if project_id is None or batch_id is None:
                project_id = self._upsert_project(into.account_id, into.remote, into.config, now)
                batch_id = self._catalog.insert_batch(project_id, into.source, None, now)
            self._catalog.insert_tasks([_task_row(batch_id, len(into.stored) + 1, task, into.config)])
            self._catalog.set_batch_count(batch_id)
        # Only once committed: a failed transaction leaves ``into`` as it was.
        into.project_id, into.batch_id = project_id, batch_id
        into.stored.append(task.ref)

    def _store_project(self, into: _Into) -> int:
        """The project alone (a pull that got no task still records it)."""
        with self._db.atomic():
            return self._upsert_project(into.account_id, into.remote, into.config, self._clock.now().wall_ms)

    def sync(self, max_items: int | None = None, *, db: DbCall = inline, budget_s: float = 0.0) -> RelayReport:
        """Deliver the due outbox rows (see :class:`OutboxRelay`), then check a few open tasks' state.

        Within ``budget_s`` seconds the run waits out a ``Retry-After`` or a backoff delay and goes on; past
        it (or with 0) what could not be sent stays due for the next sync.
        """
        budget = Budget(self._clock, self._wait, budget_s, self._rng)
        report = self._relay.run_once(max_items, db=db, budget=budget)
        if not report.unreachable and not report.auth_failed:
            self.check_tasks(CHECKS_PER_SYNC, db=db)
        return report

    def check_tasks(self, limit: int, *, db: DbCall = inline) -> dict[str, int]:
        """Ask the platforms about up to ``limit`` tasks still to do, least recently checked first.

        Stores the answer in each task's payload (``_coopclient_remote_state``); returns counts by state.
        A platform that cannot be reached or refuses the token ends the round for its account.
        """
        now = self._clock.now().wall_ms
        rows = db(lambda: self._tasks_to_check(now, limit))
        counts: dict[str, int] = {}
        failed: set[int] = set()
        for task_id, ref, account_id in rows:
            if account_id in failed:
                continue
            try:
                state = self.adapter_for(account_id, db=db).task_state(str(ref))
            except (PlatformError, PlatformSyncError):
                failed.add(account_id)
                continue
            db(partial(self._store_state, task_id, state, now))
            counts[state.value] = counts.get(state.value, 0) + 1
        return counts

    def _tasks_to_check(self, now: int, limit: int) -> list[tuple[int, str, int]]:
        """(task id, platform ref, account id) of tasks still to do, least recently checked first."""
        return self._catalog.tasks_to_check(PLATFORMS, REMOTE_STATE_KEY, now - CHECK_EVERY_MS, limit)

    def _store_state(self, task_id: int, state: TaskState, now: int) -> None:
        # json_set changes the one key in place: the payload read before the request may be stale by now.
        value = json.dumps({"state": state.value, "checked_ms": now})
        with self._db.atomic():
            self._catalog.set_payload_key(task_id, REMOTE_STATE_KEY, value)

    def outbox(self, include_done: bool = False) -> list[OutboxEntry]:
        """Outbox rows for display: queued, waiting, parked with their reasons (and done ones if asked)."""
        return self._relay.entries(include_done)

    def outbox_status(self) -> list[DestinationStatus]:
        """Per-account counts of the outbox."""
        return self._relay.status()

    def unpark(self, seq: int) -> bool:
        """Send a parked row again at the next sync."""
        return self._relay.unpark(seq)

    def close(self) -> None:
        """Close the adapters' connections."""
        for account_id in list(self._adapters):
            self._forget_adapter(account_id)

    def _adapter_for_destination(self, destination: str, db: DbCall) -> PlatformAdapter:
        return self.adapter_for(int(destination), db=db)

    def _forget_adapter(self, account_id: int) -> None:
        adapter = self._adapters.pop(account_id, None)
        if adapter is not None:
            adapter.close()

    def _held(self, account_id: int, project_ref: str) -> set[str]:
        """Task ids of this platform project the member already holds here."""
        return self._catalog.platform_refs(account_id, project_ref)

    def _upsert_project(self, account_id: int, remote: RemoteProject, config: LabelingConfig, now: int) -> int:
        project_id = self._catalog.project_by_ref(account_id, remote.ref)
        if project_id is None:
            return self._catalog.insert_project(
                account_id, remote.title, config.xml, config.task_type, None, now, platform_ref=remote.ref
            )
        self._catalog.update_project(project_id, remote.title, config.xml, config.task_type)
        return project_id


def _task_row(batch_id: int, seq: int, task: RemoteTask, config: LabelingConfig) -> tuple[Any, ...]:
    """A row for :meth:`CatalogRepo.insert_tasks`: the payload verbatim plus our media and lock keys."""
    media = {key: task.media.get(key) for key in media_refs(task.data)}
    payload = json.dumps({**task.payload, MEDIA_KEY: media, LOCK_KEY: task.lock}, ensure_ascii=False)
    return (batch_id, seq, task.ref, payload, config.task_type, unsupported_reason(config, task.data))


def _checked_url(url: str) -> str:
    """The server URL without a trailing slash; http(s) with a host, or a :class:`PlatformSyncError`."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PlatformSyncError(f"{url!r} is not a server address like https://labelstudio.example.org")
    return url
