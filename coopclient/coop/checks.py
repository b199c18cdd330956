"""What each sync checks on the ledger, beyond the checkpoint itself (``sync.ledger_relay.CheckpointTracker``):

- every entry this device sent is still there, byte for byte, in the tree of the verified checkpoint (new ones
  each sync, older ones in a rotating window of ``RECHECK_PER_SYNC``, see :meth:`LedgerChecks.check_mine`);
- every entry the server lists under the member's key is signed by that key and was sent by this app (an entry
  forged into the database, with tree nodes to match, passes every hash check but not this one);
- a witness, when the invite named one, cosigns that checkpoint; a 409 whose checkpoint is not on the same
  history as the server's is a possible fork (the server may be showing members different histories).

Problems found are collected in :class:`Findings`: ``integrity`` problems are kept for the status bar's
warning; ``other`` notes (a witness that could not be reached) are for this sync only.

Each check reads what it needs from the store, asks the server, then records what it found: the reads and
writes go through the :data:`~coopclient.core.lanes.DbCall` it is given, never while a request is in flight.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import partial

import sqlite_utils

from coopclient.coop.ledger_client import LedgerClient, ProvedEntry, WitnessConflict
from coopclient.coop.relay import CheckpointTracker
from coopclient.core.lanes import DbCall, inline
from coopclient.core.platform import PlatformError, Rejected
from coopclient.protocol.checkpoint import DASH, Checkpoint, CheckpointError, cosigners, read_checkpoint
from coopclient.protocol.entries import Entry, EntryError, parse_entry
from coopclient.protocol.merkle import leaf_hash, verify_consistency, verify_inclusion
from coopclient.protocol.signing import b64, unb64, verify
from coopclient.storage.ledger import LedgerRepo
from coopclient.storage.ledger_shares import SharesRepo

# How many already verified entries each sync re-checks (fetched with proofs, bodies compared).
RECHECK_PER_SYNC = 300
_WITNESS_TRIES = 3  # the witness may move between our requests (other members submit too)


@dataclass
class Findings:
    """What a sync found: ``integrity`` problems with the ledger (kept for the status) and other notes."""

    integrity: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class WitnessPin:
    """The witness an invite named: where it is, its key, and the origin of the log it cosigns."""

    url: str
    key: bytes
    origin: str


class LedgerChecks:
    """The checks of a sync that read and mark the local store.

    Args:
        db: the local store (``ledger_shares`` and ``ledger_state``).
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._ledger = LedgerRepo(db)
        self._shares = SharesRepo(db)

    # -- the member's own entries ------------------------------------------------------------------------

    def check_mine(self, client: LedgerClient, cp: Checkpoint, found: Findings, *, db: DbCall = inline) -> None:
        """The member's entries are on the server byte for byte, and every entry under their key is theirs.

        Checked each sync: (a) every sent entry not yet verified against a checkpoint (the new ones, and any
        found wrong before), and (b) the ``RECHECK_PER_SYNC`` verified ones least recently re-checked. The
        others need no fetch: an entry included under an older verified checkpoint stays included under any
        later checkpoint consistent with it, and the tracker has proven the current one consistent. The
        window is for what the hashes do not cover: a body altered later in the server's database (the
        operator rewriting a row without recomputing the tree), found within ``ceil(n / RECHECK_PER_SYNC)``
        syncs, and on the next sync while the member has at most ``RECHECK_PER_SYNC`` entries.

        (c) Every entry the server lists under the member's key from ``mine_scanned`` on is checked too (see
        :func:`_check_listed`): the tree covers bodies, not signatures, so an entry written into the database
        with a made-up signature and correct tree nodes passes every hash check, and only the member can say
        they never sent it.
        """
        rows, stored_scan, public, sent = db(lambda: self._mine_to_check(cp.size))
        scanned = min(stored_scan, cp.size)
        if not rows and scanned >= cp.size:
            return
        items = client.mine(cp.size, min(_fetch_from(rows), scanned) if rows else scanned)
        listed = _listed_by_id(items, found)
        changed: list[str] = []
        missing: list[str] = []
        good: list[tuple[int, str]] = []
        proofs: dict[str, dict[str, object]] = {}
        for entry_id, day, platform, kind, body, index in rows:
            held = listed.get(entry_id)
            if held is None:
                missing.append(f"{day} ({platform}, {kind})")
            elif not holds(held, body.encode("utf-8"), index, cp) or not verify(public, held.body, held.signature):
                changed.append(f"{day} ({platform}, {kind})")
            else:
                good.append((held.leaf_index, entry_id))
                proofs[entry_id] = {
                    "size": cp.size,
                    "root": b64(cp.root),
                    "inclusion": [b64(h) for h in held.inclusion],
                }
        if changed:
            found.integrity.append("the ledger server changed your shared figures for " + ", ".join(changed))
        if missing:
            found.integrity.append("your shared figures are missing from the ledger for " + ", ".join(missing))
        upto = _check_listed([i for i in items if i.leaf_index >= scanned], public, sent, cp, found)
        db(lambda: self._record_mine(good, {entry_id for entry_id, *_ in rows}, upto, proofs))

    def _mine_to_check(
        self, size: int
    ) -> tuple[list[tuple[str, str, str, str, str, int | None]], int, bytes, set[str]]:
        """What :meth:`check_mine` needs from the store: rows to check, the scan mark, the key, the ids sent."""
        sent = self._shares.entry_ids()
        return self._to_check(size), self._scanned(), self._public_key(), sent

    def _record_mine(
        self,
        good: list[tuple[int, str]],
        checked: set[str],
        scanned: int,
        proofs: dict[str, dict[str, object]] | None = None,
    ) -> None:
        """The outcome of :meth:`check_mine`, in one transaction: entries verified (with the proofs they were
        verified with, and the signed checkpoint of that size when it is the one stored), the size scanned up to.
        """
        stored = self._ledger.checkpoint()
        kept = {
            entry_id: json.dumps(
                {**proof, "checkpoint": stored.note if stored and stored.size == proof["size"] else None},
                sort_keys=True,
            )
            for entry_id, proof in (proofs or {}).items()
        }
        with self._db.atomic():
            self._mark_verified(good, checked, kept)
            self._set_scanned(scanned)

    def _scanned(self) -> int:
        return self._ledger.mine_scanned()

    def _set_scanned(self, size: int) -> None:
        self._ledger.set_mine_scanned(size)

    def _public_key(self) -> bytes:
        public = self._ledger.public_key()
        return unb64(public) if public is not None else b""

    def _to_check(self, size: int) -> list[tuple[str, str, str, str, str, int | None]]:
        """The sent entries to check against a checkpoint of ``size``: the unverified, then the re-check window.

        Entries appended after the checkpoint (an older one, still consistent) wait for a later sync. The
        window takes the least recently re-checked first, newest first among equals, so that right after
        everything was verified the window is the tail of the member's entries (a short fetch).
        """
        return [
            (r.entry_id, r.day, r.platform, r.task_kind, r.body, r.leaf_index)
            for r in self._shares.to_check(size, RECHECK_PER_SYNC)
        ]

    def _mark_verified(
        self, good: list[tuple[int, str]], checked: set[str], proofs: dict[str, str] | None = None
    ) -> None:
        """Mark the entries found intact (and re-checked by this sync); the other ``checked`` ones unverified."""
        with self._db.atomic():  # nested in check_mine's: one transaction with the scanned mark
            self._shares.mark_checked(good, checked - {entry_id for _, entry_id in good}, proofs)

    # -- the witness ---------------------------------------------------------------------------------------

    def witness(
        self, client: LedgerClient, pin: WitnessPin, tracker: CheckpointTracker, found: Findings, *, db: DbCall = inline
    ) -> None:
        """Have the witness cosign the verified checkpoint; a history it holds that ours does not extend is a fork."""
        stored = db(tracker.current)
        if stored.note is None or stored.size == 0:
            return
        target = Checkpoint(pin.origin, stored.size, stored.root)
        held = db(self._witness_size)
        for _ in range(_WITNESS_TRIES):
            try:
                proof = client.consistency(held, target.size) if 0 < held < target.size else []
                cosigned = client.witness(pin.url, held, proof, stored.note)
            except WitnessConflict as exc:
                verdict = _explain_conflict(client, pin, target, exc)
                if verdict is not None:
                    (found.integrity if verdict.startswith("possible fork") else found.other).append(verdict)
                    return
                if exc.size > target.size:
                    db(partial(self._set_witness_size, exc.size))
                    return  # the witness is ahead along the same history: nothing to cosign now
                held = exc.size
                continue
            except PlatformError as exc:
                found.other.append(f"the witness at {pin.url} could not cosign: {exc}")
                return
            problem = check_cosigned(cosigned, target, pin.key)
            if problem:
                found.integrity.append(f"the witness at {pin.url}: {problem}")
                return
            db(partial(self._cosigned, tracker, cosigned, target))
            return
        found.other.append(f"the witness at {pin.url} kept moving; it will be asked again at the next sync")

    def _witness_size(self) -> int:
        return self._ledger.witness_size()

    def _cosigned(self, tracker: CheckpointTracker, note: str, target: Checkpoint) -> None:
        """Keep the cosigned checkpoint and the size the witness now holds, in one transaction."""
        with self._db.atomic():
            tracker.store(note, target)
            self._set_witness_size(target.size)

    def _set_witness_size(self, size: int) -> None:
        with self._db.atomic():
            self._ledger.set_witness_size(size)


