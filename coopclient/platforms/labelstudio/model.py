"""The Label Studio adapter's vocabulary: the messages it reports, its paging limits, what it returns
(:class:`RemoteUser`, :class:`Pulled`) and the seam through which its requests are retried (:class:`Retrier`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from coopclient.core.platform import RemoteTask

REFUSED = "Label Studio refused the token (expired or revoked): add the account again with a new token"
LEGACY_DISABLED = (
    "Label Studio refused the token: this organization has turned legacy tokens off: add the account again "
    "with a Personal Access Token (Account & Settings)"
)
NO_MORE_TASKS = "Label Studio has no more tasks for you in this project"
CAME_ROUND = "the queue came back round to tasks you already hold"
UNCLEAR_REPLAY = (
    "Label Studio already holds this result, but you have {n} annotations on task {task}, so which one to "
    "update cannot be told: check the task on the platform's web page"
)
PAGE_SIZE = 100
# Pull and submit requests to a plain-http server each take a new connection. Label Studio's own server
# (``label-studio start``: Django's runserver) writes a response's headers and body in two sends without
# TCP_NODELAY, so on a kept-alive connection the body waits for the client's delayed ACK (40-200 ms on Linux);
# a new connection ACKs at once. Measured on loopback: pull 5.7 -> 11 tasks/s; submit 1.13x a kept-alive loop.
# Over https (a TLS handshake each time) the connection is kept.
_NEW_CONNECTION_HTTP = {"Connection": "close"}
_MAX_PAGES = 1000
# The data manager's filter "has drafts" (anyone's: the ``drafts`` of each task listed are the caller's own).
_HAS_DRAFTS = json.dumps(
    {
        "filters": {
            "conjunction": "and",
            "items": [{"filter": "filter:tasks:drafts", "operator": "empty", "value": False, "type": "String"}],
        }
    }
)
_REASON_CHARS = 300


@dataclass(frozen=True)
class RemoteUser:
    """The account a token belongs to (``/api/current-user/whoami``)."""

    id: int
    email: str
    username: str


@dataclass(frozen=True)
class Pulled:
    """A locked batch, and why it holds fewer tasks than asked (None when it holds them all).

    ``recovered`` of the tasks (the first ones) were already held on the server from an earlier pull that
    never stored them; ``stopped_early`` says an error ended the batch before the count.
    """

    tasks: list[RemoteTask]
    note: str | None
    recovered: int = 0
    stopped_early: bool = False


_T = TypeVar("_T")


class Retrier(Protocol):
    """Runs one request step, trying it again after :class:`Unreachable` as its policy allows."""

    def __call__(self, step: Callable[[], _T], /) -> _T:
        """``step()``'s value; the last error when the policy gives up."""
        ...


def once(step: Callable[[], _T]) -> _T:
    """The retrier that does not retry."""
    return step()
