"""Where platform tokens live: the operating system's keyring, or memory for this run only.

Tokens never go into the settings table, the SQLite store or any other file (style guide, anti-pattern 5).
:func:`choose_store` picks the keyring when it works and otherwise falls back to a :class:`MemoryStore`,
with a warning for the member, as Vorta does when it falls back to a weaker store.

A secret never appears in an exception message or a ``repr``: backend errors are re-raised as
:class:`CredentialError` with the secret masked and without the original exception attached (a backend
may put the secret it was given into its own message).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from coopclient.core.i18n import trans_late

# keyring (about 0.1 s with its backends) is imported when a secret is first needed, not when the app starts.
if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE_PREFIX = "coopclient"
NO_KEYRING_WARNING = trans_late(
    "AccountDialog", "No usable keyring: the token is kept for this session only and never written to disk"
)
_PROBE = (f"{SERVICE_PREFIX}:probe", "probe")
_MASK = "********"


class CredentialError(RuntimeError):
    """A credential could not be read, saved or deleted. The message never holds the secret."""


class CredentialStore(Protocol):
    """Secrets by service and account.

    Attributes:
        persistent: whether secrets outlive this run of the app.
    """

    persistent: bool

    def get(self, service: str, account: str) -> str | None:
        """The secret for ``account`` at ``service``, or None when there is none."""
        ...

    def set(self, service: str, account: str, secret: str) -> None:
        """Store (or replace) the secret for ``account`` at ``service``."""
        ...

    def delete(self, service: str, account: str) -> None:
        """Forget the secret for ``account`` at ``service``; nothing happens if there is none."""
        ...


def service_name(platform: str, url: str) -> str:
    """The keyring service name of a platform account's server.

    Args:
        platform: the platform id, e.g. ``"label-studio"``.
        url: the server URL, e.g. ``"https://ls.example.org"``.

    Returns:
        ``"coopclient:<platform>:<url>"``, the URL without a trailing slash.
    """
    return f"{SERVICE_PREFIX}:{platform}:{url.strip().rstrip('/')}"


class MemoryStore:
    """Secrets kept in memory for this run only: nothing reaches the disk.

    Args:
        persistent: for tests only: let the store stand for a keyring (secrets that outlive the app), so code
            that refuses a session-only store (enrolling in the co-op ledger) can run against it.
    """

    persistent: bool = False

    def __init__(self, *, persistent: bool | None = None) -> None:
        if persistent is not None:  # else the class's value, which a test subclass may have set
            self.persistent = persistent
        self._secrets: dict[tuple[str, str], str] = {}

    def get(self, service: str, account: str) -> str | None:
        """The secret for ``account`` at ``service``, or None."""
        return self._secrets.get((service, account))

    def set(self, service: str, account: str, secret: str) -> None:
        """Keep the secret until the app quits."""
        self._secrets[(service, account)] = secret

    def delete(self, service: str, account: str) -> None:
        """Forget the secret, if any."""
        self._secrets.pop((service, account), None)

    def __repr__(self) -> str:
        """Counts entries; never shows a secret."""
        kept = "standing for a keyring" if self.persistent else "this session only"
        return f"<MemoryStore: {len(self._secrets)} secret(s), {kept}>"


class KeyringStore:
    """Secrets in the operating system's keyring, through a ``keyring`` backend."""

    persistent: bool = True

    def __init__(self, backend: KeyringBackend) -> None:
        """Wrap a keyring backend.

        Args:
            backend: usually ``keyring.get_keyring()``; tests pass an in-memory backend.
        """
        self._backend = backend

    @property
    def backend_name(self) -> str:
        """The backend's display name, e.g. ``"SecretService Keyring"``."""
        return str(getattr(self._backend, "name", type(self._backend).__name__))

    def is_usable(self) -> bool:
        """Whether the backend can hold secrets.

        False for keyring's fail and null backends (no real keyring installed) and for a backend that raises
        when read (locked, no D-Bus session, ...). Reading a probe entry may ask the member to unlock the
        keyring once.
        """
        from keyring.backends import fail, null

        if isinstance(self._backend, fail.Keyring | null.Keyring):
            return False
        try:
            self._backend.get_password(*_PROBE)
        except Exception:  # any backend failure means "not usable"; the member is warned by choose_store
            return False
        return True

    def get(self, service: str, account: str) -> str | None:
        """The secret for ``account`` at ``service``, or None.

        Raises:
            CredentialError: the keyring failed.
        """
        try:
            return self._backend.get_password(service, account)
        except Exception as exc:
            failure = _describe(exc, None)
        raise CredentialError(f"could not read the token for {account} at {service}: {failure}")

    def set(self, service: str, account: str, secret: str) -> None:
        """Store (or replace) the secret.

        Raises:
            CredentialError: the keyring failed; the message does not contain the secret.
        """
        try:
            self._backend.set_password(service, account, secret)
            return
        except Exception as exc:
            failure = _describe(exc, secret)
        # Raised outside the except block, so the backend's exception (which may hold the secret) is not
        # attached as __context__.
        raise CredentialError(f"could not save the token for {account} at {service}: {failure}")

    def delete(self, service: str, account: str) -> None:
        """Forget the secret; deleting a secret that is not there is not an error.

        Raises:
            CredentialError: the keyring failed.
        """
        from keyring.errors import PasswordDeleteError

        missing = False
        try:
            self._backend.delete_password(service, account)
            return
        except PasswordDeleteError as exc:  # most backends raise this when there is nothing to delete
            failure, missing = _describe(exc, None), True
        except Exception as exc:
            failure = _describe(exc, None)
        if missing and self.get(service, account) is None:
            return
        raise CredentialError(f"could not delete the token for {account} at {service}: {failure}")

    def __repr__(self) -> str:
        """Names the backend; never shows a secret."""
        return f"<KeyringStore: {self.backend_name}>"


class KeyringProvider(Protocol):
    """What :func:`choose_store` needs from the ``keyring`` package (tests pass a stand-in)."""

    def get_keyring(self) -> KeyringBackend:
        """The active keyring backend."""
        ...


def choose_store(keyring_module: KeyringProvider | None = None) -> tuple[CredentialStore, str | None]:
    """The keyring when it is usable, otherwise memory for this session, never a file.

    Args:
        keyring_module: anything with ``get_keyring()``; the ``keyring`` package (imported now) by default.

    Returns:
        The store, and a warning for the member when falling back to memory (None otherwise).
    """
    if keyring_module is None:
        import keyring

        keyring_module = keyring
    try:
        store = KeyringStore(keyring_module.get_keyring())
    except Exception:  # a backend that fails to initialise is as unusable as none
        return MemoryStore(), NO_KEYRING_WARNING
    if not store.is_usable():
        return MemoryStore(), NO_KEYRING_WARNING
    return store, None


def _describe(exc: BaseException, secret: str | None) -> str:
    """The exception's type and message, with ``secret`` masked wherever it appears."""
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if secret:
        text = text.replace(secret, _MASK)
    return text
