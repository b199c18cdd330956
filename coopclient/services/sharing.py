"""Sharing the member's work figures with the co-op ledger, and checking what the ledger shows back.

What leaves the device is one ``stats.day`` entry per closed day × platform type × kind of task
(docs/ledger.md, "Entries"), built only from the per-day rollups and counts:

- ``active_s``: annotating time plus the short gaps a session bridges; ``unpaid_s``: the unpaid categories
  (searching, qualification, returned, rejected, communication, payment admin), so ``active_s + Σ unpaid_s``
  is the all-in time of the earnings report; breaks and idle time not kept are not shared;
- ``tasks_done``: results submitted that day (skips excluded); ``rejections``: piece rates reversed that day;
- ``earnings``: piece rates, bonuses, adjustments and reversals per currency (fees and payouts stay here).

Never a project name or id, an account name or URL, a task id or text, or a time of day: the platform is
the account's *type* (``label-studio``, ``file``) and the kind of task the project's task type.

A day is shared once it is over, from the first day of the month of enrollment on, and only after the
member consented (having seen :meth:`SharingService.preview`); while sharing is paused nothing is queued or
sent, and resuming sends what was held back (the preview shows it first). A day whose figures change later
is sent again as a correction that ``supersedes`` the previous entry.

Each sync also checks the ledger: the checkpoint is signed by the log key pinned at enrollment and extends
the one verified before (else "the ledger's history was rewritten", and the stored checkpoint is kept);
each of the member's own entries is still there, byte for byte, in the tree; a witness, when the invite
named one, cosigns the checkpoint (a 409 it cannot explain is a fork); the treasurer's policy (floors,
exchange rates, rate cards) and the published releases are verified before they are used.

The member's private key is in the OS keyring (service ``coopclient``, account ``ledger-key:<url>``), never
in the store, a log or an exception.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import sqlite_utils

from coopclient.core.canonical import canonical, parse_canonical
from coopclient.core.categories import UNPAID_CATEGORIES, Category
from coopclient.core.checkpoint import DASH, Checkpoint, CheckpointError, cosigners, read_checkpoint
from coopclient.core.clock import Clock, day_start_ms, local_day, next_midnight_ms
from coopclient.core.ids import IdSource
from coopclient.core.ledger_entries import Entry, EntryError, make_body, parse_entry, stats_data
from coopclient.core.merkle import leaf_hash, verify_consistency, verify_inclusion
from coopclient.core.money import Money
from coopclient.core.platform import PlatformError, Rejected
from coopclient.core.report import EARNED_KINDS
from coopclient.core.signing import SigningKey, b64, key_id, unb64, verify
from coopclient.services.earnings import EarningsService
from coopclient.storage.credentials import SERVICE_PREFIX, CredentialStore
from coopclient.sync.ledger_client import (
    ClientFactory,
    LedgerClient,
    ProvedEntry,
    WitnessConflict,
    normalize_url,
)
from coopclient.sync.ledger_relay import (
    KEY_PREFIX,
    LEDGER_KIND,
    LEDGER_TARGET,
    CheckpointTracker,
    IntegrityWarning,
    LedgerRelay,
)

KEYRING_SERVICE = SERVICE_PREFIX  # docs/ledger.md: service "coopclient", account "ledger-key:<server url>"
INVITE_PREFIX = "coopledger:"
LEDGER_SOURCE = "co-op ledger"  # the source of floors and rates pulled from the ledger
STATS_KIND = "stats.day"
QUEUE_CHUNK = 200
OTHER = "other"
_ACTIVE_BUCKETS = frozenset({Category.ANNOTATING.value, "~gap"})
_UNPAID = frozenset(c.value for c in UNPAID_CATEGORIES)
_PLATFORM_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_KIND_CHARS = _PLATFORM_CHARS | {"_"}
_INVITE_REQUIRED = ("url", "token", "origin", "log_key", "treasurer_key")
_INVITE_OPTIONAL = ("witness_url", "witness_key")


class SharingError(ValueError):
    """A sharing action that cannot be done: bad invite, not enrolled, key missing. Never holds a secret."""


# -- what the UI and the CLI see ----------------------------------------------------------------------


@dataclass(frozen=True)
class SharingStatus:
    """Where sharing stands; ``warning`` is what the last sync found wrong with the ledger, if anything."""

    enrolled: bool
    server_url: str | None
    pseudonym: str | None
    consented: bool
    paused: bool
    queued: int
    sent: int
    last_checkpoint_size: int
    warning: str | None


@dataclass(frozen=True)
class PendingShare:
    """One entry the next sync would send: its ``data`` exactly, and as pretty JSON."""

    day: date
    platform: str
    task_kind: str
    data: dict[str, Any]
    text: str
    supersedes: str | None = None  # set when it corrects an entry already shared


@dataclass(frozen=True)
class SharedPayload:
    """One entry in the "What I share" log: the exact body (pretty-printed), and what became of it."""

    entry_id: str
    day: date
    platform: str
    task_kind: str
    text: str
    sent: bool
    leaf_index: int | None
    verified: bool


@dataclass
class SyncReport:
    """What one sync did and found."""

    sent: int = 0
    verified_size: int = 0
    policy_updates: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Invite:
    """What an invite code holds: the server, a one-time token and the keys to pin."""

    url: str
    token: str
    origin: str
    log_key: bytes
    treasurer_key: bytes
    witness_url: str | None = None
    witness_key: bytes | None = None

    def __repr__(self) -> str:  # the token is a secret until redeemed
        return f"Invite(url={self.url!r}, origin={self.origin!r})"


def invite_code(invite: Invite) -> str:
    """``coopledger:`` + unpadded base64url of the canonical JSON of the invite."""
    obj: dict[str, Any] = {
        "url": invite.url,
        "token": invite.token,
        "origin": invite.origin,
        "log_key": b64(invite.log_key),
        "treasurer_key": b64(invite.treasurer_key),
    }
    if invite.witness_url is not None and invite.witness_key is not None:
        obj["witness_url"] = invite.witness_url
        obj["witness_key"] = b64(invite.witness_key)
    return INVITE_PREFIX + base64.urlsafe_b64encode(canonical(obj)).decode("ascii").rstrip("=")


def parse_invite(code: str) -> Invite:
    """Read an invite code; raises :class:`SharingError` naming what is wrong (never echoing the code)."""
    text = code.strip()
    if not text.startswith(INVITE_PREFIX):
        raise SharingError(f"invite code: must start with {INVITE_PREFIX!r}")
    payload = text[len(INVITE_PREFIX) :]
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        obj = parse_canonical(raw)
    except (binascii.Error, ValueError):
        raise SharingError("invite code: damaged (not the base64url of canonical JSON); copy it again") from None
    extra = sorted(set(obj) - set(_INVITE_REQUIRED) - set(_INVITE_OPTIONAL))
    if extra:
        raise SharingError(f"invite code: unknown field {extra[0]!r}")
    for name in _INVITE_REQUIRED:
        if not isinstance(obj.get(name), str) or not obj[name]:
            raise SharingError(f"invite code: field {name!r} is missing or empty")
    try:
        url = normalize_url(obj["url"])
        witness_url = normalize_url(obj["witness_url"]) if obj.get("witness_url") else None
    except ValueError as exc:
        raise SharingError(f"invite code: {exc}") from None
    witness_key = _invite_key(obj, "witness_key") if obj.get("witness_key") else None
    if (witness_url is None) != (witness_key is None):
        raise SharingError("invite code: a witness needs both witness_url and witness_key")
    return Invite(
        url, obj["token"], obj["origin"], _invite_key(obj, "log_key"), _invite_key(obj, "treasurer_key"),
        witness_url, witness_key,
    )  # fmt: skip


def _invite_key(obj: dict[str, Any], name: str) -> bytes:
    try:
        key = unb64(obj[name]) if isinstance(obj[name], str) else b""
    except ValueError:
        key = b""
    if len(key) != 32:
        raise SharingError(f"invite code: {name} is not the base64 of a 32-byte public key")
    return key


def key_account(server_url: str) -> str:
    """The keyring account of the member's ledger key for a server."""
    return f"ledger-key:{server_url}"


