"""The member's enrollment in the co-op ledger (:mod:`coopclient.coop.sharing`), as stored: the link (server,
pseudonym, pinned keys, consent, pause), reading it from the store, registering a new key with the server
and keeping the enrollment, and the member's private key for it from the OS keyring.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlite_utils

from coopclient.coop.checks import WitnessPin
from coopclient.coop.invites import KEYRING_SERVICE, Invite, SharingError, check_server_agrees, key_account
from coopclient.coop.ledger_client import LedgerClient
from coopclient.protocol.checkpoint import Checkpoint
from coopclient.protocol.signing import SigningKey, b64, key_id, unb64
from coopclient.storage.credentials import CredentialStore
from coopclient.storage.ledger import LedgerRepo, LinkRow


@dataclass(frozen=True)
class Link:
    """The member's enrollment in a co-op ledger, as stored (``ledger_link``)."""

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

    @property
    def witness(self) -> WitnessPin | None:
        if self.witness_url is None or self.witness_key is None:
            return None
        return WitnessPin(self.witness_url, self.witness_key, self.origin)


def read_link(ledger: LedgerRepo) -> Link | None:
    """The enrollment as stored, or None before it."""
    row = ledger.link()
    if row is None:
        return None
    url, pseudonym, public, origin, log_key, treasurer, w_url, w_key, enrolled, consented, paused = row
    return Link(
        url, pseudonym, unb64(public), origin, unb64(log_key), unb64(treasurer), w_url,
        unb64(w_key) if w_key else None, date.fromisoformat(enrolled),
        date.fromisoformat(consented) if consented else None, bool(paused),
    )  # fmt: skip


def link_key(credentials: CredentialStore, link: Link) -> SigningKey:
    """The member's private key for ``link`` from the keyring; refused when missing, damaged or another one."""
    secret = credentials.get(KEYRING_SERVICE, key_account(link.server_url))
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


def register(credentials: CredentialStore, client: LedgerClient, invite: Invite, key: SigningKey) -> str:
    """Register ``key`` with the ledger ``invite`` names; the pseudonym the server gave (checked)."""
    # The key is kept before the server learns it, so a crash after registering never loses it.
    credentials.set(KEYRING_SERVICE, key_account(invite.url), b64(key.seed))
    try:
        answer = client.enroll(invite.token, key.public)
        check_server_agrees(answer, invite, "the enrollment answer")
    except BaseException:
        credentials.delete(KEYRING_SERVICE, key_account(invite.url))
        raise
    expected = f"m-{key_id(key.public)}"
    if answer["pseudonym"] != expected:
        raise SharingError(f"{invite.url}: enrolled as {answer['pseudonym']!r}, expected {expected!r}")
    return expected


def store_link(
    db: sqlite_utils.Database,
    ledger: LedgerRepo,
    invite: Invite,
    public: bytes,
    pseudonym: str,
    note: str,
    first: Checkpoint,
    today: date,
) -> None:
    """Keep a new enrollment and the first checkpoint verified, in one transaction."""
    with db.atomic():
        ledger.insert_link(
            LinkRow(
                invite.url,
                pseudonym,
                b64(public),
                invite.origin,
                b64(invite.log_key),
                b64(invite.treasurer_key),
                invite.witness_url,
                b64(invite.witness_key) if invite.witness_key else None,
                today.isoformat(),
                consented_day=None,
                paused=0,
            )
        )
        ledger.store_checkpoint(note, first.size, b64(first.root))
