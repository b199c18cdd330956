"""CVAT (server 2.48+, API of cvat-sdk 2.80.0) as an annotator sees it: the jobs assigned to the member, their
frames cached for offline work, rectangles put back in absolute pixels, the job marked completed.

Auth: a Personal Access Token as ``Authorization: Bearer`` (checked with ``GET /api/users/self``); with an
organization, every request carries ``X-Organization``. Projects are the member's jobs (``GET /api/jobs?
assignee=<me>``, new or in progress): assignment is CVAT's lock, so no one else works on them. A job's frames
are its tasks, ref ``<job id>/<frame>``; each frame's image is fetched once into the media folder
(``GET /api/jobs/J/data?type=frame&number=N&quality=original``). Submit: the job's annotations are read, the
frame's shapes replaced, and the whole set ``PUT`` back (a full replace: a replay changes nothing); after its
last frame the job is ``PATCH``-ed to ``completed``. Working time is CVAT's own (server-side events): nothing
is sent for it. Every request and answer is checked against cvat-sdk 2.80.0's generated models in the tests
(``tests/contracts/``). See ``anchors/platforms.md`` §3.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx

from coopclient.core.platform import (
    AuthFailed,
    Capability,
    Rejected,
    RemoteProject,
    RemoteTask,
    ServerAnswer,
    Submission,
    TaskGone,
    TaskState,
    Unreachable,
)
from coopclient.platforms.cvat.mapping import is_box_label, label_config, merged_annotations, rectangle_shapes
from coopclient.platforms.media import cache_path

PAGE_SIZE = 100
MAX_PAGES = 50
KEPT_ANSWERS = 32
OPEN_STATES = ("new", "in progress")
MAX_FRAME_BYTES = 64 * 1024 * 1024  # one frame's image; a larger answer is not kept


class CvatAdapter:
    """One member's account on one CVAT server (``base_url`` without ``/api``)."""

    capabilities = frozenset(
        {
            Capability.LIST_PROJECTS,
            Capability.PULL_LOCKED,  # jobs are assigned to the member
            Capability.FETCH_MEDIA,
            Capability.SUBMIT_IDEMPOTENT,
            Capability.TASK_STATUS,
        }
    )

    def __init__(
        self,
        base_url: str,
        token: str,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
        media_dir: Path | None = None,
        organization: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token.strip()
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/vnd.cvat+json"}
        if organization:
            headers["X-Organization"] = organization
        self._client = httpx.Client(base_url=self.base_url, transport=transport, timeout=timeout, headers=headers)
        self._media_dir = media_dir
        self._username: str | None = None
        self._jobs: dict[int, dict[str, Any]] = {}
        self._meta: dict[int, dict[str, Any]] = {}
        self._labels: dict[int, list[dict[str, Any]]] = {}
        self._answers: deque[ServerAnswer] = deque(maxlen=KEPT_ANSWERS)

    def __repr__(self) -> str:
        return f"CvatAdapter({self.base_url!r})"  # never the token

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    # -- the account ---------------------------------------------------------------------------------------

    def whoami(self) -> str:
        """The member's user name; a refused token is :class:`AuthFailed`."""
        user = self._json(self._send("GET", "/api/users/self"), "your account")
        self._username = str(user.get("username") or "")
        if not self._username:
            raise Unreachable(f"{self.base_url}: the account answer had no user name")
        return self._username

    def list_projects(self) -> list[RemoteProject]:
        """The jobs assigned to the member that are not finished, each with its box labels as the config."""
        me = self._username or self.whoami()
        projects = []
        for state in OPEN_STATES:
            for job in self._pages("/api/jobs", {"assignee": me, "state": state}, "your jobs"):
                job_id = int(job["id"])
                self._jobs[job_id] = job
                title = f"{job.get('task_name') or 'task ' + str(job.get('task_id'))} — job {job_id}"
                projects.append(RemoteProject(str(job_id), title, label_config(self._job_labels(job_id))))
        return projects

    # -- work ----------------------------------------------------------------------------------------------

    def pull(self, project_ref: str, count: int) -> list[RemoteTask]:
        """Up to ``count`` frames of a job, each image fetched into the media folder."""
        job_id = _job_id(project_ref)
        meta = self._job_meta(job_id)
        deleted = set(meta.get("deleted_frames") or ())
        start = int(meta.get("start_frame") or 0)
        tasks: list[RemoteTask] = []
        for offset, frame_meta in enumerate(meta.get("frames") or ()):
            frame = start + offset
            if frame in deleted:
                continue
            if len(tasks) == count:
                break
            url = f"{self.base_url}/api/jobs/{job_id}/data?type=frame&number={frame}&quality=original"
            data = {"image": url, "width": frame_meta.get("width"), "height": frame_meta.get("height")}
            media = self._fetch_frame(job_id, frame, url)
            payload = {"job": job_id, "frame": frame, "name": frame_meta.get("name")}
            tasks.append(RemoteTask(f"{job_id}/{frame}", data, payload, media, lock=str(job_id)))
        return tasks

    def submit(self, submission: Submission) -> str:
        """Put the frame's rectangles into the job's annotations; the job is completed after its last frame."""
        job_id, frame = _task_ref(submission.task_ref)
        meta = self._job_meta(job_id)
        size = _frame_size(meta, frame)
        labels = {str(label["name"]): int(label["id"]) for label in self._job_labels(job_id) if is_box_label(label)}
        shapes = [] if submission.cancelled else rectangle_shapes(submission.result, frame, size, labels)
        path = f"/api/jobs/{job_id}/annotations/"
        current = self._json(self._send("GET", path), "the job's annotations")
        self._json(self._send("PUT", path, json_body=merged_annotations(current, frame, shapes)), "the annotations")
        if frame == int(meta.get("stop_frame", frame)):
            self._json(self._send("PATCH", f"/api/jobs/{job_id}", json_body={"state": "completed"}), "the job")
        return f"{job_id}/{frame}"

    def update(self, annotation_id: str, submission: Submission) -> None:
        """An edit after delivery puts the frame's shapes again (the same full replace)."""
        self.submit(submission)

    def task_state(self, task_ref: str) -> TaskState:
        """Open while the job is assigned and not completed; done by the member once completed; gone if deleted."""
        job_id, _ = _task_ref(task_ref)
        response = self._send("GET", f"/api/jobs/{job_id}")
        if response.status_code == 404:
            return TaskState.GONE
        job = self._json(response, "the job")
        assignee = job.get("assignee")
        name = assignee.get("username") if isinstance(assignee, Mapping) else None
        me = self._username or self.whoami()
        if name is not None and name != me:
            return TaskState.DONE_BY_OTHERS  # reassigned: another member holds the job now
        return TaskState.DONE_BY_ME if job.get("state") == "completed" else TaskState.OPEN

    def take_answers(self) -> list[ServerAnswer]:
        """The server's answers since the last call, oldest first (kept by the outbox as evidence)."""
        answers = list(self._answers)
        self._answers.clear()
        return answers

    # -- inside --------------------------------------------------------------------------------------------

    def _job_labels(self, job_id: int) -> list[dict[str, Any]]:
        if job_id not in self._labels:
            self._labels[job_id] = list(self._pages("/api/labels", {"job_id": job_id}, "the job's labels"))
        return self._labels[job_id]

    def _job_meta(self, job_id: int) -> dict[str, Any]:
        if job_id not in self._meta:
            self._meta[job_id] = self._json(self._send("GET", f"/api/jobs/{job_id}/data/meta"), "the job's frames")
        return self._meta[job_id]

    def _fetch_frame(self, job_id: int, frame: int, url: str) -> dict[str, str]:
        if self._media_dir is None:
            return {}
        target = cache_path(self._media_dir, url)
        if not target.exists():
            params = {"type": "frame", "number": frame, "quality": "original"}
            response = self._send("GET", f"/api/jobs/{job_id}/data", params=params)
            if not response.is_success or len(response.content) > MAX_FRAME_BYTES:
                return {}  # not available offline; the pane says so
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(response.content)
            partial.replace(target)  # whole or absent, never half a picture
        return {"image": str(target)}

    def _pages(self, path: str, params: Mapping[str, Any], what: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for page in range(1, MAX_PAGES + 1):
            answer = self._json(self._send("GET", path, params={**params, "page": page, "page_size": PAGE_SIZE}), what)
            results = answer.get("results")
            if not isinstance(results, list):
                raise Unreachable(f"{self.base_url}: {what}: the answer was not the list expected")
            items.extend(r for r in results if isinstance(r, dict) and "id" in r)
            if not answer.get("next"):
                break
        return items

    def _send(
        self, method: str, path: str, json_body: Any = None, params: Mapping[str, Any] | None = None
    ) -> httpx.Response:
        try:
            response = self._client.request(method, path, json=json_body, params=params)
        except httpx.TimeoutException:
            raise Unreachable(f"{self.base_url}: no answer in time") from None
        except httpx.RequestError as exc:
            raise Unreachable(f"{self.base_url}: {type(exc).__name__}") from None
        digest = hashlib.sha256(response.content).hexdigest()
        self._answers.append(ServerAnswer(method, path, response.status_code, response.headers.get("date", ""), digest))
        status = response.status_code
        if status == 401:
            raise AuthFailed("the server refused the access token: give a new one", 401)
        if status == 429 or status >= 500:
            retry = response.headers.get("Retry-After", "")
            after = float(retry) if retry.replace(".", "", 1).isdigit() else None
            what = "too many requests" if status == 429 else "server error"
            raise Unreachable(f"{self.base_url}: {what} ({status})", retry_after_s=after)
        return response

    def _json(self, response: httpx.Response, what: str) -> dict[str, Any]:
        if response.status_code == 404:
            raise TaskGone(f"{what}: not found", 404)
        if not response.is_success:
            raise Rejected(f"{what}: {self._reason(response)}", response.status_code)
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise Unreachable(f"{self.base_url}: {what}: the answer was not the JSON expected")
        return body

    def _reason(self, response: httpx.Response) -> str:
        text = " ".join(response.text.split())[:300] or response.reason_phrase
        return text.replace(self._token, "***") if self._token else text


def _job_id(ref: str) -> int:
    if not (ref.isascii() and ref.isdigit()):
        raise Rejected(f"{ref!r} is not a CVAT job id (a number)", 400)
    return int(ref)


def _task_ref(ref: str) -> tuple[int, int]:
    job, _, frame = ref.partition("/")
    if not (frame.isascii() and frame.isdigit()):
        raise Rejected(f"{ref!r} is not a CVAT frame ref (job/frame)", 400)
    return _job_id(job), int(frame)


def _frame_size(meta: Mapping[str, Any], frame: int) -> tuple[int, int]:
    frames = meta.get("frames") or []
    index = frame - int(meta.get("start_frame") or 0)
    if not 0 <= index < len(frames):
        raise TaskGone(f"frame {frame}: not in the job", 404)
    width, height = frames[index].get("width"), frames[index].get("height")
    if not (isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0):
        raise Unreachable(f"frame {frame}: the server gave no size for it")
    return width, height
