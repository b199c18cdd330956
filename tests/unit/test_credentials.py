"""Credential stores: keyring when usable, memory otherwise, and secrets never shown in errors or reprs.

These tests never touch the real OS keychain: they use keyring's own fail and null backends and a tiny
in-memory backend, and an autouse fixture makes any call to the real ``keyring.get_keyring`` fail.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.compat import properties
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError

from coopclient.storage.credentials import (
    NO_KEYRING_WARNING,
    CredentialError,
    KeyringStore,
    MemoryStore,
    choose_store,
    service_name,
)

TOKEN = "s3cr3t-T0KEN-4f9a"
SERVICE = service_name("label-studio", "https://ls.example.org/")


class DictBackend(KeyringBackend):
    """An in-memory keyring backend for tests."""

    @properties.classproperty
    def priority(cls) -> float:
        # Raising makes the class "not viable", so keyring's own discovery never picks this test backend.
        raise RuntimeError("test backend, never chosen automatically")

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LeakyFailingBackend(DictBackend):
    """A broken backend whose errors quote the secret they were given (the worst case)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError(f"cannot store {password!r} for {username}")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("the keyring is locked")


class FakeKeyringModule:
    """Stands in for the ``keyring`` package in :func:`choose_store`."""

    def __init__(self, make: Callable[[], KeyringBackend]) -> None:
        self._make = make

    def get_keyring(self) -> KeyringBackend:
        return self._make()


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> KeyringBackend:
        raise AssertionError("a test reached the real OS keyring")

    monkeypatch.setattr(keyring, "get_keyring", refuse)


def test_service_name_has_platform_and_url_without_trailing_slash() -> None:
    assert SERVICE == "coopclient:label-studio:https://ls.example.org"


def test_memory_store_round_trip_is_not_persistent() -> None:
    store = MemoryStore()
    store.set(SERVICE, "ana", TOKEN)
    assert store.get(SERVICE, "ana") == TOKEN
    assert store.get(SERVICE, "bob") is None
    store.delete(SERVICE, "ana")
    store.delete(SERVICE, "ana")  # deleting twice is fine
    assert store.get(SERVICE, "ana") is None
    assert store.persistent is False


def test_keyring_store_round_trip_through_backend() -> None:
    backend = DictBackend()
    store = KeyringStore(backend)
    store.set(SERVICE, "ana", TOKEN)
    assert backend.secrets == {(SERVICE, "ana"): TOKEN}
    assert store.get(SERVICE, "ana") == TOKEN
    store.delete(SERVICE, "ana")
    store.delete(SERVICE, "ana")  # the backend says "no such password": not an error
    assert store.get(SERVICE, "ana") is None
    assert store.persistent is True


@pytest.mark.parametrize("store_type", [MemoryStore, lambda: KeyringStore(DictBackend())])
def test_repr_never_shows_the_secret(store_type: Callable[[], MemoryStore | KeyringStore]) -> None:
    store = store_type()
    store.set(SERVICE, "ana", TOKEN)
    assert TOKEN not in repr(store)
    assert TOKEN not in str(store)


@pytest.mark.parametrize("backend_type", [fail.Keyring, null.Keyring, LeakyFailingBackend])
def test_fail_null_and_broken_backends_are_not_usable(backend_type: Callable[[], KeyringBackend]) -> None:
    assert not KeyringStore(backend_type()).is_usable()


def test_working_backend_is_usable() -> None:
    assert KeyringStore(DictBackend()).is_usable()


def test_choose_store_prefers_a_usable_keyring() -> None:
    backend = DictBackend()
    store, warning = choose_store(FakeKeyringModule(lambda: backend))
    assert isinstance(store, KeyringStore)
    assert warning is None
    store.set(SERVICE, "ana", TOKEN)
    assert backend.secrets[(SERVICE, "ana")] == TOKEN


@pytest.mark.parametrize("backend_type", [fail.Keyring, null.Keyring, LeakyFailingBackend])
def test_choose_store_falls_back_to_memory_with_a_warning(backend_type: Callable[[], KeyringBackend]) -> None:
    store, warning = choose_store(FakeKeyringModule(backend_type))
    assert isinstance(store, MemoryStore)
    assert not store.persistent
    assert warning == NO_KEYRING_WARNING
    assert "session only" in warning
    assert "never written to disk" in warning


def test_choose_store_survives_a_backend_that_fails_to_start() -> None:
    def broken() -> KeyringBackend:
        raise RuntimeError("no D-Bus session")

    store, warning = choose_store(FakeKeyringModule(broken))
    assert isinstance(store, MemoryStore)
    assert warning == NO_KEYRING_WARNING


def test_failing_backend_error_does_not_contain_the_token() -> None:
    store = KeyringStore(LeakyFailingBackend())
    with pytest.raises(CredentialError) as caught:
        store.set(SERVICE, "ana", TOKEN)
    error = caught.value
    assert TOKEN not in str(error)
    assert TOKEN not in repr(error)
    assert "PasswordSetError" in str(error)
    assert "ana" in str(error)
    # The backend's own exception (which quotes the token) is not attached to ours.
    assert error.__cause__ is None
    assert error.__context__ is None
    assert TOKEN not in "".join(traceback.format_exception(error))


def test_read_and_delete_failures_are_credential_errors() -> None:
    store = KeyringStore(LeakyFailingBackend())
    with pytest.raises(CredentialError, match="could not read the token for ana"):
        store.get(SERVICE, "ana")
    with pytest.raises(CredentialError, match="could not delete the token for ana"):
        store.delete(SERVICE, "ana")


def test_the_real_keyring_is_guarded() -> None:
    store, warning = choose_store()  # the guard makes the real get_keyring raise: treated as unusable
    assert isinstance(store, MemoryStore)
    assert warning == NO_KEYRING_WARNING