def pretty(obj: Any) -> str:
    """JSON for people: indented, keys sorted, non-ASCII kept."""
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False)


# -- the enrollment, as stored ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Link:
    server_url: str
    pseudonym: str
    public_key: bytes
    origin: str
    log_key: bytes
    treasurer_key: bytes
    witness_url: str | None
    witness_key: bytes | None
    enrolled_day: date
    consented_day: date | None
    paused: bool

    @property
    def share_from(self) -> date:
        """The first day shared: the first of the month of enrollment (so that month's figures are whole)."""
        return self.enrolled_day.replace(day=1)

    @property
    def sharing(self) -> bool:
        return self.consented_day is not None and not self.paused


@dataclass(frozen=True)
class _Pending:
    day: date
    platform: str
    task_kind: str
    data: dict[str, Any]
    supersedes: str | None


@dataclass
class _Cell:
    """One day × platform × kind of task, accumulated from the rollups."""

    active_ms: int = 0
    unpaid_ms: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    tasks_done: int = 0
    rejections: int = 0
    micros: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    currencies: set[str] = field(default_factory=set)


@dataclass
class _Findings:
    """What a sync found: ``integrity`` problems with the ledger (kept for the status) and other notes."""

    integrity: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)


class SharingService:
    """The member's side of the co-op ledger.

    Args:
        db: the local store.
        clock: decides which days are over (in the member's zone) and the date on signed requests.
        ids: kept for the composition root's uniform wiring; ledger entry ids and batch keys are always
            fresh uuid4s, as the protocol requires (two members' counters must never collide on the server).
        credentials: where the member's private key lives.
        client_factory: ``(server_url, key or None) -> LedgerClient``.
        rng: floats in [0, 1) for the retry jitter.
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        clock: Clock,
        ids: IdSource,
        credentials: CredentialStore,
        client_factory: ClientFactory,
        rng: Callable[[], float] | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._ids = ids
        self._credentials = credentials
        self._client_factory = client_factory
        self._rng = rng or random.Random().random
        self._earnings = EarningsService(db, clock, ids)

    # -- status and settings -----------------------------------------------------------------------

    def status(self) -> SharingStatus:
        """Enrollment, consent, what is queued and sent, the last verified checkpoint and any warning."""
        link = self._link()
        queued = self._db.execute(
            "SELECT count(*) FROM outbox WHERE kind = ? AND acked_ms IS NULL AND parked = 0", [LEDGER_KIND]
        ).fetchone()[0]
        sent = self._db.execute("SELECT count(*) FROM ledger_shares WHERE sent_ms IS NOT NULL").fetchone()[0]
        state = self._db.execute("SELECT size, warning FROM ledger_state WHERE id = 1").fetchone()
        size, warning = (int(state[0]), state[1]) if state else (0, None)
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
        )

    def consent(self) -> SharingStatus:
        """The member agrees to share what :meth:`preview` shows, from now on (also un-pauses)."""
        self._require_link()
        with self._db.atomic():
            self._db.execute(
                "UPDATE ledger_link SET consented_day = coalesce(consented_day, ?), paused = 0 WHERE id = 1",
                [self._today().isoformat()],
            )
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
            self._db.execute("UPDATE ledger_link SET paused = ? WHERE id = 1", [int(paused)])

    # -- enrollment --------------------------------------------------------------------------------

    def enroll(self, code: str) -> SharingStatus:
        """Join the ledger an invite names: check the server is the one the invite pins, make the key, register.

        Raises:
            SharingError: a bad invite, already enrolled, or a server that does not match the invite.
            PlatformError: the server could not be reached or refused the invite.
        """
        invite = parse_invite(code)
        if self._link() is not None:
            raise SharingError(f"already enrolled with {self._require_link().server_url}")
        client = self._client_factory(invite.url, None)
        try:
            _agrees(client.info(), invite, "/v1/info")
            # Trust on first use, but only of a checkpoint the pinned key signed.
            tracker_note = client.checkpoint()
            try:
                first = CheckpointTracker(self._db, invite.origin, invite.log_key).open(tracker_note)
            except IntegrityWarning as exc:
                raise SharingError(f"{invite.url}: {exc}") from None
            key = SigningKey.generate()
            pseudonym = self._register(client, invite, key)
        finally:
            client.close()
        self._store_link(invite, key.public, pseudonym, tracker_note, first)
        return self.status()

    def _register(self, client: LedgerClient, invite: Invite, key: SigningKey) -> str:
        # The key is kept before the server learns it, so a crash after registering never loses it.
        self._credentials.set(KEYRING_SERVICE, key_account(invite.url), b64(key.seed))
        try:
            answer = client.enroll(invite.token, key.public)
            _agrees(answer, invite, "the enrollment answer")
        except BaseException:
            self._credentials.delete(KEYRING_SERVICE, key_account(invite.url))
            raise
        expected = f"m-{key_id(key.public)}"
        if answer["pseudonym"] != expected:
            raise SharingError(f"{invite.url}: enrolled as {answer['pseudonym']!r}, expected {expected!r}")
        return expected

    def _store_link(self, invite: Invite, public: bytes, pseudonym: str, note: str, first: Checkpoint) -> None:
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO ledger_link (id, server_url, pseudonym, public_key, origin, log_key, treasurer_key, "
                "witness_url, witness_key, enrolled_day) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    invite.url,
                    pseudonym,
                    b64(public),
                    invite.origin,
                    b64(invite.log_key),
                    b64(invite.treasurer_key),
                    invite.witness_url,
                    b64(invite.witness_key) if invite.witness_key else None,
                    self._today().isoformat(),
                ],
            )
            self._db.execute(
                "INSERT INTO ledger_state (id, checkpoint, size, root) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO "
                "UPDATE SET checkpoint = excluded.checkpoint, size = excluded.size, root = excluded.root",
                [note, first.size, b64(first.root)],
            )

    # -- what would be shared ----------------------------------------------------------------------

    def preview(self) -> list[PendingShare]:
        """Exactly what the next sync would send: entries queued and not yet sent, then the days now due.

        Before enrollment: what would be shared from the first of this month, so the member can see it first.
        """
        link = self._link()
        first = link.share_from if link else self._today().replace(day=1)
        out = []
        for body, supersedes in self._db.execute(
            "SELECT s.body, s.supersedes FROM ledger_shares s JOIN outbox o ON o.idempotency_key = ? || s.entry_id "
            "WHERE o.acked_ms IS NULL AND o.parked = 0 ORDER BY o.seq",
            [KEY_PREFIX],
        ).fetchall():
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

    def _queue_one(self, item: _Pending, key: SigningKey, now: int) -> None:
        entry_id = str(uuid.uuid4())
        body = make_body(STATS_KIND, item.data, key.public, entry_id, item.supersedes)
        payload = json.dumps({"body": body.decode("utf-8"), "signature": b64(key.sign(body))}, sort_keys=True)
        self._db.execute(
            "INSERT INTO ledger_shares (entry_id, day, platform, task_kind, kind, body, supersedes, created_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [entry_id, item.day.isoformat(), item.platform, item.task_kind, STATS_KIND, body.decode(), item.supersedes,
             now],
        )  # fmt: skip
        self._db.execute(
            "INSERT INTO outbox (idempotency_key, kind, target, payload, payload_sha256, created_ms) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [KEY_PREFIX + entry_id, LEDGER_KIND, LEDGER_TARGET, payload, _sha256(payload), now],
        )

    def _pending(self, first: date) -> list[_Pending]:
        """Closed days from ``first`` whose figures differ from the latest entry shared for them (or were never
        shared)."""
        last = self._today() - timedelta(days=1)
        if last < first:
            return []
        cells = collect_cells(self._db, self._clock, first, last)
        current = {cell: _cell_data(cell, acc) for cell, acc in cells.items()}
        latest = self._latest_shares(first, last)
        pending = []
        for cell in sorted(set(current) | set(latest)):
            day, platform, kind = cell
            data = current.get(cell) or _cell_data(cell, _Cell())
            previous = latest.get(cell)
            if previous is None and _empty(data):
                continue
            if previous is not None and previous[1] == data:
                continue
            pending.append(_Pending(date.fromisoformat(day), platform, kind, data, previous[0] if previous else None))
        return pending

    def _latest_shares(self, first: date, last: date) -> dict[tuple[str, str, str], tuple[str, dict[str, Any]]]:
        rows = self._db.execute(
            "SELECT s.entry_id, s.day, s.platform, s.task_kind, s.body FROM ledger_shares s WHERE s.day BETWEEN ? "
            "AND ? AND NOT EXISTS (SELECT 1 FROM ledger_shares n WHERE n.supersedes = s.entry_id) "
            "ORDER BY s.created_ms",
            [first.isoformat(), last.isoformat()],
        ).fetchall()
        return {(d, p, k): (entry_id, json.loads(body)["data"]) for entry_id, d, p, k, body in rows}

    # -- the log of what was shared ----------------------------------------------------------------

    def shared(self, limit: int = 100, offset: int = 0) -> list[SharedPayload]:
        """Entries shared (or queued), newest day first, with the exact body and whether the ledger holds it."""
        rows = self._db.execute(
            "SELECT entry_id, day, platform, task_kind, body, sent_ms, leaf_index, verified FROM ledger_shares "
            "ORDER BY day DESC, created_ms DESC, entry_id LIMIT ? OFFSET ?",
            [limit, offset],
        ).fetchall()
        return [
            SharedPayload(eid, date.fromisoformat(d), p, k, pretty(json.loads(body)), sent is not None, idx, bool(ok))
            for eid, d, p, k, body, sent, idx, ok in rows
        ]

    def releases(self) -> list[dict[str, Any]]:
        """The co-op's published releases (verified: signed by the log key, included in the tree), oldest first."""
        return [entry.data for entry, _ in self._stored_entries("release.aggregates")]

    def rate_cards(self) -> list[dict[str, Any]]:
        """The treasurer's rate cards in force (corrections replace what they supersede)."""
        return [entry.data for entry in _live(e for e, _ in self._stored_entries("policy.ratecard"))]

    def _stored_entries(self, kind: str) -> list[tuple[Entry, int]]:
        rows = self._db.execute(
            "SELECT body, leaf_index FROM ledger_policy WHERE kind = ? ORDER BY leaf_index", [kind]
        ).fetchall()
        return [(parse_entry(body.encode("utf-8")), int(index)) for body, index in rows]

    # -- sync ----------------------------------------------------------------------------------------

    def sync(self) -> SyncReport:
        """Send what is due, then check the ledger and pull the treasurer's policy and the releases.

        Problems found with the ledger are warnings (also kept for :meth:`status`); a server that cannot be
        reached is a warning of this sync only.
        """
        link = self._require_link()
        key = self._key(link)
        report, found = SyncReport(), _Findings()
        tracker = CheckpointTracker(self._db, link.origin, link.log_key)
        client = self._client_factory(link.server_url, key)
        finished = False
        try:
            if link.sharing:
                self.queue_due()
                relayed = LedgerRelay(self._db, self._clock, client, tracker, self._rng).run_once()
                report.sent = relayed.sent
                found.integrity += relayed.warnings
                if relayed.error and not relayed.warnings:
                    found.other.append(f"not everything could be sent (it waits in the outbox): {relayed.error}")
            cp = self._verified_checkpoint(client, tracker, found)
            if cp is not None:
                self._check_mine(client, cp, found)
                self._witness(client, link, tracker, cp, found)
                report.policy_updates = self._pull_policy(client, link, cp, found)
                self._pull_releases(client, link, cp, found)
            finished = True
        except PlatformError as exc:
            found.other.append(f"the ledger server could not be reached or refused the request: {exc}")
        finally:
            client.close()
        integrity = list(dict.fromkeys(found.integrity))
        report.warnings = integrity + [w for w in dict.fromkeys(found.other) if w not in integrity]
        report.verified_size = tracker.current().size
        if finished or integrity:
            with self._db.atomic():
                self._db.execute("UPDATE ledger_state SET warning = ? WHERE id = 1", ["\n".join(integrity) or None])
        return report

    def _verified_checkpoint(
        self, client: LedgerClient, tracker: CheckpointTracker, found: _Findings
    ) -> Checkpoint | None:
        try:
            return tracker.accept(client.checkpoint(), client)
        except IntegrityWarning as exc:
            found.integrity.append(str(exc))
            return None

    def _check_mine(self, client: LedgerClient, cp: Checkpoint, found: _Findings) -> None:
        """Every entry this device sent is on the server, byte for byte, in the tree of the checkpoint."""
        listed: dict[str, ProvedEntry] = {}
        for item in client.mine(cp.size, 0):
            try:
                listed[parse_entry(item.body).entry_id] = item
            except EntryError:
                found.integrity.append(f"the ledger lists a malformed entry of yours at leaf {item.leaf_index}")
        rows = self._db.execute(
            "SELECT entry_id, day, platform, task_kind, body, leaf_index FROM ledger_shares "
            "WHERE sent_ms IS NOT NULL ORDER BY day, created_ms"
        ).fetchall()
        changed: list[str] = []
        missing: list[str] = []
        good: list[tuple[int, str]] = []
        for entry_id, day, platform, kind, body, index in rows:
            if index is not None and index >= cp.size:
                continue  # appended after the checkpoint checked against (an older one, still consistent)
            held = listed.get(entry_id)
            if held is None:
                missing.append(f"{day} ({platform}, {kind})")
            elif not _holds(held, body.encode("utf-8"), index, cp):
                changed.append(f"{day} ({platform}, {kind})")
            else:
                good.append((held.leaf_index, entry_id))
        if changed:
            found.integrity.append("the ledger server changed your shared figures for " + ", ".join(changed))
        if missing:
            found.integrity.append("your shared figures are missing from the ledger for " + ", ".join(missing))
        with self._db.atomic():
            self._db.conn.executemany("UPDATE ledger_shares SET verified = 1, leaf_index = ? WHERE entry_id = ?", good)
            if changed or missing:
                bad = {entry_id for entry_id, *_ in rows} - {entry_id for _, entry_id in good}
                self._db.conn.executemany(
                    "UPDATE ledger_shares SET verified = 0 WHERE entry_id = ? AND sent_ms IS NOT NULL",
                    [(e,) for e in bad],
                )

    def _witness(
        self, client: LedgerClient, link: _Link, tracker: CheckpointTracker, cp: Checkpoint, found: _Findings
    ) -> None:
        """Have the witness cosign the verified checkpoint; a history it holds that ours does not extend is a fork."""
        if link.witness_url is None or link.witness_key is None:
            return
        stored = tracker.current()
        if stored.note is None or stored.size == 0:
            return
        target = Checkpoint(link.origin, stored.size, stored.root)
        held = int(self._db.execute("SELECT witness_size FROM ledger_state WHERE id = 1").fetchone()[0])
        for _ in range(3):  # the witness may move between our requests (other members submit too)
            try:
                proof = client.consistency(held, target.size) if 0 < held < target.size else []
                cosigned = client.witness(link.witness_url, held, proof, stored.note)
            except WitnessConflict as exc:
                verdict = self._explain_conflict(client, link, target, exc)
                if verdict is not None:
                    (found.integrity if verdict.startswith("possible fork") else found.other).append(verdict)
                    return
                if exc.size > target.size:
                    self._set_witness_size(exc.size)
                    return  # the witness is ahead along the same history: nothing to cosign now
                held = exc.size
                continue
            except PlatformError as exc:
                found.other.append(f"the witness at {link.witness_url} could not cosign: {exc}")
                return
            problem = _check_cosigned(cosigned, target, link.witness_key)
            if problem:
                found.integrity.append(f"the witness at {link.witness_url}: {problem}")
                return
            tracker.store(cosigned, target)
            self._set_witness_size(target.size)
            return
        found.other.append(f"the witness at {link.witness_url} kept moving; it will be asked again at the next sync")

    def _explain_conflict(
        self, client: LedgerClient, link: _Link, target: Checkpoint, exc: WitnessConflict
    ) -> str | None:
        """None when the witness's checkpoint and ours lie on one history (so asking again can work)."""
        low, high = (exc.size, target.size) if exc.size <= target.size else (target.size, exc.size)
        low_root, high_root = (exc.root, target.root) if exc.size <= target.size else (target.root, exc.root)
        try:
            proof = client.consistency(low, high) if 0 < low < high else []
        except Rejected:
            proof = None
        if proof is not None and verify_consistency(low, high, low_root, high_root, proof):
            return None
        return (
            f"possible fork: the witness at {link.witness_url} holds a checkpoint of size {exc.size} that is not "
            f"on the history your ledger server shows (size {target.size}); the server may be showing members "
            "different histories"
        )

    def _set_witness_size(self, size: int) -> None:
        with self._db.atomic():
            self._db.execute("UPDATE ledger_state SET witness_size = ? WHERE id = 1", [size])

    def _pull_policy(self, client: LedgerClient, link: _Link, cp: Checkpoint, found: _Findings) -> int:
        """Store new verified policy entries and apply floors and exchange rates; returns how many were new."""
        new = self._new_entries(client.policy(cp.size), cp, link.treasurer_key, "policy.", "the treasurer", found)
        if new:
            with self._db.atomic():
                self._store_entries(new)
                self._apply_policy()
        return len(new)

    def _pull_releases(self, client: LedgerClient, link: _Link, cp: Checkpoint, found: _Findings) -> None:
        new = self._new_entries(client.releases(cp.size), cp, link.log_key, "release.", "the log", found)
        if new:
            with self._db.atomic():
                self._store_entries(new)

    def _new_entries(
        self,
        items: list[ProvedEntry],
        cp: Checkpoint,
        signer: bytes,
        prefix: str,
        who: str,
        found: _Findings,
    ) -> list[tuple[Entry, int]]:
        """The listed entries not stored yet, each checked: in the tree, of the kind asked, signed by ``signer``."""
        known = dict(self._db.execute("SELECT entry_id, body FROM ledger_policy").fetchall())
        new = []
        for item in items:
            problem = None
            try:
                entry = parse_entry(item.body)
            except EntryError as exc:
                found.integrity.append(f"the ledger lists a malformed entry at leaf {item.leaf_index}: {exc}")
                continue
            if not verify_inclusion(leaf_hash(item.body), item.leaf_index, cp.size, item.inclusion, cp.root):
                problem = "its proof of inclusion does not verify"
            elif not entry.kind.startswith(prefix):
                problem = f"it is a {entry.kind} entry"
            elif entry.signer != signer or not verify(signer, item.body, item.signature):
                problem = f"it is not signed by {who}"
            elif entry.entry_id in known and known[entry.entry_id] != item.body.decode("utf-8"):
                problem = "it differs from the copy verified earlier"
            if problem:
                found.integrity.append(f"ignored the {entry.kind} entry at leaf {item.leaf_index}: {problem}")
            elif entry.entry_id not in known:
                known[entry.entry_id] = item.body.decode("utf-8")
                new.append((entry, item.leaf_index))
        return new

    def _store_entries(self, entries: list[tuple[Entry, int]]) -> None:
        self._db.conn.executemany(
            "INSERT OR IGNORE INTO ledger_policy (entry_id, kind, body, leaf_index) VALUES (?, ?, ?, ?)",
            [(e.entry_id, e.kind, e.body.decode("utf-8"), index) for e, index in entries],
        )

    def _apply_policy(self) -> None:
        """Floors and exchange rates in force on the ledger become the local ones (source 'co-op ledger')."""
        floors = _live(e for e, _ in self._stored_entries("policy.floor"))
        rates = _live(e for e, _ in self._stored_entries("policy.fx"))
        self._db.execute("DELETE FROM wage_floors WHERE source = ?", [LEDGER_SOURCE])
        self._db.execute("DELETE FROM fx_rates WHERE source = ?", [LEDGER_SOURCE])
        for floor in floors:
            d = floor.data
            factors = {k: Decimal(v) for k, v in d.get("regional_factors", {}).items()}
            hourly = Money(Decimal(d["hourly"]), d["currency"])
            self._earnings.set_floor(hourly, date.fromisoformat(d["effective"]), factors, LEDGER_SOURCE)
        self._db.conn.executemany(
            "INSERT INTO fx_rates (day, base, quote, rate, source) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT DO UPDATE SET rate = excluded.rate, source = excluded.source",
            [
                (fx.data["effective"], fx.data["base"], quote, rate, LEDGER_SOURCE)
                for fx in rates
                for quote, rate in sorted(fx.data["rates"].items())
            ],
        )

    # -- helpers -------------------------------------------------------------------------------------

    def _today(self) -> date:
        return local_day(self._clock.now().wall_ms, self._clock.tz)

    def _link(self) -> _Link | None:
        row = self._db.execute(
            "SELECT server_url, pseudonym, public_key, origin, log_key, treasurer_key, witness_url, witness_key, "
            "enrolled_day, consented_day, paused FROM ledger_link WHERE id = 1"
        ).fetchone()
        if row is None:
            return None
        url, pseudonym, public, origin, log_key, treasurer, w_url, w_key, enrolled, consented, paused = row
        return _Link(
            url, pseudonym, unb64(public), origin, unb64(log_key), unb64(treasurer), w_url,
            unb64(w_key) if w_key else None, date.fromisoformat(enrolled),
            date.fromisoformat(consented) if consented else None, bool(paused),
        )  # fmt: skip

    def _require_link(self) -> _Link:
        link = self._link()
        if link is None:
            raise SharingError("not enrolled in a co-op ledger: enroll with the invite code your treasurer sent")
        return link

    def _key(self, link: _Link) -> SigningKey:
        secret = self._credentials.get(KEYRING_SERVICE, key_account(link.server_url))
        if secret is None:
            raise SharingError(
                f"the ledger key for {link.server_url} is not in the keyring (it may have been deleted, or kept "
                "for one session only): ask the treasurer for a new invite"
            )
        try:
            key = SigningKey.from_seed(unb64(secret))
        except ValueError:
            raise SharingError(f"the ledger key for {link.server_url} in the keyring is damaged") from None
        if key.public != link.public_key:
            raise SharingError(f"the ledger key for {link.server_url} in the keyring is not the one enrolled")
        return key


