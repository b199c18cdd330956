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

Beside it: :mod:`.model` (messages, limits, results, the retry seam), :mod:`.session` (the client, one
request at a time), :mod:`.tokens` (the two kinds of token and their httpx auth), :mod:`.wire` (reading
Label Studio's answers).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import httpx

from coopclient.core.platform import (
    Capability,
    PlatformError,
    Rejected,
    RemoteProject,
    RemoteTask,
    ServerAnswer,
    Submission,
    TaskGone,
    TaskState,
    Unreachable,
)
from coopclient.platforms.labelstudio.model import (
    _HAS_DRAFTS,
    _MAX_PAGES,
    CAME_ROUND,
    NO_MORE_TASKS,
    PAGE_SIZE,
    UNCLEAR_REPLAY,
    Pulled,
    RemoteUser,
    Retrier,
    once,
)
from coopclient.platforms.labelstudio.session import _Session
from coopclient.platforms.labelstudio.wire import _author, _id_of, _numeric, _postponed_draft, remote_project
from coopclient.platforms.media import fetch_copies


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
        self._http = _Session(self.base_url, token.strip(), transport, timeout)
        self._media_dir = media_dir
        self._me: RemoteUser | None = None

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def take_answers(self) -> list[ServerAnswer]:
        """The server's answers since the last call (status, date, body digest), oldest first."""
        answers = list(self._http.answers)
        self._http.answers.clear()
        return answers

    def __repr__(self) -> str:
        """The server and the kind of token, never the token."""
        return f"<LabelStudioAdapter {self.base_url} ({self._http.auth.kind} token)>"

    def whoami(self) -> RemoteUser:
        """The token's account; the check that a token works."""
        body = self._http.ok(self._http.send("GET", "/api/current-user/whoami"), "reading your account")
        try:
            self._me = RemoteUser(int(body["id"]), str(body.get("email") or ""), str(body.get("username") or ""))
        except (KeyError, TypeError, ValueError):
            raise Unreachable(f"{self.base_url}: unexpected answer when reading your account") from None
        return self._me

    def list_projects(self) -> list[RemoteProject]:
        """The projects the member can see, every page of them."""
        projects: list[RemoteProject] = []
        for page in range(1, _MAX_PAGES + 1):
            response = self._http.send("GET", "/api/projects/", params={"page": page, "page_size": PAGE_SIZE})
            if response.status_code == 404 and page > 1:  # past the last page: {"detail": "Invalid page."}
                break
            body = self._http.ok(response, "listing projects")
            results = body.get("results")
            if not isinstance(results, list):
                raise Unreachable(f"{self.base_url}: unexpected answer when listing projects")
            projects += [remote_project(item, self.base_url) for item in results]
            if not body.get("next") or not results:
                break
        return projects

    def project(self, project_ref: str) -> RemoteProject:
        """One project, with its labeling config; :class:`Rejected` (404/403) if the member cannot open it."""
        project_id = _numeric(project_ref, "project")
        response = self._http.send("GET", f"/api/projects/{project_id}/")
        if response.status_code in (403, 404):
            raise Rejected(f"Label Studio has no project {project_ref} that you can open", response.status_code)
        return remote_project(self._http.ok(response, f"reading project {project_ref}"), self.base_url)

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
            response = retry(partial(self._http.send, "GET", "/api/tasks/", params=params))
            if response.status_code == 404 and page > 1:  # past the last page: {"detail": "Invalid page."}
                return
            listed = self._http.ok(response, "listing the tasks you hold").get("tasks")
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
        media = fetch_copies(self._http.client, data, self.base_url, self._media_dir) if self._media_dir else {}
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
                existing = _postponed_draft(
                    self._http.ok(self._http.send("GET", f"/api/tasks/{ref}/"), f"reading task {ref}")
                )
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
        response = self._http.send(
            "POST", f"/api/tasks/{task_id}/annotations/", json_body=body, headers=self._http.per_request_headers
        )
        if response.is_success:
            return _id_of(response)
        reason = self._http.reason(response)
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
        response = self._http.send(
            "PATCH", f"/api/annotations/{ref}/", json_body=body, headers=self._http.per_request_headers
        )
        if response.is_success:
            return
        if response.status_code == 404:
            raise TaskGone(f"annotation {annotation_id} was deleted on the server", 404)
        raise Rejected(self._http.reason(response), response.status_code)

    def task_state(self, task_ref: str) -> TaskState:
        """Whether the task is still open, annotated by the member or by others, or gone."""
        response = self._http.send("GET", f"/api/tasks/{_numeric(task_ref, 'task')}/")
        if response.status_code == 404:
            return TaskState.GONE
        annotations = self._http.ok(response, f"reading task {task_ref}").get("annotations") or []
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
        response = self._http.send("GET", f"/api/tasks/{task_id}/annotations/")
        if response.status_code == 404:
            raise TaskGone(f"task {task_id} was deleted on the server", 404)
        if not response.is_success:
            raise Rejected(
                f"reading your annotations on task {task_id}: {self._http.reason(response)}", response.status_code
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

    def _next_task(self, project_id: int) -> dict[str, Any] | None:
        response = self._http.send("GET", f"/api/projects/{project_id}/next/", headers=self._http.per_request_headers)
        if response.status_code == 404:  # {"detail": "There are no tasks for <email>"}
            return None
        task = self._http.ok(response, "locking the next task")
        if "id" not in task:
            raise Unreachable(f"{self.base_url}: the next task came without an id")
        return task

    def _postpone(self, task_ref: str) -> int:
        """Hold the task with an empty postponed draft, so the next ``/next/`` locks another; its id."""
        body = {"result": [], "lead_time": 0, "was_postponed": True}
        response = self._http.send(
            "POST", f"/api/tasks/{task_ref}/drafts", json_body=body, headers=self._http.per_request_headers
        )
        draft = self._http.ok(response, f"holding task {task_ref}")
        try:
            return int(draft["id"])
        except (KeyError, TypeError, ValueError):
            raise Unreachable(f"{self.base_url}: the draft for task {task_ref} came without an id") from None