def _check_listed(items: list[ProvedEntry], public: bytes, sent: set[str], cp: Checkpoint, found: Findings) -> int:
    """Warn about each listed entry this member did not send or sign; returns the size checked up to.

    An entry listed under the member's key must be in the tree, signed by the member's key (a signature
    that does not verify is a forgery: nobody else holds the key), and one this app queued (one signed
    by the key but never queued here means the key was used elsewhere). The size returned stops at the
    first such entry, so it is found again on every sync while it is in the log (it always will be).
    """
    first_bad = cp.size
    for item in sorted(items, key=lambda i: i.leaf_index):
        problem = _not_mine(item, public, sent, cp)
        if problem is not None:
            found.integrity.append(f"the ledger holds an entry under your key at leaf {item.leaf_index}{problem}")
            first_bad = min(first_bad, item.leaf_index)
    return first_bad


def _fetch_from(rows: list[tuple[str, str, str, str, str, int | None]]) -> int:
    """The lowest leaf index to list from so every row is covered (0 when one's index is not known yet)."""
    indexes = [row[5] for row in rows]
    return 0 if any(i is None for i in indexes) else min(i for i in indexes if i is not None)


def _listed_by_id(items: list[ProvedEntry], found: Findings) -> dict[str, ProvedEntry]:
    """The member's entries the server lists, by entry id (a malformed one is an integrity problem)."""
    listed: dict[str, ProvedEntry] = {}
    for item in items:
        try:
            listed[parse_entry(item.body).entry_id] = item
        except EntryError:
            found.integrity.append(f"the ledger lists a malformed entry of yours at leaf {item.leaf_index}")
    return listed