# -- building the figures ------------------------------------------------------------------------------

Cell = tuple[str, str, str]  # (day, platform type, kind of task)


def collect_cells(db: sqlite_utils.Database, clock: Clock, first: date, last: date) -> dict[Cell, _Cell]:
    """Per day × platform type × kind of task, from the rollups and the results; days ``first``..``last``."""
    cells: dict[Cell, _Cell] = defaultdict(_Cell)
    lo, hi = first.isoformat(), last.isoformat()
    for day, platform, task_type, bucket, ms in db.execute(
        "SELECT r.day, coalesce(a.platform, r.platform), p.task_type, r.bucket, sum(r.ms) FROM time_rollup r "
        "LEFT JOIN projects p ON p.id = r.project_id LEFT JOIN accounts a ON a.id = p.account_id "
        "WHERE r.day BETWEEN ? AND ? AND r.ms != 0 GROUP BY 1, 2, 3, 4",
        [lo, hi],
    ).fetchall():
        cell = cells[(day, platform_type(platform), task_kind(task_type))]
        if bucket in _ACTIVE_BUCKETS:
            cell.active_ms += ms
        elif bucket in _UNPAID:
            cell.unpaid_ms[bucket] += ms
    kinds = sorted(EARNED_KINDS)
    for day, platform, task_type, kind, currency, micros, entries in db.execute(
        "SELECT m.day, coalesce(a.platform, m.platform), p.task_type, m.kind, m.currency, sum(m.micros), "
        "sum(m.entries) FROM money_rollup m LEFT JOIN projects p ON p.id = m.project_id "
        "LEFT JOIN accounts a ON a.id = p.account_id "
        f"WHERE m.day BETWEEN ? AND ? AND m.entries != 0 AND m.kind IN ({', '.join('?' * len(kinds))}) "
        "GROUP BY 1, 2, 3, 4, 5",
        [lo, hi, *kinds],
    ).fetchall():
        cell = cells[(day, platform_type(platform), task_kind(task_type))]
        cell.micros[currency] += micros
        cell.currencies.add(currency)
        if kind == "rejection":
            cell.rejections += entries
    start, end = day_start_ms(first, clock.tz), next_midnight_ms(last, clock.tz)
    for created_ms, platform, task_type in db.execute(
        "SELECT r.created_ms, a.platform, p.task_type FROM results r JOIN tasks t ON t.id = r.task_id "
        "JOIN batches b ON b.id = t.batch_id JOIN projects p ON p.id = b.project_id "
        "JOIN accounts a ON a.id = p.account_id WHERE r.was_cancelled = 0 AND r.created_ms >= ? AND r.created_ms < ?",
        [start, end],
    ).fetchall():
        day = local_day(created_ms, clock.tz).isoformat()
        cells[(day, platform_type(platform), task_kind(task_type))].tasks_done += 1
    return dict(cells)


