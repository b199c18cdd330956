"""The ledger server's refusals share one shape, a status and a detail (server.refused)."""

from __future__ import annotations

import pytest

from coopclient.server.app_errors import ApiError
from coopclient.server.auth import AuthError
from coopclient.server.refused import Refused
from coopclient.server.witness import WitnessRefused


@pytest.mark.parametrize("kind", [ApiError, AuthError, WitnessRefused])
def test_each_refusal_carries_its_status_and_detail(kind: type[Refused]) -> None:
    exc = kind(403, "X-Coop-Key: not enrolled")
    assert isinstance(exc, Refused)
    assert (exc.status, exc.detail, str(exc)) == (403, "X-Coop-Key: not enrolled", "X-Coop-Key: not enrolled")


def test_an_api_error_keeps_its_headers() -> None:
    exc = ApiError(429, "slow down", {"Retry-After": "3"})
    assert (exc.status, exc.detail, exc.headers) == (429, "slow down", {"Retry-After": "3"})
    assert ApiError(422, "size: too big").headers is None