def _explain_conflict(client: LedgerClient, pin: WitnessPin, target: Checkpoint, exc: WitnessConflict) -> str | None:
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
        f"possible fork: the witness at {pin.url} holds a checkpoint of size {exc.size} that is not "
        f"on the history your ledger server shows (size {target.size}); the server may be showing members "
        "different histories"
    )


def _not_mine(item: ProvedEntry, public: bytes, sent: set[str], cp: Checkpoint) -> str | None:
    """Why a listed entry is not one this member sent (the end of a sentence), or None if it is."""
    try:
        entry = parse_entry(item.body)
    except EntryError:
        return None  # already reported by _listed_by_id
    if entry.entry_id in sent:
        return None  # the member's own: its bytes and signature are checked with the others sent (check_mine)
    what = _described(entry)
    if not verify_inclusion(leaf_hash(item.body), item.leaf_index, cp.size, item.inclusion, cp.root):
        return f"{what} that is not in the ledger's tree as the server claims"
    if entry.signer != public:
        return f"{what} signed by another key"
    if not verify(public, item.body, item.signature):
        return f"{what} that you did not sign: its signature does not verify (a forged entry)"
    return f"{what} that this app never sent: your key was used elsewhere"


def _described(entry: Entry) -> str:
    """ " (stats.day for 2026-11-18, toloka, other)", from what the entry says of itself."""
    data = entry.data if isinstance(entry.data, dict) else {}
    if entry.kind == "stats.day":
        return f" ({entry.kind} for {data.get('day')}, {data.get('platform')}, {data.get('task_kind')})"
    return f" ({entry.kind})"


def holds(item: ProvedEntry, body: bytes, index: int | None, cp: Checkpoint) -> bool:
    """The server's copy is the body sent, at the leaf it was given, and in the tree of ``cp``."""
    if item.body != body or (index is not None and item.leaf_index != index):
        return False
    return verify_inclusion(leaf_hash(item.body), item.leaf_index, cp.size, item.inclusion, cp.root)


def check_cosigned(note: str, target: Checkpoint, witness_key: bytes) -> str | None:
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
