"""Pytest fixtures for tests against a real Label Studio 1.23.2 server (loaded by ``tests/conftest.py``).

The server is session-scoped: it is installed (once per machine, cached) and started (about a minute) once per
test session, then shared. Tests using it are marked ``labelstudio`` automatically; select or skip them with
``-m labelstudio`` / ``-m 'not labelstudio'``.

Each test should make its own project (``ls_server.create_project``) so that tests stay independent.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import httpx
import pytest

from tests.labelstudio.proxy import FaultProxy
from tests.labelstudio.server import LabelStudioServer

SERVER_FIXTURES = frozenset({"ls_server", "ls_admin", "ls_member", "fault_proxy"})


class Member(NamedTuple):
    """The second member of the organization: log-in email and legacy API token."""

    email: str
    token: str


MEMBER = Member("annot@example.com", "annot-token-0123456789")
MEMBER_PASSWORD = "Annot12345!"


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``labelstudio`` marker (the project runs pytest with ``--strict-markers``)."""
    config.addinivalue_line(
        "markers", "labelstudio: needs the real Label Studio server (installed and started by the fixtures)"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses one of the server fixtures (directly or through another fixture)."""
    for item in items:
        if SERVER_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.labelstudio)


@pytest.fixture(scope="session")
def ls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabelStudioServer]:
    """A running Label Studio server on 127.0.0.1 (admin: ``server.ADMIN_EMAIL`` / ``server.ADMIN_TOKEN``)."""
    server = LabelStudioServer()
    server.ensure_installed()
    try:
        server.start(tmp_path_factory.mktemp("label-studio"))
        yield server
    finally:
        server.stop()


@pytest.fixture
def ls_admin(ls_server: LabelStudioServer) -> Iterator[httpx.Client]:
    """An httpx client talking to the server directly as the admin (``Token`` header)."""
    with ls_server.admin_client() as client:
        yield client


@pytest.fixture(scope="session")
def ls_member(ls_server: LabelStudioServer) -> Member:
    """A second member of organization 1, created once per session: ``(email, token)``."""
    ls_server.add_member(MEMBER.email, MEMBER_PASSWORD, MEMBER.token)
    return MEMBER


@pytest.fixture
def fault_proxy(ls_server: LabelStudioServer) -> Iterator[FaultProxy]:
    """A fault-injecting proxy in front of the server, new for each test (no faults until told)."""
    with FaultProxy(ls_server.url) as proxy:
        yield proxy
