"""Shared fixtures: a store in a temporary folder, a hand-driven clock, predictable ids."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coopclient.app import build
from coopclient.core.ids import counting_ids
from coopclient.services.container import Services
from tests.fakes import FakeClock

pytest_plugins = ["tests.labelstudio.fixtures", "tests.server.pg_fixtures"]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(tmp_path: Path, clock: FakeClock) -> Iterator[Services]:
    s = build(tmp_path / "data", clock=clock, ids=counting_ids(), wait=clock.wait)
    yield s
    s.close()


@pytest.fixture
def demo(services: Services) -> Services:
    services.batches.import_demo()
    return services
