"""Reading Label Studio's answers: ids, JSON bodies, projects, postponed drafts, annotation authors,
``Retry-After``, the server's reason for a refusal (masked by the caller), and the
:class:`~coopclient.core.platform.PlatformError` an unavailable server or a transport failure becomes.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from coopclient.core.platform import Rejected, RemoteProject, Unreachable
from coopclient.platforms.labelstudio.model import _REASON_CHARS


def _numeric(ref: str, what: str) -> int:
    if not (ref.isascii() and ref.isdigit()):
        raise Rejected(f"{ref!r} is not a Label Studio {what} id (a number)", 400)
    return int(ref)


def _body(response: httpx.Response, what: str) -> dict[str, Any]:
    """A JSON object answer; anything else (an HTML error page, a cut-off body) means: try again later."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise Unreachable(f"{what}: the answer was not the JSON expected")
    return body


def _postponed_draft(task: dict[str, Any]) -> int | None:
    """The id of the member's postponed draft on a task (one not tied to an annotation), if any."""
    drafts = task.get("drafts")
    for draft in drafts if isinstance(drafts, list) else ():
        if isinstance(draft, dict) and draft.get("was_postponed") and draft.get("annotation") is None:
            with contextlib.suppress(KeyError, TypeError, ValueError):
                return int(draft["id"])
    return None


def _id_of(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    return str(body["id"]) if isinstance(body, dict) and body.get("id") is not None else ""


def _author(annotation: dict[str, Any]) -> Any:
    """An annotation's author id: ``completed_by`` is an id, or a user object in some views."""
    by = annotation.get("completed_by")
    return by.get("id") if isinstance(by, dict) else by


def _raise_if_unavailable(response: httpx.Response, where: str) -> None:
    """429 and 5xx mean: try again later (after ``Retry-After`` if the server said)."""
    status = response.status_code
    if status == 429 or status >= 500:
        raise Unreachable(
            f"{where}: {'too many requests' if status == 429 else 'server error'} ({status})",
            retry_after_s=_retry_after(response),
        )


def _retry_after(response: httpx.Response) -> float | None:
    """``Retry-After`` in seconds: a number, or an HTTP date measured against the answer's ``Date``."""
    value = response.headers.get("Retry-After", "").strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when, now = parsedate_to_datetime(value), parsedate_to_datetime(response.headers["Date"])
    except (KeyError, TypeError, ValueError, IndexError):  # no header, or not a date
        return None
    return max(0.0, (when - now).total_seconds())


def _transport_problem(exc: httpx.RequestError) -> str:
    if isinstance(exc, httpx.ConnectError):
        return "cannot connect"
    broken = isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError)
    return "the connection broke off mid-answer" if broken else f"network error ({type(exc).__name__})"


def refusal_reason(response: httpx.Response, mask: Callable[[str], str]) -> str:
    """The server's explanation (``detail`` and validation errors), short and with no token in it (``mask``)."""
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip()
    else:
        parts = [body.get("detail"), body.get("validation_errors")] if isinstance(body, dict) else [body]
        text = "; ".join(p if isinstance(p, str) else json.dumps(p, ensure_ascii=False) for p in parts if p)
    text = mask(text or f"{response.status_code} {response.reason_phrase}")
    return text if len(text) <= _REASON_CHARS else text[: _REASON_CHARS - 1] + "…"


def remote_project(item: Any, base_url: str) -> RemoteProject:
    """A project of a listing or a lookup; a malformed one is :class:`Unreachable` (the answer is garbled)."""
    try:
        ref, get = str(item["id"]), item.get
        return RemoteProject(ref, get("title") or ref, get("label_config") or "", get("expert_instruction") or "")
    except (KeyError, TypeError, AttributeError):
        raise Unreachable(f"{base_url}: unexpected project in the answer") from None
