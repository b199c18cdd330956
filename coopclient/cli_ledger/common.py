"""What the ledger commands share: their messages, which commands run without the local store, the error of
bad input (exit code 2) and its report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coopclient.app import Environment

EXTRA_MISSING = "the ledger server needs its extra: pip install coopclient[ledger]"
NO_KEYRING = (
    "no usable keyring: the command line cannot keep the ledger key from one run to the next; unlock or install "
    "a keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or use the desktop app"
)
_SERVER_EXTRAS = {"fastapi", "uvicorn", "starlette", "pydantic", "psycopg", "opendp"}
STANDALONE = frozenset({"serve", "audit", "verify-release", "treasurer-key", "invite", "publish-floor", "publish-fx",
                        "publish-ratecard", "release"})  # fmt: skip


class LedgerUsageError(ValueError):
    """Bad input or a ledger command that cannot be done: exit code 2 with the message."""


def _fail(env: Environment, message: str) -> int:
    env.err(f"coopclient: error: {message}")
    return 2
