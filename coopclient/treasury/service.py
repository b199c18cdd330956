"""The treasurer's side of the co-op ledger: their key, invites, policy entries and monthly releases.

The treasurer's private key is kept in the OS keyring (service ``coopclient``, account
``ledger-treasurer-key:<server url>``); the server is started with its public half (``treasurer_key``), so
only entries signed by it count as policy. Invites carry the server's origin and log key and the
treasurer's key, which the member's app pins at enrollment: a server that later shows other keys is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from coopclient.coop.ledger_client import ClientFactory, LedgerClient, LedgerError, normalize_url
from coopclient.coop.sharing import KEYRING_SERVICE, Invite, SharingError, invite_code
from coopclient.core.clock import Clock
from coopclient.core.ids import IdSource, random_ids
from coopclient.core.money import Money
from coopclient.protocol.checkpoint import open_checkpoint
from coopclient.protocol.entries import EntryError, make_body, parse_entry
from coopclient.protocol.signing import SigningKey, b64, unb64, verify
from coopclient.storage.credentials import CredentialStore

MAX_INVITES = 50


def treasurer_account(server_url: str) -> str:
    """The keyring account of the treasurer's key for a server."""
    return f"ledger-treasurer-key:{server_url}"


@dataclass(frozen=True)
class Published:
    """A policy entry the server holds: its id, leaf index and whether it was new."""

    entry_id: str
    leaf_index: int | None
    status: str


class TreasuryService:
    """What the treasurer does with the ledger.

    Args:
        credentials: where the treasurer's key lives.
        client_factory: ``(server_url, key or None) -> LedgerClient``.
        clock: for the date on signed requests (through the client factory) and default effective dates.
    """

    def __init__(
        self,
        credentials: CredentialStore,
        client_factory: ClientFactory,
        clock: Clock,
        entry_ids: IdSource = random_ids,
    ) -> None:
        self._entry_ids = entry_ids  # uuid4s, as the ledger protocol requires
        self._credentials = credentials
        self._client_factory = client_factory
        self._clock = clock

    def treasurer_key(self, server_url: str) -> str:
        """The treasurer's public key for ``server_url`` (base64), made and kept in the keyring the first time."""
        url = _url(server_url)
        key = self._load(url)
        if key is None:
            key = SigningKey.generate()
            self._credentials.set(KEYRING_SERVICE, treasurer_account(url), b64(key.seed))
        return b64(key.public)

    def create_invites(
        self, server_url: str, count: int, witness_url: str | None = None, witness_key: str | None = None
    ) -> list[str]:
        """``count`` invite codes (one-time, 30 days) naming the server, its keys and the optional witness."""
        if not 1 <= count <= MAX_INVITES:
            raise SharingError(f"--count: must be from 1 to {MAX_INVITES}, not {count}")
        if (witness_url is None) != (witness_key is None):
            raise SharingError("--witness-url and --witness-key go together")
        witness = _witness_key(witness_key) if witness_key else None
        url = _url(server_url)
        with self._client(url) as client:
            info = self._checked_info(client)
            tokens = client.create_invites(count)
        return [
            invite_code(
                Invite(
                    url,
                    token,
                    info["origin"],
                    unb64(info["log_key"]),
                    unb64(info["treasurer_key"]),
                    normalize_url(witness_url) if witness_url else None,
                    witness,
                )
            )
            for token in tokens
        ]

    def publish_floor(
        self,
        server_url: str,
        hourly: Money,
        effective: date,
        factors: Mapping[str, Decimal] | None = None,
        supersedes: str | None = None,
    ) -> Published:
        """Publish the wage floor from ``effective`` (regional factors by ISO country code)."""
        data: dict[str, Any] = {
            "effective": effective.isoformat(),
            "hourly": _decimal(hourly.amount),
            "currency": hourly.currency,
        }
        if factors:
            data["regional_factors"] = {region: _decimal(f) for region, f in sorted(factors.items())}
        return self._publish(server_url, "policy.floor", data, supersedes)

    def publish_fx(
        self,
        server_url: str,
        base: str,
        rates: Mapping[str, Decimal],
        effective: date,
        supersedes: str | None = None,
    ) -> Published:
        """Publish exchange rates from ``effective``: 1 ``base`` = rate ``quote``."""
        data = {
            "effective": effective.isoformat(),
            "base": base,
            "rates": {quote: _decimal(rate) for quote, rate in sorted(rates.items())},
        }
        return self._publish(server_url, "policy.fx", data, supersedes)

    def publish_ratecard(
        self,
        server_url: str,
        effective: date,
        platform: str,
        project: str,
        task_kind: str,
        unit: str,
        rate: Money,
        supersedes: str | None = None,
    ) -> Published:
        """Publish a rate card: what the co-op expects a unit of a kind of task to pay on a platform."""
        data = {
            "effective": effective.isoformat(),
            "platform": platform,
            "project": project,
            "task_kind": task_kind,
            "unit": unit,
            "rate": _decimal(rate.amount),
            "currency": rate.currency,
        }
        return self._publish(server_url, "policy.ratecard", data, supersedes)

    def request_release(self, server_url: str, month: str) -> dict[str, Any]:
        """Have the server compute, sign and append the month's release; returns the release's data.

        Raises:
            AlreadyReleased: the month was released before (its release is attached; releases never re-run).
        """
        url = _url(server_url)
        with self._client(url) as client:
            info = self._checked_info(client)
            answer = client.request_release(month)
        return _release_data(answer, unb64(info["log_key"]), url)

    # -- plumbing ----------------------------------------------------------------------------------

    def _publish(self, server_url: str, kind: str, data: dict[str, Any], supersedes: str | None) -> Published:
        url = _url(server_url)
        key = self._require(url)
        entry_id = self._entry_ids()
        try:
            body = make_body(kind, data, key.public, entry_id, supersedes)
        except EntryError as exc:
            raise SharingError(str(exc)) from None
        item = {"body": body.decode("utf-8"), "signature": b64(key.sign(body))}
        with self._client(url) as client:
            info = self._checked_info(client)
            answer = client.append([item], self._entry_ids(), 0)
        # The answer's checkpoint must be the log's: otherwise the entry may be in some other tree.
        open_checkpoint(answer.checkpoint, info["origin"], unb64(info["log_key"]))
        result = next((r for r in answer.results if r.get("entry_id") == entry_id), None)
        if result is None:
            raise LedgerError(f"{url}: the answer does not mention the entry sent")
        if result.get("status") not in ("accepted", "duplicate"):
            raise SharingError(f"{url}: the ledger refused the {kind}: {result.get('reason') or 'no reason given'}")
        index = result.get("leaf_index")
        return Published(entry_id, index if isinstance(index, int) else None, str(result["status"]))

    def _checked_info(self, client: LedgerClient) -> dict[str, Any]:
        """The server's info, after checking it knows this treasurer's key."""
        info = client.info()
        key = self._require(client.url)
        if info["treasurer_key"] != b64(key.public):
            raise SharingError(
                f"{client.url}: the server's treasurer key is not yours; start it with --treasurer-key "
                f"{b64(key.public)} (from `coopclient ledger treasurer-key --server {client.url}`)"
            )
        return info

    def _client(self, url: str) -> LedgerClient:
        return self._client_factory(url, self._require(url))

    def _load(self, url: str) -> SigningKey | None:
        secret = self._credentials.get(KEYRING_SERVICE, treasurer_account(url))
        if secret is None:
            return None
        try:
            return SigningKey.from_seed(unb64(secret))
        except ValueError:
            raise SharingError(f"the treasurer key for {url} in the keyring is damaged") from None

    def _require(self, url: str) -> SigningKey:
        key = self._load(url)
        if key is None:
            raise SharingError(
                f"no treasurer key for {url} in the keyring: run `coopclient ledger treasurer-key --server {url}`"
            )
        return key


