"""The ledger's storage: members, invites, the append-only entry log with its Merkle tree, checkpoints.

(docs/ledger.md, "Storage".) One class, `LedgerStore`, over SQLite or PostgreSQL (`coopclient.server.db`).
The HTTP layer checks signatures and roles; the store keeps the log's invariants:

- Leaf indexes (`entries.seq`) are dense: an append takes the append lock (PostgreSQL advisory lock 7406,
  SQLite `BEGIN IMMEDIATE`), reads the current size and numbers its entries from there, so several server
  processes on one database never leave a gap or reuse an index.
- Each entry row carries its leaf hash and a hash chain, `entry_hash = sha256(prev_hash ‖ body)` (the
  first `prev_hash` is 32 zero bytes); every complete subtree's hash is stored in `merkle_nodes`, so roots
  and proofs for any size take O(log n) node reads (`coopclient.protocol.merkle`).
- Resending an entry is harmless: the same `entry_id` with the same body is a `duplicate` (with its leaf
  index), with another body it is `rejected`. An append is one transaction; nothing is half-written.
- `entries`, `merkle_nodes` and `checkpoints` are append-only (triggers, see `schema.py`).

Idempotency of whole batches (the HTTP `Idempotency-Key`): `append(..., batch=BatchRecord(...))` stores the
batch's answer in the same transaction as its entries, so a request is either fully recorded with its
answer or not at all; if the key was recorded meanwhile (a concurrent retry), it raises `BatchExists`
with the stored answer and appends nothing. `batch_response()` reads a stored answer; `save_batch()` stores
one on its own (for answers not tied to an append).

Projections (`stat_days`, `stat_earnings`, and the member-month sums `stat_member_months` under each month's
policy, `stat_month_policy`: coopclient/server/month_sums.py) are derived from `stats.day` entries in the
append transaction; their `member` column is the signer's key id (as `entries.signer_key_id`). A row is
replaced only by an entry with a higher seq; an entry that supersedes one for another day/platform/kind also
removes the old row. `rebuild_projections()` recomputes them from the log.

The pieces: `store_types` (roles, errors, results), `store_append` (one append transaction),
`store_nodes` (Merkle node reads), `store_audit` (`verify_integrity`'s checks).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, date, datetime

from coopclient.protocol import merkle
from coopclient.protocol.checkpoint import Checkpoint
from coopclient.protocol.entries import ENTRY_KINDS, Entry, parse_entry
from coopclient.protocol.signing import KEY_BYTES, b64, key_id, unb64, verify
from coopclient.server import month_sums
from coopclient.server.db import Database, connect
from coopclient.server.projections import Projection, StatKey, audit_projections
from coopclient.server.schema import NOT_STATS, ensure_schema
from coopclient.server.store_append import _Append
from coopclient.server.store_audit import _Audit, _pages
from coopclient.server.store_nodes import _NodeReads, _size
from coopclient.server.store_types import (
    PSEUDONYM_PREFIX,
    AppendResult,
    BatchExists,
    BatchRecord,
    CheckpointSigner,
    InviteError,
    KeyHolder,
    LedgerConfigError,
    LedgerError,
    LedgerInfo,
    Member,
    Role,
    StoredEntry,
)


class LedgerStore:
    """The ledger database; thread-safe (each call takes a pooled connection). See the module docstring."""

    def __init__(self, database: Database) -> None:
        self.database = database

    @classmethod
    def open(cls, url: str, *, max_connections: int = 8) -> LedgerStore:
        """Open (creating the schema if needed) the ledger at `url`: a SQLite path or a postgresql:// URL."""
        database = connect(url, max_connections=max_connections)
        try:
            ensure_schema(database)
        except BaseException:
            database.close()
            raise
        return cls(database)

    def close(self) -> None:
        self.database.close()

    # -- identity ------------------------------------------------------------------------------------------

    def init(
        self, origin: str, log_public: bytes, treasurer_public: bytes | None, *, today: date | None = None
    ) -> None:
        """Record the origin and keys and enrol the log and treasurer keys; a no-op when already so.

        `treasurer_public` None leaves the treasurer as it is (unset, or the one recorded earlier).

        Raises:
            LedgerConfigError: the ledger was created with another origin, log key or treasurer key.
        """
        _check_key("log key", log_public)
        if treasurer_public is not None:
            _check_key("treasurer key", treasurer_public)
            if treasurer_public == log_public:
                raise LedgerConfigError("treasurer key: must differ from the log key")
        day = today or datetime.now(UTC).date()
        with self.database.transaction(append_lock=True):
            meta = self._meta()
            self._set_once(meta, "origin", origin, "--origin")
            self._set_once(meta, "log_key", b64(log_public), "--log-key")
            self._enrol_fixed(log_public, "log", day)
            if treasurer_public is not None:
                self._set_once(meta, "treasurer_key", b64(treasurer_public), "the treasurer key")
                self._enrol_fixed(treasurer_public, "treasurer", day)

    def _set_once(self, meta: dict[str, str], key: str, value: str, option: str) -> None:
        current = meta.get(key)
        if current is None:
            self.database.execute("INSERT INTO ledger_meta (key, value) VALUES (?, ?)", (key, value))
        elif current != value:
            raise LedgerConfigError(
                f"{option}: this ledger was created with {key} {current!r}; it cannot change to {value!r} "
                "(members' apps verify every checkpoint against it)"
            )

    def _enrol_fixed(self, public: bytes, role: Role, day: date) -> None:
        existing = self.member_by_key(public)
        if existing is None:
            self._insert_member(public, role, day)
        elif existing.role != role:
            raise LedgerConfigError(f"{role} key {existing.key_id}: already enrolled as {existing.role}")

    def _insert_member(self, public: bytes, role: Role, day: date) -> Member:
        kid = key_id(public)
        member = Member(kid, public, PSEUDONYM_PREFIX[role] + kid, role)
        inserted = self.database.execute(
            "INSERT INTO members (key_id, public_key, pseudonym, role, enrolled_day) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            (kid, b64(public), member.pseudonym, role, day.isoformat()),
        )
        if inserted != 1:
            raise InviteError(f"key {kid}: already enrolled")
        return member

    def _meta(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self.database.fetchall("SELECT key, value FROM ledger_meta")}

    def info(self) -> LedgerInfo:
        """The origin and keys recorded by `init`."""
        meta = self._meta()
        if "origin" not in meta or "log_key" not in meta:
            raise LedgerError(f"{self.database.description}: the ledger is not initialised (no origin or log key)")
        treasurer = meta.get("treasurer_key")
        return LedgerInfo(meta["origin"], unb64(meta["log_key"]), unb64(treasurer) if treasurer else None)

    def member_by_key(self, public: bytes) -> Member | None:
        """The enrolled member (or treasurer, or log) with this public key."""
        row = self.database.fetchone(
            "SELECT key_id, public_key, pseudonym, role FROM members WHERE key_id = ?", (key_id(public),)
        )
        if row is None or row[1] != b64(public):
            return None
        return Member(row[0], public, row[2], row[3])

    # -- invites -------------------------------------------------------------------------------------------

    def create_invites(self, count: int, expires_day: date, tokens: Sequence[str]) -> None:
        """Record `count` one-time invites valid through `expires_day`; only the tokens' sha256 is stored."""
        if count != len(tokens) or count < 1:
            raise ValueError(f"invites: count is {count} but {len(tokens)} tokens were given")
        rows = [(_token_digest(t), expires_day.isoformat()) for t in tokens]
        with self.database.transaction():
            self.database.executemany("INSERT INTO invites (token_sha256, expires_day) VALUES (?, ?)", rows)

    def redeem_invite(self, token: str, public: bytes, today: date) -> Member:
        """Enrol `public` as a member with a one-time invite, in one transaction.

        Raises:
            InviteError: "unknown invite", "invite already used", "invite expired on YYYY-MM-DD", or the key
                is already enrolled.
        """
        _check_key("public_key", public)
        digest = _token_digest(token)
        with self.database.transaction():
            row = self.database.fetchone(
                "SELECT expires_day, redeemed_by FROM invites WHERE token_sha256 = ?", (digest,)
            )
            if row is None:
                raise InviteError("unknown invite")
            if row[1] is not None:
                raise InviteError("invite already used")
            if date.fromisoformat(row[0]) < today:
                raise InviteError(f"invite expired on {row[0]}")
            if self.member_by_key(public) is not None:
                raise InviteError(f"key {key_id(public)}: already enrolled")
            # The IS NULL guard makes a concurrent redemption of the same invite (PostgreSQL, READ COMMITTED)
            # change no row instead of redeeming it twice.
            claimed = self.database.execute(
                "UPDATE invites SET redeemed_by = ? WHERE token_sha256 = ? AND redeemed_by IS NULL",
                (key_id(public), digest),
            )
            if claimed != 1:
                raise InviteError("invite already used")
            return self._insert_member(public, "member", today)

    # -- appending -----------------------------------------------------------------------------------------

    def append(
        self, items: Sequence[tuple[Entry, bytes]], signer: KeyHolder, batch: BatchRecord | None = None
    ) -> list[AppendResult]:
        """Append signed entries (signatures and roles already checked by the caller), in one transaction.

        Each item gets a result in order: `accepted` with its new leaf index, `duplicate` (this exact entry
        is in the log: its leaf index), or `rejected` with the reason. With `batch`, its record is stored in
        the same transaction (see the module docstring).

        Raises:
            ValueError: an entry's signer is not `signer` (the caller's check was skipped).
            BatchExists: `batch`'s key is already recorded; nothing was appended.
        """
        for entry, _ in items:
            if entry.signer != signer.public:
                raise ValueError(f"entry {entry.entry_id}: signer is not the key {signer.key_id} appending it")
        with self.database.transaction(append_lock=True):
            if batch is not None:
                self._refuse_recorded(batch.idempotency_key)
            results = _Append(self.database, signer).run(items)
            if batch is not None:
                self.save_batch(batch.idempotency_key, batch.key_id, batch.request_sha256, batch.response(results))
        return results

    def _refuse_recorded(self, idempotency_key: str) -> None:
        stored = self.batch_response(idempotency_key)
        if stored is not None:
            raise BatchExists(idempotency_key, *stored)

    def batch_response(self, idempotency_key: str) -> tuple[str, str, str] | None:
        """The stored (key_id, request_sha256, response) of a batch, or None."""
        row = self.database.fetchone(
            "SELECT key_id, request_sha256, response FROM batches WHERE idempotency_key = ?", (idempotency_key,)
        )
        return None if row is None else (row[0], row[1], row[2])

    def save_batch(self, idempotency_key: str, key_id: str, request_sha256: str, response: str) -> bool:
        """Store a batch's answer; False (nothing changed) if the key is already recorded."""
        changed = self.database.execute(
            "INSERT INTO batches (idempotency_key, key_id, request_sha256, response) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (idempotency_key) DO NOTHING",
            (idempotency_key, key_id, request_sha256, response),
        )
        return changed == 1

    # -- the tree ------------------------------------------------------------------------------------------

    def size(self) -> int:
        """The number of entries (leaves) in the log."""
        return _size(self.database)

    def root(self, size: int) -> bytes:
        """The Merkle root of the first `size` entries."""
        with self.database.snapshot():
            self._check_size("size", size)
            return _NodeReads(self.database).run(lambda read: merkle.root(size, read))

    def inclusion(self, index: int, size: int) -> list[bytes]:
        """The inclusion proof of leaf `index` in the tree of `size` leaves."""
        return self.inclusion_many([index], size)[0]

    def inclusion_many(self, indexes: Sequence[int], size: int) -> list[list[bytes]]:
        """Inclusion proofs of several leaves in one tree, with all node reads in a few queries."""
        with self.database.snapshot():
            self._check_size("size", size)
            return _NodeReads(self.database).run(lambda read: [merkle.inclusion_proof(i, size, read) for i in indexes])

    def consistency(self, old: int, new: int) -> list[bytes]:
        """The consistency proof from the tree of `old` leaves to the one of `new` leaves."""
        with self.database.snapshot():
            self._check_size("new", new)
            return _NodeReads(self.database).run(lambda read: merkle.consistency_proof(old, new, read))

    def _check_size(self, name: str, size: int) -> None:
        current = _size(self.database)
        if not 0 <= size <= current:
            raise ValueError(f"{name}: {size} is not a tree size of this log (0 to {current})")

    # -- checkpoints ---------------------------------------------------------------------------------------

    def checkpoint_note(self, size: int, signer: CheckpointSigner) -> str:
        """The signed note for `size`: the stored one, or a new one signed by `signer` and stored."""
        note = self._stored_note(size)
        if note is not None:
            return note
        cp = Checkpoint(self.info().origin, size, self.root(size))
        fresh = signer(cp)
        with self.database.transaction():
            self.database.execute(
                "INSERT INTO checkpoints (size, root, note) VALUES (?, ?, ?) ON CONFLICT (size) DO NOTHING",
                (size, cp.root, fresh),
            )
            # Another process may have stored its note first; Ed25519 is deterministic, so it is the same.
            stored = self._stored_note(size)
        assert stored is not None
        return stored

    def latest_checkpoint(self, signer: CheckpointSigner) -> str:
        """The signed note for the current size."""
        return self.checkpoint_note(self.size(), signer)

    def _stored_note(self, size: int) -> str | None:
        row = self.database.fetchone("SELECT note FROM checkpoints WHERE size = ?", (size,))
        return None if row is None else str(row[0])

    # -- reading entries -----------------------------------------------------------------------------------

    def entries_by_signer(self, key_id: str, after: int, size: int) -> list[StoredEntry]:
        """The signer's entries with `after <= leaf_index < size`, in leaf order."""
        rows = self.database.fetchall(
            "SELECT seq, body, signature FROM entries WHERE signer_key_id = ? AND seq >= ? AND seq < ? ORDER BY seq",
            (key_id, after, size),
        )
        return [StoredEntry(r[0], r[1], r[2]) for r in rows]

    def entries_by_kinds(self, prefixes: Sequence[str], size: int) -> list[StoredEntry]:
        """Every entry below `size` whose kind starts with one of `prefixes` ("policy." or a whole kind)."""
        # Exact kinds (from the closed list), not LIKE: index-friendly and collation-proof on both engines.
        kinds = sorted({k for k in ENTRY_KINDS if k.startswith(tuple(prefixes))} | set(prefixes))
        if not kinds:
            return []
        marks = ", ".join("?" * len(kinds))
        partial = "" if "stats.day" in kinds else f" AND {NOT_STATS}"  # lets SQLite use entries_by_kind
        rows = self.database.fetchall(
            f"SELECT seq, body, signature FROM entries WHERE kind IN ({marks}){partial} AND seq < ? ORDER BY seq",
            (*kinds, size),
        )
        return [StoredEntry(r[0], r[1], r[2]) for r in rows]

    # -- audit ---------------------------------------------------------------------------------------------

    def verify_integrity(self) -> list[str]:
        """Recompute every leaf hash, the hash chain, every tree node and every checkpoint; the problems found.

        Also checks that each body parses, its columns match it, its signature verifies, the append-only
        triggers are in place, and the projections releases are computed from (`stat_days`,
        `stat_earnings`) are exactly the log's (`projections.audit_projections`). An empty list means the
        database is consistent with itself (whether it is the log members saw is for their checkpoints to tell).
        """
        with self.database.snapshot():
            audit = _Audit(self.database)
            audit.guards()
            size = audit.entries()
            audit.nodes(size)
            audit.checkpoints(size, self._info_or_none())
            audit_projections(self.database, audit.dishonest, audit.problem)
        return audit.problems

    def _info_or_none(self) -> LedgerInfo | None:
        try:
            return self.info()
        except LedgerError:
            return None

    def rebuild_projections(self) -> None:
        """Recompute stat_days, stat_earnings and the month sums from the log (after a bug fix, or after the
        audit found them changed). Entries whose signature does not verify are left out, as in the audit: the
        server would have refused them."""
        with self.database.transaction(append_lock=True):
            self.database.execute("DELETE FROM stat_earnings")
            self.database.execute("DELETE FROM stat_days")
            keys: dict[str, tuple[int, StatKey]] = {}  # stats.day entry_id -> (seq, key), for supersedes
            select = "SELECT seq, body, signature FROM entries WHERE kind = 'stats.day'"
            for page in _pages(self.database, select):
                projection = Projection()
                for seq, body, signature in page:
                    entry = parse_entry(body)
                    if not verify(entry.signer, bytes(body), bytes(signature)):
                        continue
                    target = keys.get(entry.supersedes) if entry.supersedes else None
                    keys[entry.entry_id] = (seq, projection.add(entry, seq, key_id(entry.signer), target))
                projection.flush(self.database)
            month_sums.rebuild(self.database)


# -- small helpers -------------------------------------------------------------------------------------------


def _check_key(name: str, public: bytes) -> None:
    if not isinstance(public, bytes) or len(public) != KEY_BYTES:
        raise ValueError(f"{name}: must be a {KEY_BYTES}-byte Ed25519 public key")


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
