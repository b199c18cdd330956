"""Label Studio (1.23 Community) as an annotator sees it: locked batches for offline work, exactly-once submits.

Auth: a legacy ``Token``, or a Personal Access Token (a refresh JWT) exchanged for a 300 s ``Bearer`` access
token, renewed once on a 401. Pull: ``/next/`` locks a task and a postponed draft makes the next call lock
another; the draft id is the lock, sent back as ``draft_id``. Each task is handed to the caller as soon as it
is held, to be stored at once; tasks the member holds on the server (their own postponed drafts) but that are
missing locally (a kill mid-pull, a lost answer to the draft POST) are found first and handed over again.
Submit: ``unique_id`` makes a replay answer 409:
the server holds this result already, perhaps an earlier version of it (a kill after an earlier POST landed),
so the member's annotation on the task is looked up and patched to this version. An edit after delivery is a
``PATCH`` of the annotation the submit created.
Requests are sequential (SQLite-backed servers refuse parallel writes). Errors are the core's
:class:`PlatformError` kinds; no message or ``repr`` holds a token. See ``anchors/platforms.md`` §1.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
from collections.abc import Callable, Collection, Generator, Iterator, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any, Protocol, TypeVar

import httpx

from coopclient.core.platform import (
    AuthFailed,
    Capability,
    PlatformError,
    Rejected,
    RemoteProject,
    RemoteTask,
    Submission,
    TaskGone,
    TaskState,
    Unreachable,
)
from coopclient.platforms.media import fetch_copies

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
_MASK = "********"


class TokenKind(StrEnum):
    """What the member pasted."""

    LEGACY = "legacy"  # 40 hex characters, sent as ``Token``
    ACCESS = "access"  # a short-lived access JWT, sent as ``Bearer`` until it expires
    REFRESH = "refresh"  # a Personal Access Token: exchanged for access tokens


def token_kind(token: str) -> TokenKind:
    """Tell the token kinds apart by decoding a JWT's payload (without verifying it: the server does)."""
    parts = token.strip().split(".")
    if len(parts) != 3:
        return TokenKind.LEGACY
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (binascii.Error, ValueError):  # JSON and UTF-8 decoding errors are ValueErrors
        return TokenKind.LEGACY
    if not isinstance(claims, dict):
        return TokenKind.LEGACY
    return TokenKind.REFRESH if claims.get("token_type") == "refresh" else TokenKind.ACCESS


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


