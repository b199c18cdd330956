"""One member's connection to a Label Studio server: the httpx client with the token's auth, one request at a
time, its failures (transport, 401, 429, 5xx) mapped to the core's :class:`~coopclient.core.platform.PlatformError`
kinds, and the server's reasons read with no token in them. Every answer is noted (status, date, body digest)
until the adapter's :meth:`take_answers` hands them to the outbox relay, which keeps them as evidence.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Mapping
from typing import Any

import httpx

from coopclient.core.platform import AuthFailed, Rejected, ServerAnswer, Unreachable
from coopclient.platforms.labelstudio.model import _NEW_CONNECTION_HTTP, LEGACY_DISABLED, REFUSED
from coopclient.platforms.labelstudio.tokens import _TokenAuth
from coopclient.platforms.labelstudio.wire import _body, _raise_if_unavailable, _transport_problem, refusal_reason

KEPT_ANSWERS = 32  # answers noted until taken; a submission makes at most four requests (post, 409, list, patch)


class _Session:
    """The client of one adapter (``base_url`` without a trailing slash, the token stripped)."""

    def __init__(self, base_url: str, token: str, transport: httpx.BaseTransport | None, timeout: float) -> None:
        """Open the client; plain-http servers get a new connection per pull and submit request."""
        self.base_url = base_url
        self.auth = _TokenAuth(token, f"{base_url}/api/token/refresh/")
        self.client = httpx.Client(base_url=base_url, auth=self.auth, transport=transport, timeout=timeout)
        self.client.headers["Accept"] = "application/json"
        self.per_request_headers = _NEW_CONNECTION_HTTP if base_url.lower().startswith("http://") else None
        # The last answers only: a long pull is not kept whole, a submission's few answers always are.
        self.answers: deque[ServerAnswer] = deque(maxlen=KEPT_ANSWERS)

    def close(self) -> None:
        """Close the connections."""
        self.client.close()

    def send(
        self,
        method: str,
        path: str,
        json_body: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """One request; transport failures, 401, 429 and 5xx become the core's errors."""
        try:
            response = self.client.request(method, path, json=json_body, params=params, headers=headers)
        except httpx.TimeoutException:
            raise Unreachable(f"{self.base_url}: no answer in time") from None
        except httpx.RequestError as exc:  # transport failures, a body that cannot be decoded, redirect loops
            raise Unreachable(f"{self.base_url}: {_transport_problem(exc)}") from None
        digest = hashlib.sha256(response.content).hexdigest()
        self.answers.append(ServerAnswer(method, path, response.status_code, response.headers.get("date", ""), digest))
        if response.status_code == 401:
            raise AuthFailed(LEGACY_DISABLED if "legacy" in self.reason(response).lower() else REFUSED, 401)
        _raise_if_unavailable(response, self.base_url)
        return response

    def ok(self, response: httpx.Response, what: str) -> dict[str, Any]:
        """The JSON object of a 2xx answer; any other answer is a :class:`Rejected` naming ``what``."""
        if not response.is_success:
            raise Rejected(f"{what}: {self.reason(response)}", response.status_code)
        return _body(response, f"{self.base_url}: {what}")

    def reason(self, response: httpx.Response) -> str:
        """The server's explanation, short and with no token in it."""
        return refusal_reason(response, self.auth.mask)
