"""The treasurer's policy and the co-op's releases, pulled from the ledger, verified, kept and applied.

Each entry listed is checked before it is kept: in the tree of the verified checkpoint, of the kind asked,
signed by the key the invite pinned (the treasurer's for ``policy.*``, the log's for ``release.*``), and the
same as any copy verified earlier. The floors and exchange rates in force then replace the local ones whose
source is the co-op ledger.

A pull reads what is stored, fetches, checks, then stores: the reads and writes go through the
:data:`~coopclient.core.lanes.DbCall` it is given, never while a request is in flight.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import sqlite_utils

from coopclient.coop.checks import Findings
from coopclient.coop.ledger_client import LedgerClient, ProvedEntry
from coopclient.core.lanes import DbCall, inline
from coopclient.core.money import Money
from coopclient.protocol.checkpoint import Checkpoint
from coopclient.protocol.entries import Entry, EntryError, parse_entry
from coopclient.protocol.merkle import leaf_hash, verify_inclusion
from coopclient.protocol.signing import verify
from coopclient.services.earnings import EarningsService
from coopclient.storage.earnings import EarningsRepo, RateText
from coopclient.storage.ledger import LedgerRepo, PolicyRow

LEDGER_SOURCE = "co-op ledger"  # the source of floors and rates pulled from the ledger


class LedgerPolicy:
    """Verified policy and release entries, in the ``ledger_policy`` table.

    Args:
        db: the local store.
        earnings: sets the wage floors pulled from the ledger.
    """

    def __init__(self, db: sqlite_utils.Database, earnings: EarningsService) -> None:
        self._db = db
        self._ledger = LedgerRepo(db)
        self._rates = EarningsRepo(db)
        self._earnings = earnings

    # -- reading -------------------------------------------------------------------------------------------

    def releases(self) -> list[dict[str, Any]]:
        """The co-op's published releases (verified: signed by the log key, included in the tree), oldest first."""
        return [entry.data for entry, _ in self._stored_entries("release.aggregates")]

    def rate_cards(self) -> list[dict[str, Any]]:
        """The treasurer's rate cards in force (corrections replace what they supersede)."""
        return [entry.data for entry in live(e for e, _ in self._stored_entries("policy.ratecard"))]

    def _stored_entries(self, kind: str) -> list[tuple[Entry, int]]:
        return [(parse_entry(body.encode("utf-8")), index) for body, index in self._ledger.policy_entries(kind)]

    # -- pulling -------------------------------------------------------------------------------------------

    def pull_policy(
        self, client: LedgerClient, treasurer_key: bytes, cp: Checkpoint, found: Findings, *, db: DbCall = inline
    ) -> int:
        """Store new verified policy entries and apply floors and exchange rates; returns how many were new."""
        items = client.policy(cp.size)
        new = _new_entries(items, db(self._known), cp, treasurer_key, "policy.", "the treasurer", found)
        if new:
            db(lambda: self._store_policy(new))
        return len(new)

    def pull_releases(
        self, client: LedgerClient, log_key: bytes, cp: Checkpoint, found: Findings, *, db: DbCall = inline
    ) -> None:
        """Store the new verified releases."""
        items = client.releases(cp.size)
        new = _new_entries(items, db(self._known), cp, log_key, "release.", "the log", found)
        if new:
            db(lambda: self._store_releases(new))

    def _known(self) -> dict[str, str]:
        """The policy and release entries stored: their bodies by entry id."""
        return self._ledger.policy_bodies()

    def _store_policy(self, new: list[tuple[Entry, int]]) -> None:
        with self._db.atomic():
            self._store_entries(new)
            self._apply_policy()

    def _store_releases(self, new: list[tuple[Entry, int]]) -> None:
        with self._db.atomic():
            self._store_entries(new)

    def _store_entries(self, entries: list[tuple[Entry, int]]) -> None:
        self._ledger.add_policy_entries(PolicyRow(e.entry_id, e.kind, e.body.decode("utf-8"), i) for e, i in entries)

    def _apply_policy(self) -> None:
        """Floors and exchange rates in force on the ledger become the local ones (source 'co-op ledger')."""
        floors = live(e for e, _ in self._stored_entries("policy.floor"))
        rates = live(e for e, _ in self._stored_entries("policy.fx"))
        self._rates.remove_floors_from(LEDGER_SOURCE)
        self._rates.remove_rates_from(LEDGER_SOURCE)
        for floor in floors:
            d = floor.data
            factors = {k: Decimal(v) for k, v in d.get("regional_factors", {}).items()}
            hourly = Money(Decimal(d["hourly"]), d["currency"])
            self._earnings.set_floor(hourly, date.fromisoformat(d["effective"]), factors, LEDGER_SOURCE)
        self._rates.upsert_rates(
            (
                RateText(fx.data["effective"], fx.data["base"], quote, rate)
                for fx in rates
                for quote, rate in sorted(fx.data["rates"].items())
            ),
            LEDGER_SOURCE,
        )


def _new_entries(
    items: list[ProvedEntry],
    known: dict[str, str],
    cp: Checkpoint,
    signer: bytes,
    prefix: str,
    who: str,
    found: Findings,
) -> list[tuple[Entry, int]]:
    """The listed entries not in ``known`` yet, each checked: in the tree, of the kind asked, signed by ``signer``."""
    known = dict(known)
    new = []
    for item in items:
        try:
            entry = parse_entry(item.body)
        except EntryError as exc:
            found.integrity.append(f"the ledger lists a malformed entry at leaf {item.leaf_index}: {exc}")
            continue
        problem = _problem(item, entry, cp, signer, prefix, who, known.get(entry.entry_id))
        if problem:
            found.integrity.append(f"ignored the {entry.kind} entry at leaf {item.leaf_index}: {problem}")
        elif entry.entry_id not in known:
            known[entry.entry_id] = item.body.decode("utf-8")
            new.append((entry, item.leaf_index))
    return new


def _problem(
    item: ProvedEntry, entry: Entry, cp: Checkpoint, signer: bytes, prefix: str, who: str, known: str | None
) -> str | None:
    """Why a listed entry cannot be kept, or None."""
    if not verify_inclusion(leaf_hash(item.body), item.leaf_index, cp.size, item.inclusion, cp.root):
        return "its proof of inclusion does not verify"
    if not entry.kind.startswith(prefix):
        return f"it is a {entry.kind} entry"
    if entry.signer != signer or not verify(signer, item.body, item.signature):
        return f"it is not signed by {who}"
    if known is not None and known != item.body.decode("utf-8"):
        return "it differs from the copy verified earlier"
    return None


def live(entries: Iterable[Entry]) -> list[Entry]:
    """Entries not superseded by another of the list (in the given order)."""
    listed = list(entries)
    superseded = {e.supersedes for e in listed if e.supersedes}
    return [e for e in listed if e.entry_id not in superseded]