def _url(server_url: str) -> str:
    try:
        return normalize_url(server_url)
    except ValueError as exc:
        raise SharingError(str(exc)) from None


def _witness_key(text: str) -> bytes:
    try:
        key = unb64(text.strip())
    except ValueError:
        key = b""
    if len(key) != 32:
        raise SharingError("--witness-key: must be the witness's base64 Ed25519 public key (32 bytes)")
    return key


def _decimal(value: Decimal) -> str:
    """A decimal as the ledger writes it: no exponent, trailing zeros as given (12.50 stays 12.50)."""
    if not value.is_finite():
        raise SharingError(f"{value}: not a finite number")
    return f"{value:f}"


def _release_data(answer: dict[str, Any], log_key: bytes, url: str) -> dict[str, Any]:
    """The data of the release entry in the server's answer, after checking the log signed it."""
    inner = answer.get("entry")
    entry: dict[str, Any] = inner if isinstance(inner, dict) else answer
    body, signature = entry.get("body"), entry.get("signature")
    if not isinstance(body, str) or not isinstance(signature, str):
        raise LedgerError(f"{url}/v1/releases: the answer has no entry body and signature")
    raw = body.encode("utf-8")
    try:
        parsed = parse_entry(raw)
        signed = verify(log_key, raw, unb64(signature))
    except (EntryError, ValueError) as exc:
        raise LedgerError(f"{url}/v1/releases: the release is malformed: {exc}") from None
    if parsed.kind != "release.aggregates" or parsed.signer != log_key or not signed:
        raise LedgerError(f"{url}/v1/releases: the release is not signed by the log key")
    return parsed.data
