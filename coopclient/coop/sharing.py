"""Sharing the member's work figures with the co-op ledger, and checking what the ledger shows back.

What leaves the device is one ``stats.day`` entry per closed day × platform type × kind of task
(docs/ledger.md, "Entries"), built by :mod:`coopclient.coop.share_figures` from the per-day rollups and
counts only: never a project name or id, an account name or URL, a task id or text, or a time of day.

A day is shared once it is over, from the first day of the month of enrollment on, and only after the
member consented (having seen :meth:`SharingService.preview`); while sharing is paused nothing is queued or
sent, and resuming sends what was held back (the preview shows it first). A day whose figures change later
is sent again as a correction that ``supersedes`` the previous entry.

Each sync also checks the ledger: the checkpoint is signed by the log key pinned at enrollment and extends
the one verified before (else "the ledger's history was rewritten", and the stored checkpoint is kept);
the member's own entries and the witness's cosignature are checked by :mod:`coopclient.coop.checks`;
the treasurer's policy and the releases are verified before they are used (:mod:`coopclient.coop.policy`).

Enrolling and syncing talk to the server: each takes a :data:`~coopclient.core.lanes.DbCall` and hands it
every read and write of the store (read → send → record), so the app runs them on a network thread while
the store stays on its database lane. Everything else here is database work only.

The member's private key is in the OS keyring (service ``coopclient``, account ``ledger-key:<url>``), never
in the store, a log or an exception. Enrolling is refused when the credential store keeps secrets for this
session only: the key would be lost when the app closes, and with it the member's own entries.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date
from typing import Any

import sqlite_utils

from coopclient.coop.checks import Findings, LedgerChecks
from coopclient.coop.invites import (
    KEYRING_SERVICE,
    Invite,
    SharingError,
    check_server_agrees,
    invite_code,
    key_account,
    parse_invite,
)
from coopclient.coop.ledger_client import ClientFactory, IntegrityReported, LedgerClient
from coopclient.coop.policy import LEDGER_SOURCE, LedgerPolicy
from coopclient.coop.relay import (
    KEY_PREFIX,
    LEDGER_KIND,
    LEDGER_TARGET,
    CheckpointTracker,
    IntegrityWarning,
    LedgerRelay,
)
from coopclient.coop.share_figures import DueEntry, collect_cells, due_entries, platform_type, task_kind
from coopclient.coop.sharing_link import Link, link_key, read_link, register, store_link
from coopclient.coop.sharing_models import PendingShare, SharedPayload, SharingStatus, SyncReport
from coopclient.core.clock import Clock, local_day
from coopclient.core.ids import IdSource, random_ids
from coopclient.core.lanes import DbCall, inline
from coopclient.core.outbox_codec import encode_ledger
from coopclient.core.platform import PlatformError
from coopclient.protocol.checkpoint import Checkpoint
from coopclient.protocol.entries import make_body
from coopclient.protocol.signing import SigningKey, b64
from coopclient.services.earnings import EarningsService
from coopclient.storage.credentials import CredentialStore
from coopclient.storage.ledger import LedgerRepo
from coopclient.storage.ledger_shares import ShareRow, SharesRepo
from coopclient.storage.outbox import OutboxRepo

__all__ = [
    "KEYRING_SERVICE",
    "LEDGER_SOURCE",
    "SESSION_ONLY_KEY",
    "Invite",
    "PendingShare",
    "SharedPayload",
    "SharingError",
    "SharingService",
    "SharingStatus",
    "SyncReport",
    "collect_cells",
    "invite_code",
    "key_account",
    "parse_invite",
    "platform_type",
    "pretty",
    "task_kind",
]

STATS_KIND = "stats.day"
QUEUE_CHUNK = 200
SESSION_ONLY_KEY = (
    "no usable keyring: a ledger key made now would be kept for this session only and lost when the app closes, "
    "and you could never read your own shared entries again; unlock or install a keyring (GNOME Keyring, KWallet, "
    "macOS Keychain, Windows Credential Manager), then join"
)


# -- what the UI and the CLI see: coopclient.coop.sharing_models -------------------------------------


def pretty(obj: Any) -> str:
    """JSON for people: indented, keys sorted, non-ASCII kept."""
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False)


class SharingService:
    """The member's side of the co-op ledger.

    Args:
        db: the local store.
        clock: decides which days are over (in the member's zone) and the date on signed requests.
        ids: the id source of the member's own records (the earnings the policy applies).
        credentials: where the member's private key lives.
        client_factory: ``(server_url, key or None) -> LedgerClient``.
        rng: floats in [0, 1) for the retry jitter.
        entry_ids: the ids of ledger entries and batch keys: uuid4s, as the protocol requires (two members'
            counters must never collide on the server); tests pass :func:`~coopclient.core.ids.seeded_uuids`.
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        clock: Clock,
        ids: IdSource,
        credentials: CredentialStore,
        client_factory: ClientFactory,
        rng: Callable[[], float] | None = None,
        entry_ids: IdSource = random_ids,
    ) -> None:
        self._db = db
        self._ledger = LedgerRepo(db)
        self._shares = SharesRepo(db)
        self._outbox = OutboxRepo(db)
        self._entry_ids = entry_ids
        self._clock = clock
        self._ids = ids
        self._credentials = credentials
        self._client_factory = client_factory
        self._rng = rng or random.Random().random
        self._checks = LedgerChecks(db)
        self._policy = LedgerPolicy(db, EarningsService(db, clock, ids))

    # -- status and settings -----------------------------------------------------------------------

    def status(self) -> SharingStatus:
        """Enrollment, consent, what is queued and sent, the last verified checkpoint and any warning."""
        link = self._link()
        queued = self._shares.queued_count()
        sent = self._shares.sent_count()
        size, warning = self._ledger.size_and_warning()
        return SharingStatus(
            enrolled=link is not None,
            server_url=link.server_url if link else None,
            pseudonym=link.pseudonym if link else None,
            consented=bool(link and link.consented_day),
            paused=bool(link and link.paused),
            queued=int(queued),
            sent=int(sent),
            last_checkpoint_size=size,
            warning=warning,
            session_only=not self._credentials.persistent,
        )

    def consent(self) -> SharingStatus:
        """The member agrees to share what :meth:`preview` shows, from now on (also un-pauses)."""
        self._require_link()
        with self._db.atomic():
            self._ledger.consent(self._today().isoformat())
        return self.status()

    def pause(self) -> SharingStatus:
        """Stop queueing and sending until :meth:`resume` (queued entries stay, unsent)."""
        self._set_paused(True)
        return self.status()

    def resume(self) -> SharingStatus:
        """Share again; the days held back go with the next sync."""
        self._set_paused(False)
        return self.status()

    def _set_paused(self, paused: bool) -> None:
        self._require_link()
        with self._db.atomic():
            self._ledger.set_paused(paused)

    # -- enrollment --------------------------------------------------------------------------------

    def enroll(self, code: str, *, db: DbCall = inline) -> SharingStatus:
        """Join the ledger an invite names: check the server is the one the invite pins, make the key, register.

        The store is read and written through ``db``, never while a request is in flight.

        Raises:
            SharingError: a bad invite, already enrolled, no keyring to keep the key beyond this session, or a
                server that does not match the invite.
            PlatformError: the server could not be reached or refused the invite.
        """
        invite = parse_invite(code)
        link = db(self._link)
        if link is not None:
            raise SharingError(f"already enrolled with {link.server_url}")
        if not self._credentials.persistent:
            # Refused before the server sees the invite, so the one-time token is not spent.
            raise SharingError(SESSION_ONLY_KEY)
        client = self._client_factory(invite.url, None)
        try:
            check_server_agrees(client.info(), invite, "/v1/info")
            # Trust on first use, but only of a checkpoint the pinned key signed.
            tracker_note = client.checkpoint()
            try:
                first = CheckpointTracker(self._db, invite.origin, invite.log_key).open(tracker_note)
            except IntegrityWarning as exc:
                raise SharingError(f"{invite.url}: {exc}") from None
            key = SigningKey.generate()
            pseudonym = register(self._credentials, client, invite, key)
        finally:
            client.close()
        return db(lambda: self._store_link(invite, key.public, pseudonym, tracker_note, first))

    def _store_link(self, invite: Invite, public: bytes, pseudonym: str, note: str, first: Checkpoint) -> SharingStatus:
        store_link(self._db, self._ledger, invite, public, pseudonym, note, first, self._today())
        return self.status()

    # -- what would be shared ----------------------------------------------------------------------

    def preview(self) -> list[PendingShare]:
        """Exactly what the next sync would send: entries queued and not yet sent, then the days now due.

        Before enrollment: what would be shared from the first of this month, so the member can see it first.
        """
        link = self._link()
        first = link.share_from if link else self._today().replace(day=1)
        out = []
        for body, supersedes in self._shares.queued():
            data = json.loads(body)["data"]
            out.append(_shown(data, supersedes))
        out += [_shown(p.data, p.supersedes) for p in self._pending(first)]
        return out

    def queue_due(self) -> int:
        """Sign and queue the entries now due (only when enrolled, consented and not paused); returns how many.

        Each chunk of up to 200 is one transaction: the ``ledger_shares`` rows and their outbox rows together.
        """
        link = self._link()
        if link is None or not link.sharing:
            return 0
        pending = self._pending(link.share_from)
        if not pending:
            return 0
        key = self._key(link)
        now = self._clock.now().wall_ms
        for start in range(0, len(pending), QUEUE_CHUNK):
            with self._db.atomic():
                for item in pending[start : start + QUEUE_CHUNK]:
                    self._queue_one(item, key, now)
        return len(pending)

    def _queue_one(self, item: DueEntry, key: SigningKey, now: int) -> None:
        entry_id = self._entry_ids()
        body = make_body(STATS_KIND, item.data, key.public, entry_id, item.supersedes)
        signed = {"body": body.decode("utf-8"), "signature": b64(key.sign(body))}
        self._shares.add(
            ShareRow(entry_id, item.day.isoformat(), item.platform, item.task_kind, STATS_KIND, body.decode(),
                     item.supersedes, now)
        )  # fmt: skip
        self._outbox.add(KEY_PREFIX + entry_id, LEDGER_KIND, LEDGER_TARGET, encode_ledger(signed), now)

    def _pending(self, first: date) -> list[DueEntry]:
        return due_entries(self._db, self._clock, first, self._today())

    # -- the log of what was shared ----------------------------------------------------------------

    def shared(self, limit: int = 100, offset: int = 0) -> list[SharedPayload]:
        """Entries shared (or queued), newest day first, with the exact body and whether the ledger holds it."""
        rows = self._shares.page(limit, offset)
        return [
            SharedPayload(eid, date.fromisoformat(d), p, k, pretty(json.loads(body)), sent is not None, idx, bool(ok))
            for eid, d, p, k, body, sent, idx, ok in rows
        ]

    def releases(self) -> list[dict[str, Any]]:
        """The co-op's published releases (verified: signed by the log key, included in the tree), oldest first."""
        return self._policy.releases()

    def rate_cards(self) -> list[dict[str, Any]]:
        """The treasurer's rate cards in force (corrections replace what they supersede)."""
        return self._policy.rate_cards()

    # -- sync ----------------------------------------------------------------------------------------

    def sync(self, *, db: DbCall = inline) -> SyncReport:
        """Send what is due, then check the ledger and pull the treasurer's policy and the releases.

        Problems found with the ledger are warnings (also kept for :meth:`status`); a server that cannot be
        reached is a warning of this sync only. Every read and write of the store goes through ``db``, never
        while a request is in flight.
        """
        link = db(self._require_link)
        key = self._key(link)
        report, found = SyncReport(), Findings()
        tracker = CheckpointTracker(self._db, link.origin, link.log_key)
        client = self._client_factory(link.server_url, key)
        finished = False
        try:
            if link.sharing:
                db(self.queue_due)
                relayed = LedgerRelay(
                    self._db, self._clock, client, tracker, self._rng, batch_keys=self._entry_ids
                ).run_once(db=db)
                report.sent = relayed.sent
                found.integrity += relayed.warnings
                if relayed.error and not relayed.warnings:
                    found.other.append(f"not everything could be sent (it waits in the outbox): {relayed.error}")
            cp = self._verified_checkpoint(client, tracker, found, db)
            if cp is not None:
                self._checks.check_mine(client, cp, found, db=db)
                if link.witness is not None:
                    self._checks.witness(client, link.witness, tracker, found, db=db)
                report.policy_updates = self._policy.pull_policy(client, link.treasurer_key, cp, found, db=db)
                self._policy.pull_releases(client, link.log_key, cp, found, db=db)
            finished = True
        except PlatformError as exc:
            found.other.append(f"the ledger server could not be reached or refused the request: {exc}")
        finally:
            client.close()
        integrity = list(dict.fromkeys(found.integrity))
        report.warnings = integrity + [w for w in dict.fromkeys(found.other) if w not in integrity]
        report.verified_size = db(lambda: self._record_sync(tracker, integrity if finished or integrity else None))
        return report

    def _record_sync(self, tracker: CheckpointTracker, integrity: list[str] | None) -> int:
        """Keep the sync's integrity warning (None: the sync stopped early, keep the last one); the size verified."""
        if integrity is not None:
            with self._db.atomic():
                self._ledger.set_warning("\n".join(integrity) or None)
        return tracker.current().size

    def _verified_checkpoint(
        self, client: LedgerClient, tracker: CheckpointTracker, found: Findings, db: DbCall
    ) -> Checkpoint | None:
        try:
            return tracker.accept(client.checkpoint(), client, db=db)
        except (IntegrityWarning, IntegrityReported) as exc:
            found.integrity.append(str(exc))
            return None

    # -- helpers -------------------------------------------------------------------------------------

    def _today(self) -> date:
        return local_day(self._clock.now().wall_ms, self._clock.tz)

    def _link(self) -> Link | None:
        return read_link(self._ledger)

    def _require_link(self) -> Link:
        link = self._link()
        if link is None:
            raise SharingError("not enrolled in a co-op ledger: enroll with the invite code your treasurer sent")
        return link

    def _key(self, link: Link) -> SigningKey:
        return link_key(self._credentials, link)


def _shown(data: dict[str, Any], supersedes: str | None) -> PendingShare:
    return PendingShare(
        date.fromisoformat(data["day"]), data["platform"], data["task_kind"], data, pretty(data), supersedes
    )