def platform_type(value: str | None) -> str:
    """The platform *type* as the ledger takes it (``[a-z0-9-]{1,32}``), ``other`` when there is none or it
    does not fit (a manual timer's free text is lower-cased, spaces and underscores become dashes)."""
    text = (value or "").strip().lower().replace(" ", "-").replace("_", "-")
    return text if 0 < len(text) <= 32 and set(text) <= _PLATFORM_CHARS else OTHER


def task_kind(value: str | None) -> str:
    """The kind of task (``[a-z0-9_-]{1,32}``): the project's task type, ``choices+textarea`` → ``choices-textarea``;
    ``other`` when unknown or unsupported."""
    text = (value or "").strip().lower().replace("+", "-")
    if text in ("", "unsupported") or len(text) > 32 or not set(text) <= _KIND_CHARS:
        return OTHER
    return text


def _seconds(ms: int) -> int:
    """Whole seconds, within what one day can hold (a 25-hour day still shares at most 86,400 s a figure)."""
    return min(86_400, max(0, ms // 1000))


def _cell_data(cell: Cell, acc: _Cell) -> dict[str, Any]:
    day, platform, kind = cell
    return stats_data(
        date.fromisoformat(day),
        platform,
        kind,
        _seconds(acc.active_ms),
        {name: _seconds(ms) for name, ms in acc.unpaid_ms.items()},
        max(0, acc.tasks_done),
        max(0, acc.rejections),
        {currency: Decimal(acc.micros[currency]).scaleb(-6) for currency in sorted(acc.currencies)},
    )


def _empty(data: dict[str, Any]) -> bool:
    counts = (data["active_s"], *data["unpaid_s"].values(), data["tasks_done"], data["rejections"])
    return not any(counts) and not data["earnings"]


def _holds(item: ProvedEntry, body: bytes, index: int | None, cp: Checkpoint) -> bool:
    """The server's copy is the body sent, at the leaf it was given, and in the tree of ``cp``."""
    if item.body != body or (index is not None and item.leaf_index != index):
        return False
    return verify_inclusion(leaf_hash(item.body), item.leaf_index, cp.size, item.inclusion, cp.root)


def _shown(data: dict[str, Any], supersedes: str | None) -> PendingShare:
    return PendingShare(
        date.fromisoformat(data["day"]), data["platform"], data["task_kind"], data, pretty(data), supersedes
    )


def _live(entries: Iterable[Entry]) -> list[Entry]:
    """Entries not superseded by another of the list (in the given order)."""
    listed = list(entries)
    superseded = {e.supersedes for e in listed if e.supersedes}
    return [e for e in listed if e.entry_id not in superseded]


def _agrees(answer: dict[str, Any], invite: Invite, where: str) -> None:
    """The server states the origin and keys the invite pins; anything else may be an impersonator."""
    expected = {"origin": invite.origin, "log_key": b64(invite.log_key), "treasurer_key": b64(invite.treasurer_key)}
    for name, value in expected.items():
        if answer.get(name) != value:
            raise SharingError(
                f"{invite.url}: {where} gives another {name} than the invite; the invite may be for another "
                "ledger, or this is not the co-op's server"
            )


def _check_cosigned(note: str, target: Checkpoint, witness_key: bytes) -> str | None:
    """Why a note the witness returned is not a cosignature of ``target`` by ``witness_key`` (None if it is)."""
    try:
        cp = read_checkpoint(note)
        names = {line.split(" ")[1] for line in note.split("\n\n", 1)[1].splitlines() if line.startswith(DASH + " ")}
        signed = cosigners(note, dict.fromkeys(names, witness_key))
    except (CheckpointError, IndexError):
        return "its answer is not a signed note"
    if cp != target:
        return "it returned another checkpoint than the one sent"
    if not signed:
        return "its cosignature does not verify with the witness key in your invite"
    return None


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