class _TokenAuth(httpx.Auth):
    """Puts the token on every request; for a PAT, gets an access token first and renews it on a 401."""

    def __init__(self, token: str, refresh_url: str) -> None:
        self._token = token
        self.kind = token_kind(token)
        self._refresh_url = refresh_url
        self._access: str | None = token if self.kind is TokenKind.ACCESS else None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send ``request`` with the token; with a PAT, renew the access token once on a 401 and resend."""
        if self.kind is TokenKind.REFRESH and self._access is None:
            yield from self._refresh()
        request.headers["Authorization"] = self._header()
        response = yield request
        if response.status_code == 401 and self.kind is TokenKind.REFRESH:
            yield from self._refresh()
            request.headers["Authorization"] = self._header()
            yield request

    def _header(self) -> str:
        return f"Token {self._token}" if self.kind is TokenKind.LEGACY else f"Bearer {self._access}"

    def _refresh(self) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield httpx.Request("POST", self._refresh_url, json={"refresh": self._token})
        response.read()
        _raise_if_unavailable(response, "the token refresh")
        if response.status_code >= 400:  # 401 for a revoked or unknown PAT
            raise AuthFailed(REFUSED, 401)
        access = _body(response, "the token refresh").get("access")
        if not isinstance(access, str) or not access:
            raise Unreachable("Label Studio answered the token refresh without a token")
        self._access = access

    def mask(self, text: str) -> str:
        """``text`` with the token and the current access token masked."""
        for secret in (self._token, self._access):
            if secret:
                text = text.replace(secret, _MASK)
        return text

    def __repr__(self) -> str:
        """Names the kind of token only."""
        return f"<Label Studio {self.kind} token>"


class LabelStudioAdapter:
    """One member's account on one Label Studio server.

    Args:
        base_url: the server, e.g. ``https://ls.example.org``.
        token: a legacy token, a Personal Access Token or an access JWT.
        transport: the httpx transport (tests pass ``httpx.MockTransport``); None for the network.
        timeout: seconds per request.
        media_dir: where media copies go; None to fetch no media.
    """

    capabilities: frozenset[Capability] = frozenset(Capability)

    def __init__(
        self,
        base_url: str,
        token: str,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 10.0,
        media_dir: Path | None = None,
    ) -> None:
        self.base_url = base_url.strip().rstrip("/")
        self._auth = _TokenAuth(token.strip(), f"{self.base_url}/api/token/refresh/")
        self._client = httpx.Client(base_url=self.base_url, auth=self._auth, transport=transport, timeout=timeout)
        self._client.headers["Accept"] = "application/json"
        self._media_dir = media_dir
        self._me: RemoteUser | None = None
        self._per_request_headers = _NEW_CONNECTION_HTTP if self.base_url.lower().startswith("http://") else None

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def __repr__(self) -> str:
        """The server and the kind of token, never the token."""
        return f"<LabelStudioAdapter {self.base_url} ({self._auth.kind} token)>"

    def whoami(self) -> RemoteUser:
        """The token's account; the check that a token works."""
        body = self._ok(self._send("GET", "/api/current-user/whoami"), "reading your account")
        try:
            self._me = RemoteUser(int(body["id"]), str(body.get("email") or ""), str(body.get("username") or ""))
        except (KeyError, TypeError, ValueError):
            raise Unreachable(f"{self.base_url}: unexpected answer when reading your account") from None
        return self._me

    def list_projects(self) -> list[RemoteProject]:
        """The projects the member can see, every page of them."""
        projects: list[RemoteProject] = []
        for page in range(1, _MAX_PAGES + 1):
            response = self._send("GET", "/api/projects/", params={"page": page, "page_size": PAGE_SIZE})
            if response.status_code == 404 and page > 1:  # past the last page: {"detail": "Invalid page."}
                break
            body = self._ok(response, "listing projects")
            results = body.get("results")
            if not isinstance(results, list):
                raise Unreachable(f"{self.base_url}: unexpected answer when listing projects")
            projects += [self._project(item) for item in results]
            if not body.get("next") or not results:
                break
        return projects

    def project(self, project_ref: str) -> RemoteProject:
        """One project, with its labeling config; :class:`Rejected` (404/403) if the member cannot open it."""
        project_id = _numeric(project_ref, "project")
        response = self._send("GET", f"/api/projects/{project_id}/")
        if response.status_code in (403, 404):
            raise Rejected(f"Label Studio has no project {project_ref} that you can open", response.status_code)
        return self._project(self._ok(response, f"reading project {project_ref}"))

    def pull(self, project_ref: str, count: int) -> list[RemoteTask]:
        """Up to ``count`` tasks, each locked to the member by a postponed draft."""
        return self.pull_locked(project_ref, count).tasks

    def pull_locked(
        self,
        project_ref: str,
        count: int,
        held: Collection[str] = (),
        *,
        on_task: Callable[[RemoteTask], None] | None = None,
        retry: Retrier = once,
    ) -> Pulled:
        """Hold up to ``count`` tasks, handing each to ``on_task`` as soon as it is held (no request is open then).

        First the tasks the member already holds on the server but not in ``held`` (the task ids stored
        locally) are recovered; then ``/next/`` and a postponed draft lock new ones, until the count, a 404 or
        a repeat. A failure after the first task ends the batch early and is told in the note (those tasks are
        held by the member and were handed over); a failure before it is raised. Every request goes through
        ``retry``.
        """
        project_id = _numeric(project_ref, "project")
        seen, tasks = set(held), []

        def take(task: RemoteTask) -> None:
            tasks.append(task)
            seen.add(task.ref)
            if on_task is not None:
                on_task(task)

        recovered = 0
        try:
            for task in self._held_on_server(project_id, seen, count, retry):
                take(task)
            recovered = len(tasks)
            while len(tasks) < count:
                raw = retry(lambda: self._next_task(project_id))
                if raw is None:
                    return Pulled(tasks, NO_MORE_TASKS, recovered)
                if str(raw["id"]) in seen:
                    return Pulled(tasks, CAME_ROUND, recovered)
                take(self._remote(raw, self._hold(raw, retry)))
        except PlatformError as exc:
            if not tasks:
                raise
            return Pulled(tasks, f"stopped early: {exc}", recovered, stopped_early=True)
        return Pulled(tasks, None, recovered)

    def _held_on_server(
        self, project_id: int, known: Collection[str], limit: int, retry: Retrier
    ) -> Iterator[RemoteTask]:
        """Tasks of the project the member holds (an own postponed draft, no annotation) missing from ``known``.

        Read page by page from the task list (``fields=all`` carries each task's ``drafts``, the caller's own
        only: checked on 1.23.2), narrowed by the data manager's "has drafts" filter.
        """
        found = 0
        for page in range(1, _MAX_PAGES + 1):
            params = {
                "project": project_id,
                "fields": "all",
                "page": page,
                "page_size": PAGE_SIZE,
                "query": _HAS_DRAFTS,
            }
            response = retry(partial(self._send, "GET", "/api/tasks/", params=params))
            if response.status_code == 404 and page > 1:  # past the last page: {"detail": "Invalid page."}
                return
            listed = self._ok(response, "listing the tasks you hold").get("tasks")
            if not isinstance(listed, list):
                raise Unreachable(f"{self.base_url}: unexpected answer when listing the tasks you hold")
            for raw in listed:
                draft_id = _postponed_draft(raw) if isinstance(raw, dict) and "id" in raw else None
                if draft_id is None or str(raw["id"]) in known or self._annotated_by_me(raw):
                    continue
                yield self._remote(raw, draft_id)
                found += 1
                if found >= limit:
                    return
            if len(listed) < PAGE_SIZE:
                return

    def _annotated_by_me(self, task: dict[str, Any]) -> bool:
        annotations = task.get("annotations")
        if not isinstance(annotations, list) or not annotations:
            return False
        me = (self._me or self.whoami()).id
        return any(isinstance(a, dict) and _author(a) == me for a in annotations)

    def _remote(self, task: dict[str, Any], draft_id: int) -> RemoteTask:
        """A held task as handed over: its data, media copies (when asked for) and lock."""
        data: dict[str, Any] = task["data"] if isinstance(task.get("data"), dict) else {}
        media = fetch_copies(self._client, data, self.base_url, self._media_dir) if self._media_dir else {}
        return RemoteTask(str(task["id"]), data, task, media, str(draft_id))

    def _hold(self, task: dict[str, Any], retry: Retrier) -> int:
        """The id of the member's postponed draft on a task just locked: one it has already, or a new one.

        After a failed POST the task is read again before posting anew: the server may have stored the draft
        and lost only its answer, and a second draft would be a second lock.
        """
        ref = str(task["id"])
        known = _postponed_draft(task)
        tried = False

        def step() -> int:
            nonlocal tried
            if tried:
                existing = _postponed_draft(self._ok(self._send("GET", f"/api/tasks/{ref}/"), f"reading task {ref}"))
                if existing is not None:
                    return existing
            tried = True
            return self._postpone(ref)

        return known if known is not None else retry(step)

    def submit(self, submission: Submission) -> str:
        """Post an annotation (or a skip); returns its id.

        A replay (409: the ``unique_id`` is taken) means the server holds this result, maybe an earlier version:
        the member's one annotation on the task is patched to this version and its id returned.

        Raises:
            TaskGone: 404. Rejected: any other 4xx, with the server's reason; a replay when the member has
                no or several annotations on the task (which one holds the result cannot be told).
            AuthFailed: the token was refused. Unreachable: no connection, timeout, broken answer, 5xx, 429.
        """
        task_id = _numeric(submission.task_ref, "task")
        body: dict[str, Any] = {
            "result": [dict(item) for item in submission.result],
            "lead_time": submission.lead_time_s,
            "unique_id": submission.unique_id,
            "was_cancelled": submission.cancelled,
        }
        if submission.lock and submission.lock.isascii() and submission.lock.isdigit():
            body["draft_id"] = int(submission.lock)
        response = self._send(
            "POST", f"/api/tasks/{task_id}/annotations/", json_body=body, headers=self._per_request_headers
        )
        if response.is_success:
            return _id_of(response)
        reason = self._reason(response)
        if response.status_code == 409 and "unique id" in reason.lower():
            # The 409 body is an error record whose "id" is the error's uuid, never the annotation's.
            return self._replayed(task_id, submission)
        if response.status_code == 404:
            raise TaskGone(f"task {submission.task_ref} was deleted on the server", 404)
        raise Rejected(reason, response.status_code)

    def update(self, annotation_id: str, submission: Submission) -> None:
        """Replace a delivered annotation's result and lead time (an edit made after delivery); idempotent.

        Raises:
            TaskGone: 404, the annotation (or its task) was deleted on the server. Rejected: any other 4xx.
            AuthFailed: the token was refused. Unreachable: no connection, timeout, broken answer, 5xx, 429.
        """
        ref = _numeric(annotation_id, "annotation")
        body: dict[str, Any] = {
            "result": [dict(item) for item in submission.result],
            "lead_time": submission.lead_time_s,
            "was_cancelled": submission.cancelled,  # a result sent after a skip turns the skip into an answer
        }
        response = self._send("PATCH", f"/api/annotations/{ref}/", json_body=body, headers=self._per_request_headers)
        if response.is_success:
            return
        if response.status_code == 404:
            raise TaskGone(f"annotation {annotation_id} was deleted on the server", 404)
        raise Rejected(self._reason(response), response.status_code)

    def task_state(self, task_ref: str) -> TaskState:
        """Whether the task is still open, annotated by the member or by others, or gone."""
        response = self._send("GET", f"/api/tasks/{_numeric(task_ref, 'task')}/")
        if response.status_code == 404:
            return TaskState.GONE
        annotations = self._ok(response, f"reading task {task_ref}").get("annotations") or []
        me = (self._me or self.whoami()).id
        authors = [(_author(a), bool(a.get("was_cancelled"))) for a in annotations]
        if any(author == me for author, _ in authors):
            return TaskState.DONE_BY_ME
        if any(author != me and not cancelled for author, cancelled in authors):
            return TaskState.DONE_BY_OTHERS
        return TaskState.OPEN

    def _replayed(self, task_id: int, submission: Submission) -> str:
        """After a 409: make the member's annotation on the task hold this version; its id.

        Label Studio never shows ``unique_id``, so the annotation is the member's one annotation on the task;
        with several (e.g. one made on the web page) none is guessed. The PATCH is idempotent: when the server
        holds this very version, it changes nothing.
        """
        response = self._send("GET", f"/api/tasks/{task_id}/annotations/")
        if response.status_code == 404:
            raise TaskGone(f"task {task_id} was deleted on the server", 404)
        if not response.is_success:
            raise Rejected(
                f"reading your annotations on task {task_id}: {self._reason(response)}", response.status_code
            )
        try:
            annotations = response.json()
        except ValueError:
            raise Unreachable(
                f"{self.base_url}: the annotations of task {task_id} were not the JSON expected"
            ) from None
        me = (self._me or self.whoami()).id
        mine = (
            [a for a in annotations if isinstance(a, dict) and _author(a) == me]
            if isinstance(annotations, list)
            else []
        )
        if len(mine) != 1 or mine[0].get("id") is None:
            raise Rejected(UNCLEAR_REPLAY.format(n=len(mine), task=task_id), 409)
        annotation_id = str(mine[0]["id"])
        self.update(annotation_id, submission)
        return annotation_id

    # -- requests ------------------------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        json_body: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """One request; transport failures, 401, 429 and 5xx become the core's errors."""
        try:
            response = self._client.request(method, path, json=json_body, params=params, headers=headers)
        except httpx.TimeoutException:
            raise Unreachable(f"{self.base_url}: no answer in time") from None
        except httpx.RequestError as exc:  # transport failures, a body that cannot be decoded, redirect loops
            raise Unreachable(f"{self.base_url}: {_transport_problem(exc)}") from None
        if response.status_code == 401:
            raise AuthFailed(LEGACY_DISABLED if "legacy" in self._reason(response).lower() else REFUSED, 401)
        _raise_if_unavailable(response, self.base_url)
        return response

    def _ok(self, response: httpx.Response, what: str) -> dict[str, Any]:
        """The JSON object of a 2xx answer; any other answer is a :class:`Rejected` naming ``what``."""
        if not response.is_success:
            raise Rejected(f"{what}: {self._reason(response)}", response.status_code)
        return _body(response, f"{self.base_url}: {what}")

    def _reason(self, response: httpx.Response) -> str:
        """The server's explanation (``detail`` and validation errors), short and with no token in it."""
        try:
            body = response.json()
        except ValueError:
            text = response.text.strip()
        else:
            parts = [body.get("detail"), body.get("validation_errors")] if isinstance(body, dict) else [body]
            text = "; ".join(p if isinstance(p, str) else json.dumps(p, ensure_ascii=False) for p in parts if p)
        text = self._auth.mask(text or f"{response.status_code} {response.reason_phrase}")
        return text if len(text) <= _REASON_CHARS else text[: _REASON_CHARS - 1] + "…"

    def _project(self, item: Any) -> RemoteProject:
        try:
            ref, get = str(item["id"]), item.get
            return RemoteProject(ref, get("title") or ref, get("label_config") or "", get("expert_instruction") or "")
        except (KeyError, TypeError, AttributeError):
            raise Unreachable(f"{self.base_url}: unexpected project in the answer") from None

    def _next_task(self, project_id: int) -> dict[str, Any] | None:
        response = self._send("GET", f"/api/projects/{project_id}/next/", headers=self._per_request_headers)
        if response.status_code == 404:  # {"detail": "There are no tasks for <email>"}
            return None
        task = self._ok(response, "locking the next task")
        if "id" not in task:
            raise Unreachable(f"{self.base_url}: the next task came without an id")
        return task

    def _postpone(self, task_ref: str) -> int:
        """Hold the task with an empty postponed draft, so the next ``/next/`` locks another; its id."""
        body = {"result": [], "lead_time": 0, "was_postponed": True}
        response = self._send(
            "POST", f"/api/tasks/{task_ref}/drafts", json_body=body, headers=self._per_request_headers
        )
        draft = self._ok(response, f"holding task {task_ref}")
        try:
            return int(draft["id"])
        except (KeyError, TypeError, ValueError):
            raise Unreachable(f"{self.base_url}: the draft for task {task_ref} came without an id") from None


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
